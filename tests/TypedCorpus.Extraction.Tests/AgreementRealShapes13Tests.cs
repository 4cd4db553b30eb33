using TypedCorpus.Extraction;
using TypedCorpus.Extraction.Agreements;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Agreement shapes met on real pages (round 13): several documents signed at one visit, each between its own sides.</summary>
public class AgreementRealShapes13Tests
{
    private static IReadOnlyList<AgreementModel> Find(params string[] paragraphs)
    {
        var body = paragraphs.Select((p, i) => new BodyBlock(i + 1, BodyBlockKind.Paragraph, p, 0)).ToList();
        return AgreementExtractor.Extract(new ArticleContext("t.txt", null, null, body, paragraphs.ToList()), new List<string>());
    }

    private const string Visit = "Presiden Sukaraya dan Perdana Menteri Cipta menandatangani dua belas nota kesepahaman di Istana, Senin.";

    [Fact]
    public void A_later_signing_between_sides_of_its_own_is_another_agreement()
    {
        var found = Find(Visit, "Bidang budaya juga dibahas; kunjungan itu ditutup dengan penandatanganan MoU antara Kementerian Kelautan Sukaraya dan Kementerian Perikanan Cipta.");
        Assert.Equal(2, found.Count);
        Assert.Equal(new[] { "Kementerian Kelautan Sukaraya", "Kementerian Perikanan Cipta" }, found[1].Parties);
    }

    [Fact]
    public void A_later_signing_of_the_same_sides_is_the_same_agreement_again()
        => Assert.Single(Find("Bank Sentosa dan Universitas Lestari menandatangani nota kesepahaman di Medan, Senin.",
            "Penandatanganan MoU antara Bank Sentosa dan Universitas Lestari disaksikan gubernur."));

    [Fact]
    public void A_document_between_two_sides_after_what_was_agreed_is_one_of_the_signed_documents()
    {
        var found = Find(Visit, "Salah satu hasil kunjungan yang disepakati adalah MoU antara Badan Pangan Sukaraya dan Kementerian Pertanian Cipta tentang rantai pasok.");
        Assert.Equal(2, found.Count);
        Assert.Equal(AgreementKind.Signed, found[1].Kind);
        Assert.Equal(new[] { "Badan Pangan Sukaraya", "Kementerian Pertanian Cipta" }, found[1].Parties);
    }

    [Fact]
    public void What_was_agreed_with_no_document_between_sides_is_no_signing()
        => Assert.Single(Find(Visit, "Salah satu hal yang disepakati adalah pertemuan lanjutan antara kedua menteri tahun depan."));

    [Fact]
    public void A_signing_named_from_teken_between_sides_is_signed()
    {
        var a = Assert.Single(Find("Penekenan MoU antara Pengadilan Agama Sukaraya dan Dinas Sosial Sukaraya berlangsung di kantor bupati, Selasa."));
        Assert.Equal(new[] { "Pengadilan Agama Sukaraya", "Dinas Sosial Sukaraya" }, a.Parties);
    }

    [Fact]
    public void A_document_made_between_one_side_and_the_other_is_signed()
    {
        var a = Assert.Single(Find("Pada awal tahun ini, nota kesepahaman dibuat antara Pemkab Sukaraya dengan Kejaksaan Negeri Sukaraya."));
        Assert.Equal(new[] { "Pemkab Sukaraya", "Kejaksaan Negeri Sukaraya" }, a.Parties);
    }
}
