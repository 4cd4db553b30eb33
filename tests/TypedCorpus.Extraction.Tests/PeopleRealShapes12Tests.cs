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
    [InlineData("Kepala Desa Sukamaju, Kecamatan Wanareja, Eko Hadi Prasetyo ditemui di rumahnya mengaku tidur lelap.", "Eko Hadi Prasetyo")]
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

    [Fact]
    public void A_pair_of_candidates_with_a_title_opening_its_second_half_and_a_pair_listed_after_it_are_four_persons()
        => Assert.Equal(new[] { "Budi Santoso", "Hendra Wijaya", "Maruf Hasan", "Rina Salahuddin Putri" },
            People("Menurutnya, pasangan calon bupati dan wakil bupati Budi Santoso-KH Maruf Hasan, serta Hendra Wijaya-Rina Salahuddin Putri juga harus berkomitmen."));

    [Theory]
    [InlineData("Petugas mengecek harga gula di Toko Bu Sri dan di Toko Bu Ratmi pagi itu.")]
    [InlineData("Petugas juga mendatangi warung Pak Darto dan Rumah Makan Mbak Rina di pasar itu.")]
    public void A_shop_named_after_its_owner_is_no_person(string text) => Assert.Empty(People(text));

    [Fact]
    public void An_office_acting_before_a_quote_points_its_nya_cue_to_the_holder()
        => Assert.Equal(new[] { "Bagus Santoso" }, Speakers(1, "Kapolres Sukamaju AKBP Bagus Santoso memimpin pemantauan pasar, Senin.",
            "\"Stok aman,\" tandas Kapolres.", "Kapolsek Wanareja AKP Hendra Wijaya juga memantau pasar di wilayahnya. Kapolres Sukamaju meminta para pedagang menjual dengan harga wajar.",
            "\"Ikuti aturan pemerintah,\" pintanya."));

    [Theory]
    [InlineData("Kapolres Wanasari AKBP Bagus Santoso memimpin apel pagi.", "Di sela-sela apel, Kapolres Wanasari memberikan arahan kepada anggota.")]
    [InlineData("Kapolres Wanasari, AKBP Bagus Santoso memimpin apel pagi.", "Di sela-sela apel, Kapolres Wanasari memberikan arahan kepada anggota.")]
    public void The_word_between_a_place_office_and_its_holders_rank_is_the_place(string first, string second)
        => Assert.Equal(new[] { "Bagus Santoso" }, People(first, second));

    [Theory]
    [InlineData("Demikian dikatakan Bambang Garut Wibowo kepada awak media di kantornya.", "Bambang Garut Wibowo")]
    [InlineData("Demikian dikatakan Bambang Garut Wibowo (BGW) kepada awak media di kantornya.", "Bambang Garut Wibowo")]
    public void A_place_between_name_words_after_a_passive_verb_of_saying_is_a_middle_name(string text, string name)
        => Assert.Equal(new[] { name }, People(text));

    [Fact]
    public void A_place_after_an_office_before_the_holders_name_stays_the_place()
        => Assert.Equal(new[] { "Budi Santoso" }, People("Dalam rapat itu Bupati Garut Budi Santoso mengatakan harga beras naik."));

    [Theory]
    [InlineData("Pedoman itu disusun bersama Menteri Hukum, Jaksa Agung dan para kepala daerah.", new string[0])]
    [InlineData("Hal itu disampaikan Jaksa Agung Sanitiar Wicaksono di kantornya.", new[] { "Sanitiar Wicaksono" })]
    public void The_second_word_of_a_two_word_office_is_the_offices(string text, string[] people) => Assert.Equal(people, People(text));
}
