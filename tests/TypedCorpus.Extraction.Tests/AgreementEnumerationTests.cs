using TypedCorpus.Extraction;
using TypedCorpus.Extraction.Agreements;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Agreement shapes of local and regional news: enumerated documents, relative signings, settlements between villages.</summary>
public class AgreementEnumerationTests
{
    private static IReadOnlyList<AgreementModel> Find(params string[] paragraphs)
    {
        var body = paragraphs.Select((p, i) => new BodyBlock(i + 1, BodyBlockKind.Paragraph, p, 0)).ToList();
        return AgreementExtractor.Extract(new ArticleContext("t.txt", null, null, body, paragraphs.ToList()), new List<string>());
    }

    [Fact]
    public void Each_enumerated_document_is_its_own_signed_agreement_between_the_parties_after_antara()
    {
        var found = Find(
            "Presiden Chile menyambut Presiden Peru di Lima pada Rabu.",
            "Pertama, MoU antara Pemerintah Chile dan Pemerintah Peru tentang Kerja Sama Perikanan yang ditandatangani oleh Menteri Perikanan Chile Ana Rojas dengan Menteri Perikanan Peru Luis Vargas.",
            "Kedua, MoU antara Pemerintah Chile dan Pemerintah Peru tentang Kerja Sama dan Bantuan Teknik di Bidang Pajak yang ditandatangani oleh Menteri Keuangan Chile Pedro Soto dengan Menteri Keuangan Peru Jorge Salas.");
        Assert.Equal(2, found.Count);
        Assert.All(found, a => Assert.Equal(AgreementRules.EnumeratedDocument, a.Rule));
        Assert.All(found, a => Assert.Equal(new[] { "Chile", "Peru" }, a.Parties));
        Assert.All(found, a => Assert.Equal(AgreementKind.Signed, a.Kind));
    }

    [Fact]
    public void A_counted_group_opening_a_sentence_is_not_an_enumerator()
    {
        var found = Find("Kedua, pihak desa menolak surat yang ditandatangani oleh camat.");
        Assert.Empty(found);
    }

    [Fact]
    public void A_split_ordinal_ke_dua_pihak_is_the_two_sides()
    {
        var found = Find(
            "Perwakilan dari Desa Alta dan Desa Baja bertemu di balai desa pada Senin.",
            "Dalam pertemuan itu, ke dua pihak sepakat untuk tidak saling mengganggu.");
        var a = Assert.Single(found);
        Assert.Equal(AgreementKind.Commitment, a.Kind);
        Assert.Equal(new[] { "Desa Alta", "Desa Baja" }, a.Parties);
    }

    [Fact]
    public void A_village_party_drops_the_district_that_locates_it()
    {
        var a = Assert.Single(Find("Penandatanganan kesepakatan perdamaian antara Desa Alta dan Desa Baja Kecamatan Sur dilakukan di kantor bupati, Senin (11/12/2023)."));
        Assert.Equal(new[] { "Desa Alta", "Desa Baja" }, a.Parties);
        Assert.Equal("Desa Hulu", AdminQualifier.Trim(AdminQualifier.Example));
        Assert.Equal("Kabupaten Hulu Desa Tengah", AdminQualifier.Trim("Kabupaten Hulu Desa Tengah"));
    }

    [Fact]
    public void An_organisations_branch_office_signs_for_the_organisation()
    {
        var a = Assert.Single(Find("Penandatanganan nota kesepahaman antara Pemerintah Kota Tanjung Sari dengan Bank Harapan Makmur Kantor Cabang Sukamaju berlangsung di balai kota."));
        Assert.Equal(new[] { "Pemerintah Kota Tanjung Sari", "Bank Harapan Makmur" }, a.Parties);
        Assert.Equal("Koperasi Tani Subur", AdminQualifier.WithoutBranch("Koperasi Tani Subur Kanwil Sukamaju"));
        Assert.Equal("Bank Cabang", AdminQualifier.WithoutBranch("Bank Cabang"));
    }

