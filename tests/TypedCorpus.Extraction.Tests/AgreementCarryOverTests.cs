using TypedCorpus.Extraction;
using TypedCorpus.Extraction.Agreements;

namespace TypedCorpus.Extraction.Tests;

/// <summary>
/// Agreement shapes that carry over to unseen pages: a signing whose parties are the cooperation just reported, English
/// document names, "mereka" agreeing, terms agreed in a mediation, country spellings, renewed contracts.
/// </summary>
public class AgreementCarryOverTests
{
    private static IReadOnlyList<AgreementModel> Find(params (BodyBlockKind Kind, string Text)[] blocks)
    {
        var body = blocks.Select((b, i) => new BodyBlock(i + 1, b.Kind, b.Text, 0)).ToList();
        return AgreementExtractor.Extract(new ArticleContext("t.txt", null, null, body, blocks.Select(b => b.Text).ToList()), new List<string>());
    }

    private static IReadOnlyList<AgreementModel> Find(params string[] paragraphs) =>
        Find(paragraphs.Select(p => (BodyBlockKind.Paragraph, p)).ToArray());

    private static void Parties(AgreementModel a, params string[] expected) =>
        Assert.Equal(expected.OrderBy(x => x, StringComparer.Ordinal), a.Parties.OrderBy(x => x, StringComparer.Ordinal));

    [Fact]
    public void A_signing_takes_the_pair_of_the_cooperation_reported_in_the_paragraph_before()
    {
        var a = Assert.Single(Find("Pemerintah Kota Sukamaju memperpanjang kerja sama strategis dengan Universitas Lestari.",
            "Kerja sama ditempuh melalui penandatanganan nota kesepahaman di Balai Kota, Senin (3/3/2025)."));
        Assert.Equal(AgreementRules.SigningNoun, a.Rule);
        Assert.Equal(2, a.Line);
        Parties(a, "Pemerintah Kota Sukamaju", "Universitas Lestari");
    }

    [Fact]
    public void A_signing_takes_the_pair_of_a_cooperation_earlier_in_its_paragraph()
    {
        var a = Assert.Single(Find("Untuk itu, Universitas Lestari berkolaborasi dengan Bank Sentosa dalam bidang beasiswa. "
            + "Kolaborasi diwujudkan dengan penandatanganan nota kesepahaman di aula kampus."));
        Assert.Equal(AgreementRules.SigningNoun, a.Rule);
        Parties(a, "Universitas Lestari", "Bank Sentosa");
    }

    [Fact]
    public void A_partner_followed_closely_by_another_name_is_not_guessed()
    {
        // the partner is written over several names ("Dinas Sosial wilayah (DS) Bank …"): no part of it is taken for the whole
        Assert.Empty(Assert.Single(Find("Pemerintah Kota Sukamaju memperpanjang kerja sama dengan Dinas Sosial wilayah (DS) Bank Sentosa Hulu.",
            "Penandatanganan nota kesepahaman berlangsung di Balai Kota.")).Parties);
    }

    [Fact]
    public void A_partner_named_by_its_branch_office_is_the_organisation_after_it()
    {
        var a = Assert.Single(Find("Pemerintah Kota Sukamaju memperpanjang kerja sama dengan Kantor Perwakilan wilayah (KPw) Bank Sentosa Hulu.",
            "Penandatanganan nota kesepahaman berlangsung di Balai Kota."));
        Assert.Equal(2, a.Parties.Count);
        Assert.Equal("Pemerintah Kota Sukamaju", a.Parties[0]);
        Assert.StartsWith("Bank Sentosa", a.Parties[1]);
    }

    [Fact]
    public void A_joint_statement_named_in_English_is_a_joint_statement_of_the_parties_met()
    {
        var found = Find("Chile dan Peru sepakat untuk membuka jalur dagang baru.",
            "\u201cSelain itu, kami juga menandatangani joint statement tentang perikanan,\u201d kata Menteri Luar Negeri Chile.");
        Assert.Equal(new[] { AgreementKind.Commitment, AgreementKind.JointStatement }, found.Select(a => a.Kind));
        Assert.Equal(AgreementRules.JointStatement, found[1].Rule);
        Parties(found[1], "Chile", "Peru");
    }

    [Fact]
    public void Turkiye_is_Turki()
    {
        var a = Assert.Single(Find("Indonesia dan Turkiye sepakat untuk memperkuat kerja sama energi."));
        Parties(a, "Indonesia", "Turki");
    }

    [Fact]
    public void Mereka_agreeing_are_the_parties_of_the_talks_just_reported()
    {
        var found = Find("Chile dan Peru sepakat untuk membuka jalur dagang baru.",
            "Menteri Rojas mengatakan bahwa mereka juga membahas isu keamanan dan sepakat untuk memperluas patroli laut.");
        Assert.Equal(2, found.Count);
        Assert.Equal(AgreementRules.Commitment, found[1].Rule);
        Parties(found[1], "Chile", "Peru");
    }

