using TypedCorpus.Extraction;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Agreement shapes met on real pages (round 17): who signs for a region or a university, and partners after "bersama" or "pihak".</summary>
public class AgreementRealShapes17Tests
{
    private static IReadOnlyList<AgreementModel> Agreements(params string[] paragraphs) =>
        TestText.Extract("Judul kerja sama daerah\n\n" + string.Join("\n\n", paragraphs) + "\n").Agreements;

    [Theory]
    [InlineData("Bupati Kendal menandatangani nota kesepahaman dengan Bank Mandala tentang kredit petani.", "Pemerintah Kabupaten Kendal", "Bank Mandala")]
    [InlineData("Gubernur Bali menandatangani nota kesepahaman dengan Bank Mandala tentang kredit petani.", "Pemerintah Provinsi Bali", "Bank Mandala")]
    [InlineData("Pj Wali Kota Kendari menandatangani nota kesepahaman dengan Bank Mandala tentang kredit petani.", "Pemerintah Kota Kendari", "Bank Mandala")]
    [InlineData("Rektor UNHAL dan Bupati Kendal menandatangani nota kesepahaman tentang penelitian pangan di Semarang.", "UNHAL", "Pemerintah Kabupaten Kendal")]
    public void A_head_named_by_office_and_place_alone_signs_for_the_government(string text, string first, string second)
    {
        var a = Assert.Single(Agreements(text));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Equal(new[] { first, second }, a.Parties);
    }

    [Theory]
    [InlineData("Bupati Sugiarto menandatangani nota kesepahaman dengan Bank Mandala tentang kredit petani.", "Pemerintah Kabupaten Sugiarto")]
    [InlineData("Bupati Kendal Dimas Pratama menandatangani nota kesepahaman dengan Bank Mandala tentang kredit petani.", "Pemerintah Kabupaten Kendal")]
    public void A_head_with_a_name_is_no_government(string text, string not)
        => Assert.DoesNotContain(not, Assert.Single(Agreements(text)).Parties);

    [Fact]
    public void A_partner_after_dengan_pihak_is_read()
    {
        var a = Assert.Single(Agreements("Selain itu, Universitas Lestari juga menandatangani MoU dengan pihak Kejaksaan Negeri Kendari."));
        Assert.Equal(new[] { "Universitas Lestari", "Kejaksaan Negeri Kendari" }, a.Parties);
    }

    [Theory]
    [InlineData("Universitas Lestari menandatangani Nota Kesepahaman (MoU) bersama Pemerintah Kabupaten Luwu Timur di Makassar.", "Pemerintah Kabupaten Luwu Timur")]
    [InlineData("Universitas Lestari menandatangani nota kesepahaman atau Memorandum of Understanding (MoU), bersama Bank Mandala terkait beasiswa.", "Bank Mandala")]
    public void After_the_documents_short_form_bersama_names_the_partner(string text, string partner)
        => Assert.Equal(new[] { "Universitas Lestari", partner }, Assert.Single(Agreements(text)).Parties);

    [Fact]
    public void A_joint_document_is_no_partner()
    {
        var a = Assert.Single(Agreements("Universitas Lestari dan Bank Mandala menandatangani nota kesepahaman bersama tentang beasiswa."));
        Assert.Equal(new[] { "Universitas Lestari", "Bank Mandala" }, a.Parties);
    }

    [Theory]
    [InlineData("Pemerintah Kota Hilir memperkuat pengelolaan sampah. Hal itu ditunjukkan dengan meneken nota kesepahaman dengan PT Daur Bersih.", "Pemerintah Kota Hilir", "PT Daur Bersih")]
    [InlineData("Pemerintah Kabupaten (Pemkab) Tanggul terus memperkuat tata kelola keuangan daerah. Salah satu langkah nyatanya diwujudkan melalui penandatanganan nota kesepahaman dengan Bank Sentosa.", "Pemerintah Kabupaten Tanggul", "Bank Sentosa")]
    [InlineData("Komitmen Pemerintah Kabupaten Tanggul dalam mempercepat kemajuan ekonomi ditunjukkan melalui penandatanganan MoU dengan PT Wira Jaya.", "Pemerintah Kabupaten Tanggul", "PT Wira Jaya")]
    public void The_organisation_whose_act_the_signing_is_the_means_of_signs(string text, string signer, string partner)
    {
        var a = Assert.Single(Agreements(text));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Equal(new[] { signer, partner }, a.Parties);
    }

