using TypedCorpus.Extraction;
using TypedCorpus.Extraction.Agreements;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Shapes of agreements in local and diplomatic news: terms of one deal, failures, sides of a dispute, signings that seal a deal.</summary>
public class AgreementShapeTests
{
    private static IReadOnlyList<AgreementModel> Find(params (BodyBlockKind Kind, string Text)[] blocks)
    {
        var body = blocks.Select((b, i) => new BodyBlock(i + 1, b.Kind, b.Text, 0)).ToList();
        return AgreementExtractor.Extract(new ArticleContext("t.txt", null, null, body, blocks.Select(b => b.Text).ToList()), new List<string>());
    }

    private static IReadOnlyList<AgreementModel> Find(params string[] paragraphs) =>
        Find(paragraphs.Select(p => (BodyBlockKind.Paragraph, p)).ToArray());

    [Fact]
    public void The_points_of_one_agreement_are_its_terms_not_agreements()
    {
        var found = Find((BodyBlockKind.Paragraph, "Koperasi Tani Makmur dan PT Sawit Jaya menandatangani perjanjian harga beli sawit."),
            (BodyBlockKind.Paragraph, "Berikut poin-poin kesepakatan yang dicapai:"),
            (BodyBlockKind.ListItem, "Harga beli naik lima persen mulai Maret."),
            (BodyBlockKind.ListItem, "Pembayaran dilakukan setiap dua minggu."));
        var a = Assert.Single(found);
        Assert.Equal(1, a.Line);
    }

    [Fact]
    public void A_difficulty_in_reaching_agreement_is_no_agreement() =>
        Assert.Empty(Find("Warga Desa Sukaraja dan Desa Mekarsari mengalami kesulitan mencapai kesepakatan damai."));

    [Theory]
    [InlineData("Kesepakatan itu ditandatangani pada Senin, 3 Maret 2025, di balai desa.")]
    [InlineData("Kesepakatan perdamaian pun ditandatangani di hadapan camat.")]
    public void The_deal_just_stated_signed_is_a_signed_agreement_of_its_parties(string signing)
    {
        var found = Find("Desa Sukaraja dan Desa Mekarsari akhirnya sepakat damai. " + signing);
        Assert.Equal(new[] { AgreementKind.Commitment, AgreementKind.Signed }, found.Select(a => a.Kind));
        Assert.Equal(AgreementRules.SignedDeal, found[1].Rule);
        Assert.Equal(new[] { "Desa Sukaraja", "Desa Mekarsari" }, found[1].Parties);
    }

    [Fact]
    public void A_deal_signed_with_no_deal_stated_before_is_not_guessed() =>
        Assert.Empty(Find("Kesepakatan itu ditandatangani pada Senin di balai desa."));

    [Fact]
    public void The_document_a_deal_is_recorded_in_is_a_first_mention()
    {
        var found = Find("Desa Sukaraja dan Desa Mekarsari akhirnya sepakat damai. Kesepakatan ini dituangkan dalam surat pernyataan yang ditandatangani kedua belah pihak.");
        Assert.Equal(new[] { AgreementKind.Commitment, AgreementKind.Signed }, found.Select(a => a.Kind));
        Assert.Equal(AgreementRules.SignedRelative, found[1].Rule);
    }

    [Fact]
    public void Two_leaders_with_a_capitalised_title_are_a_counted_group()
    {
        var a = Assert.Single(Find("Presiden Chile dan Presiden Peru bertemu di Lima. Kedua Presiden berkomitmen untuk membuka jalur dagang baru."));
        Assert.Equal(AgreementRules.Commitment, a.Rule);
        Assert.Equal(2, a.Parties.Count);
    }

    [Fact]
    public void A_place_after_di_does_not_keep_a_counted_group_from_its_verb()
    {
        var a = Assert.Single(Find("Chile dan Peru bertemu di Lima. Kedua negara di Pasifik Selatan itu sepakat untuk membuka jalur dagang baru."));
        Assert.Equal(new[] { "Chile", "Peru" }, a.Parties);
    }

    [Fact]
    public void We_agreeing_are_the_parties_met_before()
    {
        var found = Find("Chile dan Peru bertemu di Lima.", "\u201cKami sepakat untuk membuka jalur dagang baru,\u201d kata menteri perdagangan.");
        var a = Assert.Single(found);
        Assert.Equal(AgreementRules.FirstPersonCommitment, a.Rule);
        Assert.Equal(new[] { "Chile", "Peru" }, a.Parties);
    }

    [Fact]
    public void An_agreement_noun_with_its_parties_and_purpose_is_a_commitment()
    {
        var a = Assert.Single(Find("Warga menyambut kesepakatan Chile dan Peru untuk membuka jalur dagang baru."));
        Assert.Equal(AgreementRules.AgreementNoun, a.Rule);
        Assert.Equal(new[] { "Chile", "Peru" }, a.Parties);
        Assert.Empty(Find("Warga menunggu kesepakatan Chile dan Peru untuk membuka jalur dagang baru."));
    }

