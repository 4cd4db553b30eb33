using TypedCorpus.Extraction;
using TypedCorpus.Extraction.Agreements;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Agreement shapes met on real pages (round 15): a signing the headline announced, reported in the body with "tersebut".</summary>
public class AgreementRealShapes15Tests
{
    private static IReadOnlyList<AgreementModel> Agreements(params string[] paragraphs) =>
        TestText.Extract("Judul kerja sama daerah\n\n" + string.Join("\n\n", paragraphs) + "\n").Agreements;

    [Fact]
    public void A_signing_referred_to_with_tersebut_and_signed_by_two_named_sides_is_an_agreement_when_none_came_before()
    {
        var a = Assert.Single(Agreements("Penandatanganan nota kesepahaman tersebut dilakukan oleh Pemerintah Kabupaten Sukamaju dan Universitas Lestari di aula kampus."));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Equal(new[] { "Pemerintah Kabupaten Sukamaju", "Universitas Lestari" }, a.Parties);
    }

    [Fact]
    public void A_long_list_of_offices_and_holders_leaves_the_parties_empty()
    {
        var a = Assert.Single(Agreements("Penandatanganan nota kesepahaman tersebut dilakukan oleh Asisten Bidang Perekonomian dan Pembangunan Pemkab Sukamaju, Rina Wati, Kepala Dinas Pendidikan Sukamaju, Budi Santoso, serta Rektor Universitas Lestari, Prof. Anton Hakim."));
        Assert.Empty(a.Parties);
    }

    [Fact]
    public void After_an_agreement_the_same_signing_referred_to_again_is_no_new_one()
    {
        var found = Agreements("Pemerintah Kabupaten Sukamaju dan Universitas Lestari menandatangani nota kesepahaman di aula kampus, Senin.",
            "Penandatanganan nota kesepahaman tersebut dilakukan oleh Bupati Sukamaju dan Rektor Universitas Lestari.");
        Assert.Single(found);
    }

    [Fact]
    public void A_signing_referred_to_with_tersebut_without_its_signers_is_no_agreement()
        => Assert.Empty(Agreements("Penandatanganan nota kesepahaman tersebut berlangsung meriah di aula kampus pada hari Senin."));

    [Theory]
    [InlineData("Mediasi berlangsung di balai desa. Setelah itu keduanya juga menandatangani surat pernyataan damai, disaksikan perangkat desa.")]
    [InlineData("Kedua belah pihak kemudian menandatangani surat pernyataan perdamaian di hadapan kepala desa.")]
    public void Both_sides_signing_a_written_peace_statement_is_an_agreement_without_parties(string text)
    {
        var a = Assert.Single(Agreements(text));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Assert.Empty(a.Parties);
    }

    [Theory]
    [InlineData("Polisi meminta agar keduanya menandatangani surat pernyataan damai pekan depan.")]
    [InlineData("Keduanya akan menandatangani surat pernyataan damai setelah hasil pengukuran lahan keluar.")]
    public void Both_sides_asked_to_sign_or_going_to_sign_is_no_agreement(string text)
        => Assert.Empty(Agreements(text));
}