    [Theory]
    [InlineData("Kementerian Dalam Negeri menilai Kota Hilir berhasil memangkas waktu perizinan. Salah satunya melalui penandatanganan kerja sama dengan PT Daur Bersih.")]
    [InlineData("Pemerintah Kota Hilir memperkuat pengamanan forum itu. Hal itu dilakukan bersamaan dengan penandatanganan nota kesepahaman dengan PT Daur Bersih.")]
    [InlineData("Pemerintah Kota Hilir menggelar rapat koordinasi. Penandatanganan nota kesepahaman dengan PT Daur Bersih berlangsung di aula.")]
    [InlineData("Budi Santoso memperkuat pengelolaan sampah. Hal itu ditunjukkan dengan meneken nota kesepahaman dengan PT Daur Bersih.")]
    public void Without_the_means_or_an_organisation_opening_the_sentence_before_no_signer_is_carried(string text)
        => Assert.Equal(new[] { "PT Daur Bersih" }, Assert.Single(Agreements(text)).Parties);

    [Fact]
    public void The_signer_is_not_carried_across_paragraphs()
        => Assert.Equal(new[] { "PT Daur Bersih" }, Assert.Single(Agreements("Pemerintah Kota Hilir memperkuat pengelolaan sampah.", "Hal itu ditunjukkan dengan meneken nota kesepahaman dengan PT Daur Bersih.")).Parties);

    [Theory]
    [InlineData("Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana Kabupaten Hulu menandatangani nota kesepahaman dengan Pengadilan Agama Hulu.", "Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana Kabupaten Hulu", "Pengadilan Agama Hulu")]
    [InlineData("Kamar Dagang dan Industri Indonesia menandatangani nota kesepahaman dengan Bank Mandala.", "Kamar Dagang dan Industri Indonesia", "Bank Mandala")]
    [InlineData("Lembaga Penelitian dan Pengabdian Masyarakat Universitas Lestari menandatangani nota kesepahaman dengan Bank Mandala.", "Lembaga Penelitian dan Pengabdian Masyarakat Universitas Lestari", "Bank Mandala")]
    [InlineData("Kamar Dagang Indonesia dan Bank Mandala menandatangani nota kesepahaman tentang pembiayaan usaha kecil.", "Kamar Dagang Indonesia", "Bank Mandala")]
    public void A_bodys_fields_joined_by_dan_are_one_name(string text, string first, string second)
        => Assert.Equal(new[] { first, second }, Assert.Single(Agreements(text)).Parties);

    [Theory]
    [InlineData("Dinas Pendidikan Kota Malang dan Perpustakaan Nasional menandatangani nota kesepahaman tentang literasi.", "Dinas Pendidikan Kota Malang", "Perpustakaan Nasional")]
    [InlineData("Kementerian Pertanian dan Keluarga Alumni Universitas Gadjah Mada menandatangani nota kesepahaman tentang pangan.", "Kementerian Pertanian", "Keluarga Alumni Universitas Gadjah Mada")]
    [InlineData("Kementerian Desa dan Pembangunan Daerah Tertinggal menandatangani nota kesepahaman dengan Pemerintah Provinsi Jawa Tengah.", "Kementerian Desa dan Pembangunan Daerah Tertinggal", "Pemerintah Provinsi Jawa Tengah")]
    public void A_place_or_a_name_of_its_own_after_dan_is_another_party_and_a_field_is_not(string text, string first, string second)
        => Assert.Equal(new[] { first, second }, Assert.Single(Agreements(text)).Parties);

    [Fact]
    public void One_of_the_ways_of_an_organisations_effort_is_its_signing()
    {
        var a = Assert.Single(Agreements("Pemerintah Kota Hilir memperkuat ketahanan pangan. Salah satunya dengan menandatangani nota kesepahaman dengan Perum Pangan Jaya."));
        Assert.Equal(new[] { "Pemerintah Kota Hilir", "Perum Pangan Jaya" }, a.Parties);
    }
}
