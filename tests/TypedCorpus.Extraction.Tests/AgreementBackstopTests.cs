using TypedCorpus.Extraction;
using TypedCorpus.Extraction.Agreements;

namespace TypedCorpus.Extraction.Tests;

/// <summary>
/// The backstop after the triggers (rule unread-signing): a document's signing reported in words whose sides no trigger
/// reads is an agreement all the same, at its first mention, without parties.
/// </summary>
public class AgreementBackstopTests
{
    private static IReadOnlyList<AgreementModel> Find(params string[] paragraphs)
    {
        var body = paragraphs.Select((p, i) => new BodyBlock(i + 1, BodyBlockKind.Paragraph, p, 0)).ToList();
        return AgreementExtractor.Extract(new ArticleContext("t.txt", null, null, body, paragraphs.ToList()), new List<string>());
    }

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
            "Kerja sama itu tertuang dalam MoU yang ditandatangani di aula rektorat.",
            "Bank Sentosa dan Universitas Lestari sepakat untuk membuka pusat pelatihan bersama.");
        Assert.Equal(new[] { 2, 3 }, found.Select(a => a.Line));
        Assert.Equal(new[] { AgreementRules.UnreadSigning, AgreementRules.Commitment }, found.Select(a => a.Rule));
    }
}