    [Fact]
    public void The_management_of_a_company_is_a_side_coordinated_with_a_union()
    {
        var a = Assert.Single(Find("Serikat Pekerja Maju dan manajemen PT Sentosa Abadi akhirnya mencapai kesepakatan mengenai upah."));
        Assert.Equal(new[] { "Serikat Pekerja Maju", "PT Sentosa Abadi" }, a.Parties);
    }

    [Fact]
    public void A_statement_announced_together_is_a_joint_statement_once()
    {
        var found = Find("Chile dan Peru sepakat untuk membuka jalur dagang baru.", "Menteri Chile senang atas pernyataan tentang jalur dagang itu yang telah diumumkan bersama.",
            "Pernyataan lain juga diumumkan bersama pekan lalu.");
        Assert.Equal(new[] { AgreementKind.Commitment, AgreementKind.JointStatement }, found.Select(a => a.Kind));
        Assert.Equal(AgreementRules.JointlyIssued, found[1].Rule);
        Assert.Equal(new[] { "Chile", "Peru" }, found[1].Parties);
    }

    [Fact]
    public void Two_sides_listed_with_their_addresses_are_the_first_name_and_the_one_after_dan()
    {
        var a = Assert.Single(Find("Unit Reskrim dan Babinsa menengahi pertengkaran.",
            "Perkara ini melibatkan dua pihak, yakni BK (31), warga Jalan Melati, Kelurahan Sukamaju, Kabupaten Garut, dan DW (40), warga Jalan Mawar.",
            "Setelah mediasi, kedua belah pihak sepakat untuk berdamai."));
        Assert.Equal(new[] { "BK", "DW" }, a.Parties);
    }

    [Fact]
    public void A_side_in_apposition_with_its_age_is_designated()
    {
        var a = Assert.Single(Find("Polisi Sutrisno dan Bripka Haryanto hadir di balai desa.",
            "Andi Wijaya (40) dan Rudi Wijaya (20), sebagai pihak pertama, bertengkar dengan Joko Santoso (35), pihak kedua.",
            "Akhirnya kedua pihak bersepakat untuk berdamai."));
        Assert.Equal(new[] { "Andi Wijaya", "Rudi Wijaya", "Joko Santoso" }, a.Parties);
    }

    [Fact]
    public void Sides_di_satu_pihak_dengan_the_other_are_designated()
    {
        var a = Assert.Single(Find("Babinsa dan Bhabinkamtibmas memediasi warga.",
            "Warga yang bertikai yakni Siti Aminah dan Dewi Lestari di satu pihak dengan Rahmat Hidayat dan Bambang Sugiarto di pihak lain.",
            "Babinsa dan Bhabinkamtibmas melakukan mediasi dan kedua belah pihak sepakat berdamai."));
        Assert.Equal(new[] { "Siti Aminah", "Dewi Lestari", "Rahmat Hidayat", "Bambang Sugiarto" }, a.Parties);
    }

    [Fact]
    public void A_signing_antara_X_dengan_Y_is_between_both()
    {
        var a = Assert.Single(Find("Wali kota hadir dalam penandatanganan nota kesepahaman antara Bank Sentosa dengan Universitas Lestari di Medan."));
        Assert.Equal(new[] { "Bank Sentosa", "Universitas Lestari" }, a.Parties);
    }

    [Fact]
    public void A_further_signing_that_names_its_parties_follows_a_signed_agreement()
    {
        var found = Find("Bank Sentosa menandatangani nota kesepahaman dengan Universitas Lestari di Medan.",
            "Pada acara itu juga dilakukan penandatanganan perjanjian antara Koperasi Tani Makmur dan PT Sawit Jaya.",
            "Penandatanganan perjanjian antara Bank Sentosa dan Universitas Lestari disaksikan gubernur.");
        Assert.Equal(new[] { 1, 2 }, found.Select(a => a.Line));
        Assert.Equal(new[] { "Koperasi Tani Makmur", "PT Sawit Jaya" }, found[1].Parties);
    }

    [Fact]
    public void A_signing_with_no_parties_of_its_own_is_between_the_pair_its_paragraph_is_about()
    {
        var a = Assert.Single(Find("Menteri Perdagangan membahas kerja sama antara Chile-Peru. Hal itu dilakukan usai menteri melakukan penandatanganan nota kesepahaman di Lima."));
        Assert.Equal(new[] { "Chile", "Peru" }, a.Parties);
    }

    [Fact]
    public void A_joint_memorandum_bersama_is_no_partner()
    {
        var a = Assert.Single(Find("Bank Sentosa menandatangani nota kesepahaman bersama (MoU) dengan Universitas Lestari di Medan."));
        Assert.Equal(new[] { "Bank Sentosa", "Universitas Lestari" }, a.Parties);
    }

    [Fact]
    public void Signing_a_cooperation_with_a_partner_is_a_signed_agreement()
    {
        var a = Assert.Single(Find("Universitas Negeri Sukamaju menandatangani Kerja Sama dengan Universitas Wanareja soal riset pangan."));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Equal(new[] { "Universitas Negeri Sukamaju", "Universitas Wanareja" }, a.Parties);
    }

    [Fact]
    public void Agreeing_to_sign_a_cooperation_is_one_agreement()
        => Assert.Single(Find("Universitas Negeri Sukamaju dan Pemerintah Kota Wanareja sepakat menandatangani kerja sama di bidang pendidikan."));
}
