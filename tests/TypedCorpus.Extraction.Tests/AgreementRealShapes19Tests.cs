using TypedCorpus.Extraction;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Agreement shapes met on real pages (round 19): a signer whose degrees close with a glued letter.</summary>
public class AgreementRealShapes19Tests
{
    private static IReadOnlyList<AgreementModel> Agreements(params string[] paragraphs) =>
        TestText.Extract("Judul kerja sama daerah\n\n" + string.Join("\n\n", paragraphs) + "\n").Agreements;

    [Fact]
    public void A_degree_s_last_letter_before_the_verb_is_no_party()
    {
        var a = Assert.Single(Agreements("Bupati Sukamaju, Dr. Budi Santoso, MM dan Rektor Universitas Lestari, Prof. Rudi Hartono, M.Agr.Sc., Ph.D resmi menandatangani nota kesepahaman bidang kesehatan."));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.DoesNotContain(a.Parties, p => p.Length < 2);
    }
}
