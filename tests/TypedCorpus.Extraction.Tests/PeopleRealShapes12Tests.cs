using System.Linq;
using TypedCorpus.Extraction;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>
/// Name shapes met on real pages (round 12): lists of names with a title or "dan juga" between their members, and the
/// header lines that carry the outlet (texts written for each rule, invented names and places).
/// </summary>
public class PeopleRealShapes12Tests
{
    private static ArticleModel Article(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - " + string.Join("\n\n", paragraphs) + "\n");

    private static string[] People(params string[] paragraphs) =>
        Article(paragraphs).People.OrderBy(p => p, System.StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("Kunjungan itu turut dihadiri Rahmat Hidayat Lubis, Darmawan, Sofyan Adi Saputra, dr Wulan Sari Dewi, dan juga Hasbullah.")]
    [InlineData("Kunjungan itu turut dihadiri Rahmat Hidayat Lubis, Darmawan, Sofyan Adi Saputra, dan dr Wulan Sari Dewi serta juga Hasbullah.")]
    public void A_list_with_a_title_before_a_member_or_juga_after_its_conjunction_names_persons(string text)
        => Assert.Equal(new[] { "Darmawan", "Hasbullah", "Rahmat Hidayat Lubis", "Sofyan Adi Saputra", "Wulan Sari Dewi" }, People(text));

    [Fact]
    public void A_list_of_places_with_juga_stays_places()
        => Assert.Empty(People("Banjir melanda Kecamatan Sukamaju, Wanareja, Cibening, dan juga Karangsari."));

    [Fact]
    public void The_outlets_domain_a_period_and_the_place_in_capitals_make_the_dateline()
    {
        var a = TestText.Extract("Warga Desa Sepakat Berdamai\n\nKabar Kota Indonesia.net. SUKAMAJU - Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n\nMediasi dipimpin kepala desa.\n");
        Assert.Equal(("Kabar Kota Indonesia.net", "Sukamaju"), (a.Outlet, a.Dateline));
        Assert.StartsWith("Dua warga desa", a.Paragraphs[0].Text);
    }

    [Theory]
    [InlineData("Seperti Kepala Desa Sukamaju Wetan, Sarwadi yang mengaku tak merasakan getaran malam tadi.", "Sarwadi")]
    [InlineData("Kepala Desa Sukamaju, Kecamatan Wanareja, Eko Hadi Prasetyo dihubungi semalam tak tahu ada getaran.", "Eko Hadi Prasetyo")]
    public void After_an_office_naming_its_place_first_and_the_place_the_name_after_the_comma_is_the_holder(string text, string holder)
        => Assert.Equal(new[] { holder }, People(text));

    private static string[] Speakers(int quote, params string[] paragraphs) => Article(paragraphs).Quotes[quote].Speakers.ToArray();

    [Fact]
    public void A_cue_written_with_a_capital_after_the_quote_names_the_speaker()
        => Assert.Equal(new[] { "Budi Santoso" }, Speakers(1, "Wali Kota Budi Santoso menggelar dialog dengan warga, Sabtu.",
            "\"Ayo segera urus ke dinas,\" ucap Budi.", "\"Baik, kami bantu,\" Kata Budi."));

    [Fact]
    public void A_capitalised_cue_opening_the_sentence_after_a_quote_ending_with_a_period_is_its_attribution()
    {
        var a = Article("Wali Kota Budi Santoso menggelar dialog dengan warga, Sabtu.", "\"Ayo segera urus ke dinas,\" ucap Budi.",
            "Warga berikutnya adalah Rahmat Wijaya Kusuma dari Perumahan Indah. \"Saya minta tolong, pak Wali Kota bantu saya.\" Ucap Rahmat dengan memberi salam.");
        Assert.Equal(new[] { "Rahmat Wijaya Kusuma" }, a.Quotes[1].Speakers.ToArray());
        Assert.Contains("Rahmat Wijaya Kusuma", a.People);
    }

    [Fact]
    public void A_spouse_described_before_a_titled_name_is_not_that_name()
        => Assert.Empty(Speakers(1, "Wakil Gubernur Hendra Wijaya menghadiri perayaan itu, Kamis.", "\"Kami hadir untuk mempererat hubungan,\" kata Hendra.",
            "\"Nantinya ada kerja sama di sektor pariwisata,\" terang suami tercinta dr Rina Kartika."));
}
