using System.Linq;
using TypedCorpus.Extraction;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Name and speaker shapes met on real pages (round 16), each with texts written for its rule (invented names and places).</summary>
public class PeopleRealShapes16Tests
{
    private static ArticleModel Article(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - " + string.Join("\n\n", paragraphs) + "\n");

    [Theory]
    [InlineData("Mhd")]
    [InlineData("Moch")]
    public void A_short_form_of_Muhammad_opening_a_name_stays_when_the_article_later_uses_a_later_name_alone(string opener)
    {
        var a = Article($"Bupati Sukamaju {opener} Rahmat Hidayat mengatakan kerja sama itu penting.",
            "\"Terima kasih atas sambutan hangatnya,\" ujar Rahmat.");
        Assert.Equal(new[] { $"{opener} Rahmat Hidayat" }, a.People);
        Assert.Equal(new[] { $"{opener} Rahmat Hidayat" }, Assert.Single(a.Quotes).Speakers);
    }

    [Theory]
    [InlineData("Kepala Desa Budi Santoso mengatakan banyak warganya bertani rumput laut.", "Santoso", "Budi Santoso")]
    [InlineData("Ketua DKM Masjid Baitun Nur Zainal Arifin mengatakan banyak warganya bertani rumput laut.", "Zainal", "Zainal Arifin")]
    public void A_trimmed_office_keeps_its_words_and_the_holder_keeps_both_names(string text, string single, string name)
    {
        var a = Article(text, $"\"Kami berharap harga rumput laut naik lagi,\" ucap {single}.");
        Assert.Equal(new[] { name }, a.People);
    }

    [Fact]
    public void After_a_regent_two_words_stay_the_holders_name()
    {
        var a = Article("Bupati Talabaru Rozali mengatakan banyak warganya bertani rumput laut.",
            "\"Kami berharap harga rumput laut naik lagi,\" ucap Rozali.");
        Assert.Equal(new[] { "Talabaru Rozali" }, a.People);
    }

    [Fact]
    public void The_unit_of_an_operations_head_is_no_person()
    {
        var a = Article("Kabag Ops Polres Sukamaju AKP Hendra Kusuma menyampaikan bahwa kejadian itu berawal dari penganiayaan.",
            "Kata Kabag Ops untuk situasi sampai saat ini sudah aman.",
            "\"Kami tetap siaga,\" katanya.");
        Assert.Equal(new[] { "Hendra Kusuma" }, a.People);
        Assert.Equal(new[] { "Hendra Kusuma" }, Assert.Single(a.Quotes).Speakers);
    }

    [Fact]
    public void An_electoral_district_before_a_spokesperson_in_apposition_is_no_speaker()
    {
        var a = Article("Para juru bicara Dapil bergantian menyoroti jalan. Sementara juru bicara Dapil IX, Andi Rizky, melaporkan banyak jalan desa yang rusak, di samping listrik yang \"byarpet\" setiap malam.");
        Assert.Equal(new[] { "Andi Rizky" }, a.People);
        Assert.Equal(new[] { "Andi Rizky" }, Assert.Single(a.Quotes).Speakers);
    }

    [Fact]
    public void Inside_an_office_the_Sasak_noble_opener_Lalu_belongs_to_the_name()
    {
        var a = Article("Bupati Loteng Lalu Rahman Hadi membenarkan, pihaknya mengajukan banding.", "\"Kami mengajukan banding,\" katanya.");
        Assert.Equal(new[] { "Lalu Rahman Hadi" }, a.People);
        Assert.Equal(new[] { "Lalu Rahman Hadi" }, Assert.Single(a.Quotes).Speakers);
    }

    [Fact]
    public void Opening_a_sentence_Lalu_is_then()
    {
        var a = Article("Kepala Dinas Pertanian Rahman Hadi meninjau sawah warga.", "Lalu Rahman Hadi meminta petani menanam padi lebih awal.", "\"Kami siapkan benihnya,\" katanya.");
        Assert.Equal(new[] { "Rahman Hadi" }, a.People);
    }

    [Fact]
    public void A_passive_verb_opening_the_sentence_is_no_part_of_the_agents_name()
    {
        var a = Article("Dipimpin Elias Marwa, warga membentuk kampung baru di pinggiran kota.", "Elias Marwa yang kini menjadi kepala kampung mengungkapkan kampung itu hanya mengandalkan dana desa.",
            "\"Jadi kami bangun itu sangat bangga,\" kata Elias Marwa.");
        Assert.Equal(new[] { "Elias Marwa" }, a.People);
    }

    [Theory]
    [InlineData("Pembakal")]
    [InlineData("Keuchik")]
    public void A_village_head_by_a_regional_name_is_an_office_before_the_holder(string office)
    {
        var a = Article($"{office} Talabaru, Badarudin, mengaku terpaksa membeli air bersih setiap pekan.", $"\"Air sumur kami asin,\" kata {office} Badarudin.");
        Assert.Equal(new[] { "Badarudin" }, a.People);
        Assert.Equal(new[] { "Badarudin" }, Assert.Single(a.Quotes).Speakers);
    }

    [Theory]
    [InlineData("Jaksa penuntut umum I Gusti Putu Adnyana membenarkan, pihaknya mengajukan banding.", "I Gusti Putu Adnyana")]
    [InlineData("Menurut jaksa I Gusti Ngurah Adnyana, pihaknya mengajukan banding.", "I Gusti Ngurah Adnyana")]
    public void A_Balinese_I_after_an_office_in_small_letters_opens_the_name(string text, string name)
        => Assert.Equal(new[] { name }, Article(text, "\"Kami mengajukan banding,\" katanya.").People);

    [Fact]
    public void A_regencys_secretary_written_short_is_an_office_before_its_place_and_holder()
    {
        var a = Article("\"Kami siap membantu,\" kata Sekkab Gowa Muchlis di ruang rapat.");
        Assert.Equal(new[] { "Muchlis" }, a.People);
    }

    [Theory]
    [InlineData("ucap seluruh peserta Deklarasi Damai di alun-alun kota")]
    [InlineData("kata para warga Kampung Baru saat ditemui")]
    public void A_group_counted_as_a_whole_after_the_cue_names_no_speaker(string cue)
    {
        var a = Article($"\"Mari sama-sama kita pelihara kedamaian,\" {cue}, Minggu (2/2/2020).");
        Assert.Empty(Assert.Single(a.Quotes).Speakers);
    }

    [Theory]
    [InlineData("Guna memastikan keamanan ibadah, Kasat Samapta Polres Sukamaju Iptu Rudi Hartono bersama anggota berjaga di gereja.")]
    [InlineData("Demi memastikan keamanan ibadah, Kasat Samapta Polres Sukamaju Iptu Rudi Hartono bersama anggota berjaga di gereja.")]
    public void A_purpose_word_opening_the_sentence_before_a_verb_of_saying_is_no_name(string text)
        => Assert.Equal(new[] { "Rudi Hartono" }, Article(text).People);
}
