using TypedCorpus.Extraction;
using TypedCorpus.Extraction.Agreements;

namespace TypedCorpus.Extraction.Tests;

/// <summary>
/// The backstop after the triggers (rule unread-signing): a document's signing reported in words whose sides no trigger
/// reads is an agreement all the same, at its first mention, without parties.
/// </summary>
public class AgreementBackstopTests
{
    private static IReadOnlyList<AgreementModel> Find(params string[] paragraphs) => AgreementSpellingTests.Find(paragraphs);

    [Fact]
    public void The_rules_example_is_a_signing_without_parties()
    {
        var a = Assert.Single(Find(UnreadSigning.Example));
        Assert.Equal(UnreadSigning.Id, a.Rule);
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Empty(a.Parties);
        Assert.Equal("2025-02-03", a.Date);
    }

    [Theory]
    [InlineData("Kerja sama itu dimulai seusai menandatangani perjanjian kerja sama dalam bidang perdata di aula kantor kejaksaan.")]
    [InlineData("Hal tersebut diwujudkan melalui penandatanganan nota kesepahaman di gedung rektorat.")]
    [InlineData("Kesepakatan itu tertuang dalam MoU yang ditandatangani di kantor gubernur pekan lalu.")]
    [InlineData("Acara dilanjutkan dengan penandatanganan kerja sama pengelolaan keuangan daerah di lantai lima.")]
    [InlineData("Ketua dewan mengapresiasi penandatangan adendum kedua perjanjian hibah daerah itu.")]
    public void A_signing_whose_sides_are_not_read_is_given_without_parties(string text)
    {
        var a = Assert.Single(Find("Bupati meninjau banjir di tiga kecamatan.", text));
        Assert.Equal(UnreadSigning.Id, a.Rule);
        Assert.Equal(2, a.Line);
        Assert.Empty(a.Parties);
    }

    [Fact]
    public void A_declaration_signed_is_a_declaration()
    {
        var a = Assert.Single(Find("Acara ditutup dengan penandatanganan deklarasi kampanye damai di panggung utama."));
        Assert.Equal(AgreementKind.Declaration, a.Kind);
        Assert.Equal(UnreadSigning.Id, a.Rule);
    }

    [Theory]
    [InlineData("Forum ini diharapkan menjadi momentum penting untuk penandatanganan sejumlah kesepakatan strategis.")]
    [InlineData("Pemerintah daerah akan menandatangani perjanjian kerja sama itu bulan depan.")]
    [InlineData("Mahasiswa meminta rektor siap menandatangani berita acara tuntutan.")]
    [InlineData("Sampai kini kedua lembaga belum menandatangani nota kesepahaman apa pun.")]
    [InlineData("Penandatanganan nota kesepahaman di kantor wali kota itu dijadwalkan pekan depan.")]
    [InlineData("Terkait jadwal penandatanganan nota kesepahaman, forum menyerahkannya kepada pimpinan.")]
    [InlineData("Penandatanganan kesepakatan ini disaksikan warga di balai desa.")]
    [InlineData("Nota kesepahaman tersebut ditandatangani di aula kantor bupati.")]
    public void A_signing_not_done_is_none(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("Warga menerima piagam penghargaan yang ditandatangani langsung oleh gubernur.")]
    [InlineData("Surat edaran tentang protokol kesehatan itu ditandatangani wali kota pada Senin.")]
    [InlineData("Nota dinas yang ditandatangani sekretaris daerah itu beredar di media sosial.")]
    [InlineData("Surat persetujuan tindakan medis telah ditandatangani suami pasien.")]
    [InlineData("Kartu keluarga dan akta kelahiran kini ditandatangani secara elektronik.")]
    [InlineData("Presiden telah menandatangani naskah keputusan presiden tentang cuti bersama.")]
    [InlineData("Para pejabat eselon menandatangani pakta integritas di aula kantor bupati.")]
    [InlineData("Bupati menandatangani dokumen rencana pembangunan jangka menengah daerah.")]
    [InlineData("Surat rekomendasi itu diteken Presiden PKS pada Selasa malam.")]
    [InlineData("Nota dinas yang ditandatangani sekretaris daerah kemarin beredar luas.")]
    [InlineData("Ia merupakan penandatangan kontrak proyek jalan yang kini disidik jaksa.")]
    [InlineData("Almarhum adalah salah satu penandatangan Deklarasi Wartawan Surakarta.")]
    public void A_document_one_side_signs_is_none(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("\"Nanti setelah Lebaran kita teken kontrak pasokan beras,\" kata Budi.")]
    [InlineData("Semoga perjanjian pinjaman itu segera diteken kedua pihak.")]
    [InlineData("Targetnya, nota kesepahaman pengelolaan pasar diteken Desember.")]
    [InlineData("Penandatanganan nota kesepahaman berlangsung Kamis mendatang di balai kota.")]
    [InlineData("Penandatanganan kontrak pembangunan pasar molor hingga Oktober.")]
    [InlineData("Adendum perjanjian pengelolaan parkir diupayakan diteken bulan ini.")]
    [InlineData("Kesepakatan pasokan baru diteken kalau harga gabah stabil.")]
    [InlineData("Tak seorang pun anggota dewan menandatangani perjanjian itu.")]
    [InlineData("Benarkah kedua klub sudah meneken kontrak kerja sama?")]
    [InlineData("Kabarnya, kedua perusahaan telah meneken perjanjian pasokan listrik.")]
    [InlineData("Tuntutan mereka sederhana: pengembang menandatangani perjanjian ganti rugi.")]
    [InlineData("Setiap penyedia jasa wajib menandatangani kontrak kerja sama dengan dinas.")]
    [InlineData("Andai kedua partai sejak awal meneken piagam koalisi, hasilnya akan lain.")]
    [InlineData("Kontrak pembangunan gedung itu ditandatangani pekan depan.")]
    public void A_signing_not_plainly_reported_is_none(string text) => Assert.Empty(Find(text));