    [Fact]
    public void A_deal_made_through_the_signing_of_a_document_is_signed_by_the_subject_before_its_place()
    {
        var a = Assert.Single(Find("Perum Sarana Air bersama Pemerintah Kabupaten Hulu, Jawa Barat menyepakati kerja sama pengolahan air bersih melalui penandatanganan nota kesepahaman oleh kedua pihak."));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Equal(new[] { "Perum Sarana Air", "Pemerintah Kabupaten Hulu" }, a.Parties);
        var plain = Assert.Single(Find("Perum Sarana Air bersama Pemerintah Kabupaten Hulu menyepakati kerja sama pengolahan air bersih."));
        Assert.Equal(AgreementKind.Commitment, plain.Kind);
        // "Tengah" in a place's name is no "tengah" (in the middle of doing it)
        Assert.Single(Find("Perum Sarana Air bersama Pemerintah Kabupaten Hulu, Jawa Tengah menyepakati kerja sama pengolahan air bersih."));
        Assert.Empty(Find("Perum Sarana Air bersama Pemerintah Kabupaten Hulu tengah menyepakati kerja sama pengolahan air bersih."));
    }

    [Fact]
    public void An_institution_named_by_its_kind_is_the_one_the_article_names_in_full()
    {
        const string signing = "Universitas Lestari menandatangani nota kesepahaman dengan Kejaksaan Negeri (Kejari) di aula kampus.";
        var a = Find(signing, "Para jaksa dari Kejaksaan Negeri Hulu Sungai ikut hadir.")[0];
        Assert.Equal(new[] { "Universitas Lestari", "Kejaksaan Negeri Hulu Sungai" }, a.Parties);
        // two institutions of that kind: the name stays as written
        var two = Find(signing, "Para jaksa dari Kejaksaan Negeri Hulu Sungai dan Kejaksaan Negeri Tanah Laut ikut hadir.")[0];
        Assert.Equal(new[] { "Universitas Lestari", "Kejaksaan Negeri" }, two.Parties);
    }

    [Fact]
    public void A_bare_kami_berkomitmen_is_one_sides_promise_and_kami_bersama_berkomitmen_is_joint()
    {
        const string signing = "Universitas Alta dan Pemerintah Kabupaten Baja menandatangani nota kesepahaman kerja sama pendidikan.";
        var one = Find(signing, "\u201cKami berkomitmen untuk memajukan pendidikan warga,\u201d kata rektor.");
        Assert.DoesNotContain(one, a => a.Kind == AgreementKind.Commitment);
        var both = Find(signing, "\u201cKami bersama berkomitmen untuk memajukan pendidikan warga,\u201d kata rektor.");
        Assert.Contains(both, a => a.Kind == AgreementKind.Commitment && a.Parties.Count == 2);
    }

    [Fact]
    public void A_signing_noun_carried_out_by_two_parties_names_them_after_oleh()
    {
        var a = Assert.Single(Find(
            "Pemerintah Kabupaten Alta kembali menjalin kerja sama dengan Universitas Baja.",
            "Penandatanganan nota kesepahaman dilaksanakan oleh oleh Pemerintah Kabupaten Alta dan Universitas Baja pada Senin (17/1/2022)."));
        Assert.Equal(AgreementRules.SigningNoun, a.Rule);
        Assert.Equal(new[] { "Pemerintah Kabupaten Alta", "Universitas Baja" }, a.Parties);
        Assert.Equal("2022-01-17", a.Date);
    }

    [Fact]
    public void A_document_the_subject_says_it_signed_with_a_partner_is_signed_by_both()
    {
        var a = Assert.Single(Find("Menteri Luar Negeri Chile Ana Rojas menjelaskan isi nota kesepahaman yang dia teken di Lima, Kamis, bersama Menteri Luar Negeri Peru Luis Vargas."));
        Assert.Equal(AgreementRules.OwnSigning, a.Rule);
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Equal(new[] { "Ana Rojas", "Luis Vargas" }, a.Parties);
        Assert.Empty(Find("Menteri Luar Negeri Chile Ana Rojas menjelaskan isi nota kesepahaman yang dia teken di Lima, Kamis."));
    }

    [Fact]
    public void Kedua_belah_pihak_are_the_sides_of_the_dispute_antara_X_dengan_Y()
    {
        var a = Assert.Single(Find(
            "Perseteruan warga Desa Alta akhirnya berakhir damai.",
            "Konflik antara keluarga Kepala Desa Alta, Budi Santoso SE, dengan keluarga Joko Susilo sudah berlangsung lama. Namun berkat mediasi Kapolres, kedua belah pihak akhirnya sepakat berdamai."));
        Assert.Equal(new[] { "Budi Santoso", "Joko Susilo" }, a.Parties);
    }
}
