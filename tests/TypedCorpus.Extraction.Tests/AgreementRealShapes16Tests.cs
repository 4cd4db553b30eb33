using TypedCorpus.Extraction;
using TypedCorpus.Extraction.Agreements;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Agreement shapes met on real pages (round 16).</summary>
public class AgreementRealShapes16Tests
{
    private static IReadOnlyList<AgreementModel> Agreements(params string[] paragraphs) =>
        TestText.Extract("Judul kerja sama daerah\n\n" + string.Join("\n\n", paragraphs) + "\n").Agreements;

    [Theory]
    [InlineData("Dinas Perikanan Sukamaju bersama dengan Bank Mandala menandatangani nota kesepahaman untuk membiayai nelayan.", "Dinas Perikanan Sukamaju", "Bank Mandala")]
    [InlineData("Badan Pengelola Hutan (BPH) bersama dengan Universitas Lestari (Unles) menandatangani nota kesepahaman di Jakarta.", "Badan Pengelola Hutan", "Universitas Lestari")]
    public void Two_signers_joined_by_bersama_dengan_are_both_parties(string text, string first, string second)
    {
        var a = Assert.Single(Agreements(text));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Equal(new[] { first, second }, a.Parties);
    }

    [Theory]
    [InlineData("Kali ini melalui kerja sama penandatanganan kesepakatan dengan PT Arindo Jaya.")]
    [InlineData("Tahun ini penandatanganan kesepakatan dengan PT Arindo Jaya dilakukan di balai kota.")]
    public void A_common_noun_opening_the_sentence_before_a_demonstrative_is_no_party(string text)
    {
        var a = Assert.Single(Agreements("Pemerintah Kota Sukamaju terus berupaya menangani sampah. " + text));
        Assert.DoesNotContain(a.Parties, p => p is "Kali" or "Tahun");
        Assert.Contains("PT Arindo Jaya", a.Parties);
    }

    [Theory]
    [InlineData("PLN tersebut menandatangani perjanjian jual beli listrik dengan PT Arindo Jaya, Senin.", "PLN")]
    [InlineData("Inalum itu kemudian menandatangani perjanjian jual beli listrik dengan PT Arindo Jaya, Senin.", "Inalum")]
    public void A_name_before_a_demonstrative_is_still_a_party(string text, string party)
        => Assert.Equal(new[] { party, "PT Arindo Jaya" }, Assert.Single(Agreements(text)).Parties);
}
