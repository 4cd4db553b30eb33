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

    [Theory]
    [InlineData("Pemerintah Kabupaten Hulu dan Pemerintah Kabupaten Hilir resmi mengikat komitmen kerja sama melalui penandatanganan kesepakatan bersama.", "Pemerintah Kabupaten Hulu", "Pemerintah Kabupaten Hilir", "signing-noun")]
    [InlineData("Dalam kesempatan ini ditandatangani kesepakatan atau MoU mengenai kerja sama antara Pemkot Sukamaju dengan Pemkab Hilir terkait pelayanan publik.", "Pemkot Sukamaju", "Pemkab Hilir", "document-between")]
    [InlineData("Diakui perwakilan warga bahwa mereka sudah menandatangani kesepakatan antara Koperasi Tani Makmur dengan PT Sawit Lestari untuk ganti rugi lahan.", "Koperasi Tani Makmur", "PT Sawit Lestari", "sign-verb")]
    public void A_signing_and_its_two_sides_in_the_shapes_pages_write(string text, string first, string second, string rule)
    {
        var a = Assert.Single(Agreements(text));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Equal(new[] { first, second }, a.Parties);
        Assert.Equal(rule, a.Rule);
    }

    [Fact]
    public void Agreeing_on_a_cooperation_with_a_partner_is_a_commitment_of_both()
    {
        var a = Assert.Single(Agreements("PT Listrik Jaya menyepakati kerja sama dengan PT Surya Abadi untuk pengembangan energi bersih."));
        Assert.Equal(AgreementKind.Commitment, a.Kind);
        Assert.Equal(new[] { "PT Listrik Jaya", "PT Surya Abadi" }, a.Parties);
    }

    [Fact]
    public void A_document_whose_topic_goes_on_past_the_cooperation_before_antara_is_no_document_between()
        => Assert.Equal(AgreementRules.UnreadSigning, Assert.Single(Agreements("Dalam kesempatan ini ditandatangani kesepakatan mengenai rencana pembangunan jalan lingkar dan jembatan antara dua desa itu.")).Rule);
}