    [Fact]
    public void A_pledge_one_side_signs_does_not_hide_the_memorandum_after_it()
    {
        var a = Assert.Single(Find("Para kepala sekolah menandatangani pakta integritas di aula dinas.",
            "Acara dilanjutkan dengan penandatanganan nota kesepahaman di aula yang sama."));
        Assert.Equal(2, a.Line);
        Assert.Equal(UnreadSigning.Id, a.Rule);
    }

    [Theory]
    [InlineData("Kedua instansi menandatangani berita acara serah terima aset daerah di aula kantor.")]
    [InlineData("Memorandum kerja sama kota kembar diteken di balai kota, Senin.")]
    public void Further_shapes_of_a_signing_reported(string text) => Assert.Equal(UnreadSigning.Id, Assert.Single(Find(text)).Rule);

    [Fact]
    public void The_document_of_a_commitment_found_is_no_second_agreement()
    {
        var a = Assert.Single(Find("Pemerintah Kabupaten Sukamaju dan Pemerintah Kabupaten Lestari sepakat untuk membangun jalan penghubung.",
            "Kesepakatan itu dituangkan dalam nota kesepahaman yang ditandatangani di pendopo."));
        Assert.Equal(AgreementKind.Commitment, a.Kind);
    }

    [Fact]
    public void A_signing_inside_a_quotation_is_none() =>
        Assert.Empty(Find("\"Kita teken kontrak setelah Lebaran,\" kata Budi."));

    [Fact]
    public void A_signing_with_no_document_is_none()
    {
        Assert.Empty(Find("Warga menandatangani daftar hadir di pintu masuk balai desa."));
        Assert.Empty(Find("Surat keputusan itu ditandatangani di ruang kerja bupati."));
    }

    [Fact]
    public void A_first_report_that_refers_back_to_its_document_gives_nothing()
    {
        // the signing the headline announced: its later mentions are not first ones either
        Assert.Empty(Find("Penandatanganan kesepakatan ini disaksikan warga di balai desa.",
            "Kerja sama itu tertuang dalam MoU yang ditandatangani di kantor gubernur."));
    }

    [Fact]
    public void Only_the_first_mention_is_given()
    {
        var a = Assert.Single(Find("Kesepakatan itu tertuang dalam MoU yang ditandatangani di kantor gubernur.",
            "Penandatanganan MoU tersebut disaksikan para kepala dinas."));
        Assert.Equal(1, a.Line);
    }

    [Fact]
    public void After_a_signing_a_trigger_read_nothing_is_added()
    {
        var a = Assert.Single(Find("Bank Sentosa menandatangani nota kesepahaman dengan Universitas Lestari di Medan.",
            "Kerja sama itu tertuang dalam MoU yang ditandatangani di aula rektorat."));
        Assert.Equal(AgreementRules.SignVerb, a.Rule);
        Assert.Equal(new[] { "Bank Sentosa", "Universitas Lestari" }, a.Parties);
    }

    [Fact]
    public void A_commitment_found_before_keeps_its_place_and_the_signing_joins_it_in_line_order()
    {
        var found = Find("Pengurus pasar menyampaikan keluhan pedagang.",
            "Kerja sama tertuang dalam MoU yang ditandatangani di aula rektorat.",
            "Bank Sentosa dan Universitas Lestari sepakat untuk membuka pusat pelatihan bersama.");
        Assert.Equal(new[] { 2, 3 }, found.Select(a => a.Line));
        Assert.Equal(new[] { AgreementRules.UnreadSigning, AgreementRules.Commitment }, found.Select(a => a.Rule));
    }
}
