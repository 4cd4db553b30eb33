using TypedCorpus.Extraction;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Agreement shapes met on real pages (round 18): a cooperation agreed on with a partner named after its field.</summary>
public class AgreementRealShapes18Tests
{
    private static IReadOnlyList<AgreementModel> Agreements(params string[] paragraphs) =>
        TestText.Extract("Judul kerja sama daerah\n\n" + string.Join("\n\n", paragraphs) + "\n").Agreements;

    [Theory]
    [InlineData("Bank Sentosa sepakat memperkuat kerja sama di sejumlah bidang strategis dengan Universitas Lestari.", "Bank Sentosa", "Universitas Lestari")]
    [InlineData("Bank Sentosa sepakat memperluas kerjasama bidang pendidikan dengan pihak Universitas Lestari.", "Bank Sentosa", "Universitas Lestari")]
    [InlineData("PT Surya Abadi bersepakat menjalin kemitraan pengolahan sampah dengan Koperasi Tani Makmur.", "PT Surya Abadi", "Koperasi Tani Makmur")]
    public void A_cooperation_agreed_on_names_its_partner_after_its_field(string text, string first, string second)
    {
        var a = Assert.Single(Agreements(text));
        Assert.Equal(AgreementKind.Commitment, a.Kind);
        Assert.Equal(new[] { first, second }, a.Parties);
    }

    [Theory]
    [InlineData("Bank Sentosa sepakat memperkuat kerja sama yang dibangun bersama warga dengan Universitas Lestari.")]
    [InlineData("Bank Sentosa sepakat memperkuat kerja sama antara para petani dengan Universitas Lestari.")]
    [InlineData("Pemerintah Kabupaten Sukamaju sepakat menghentikan kerja sama dengan PT Sinar Laut Abadi.")]
    [InlineData("Forum Warga Sukamaju sepakat mempersoalkan kerja sama desa dengan PT Batu Hijau Mandiri.")]
    [InlineData("Pemerintah Desa Sukamaju sepakat memperkuat kerja sama pembangunan dengan Dana Desa.")]
    public void A_partner_beyond_a_clause_is_not_read(string text) => Assert.Empty(Agreements(text));

    [Theory]
    [InlineData("Penandatanganan MoU dan MoA Universitas Lestari dan Bank Sentosa berlangsung di hotel pantai, Kamis (6/7/2023).")]
    [InlineData("Penandatanganan nota kesepahaman Universitas Lestari dan Bank Sentosa digelar di aula rektorat.")]
    public void Sides_written_right_after_the_documents_sign(string text)
    {
        var a = Assert.Single(Agreements(text));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Equal(new[] { "Universitas Lestari", "Bank Sentosa" }, a.Parties);
    }

    [Fact]
    public void A_documents_title_of_places_after_it_names_no_sides()
    {
        var a = Assert.Single(Agreements("Acara dilanjutkan dengan penandatanganan MoU Kerjasama Regional Bali, NTB dan NTT di sirkuit."));
        Assert.DoesNotContain("NTB", a.Parties);
    }
}