    [Fact]
    public void Mereka_in_a_purpose_clause_is_no_agreement()
    {
        var a = Assert.Single(Find("Chile dan Peru sepakat untuk membuka jalur dagang baru.",
            "Pertemuan lanjutan digelar agar mereka sepakat menurunkan tarif."));
        Assert.Equal(1, a.Line);
    }

    [Fact]
    public void Terms_agreed_in_a_mediation_are_an_agreement_of_its_sides()
    {
        var a = Assert.Single(Find("Warga dan pengemudi ojek sempat bersitegang di terminal.",
            "Polisi lalu melakukan mediasi bersama dinas perhubungan.",
            "Dalam proses mediasi itu disepakati beberapa hal."));
        Assert.Equal(3, a.Line);
        Assert.Equal(AgreementKind.Commitment, a.Kind);
        Assert.Empty(a.Parties);
    }

    [Fact]
    public void Terms_agreed_without_a_mediation_are_not_guessed() =>
        Assert.Empty(Find("Rapat pengurus koperasi digelar di balai desa. Dalam rapat itu disepakati beberapa hal."));

    [Fact]
    public void The_points_agreed_listed_after_a_colon_are_terms_not_agreements()
    {
        var a = Assert.Single(Find((BodyBlockKind.Paragraph, "Desa Sukaraja dan Desa Mekarsari akhirnya sepakat berdamai."),
            (BodyBlockKind.Paragraph, "Dalam berita acara pertemuan tersebut, ada dua poin yang disepakati kedua belah pihak:"),
            (BodyBlockKind.ListItem, "Masing-masing kepala dusun membina warganya."),
            (BodyBlockKind.ListItem, "Tidak akan ada penyerangan lanjutan.")));
        Assert.Equal(1, a.Line);
    }

    [Fact]
    public void A_capital_city_is_not_a_woman_named_after_ibu()
    {
        var found = Find("Presiden Chile, Ana Rojas, menerima Perdana Menteri Peru, Luis Soto, di Santiago.",
            "\u201cKami membahas kerja sama investasi di Ibu Kota Baru Andina,\u201d kata Soto.",
            "Kedua pemimpin juga sepakat untuk menyuarakan pendapat bersama soal perikanan.");
        var a = Assert.Single(found);
        Assert.DoesNotContain(a.Parties, p => p.Contains("Kota"));
    }

    [Theory]
    [InlineData("melanjutkan")]
    [InlineData("memperpanjang")]
    public void A_contract_continued_or_renewed_with_a_partner_is_signed(string verb)
    {
        var a = Assert.Single(Find($"Pemprov Sukamaju {verb} perjanjian kerja sama dengan PT Sentosa Jaya terkait sewa lahan."));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Equal(AgreementRules.MadeDocument, a.Rule);
        Parties(a, "Pemprov Sukamaju", "PT Sentosa Jaya");
    }

    [Fact]
    public void Unnamed_sides_of_a_mediation_signing_a_deal_are_two_unnamed_parties()
    {
        var a = Assert.Single(Find("Kapolsek Sukamaju Kompol Budi Hartono memimpin mediasi perselisihan antarwarga di balai desa.",
            "Setelah memberikan pernyataan, kedua belah pihak, kembali menandatangani surat kesepakatan yang dibuat bersama."));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Equal(AgreementRules.SignVerb, a.Rule);
        Assert.Empty(a.Parties);
    }

    [Fact]
    public void All_the_sides_of_a_mediation_agreeing_are_unnamed_parties()
    {
        var a = Assert.Single(Find("Camat Sukamaju memimpin mediasi perselisihan antara warga dan perusahaan tambang di aula kecamatan.",
            "Hasilnya, seluruh pihak sepakat membuka kembali akses jalan desa."));
        Assert.Equal(AgreementKind.Commitment, a.Kind);
        Assert.Empty(a.Parties);
    }

    [Fact]
    public void Sides_signing_outside_a_mediation_story_are_not_guessed() =>
        Assert.Empty(Assert.Single(Find("Rapat koperasi digelar di balai desa.", "Kedua belah pihak menandatangani surat kesepakatan.")).Parties);

    [Theory]
    [InlineData("Kami berterima kasih kepada PT Sentosa Jaya atas kesediaannya menandatangani kesepakatan dengan Pemkab Hulu.")]
    [InlineData("PT Sentosa Jaya telah bersedia menandatangani nota kesepahaman dengan Pemkab Hulu.")]
    public void Willingness_to_sign_is_no_signing(string sentence) => Assert.Empty(Find(sentence));
}
