using TypedCorpus.Extraction;
using TypedCorpus.Extraction.Agreements;

namespace TypedCorpus.Extraction.Tests;

/// <summary>
/// Party names in the shapes official and foreign bodies are written in (lists of portfolios, English links, quoted words),
/// a partner taken on by a verb, and "Mereka" opening a sentence.
/// </summary>
public class AgreementNameShapeTests
{
    private static IReadOnlyList<AgreementModel> Find(params string[] paragraphs)
    {
        var body = paragraphs.Select((p, i) => new BodyBlock(i + 1, BodyBlockKind.Paragraph, p, 0)).ToList();
        return AgreementExtractor.Extract(new ArticleContext("t.txt", null, null, body, paragraphs.ToList()), new List<string>());
    }

    private static void Parties(AgreementModel a, params string[] expected) =>
        Assert.Equal(expected.OrderBy(x => x, StringComparer.Ordinal), a.Parties.OrderBy(x => x, StringComparer.Ordinal));

    [Theory]
    [InlineData("Desa Sukamaju dan Desa Lembah Hijau akhirnya sepakat berdamai. Mereka setuju untuk membagi air irigasi secara bergilir.")]
    [InlineData("Desa Sukamaju dan Desa Lembah Hijau akhirnya sepakat berdamai. Mereka juga sepakat untuk membentuk tim patroli bersama.")]
    public void Mereka_opening_a_sentence_are_the_parties_just_agreed(string text)
    {
        var found = Find(text);
        Assert.Equal(2, found.Count);
        Assert.Equal(AgreementKind.Commitment, found[1].Kind);
        Parties(found[1], "Desa Sukamaju", "Desa Lembah Hijau");
    }

    [Theory]
    [InlineData("Dalam bidang moneter, Bank Sentral Chile dan Reserve Bank of Peru menyepakati pembentukan forum pertukaran data.", "Bank Sentral Chile", "Reserve Bank of Peru")]
    [InlineData("Universitas Lestari dan University of Valparaiso menandatangani nota kesepahaman pertukaran dosen.", "Universitas Lestari", "University of Valparaiso")]
    [InlineData("Yayasan Bumi Lestari dan Institute for Coastal Studies sepakat untuk memetakan abrasi pantai.", "Yayasan Bumi Lestari", "Institute for Coastal Studies")]
    public void A_name_written_in_English_keeps_its_link_words(string text, string first, string second) =>
        Parties(Assert.Single(Find(text)), first, second);

    [Theory]
    [InlineData("Kementerian Lingkungan, Energi, dan Pariwisata Chile dan Kementerian Perdagangan dan Industri Peru menandatangani nota kesepahaman di Lima.",
        "Kementerian Lingkungan, Energi, dan Pariwisata Chile", "Kementerian Perdagangan dan Industri Peru")]
    [InlineData("Nota kesepahaman itu diteken oleh Kementerian Komunikasi dan Digital Chile dan Dinas Pemuda dan Olahraga Kota Sukamaju.",
        "Kementerian Komunikasi dan Digital Chile", "Dinas Pemuda dan Olahraga Kota Sukamaju")]
    public void A_body_named_by_a_list_of_portfolios_is_one_party(string text, string first, string second) =>
        Parties(Assert.Single(Find(text)), first, second);

    [Fact]
    public void Bodies_listed_with_their_own_heads_stay_apart()
    {
        var a = Assert.Single(Find("Kementerian Pertanian, Perum Pangan Lestari, dan Koperasi Tani Makmur sepakat untuk menstabilkan harga beras."));
        Parties(a, "Kementerian Pertanian", "Perum Pangan Lestari", "Koperasi Tani Makmur");
    }

    [Theory]
    [InlineData("Universitas Pembangunan “Bhakti” Sentosa menandatangani nota kesepahaman dengan Universitas Lembah Hijau.")]
    [InlineData("Universitas Pembangunan \"Bhakti\" Sentosa menandatangani nota kesepahaman dengan Universitas Lembah Hijau.")]
    public void A_quoted_word_inside_a_name_is_part_of_it(string text) =>
        Parties(Assert.Single(Find(text)), "Universitas Pembangunan Bhakti Sentosa", "Universitas Lembah Hijau");

    [Theory]
    [InlineData("Pemerintah Kota Sukamaju menggandeng Kejaksaan Negeri Sukamaju dalam penandatanganan nota kesepahaman tentang bantuan hukum.")]
    [InlineData("Langkah itu diambil Pemerintah Kota Sukamaju dengan menggandeng Kejaksaan Negeri Sukamaju melalui penandatanganan perjanjian kerja sama.")]
    public void A_partner_taken_on_for_a_signing_signs_with_the_subject(string text)
    {
        var a = Assert.Single(Find(text));
        Assert.Equal(AgreementKind.Signed, a.Kind);
        Parties(a, "Pemerintah Kota Sukamaju", "Kejaksaan Negeri Sukamaju");
    }

    [Fact]
    public void Taking_on_a_partner_without_a_signing_is_no_agreement() =>
        Assert.Empty(Find("Pemerintah Kota Sukamaju menggandeng Kejaksaan Negeri Sukamaju untuk menertibkan aset daerah."));
}
