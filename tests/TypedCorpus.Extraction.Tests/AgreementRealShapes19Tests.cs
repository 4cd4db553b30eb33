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

    [Theory]
    [InlineData("Indonesia dan Vietnam dalam kesempatan kunjungan Perdana Menteri Nguyen ke Indonesia menandatangani enam nota kesepahaman di berbagai bidang.", "Indonesia", "Vietnam")]
    [InlineData("Bank Sentosa dan Universitas Lestari pada Senin pagi di aula rektorat menandatangani nota kesepahaman pendidikan.", "Bank Sentosa", "Universitas Lestari")]
    public void Two_sides_opening_the_sentence_before_an_adverbial_sign(string text, string first, string second)
    {
        var a = Assert.Single(Agreements(text));
        Assert.Equal(new[] { first, second }, a.Parties);
    }

    [Fact]
    public void A_place_after_ke_is_no_signer()
    {
        var a = Assert.Single(Agreements("Delegasi bisnis yang datang ke Indonesia menandatangani nota kesepahaman dengan Kamar Dagang Sukamaju."));
        Assert.DoesNotContain("Indonesia", a.Parties);
    }

    [Fact]
    public void Two_countries_before_a_comma_are_the_topic_not_the_signers()
        => Assert.All(Agreements("India dan Uni Emirat Arab tahun lalu sudah, kini pihaknya menandatangani kerja sama dengan Arab Saudi."), a => Assert.DoesNotContain("India", a.Parties));

    [Fact]
    public void Two_sides_opening_a_sentence_with_a_clause_of_their_own_are_not_the_signers()
        => Assert.All(Agreements("Indonesia dan Vietnam yang bertemu kemarin di Hanoi, lalu Bank Sentosa menandatangani nota kesepahaman dengan Universitas Lestari."), a => Assert.DoesNotContain("Vietnam", a.Parties));
}
