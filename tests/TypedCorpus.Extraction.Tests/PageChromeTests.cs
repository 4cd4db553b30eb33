using TypedCorpus.Extraction.Structure;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Page chrome of small sites (ad slots, badges, counters, numeric dates) and datelines written around a region, a date or a dash.</summary>
public class PageChromeTests
{
    private static ArticleModel Page(string text) => TestText.Extract(text);

    private const string Body = "Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n\nMediasi dipimpin kepala desa dan disaksikan tokoh masyarakat setempat.\n";

    [Theory]
    [InlineData("iklan banner gratis")]
    [InlineData("banner header iklan sidebar")]
    [InlineData("Space Iklan 300x250")]
    [InlineData("Pasang Iklan Anda di sini, hubungi redaksi (728x90)px")]
    [InlineData("Tempat iklan anda, hubungi WA redaksi")]
    [InlineData("Banner Ads 468 x 60 px")]
    [InlineData("Lulus Verifikasi Dewan Pers No.88/DP-Terverifikasi/K/V/2019")]
    [InlineData("Terverifikasi Faktual oleh Dewan Pers")]
    [InlineData("Views: 2.4K")]
    [InlineData("2,3K views")]
    [InlineData("Dibaca 12 rb kali")]
    [InlineData("Kamis, 14/09/2017")]
    [InlineData("Senin, 03-07-23")]
    [InlineData("Header Ads Widget")]
    [InlineData("Skip to main content")]
    [InlineData("Lompat ke konten")]
    [InlineData("Senin, 3 Oktober 2022 | Monday, October 3, 2022 WIB Last Updated 2022-10-03T07:15:00Z")]
    [InlineData("Dibaca: 218 Oleh 4 Mei 2019Tidak ada komentar")]
    [InlineData("Top")]
    [InlineData("close")]
    [InlineData("kabarkita.com")]
    [InlineData("www.kabarkita.co.id")]
    [InlineData("33.5 C")]
    [InlineData("28 °C")]
    [InlineData("Lama Baca 2 Menit")]
    [InlineData("Waktu baca: 4 menit")]
    [InlineData("3 min read")]
    [InlineData("Reading time: 2 menit")]
    [InlineData("Main Image")]
    [InlineData("Olahraga | 28 Oct 2021")]
    [InlineData("DAERAH, HEADLINE1,845 views")]
    [InlineData("Example 325x300")]
    [InlineData("Kamis, 19 Juni 2025 18:41 WITA")]
    [InlineData("Minggu, 12-Oktober-2025 | Jam Digital")] // a date widget and its label
    [InlineData("1 jam yang lalu | 0 views")] // small widgets
    [InlineData("4 days ago 12")]
    [InlineData("Font: Ukuran: - +")]
    [InlineData("Cari Berita")]
    [InlineData("Diterbitkan pada")]
    [InlineData("Share on FacebookShare on Twitter")]
    [InlineData("2025 © PT Kabar Media Nusantara")]
    [InlineData("Senin, 3 Maret 2025 | Kalender")]
    public void Ad_slots_press_badges_counters_and_numeric_dates_are_page_chrome(string line)
        => Assert.Equal("page-chrome", LineRules.FirstMatch(LineRules.Header, line)?.Id);

    [Theory]
    [InlineData("Pasang Iklan Rokok di Sekolah, Warung Ditegur Satpol PP")]
    [InlineData("Iklan Layanan Masyarakat Soal Banjir Diputar di Bioskop")]
    [InlineData("Media itu belum terverifikasi Dewan Pers, kata dia.")]
    [InlineData("Dinas Kesehatan Pasang Banner Imbauan Cuci Tangan")]
    [InlineData("Top Skor Liga Desa Diraih Pemain Muda Sukamaju")]
    [InlineData("Situs kabarkita.com diretas.")]
    [InlineData("Suhu Capai 33.5 C, Warga Diminta Banyak Minum")]
    [InlineData("Lama Baca Buku Siswa Naik Dua Menit")]
    [InlineData("Main Image Festival Dipajang di Alun-alun")]
    [InlineData("Video Banjir Ditonton 1,845 Views")]
    [InlineData("Senin, 3 Maret 2025 | Banjir Rendam Tiga Desa di Hulu Sungai")] // a date and a headline: no widget's label
    [InlineData("3 Jam Terjebak Macet, Warga Dorong Mobil Mogok")]
    [InlineData("Cari Berita Bohong, Polisi Patroli Siber")]
    [InlineData("Diterbitkan pada 2023, Buku Itu Laris")]
    [InlineData("Banjir | Warga Tiga Desa Mengungsi ke Balai Desa")]
    [InlineData("Kopi | Teh | Cokelat | Rempah")] // a headline written with pipes
    [InlineData("Imsak | Subuh | Zuhur | Asar | Magrib | Isya")]
    [InlineData("Kamis, 5 Juni 2025 | Rahmat Hidayat")] // a date and the writer's name: a byline, no widget
    public void Headlines_and_sentences_about_ads_or_the_press_council_are_not_chrome(string line)
        => Assert.Null(LineRules.FirstMatch(LineRules.Header, line));

    [Theory]
    // ad lines above the headline
    [InlineData("iklan banner gratis\nbanner header iklan sidebar\nPasang Iklan Anda di sini (600x100)px\n\nWarga Desa Sepakat Berdamai Usai Mediasi\n\nSUKAMAJU - ", "Warga Desa Sepakat Berdamai Usai Mediasi")]
    // a numeric date alone is a timestamp: no date, no subtitle
    [InlineData("Kamis, 14/09/2017\n\nWarga Desa Sepakat Berdamai Usai Mediasi\n\nKamis, 14/09/2017\n\nSUKAMAJU - ", "Warga Desa Sepakat Berdamai Usai Mediasi")]
    // a related-news label is no subtitle
    [InlineData("Warga Desa Sepakat Berdamai Usai Mediasi\n\nBerita Terkait\n\nSUKAMAJU - ", "Warga Desa Sepakat Berdamai Usai Mediasi")]
    // a headline written twice is the headline, the line above it a kicker
    [InlineData("Harga Beras Naik Lagi\n\nPedagang Pasar Sukamaju Mengeluh Sepi Pembeli\n\nPedagang Pasar Sukamaju Mengeluh Sepi Pembeli\n\nSUKAMAJU - ", "Pedagang Pasar Sukamaju Mengeluh Sepi Pembeli")]
    // a kicker of one word above a headline that ends with an exclamation, before a dateline that could open a sentence
    [InlineData("Sukamaju\n\nKades Sukamaju Enggan Ditelepon. Ini Alasannya..!\n\nSukamaju, Kabar Kota - ", "Kades Sukamaju Enggan Ditelepon. Ini Alasannya..!")]
    public void Header_layout_leaves_the_headline_its_place(string header, string title)
    {
        var a = Page(header + Body);
        Assert.Equal(title, a.Title);
        Assert.Null(a.Subtitle);
        Assert.Null(a.Date);
        Assert.StartsWith("Dua warga desa", a.Paragraphs[0].Text);
    }

    [Fact]
    public void A_date_with_an_English_month_dates_the_article()
        => Assert.Equal("2023-05-18", Page("Warga Desa Sepakat Berdamai\n\nSukamaju, Kabar - Dua warga desa itu sepakat berdamai pada 18 May 2023 di balai desa.\n\nMediasi dipimpin kepala desa.\n").Date);

    [Theory]
    [InlineData("Jakarta, 19 September 2025 – ", "Jakarta")]
    [InlineData("Bandung, 4/9 – ", "Bandung")]
    public void The_filing_day_after_the_place_is_no_outlet(string dateline, string city)
    {
        var a = Page("Warga Desa Sepakat Berdamai\n\n" + dateline + Body);
        Assert.Equal(city, a.Dateline);
        Assert.Null(a.Outlet);
        Assert.StartsWith("Dua warga desa", a.Paragraphs[0].Text);
    }

    [Theory]
    [InlineData("Kutai Kartanegara, Kaltim – Kabarkaltim.com. ", "Kutai Kartanegara", "Kabarkaltim.com")]
    [InlineData("SERANG – Kabarbanten.com || ", "Serang", "Kabarbanten.com")]
    [InlineData("Sleman, Yogyakarta - kabarjogja.id - ", "Sleman", "kabarjogja.id")]
    // an outlet before a known place in brackets, or glued to a hyphen
    [InlineData("KabarKota (Garut) - ", "Garut", "KabarKota")]
    [InlineData("KabarKota- ", null, "KabarKota")]
    [InlineData("KABARKOTA.ID-  ", null, "KABARKOTA.ID")]
    [InlineData("Sukamaju, KabarKota,-– ", "Sukamaju", "KabarKota")]
    // a place after its region, no outlet
    [InlineData("Banyuwangi, Jatim – ", "Banyuwangi", null)]
    public void Outlets_and_places_of_smaller_sites_datelines(string dateline, string? city, string? outlet)
    {
        var a = Page("Warga Desa Sepakat Berdamai\n\n" + dateline + Body);
        Assert.Equal(city, a.Dateline);
        Assert.Equal(outlet, a.Outlet);
        Assert.StartsWith("Dua warga desa", a.Paragraphs[0].Text);
    }

    [Fact]
    public void A_dash_before_a_dateline_in_capitals_opens_the_lead_not_a_list()
    {
        var a = Page("Warga Desa Sepakat Berdamai Usai Mediasi\n\nMediasi di balai desa berakhir damai dan kedua pihak saling memaafkan.\n\n — KOTA GARUT | " + Body);
        Assert.Equal("Kota Garut", a.Dateline);
        Assert.Empty(a.ListItems);
        Assert.Contains(a.Paragraphs, p => p.Text.StartsWith("Dua warga desa", StringComparison.Ordinal));
    }

    [Fact]
    public void An_image_file_name_is_layout_and_the_sentence_under_it_its_caption()
    {
        var a = Page("Warga Desa Sepakat Berdamai Usai Mediasi\nOleh : Rina Sari\nKepala_desa_memimpin_mediasi.jpg Toko-Sponsor\nKepala desa memimpin mediasi di balai desa.\n\nSUKAMAJU - " + Body);
        Assert.Equal("Warga Desa Sepakat Berdamai Usai Mediasi", a.Title);
        Assert.Null(a.Subtitle);
        var c = Assert.Single(a.Captions);
        Assert.Equal("Kepala desa memimpin mediasi di balai desa.", c.Text);
        Assert.StartsWith("Dua warga desa", a.Paragraphs[0].Text);
    }

    [Fact]
    public void A_credit_in_a_table_cell_is_a_caption_of_its_own()
    {
        var a = Page("![]() |\n| Rina Sari / Kabarkota.id |\nSUKAMAJU - " + Body);
        var c = Assert.Single(a.Captions);
        Assert.Equal("Rina Sari / Kabarkota.id", c.Credit);
        Assert.StartsWith("Dua warga desa", a.Paragraphs[0].Text);
    }

    [Theory]
    [InlineData("sumber kabarku.co.id")]
    [InlineData("Sumber: KABARKU.COM")]
    public void A_source_domain_closing_the_article_names_the_outlet_when_the_dateline_does_not(string line)
    {
        var a = Page("Warga Desa Sepakat Berdamai\n\nSUKAMAJU - " + Body + "\n" + line + "\n");
        Assert.Equal(line.Substring(line.LastIndexOf(' ') + 1), a.Outlet);
        Assert.DoesNotContain(a.Paragraphs, p => p.Text == line);
        var b = Page("Warga Desa Sepakat Berdamai\n\nSUKAMAJU, Kabar Kota - " + Body + "\n" + line + "\n");
        Assert.Equal("Kabar Kota", b.Outlet);
    }

    [Fact]
    public void A_line_in_small_letters_under_a_promotion_goes_on_with_it()
    {
        var a = Page("Warga Desa Sepakat Berdamai Usai Mediasi\n\nGabung Grup Telegram Kabar Kota untuk berita pilihan setiap hari, klik di sini.\n\nkemudian gabung. Anda perlu memasang aplikasi Telegram lebih dulu.\n\nSUKAMAJU - " + Body);
        Assert.Null(a.Subtitle);
        Assert.StartsWith("Dua warga desa", a.Paragraphs[0].Text);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Bagikan : Array")]
    [InlineData("Share: Facebook Twitter WhatsApp")]
    [InlineData("Bagikan: Facebook, Telegram, Salin Link")]
    public void Share_lines_with_their_networks_are_promo(string line) => Assert.Equal("promo", LineRules.FirstMatch(LineRules.Header, line)?.Id);

    [Fact]
    public void A_word_that_names_no_outlet_glued_to_a_hyphen_opens_no_dateline()
    {
        var a = Page("Warga Desa Sepakat Berdamai\n\nPerdamaian- Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n");
        Assert.Null(a.Outlet);
        Assert.Null(a.Dateline);
    }

    [Theory]
    [InlineData("Dosen Universitas 17 Agustus 1945 Sukamaju mengabdi di desa itu.", null)]
    [InlineData("Warga memadati Jalan 10 November 1945 di pusat kota.", null)]
    [InlineData("Ia menjabat sebagai Wali Kota 3 Maret 2019 lalu.", "2019-03-03")]
    public void A_date_inside_the_name_of_a_body_or_street_is_no_date(string sentence, string? iso)
        => Assert.Equal(iso, TestText.Extract("Warga kota berkumpul di alun-alun untuk mendengar pengumuman penting. " + sentence).Date);

    [Theory]
    [InlineData("Kepala desa memimpin mediasi dua warga di balai desa, Senin. (Foto : Humas Desa Sukamaju).", "Kepala desa memimpin mediasi dua warga di balai desa, Senin.", "Humas Desa Sukamaju")]
    [InlineData("Kepala desa memimpin mediasi dua warga di balai desa, Senin (16/7/2022). ISTIMEWA", "Kepala desa memimpin mediasi dua warga di balai desa, Senin (16/7/2022).", "ISTIMEWA")]
    public void Captions_closed_by_a_stop_after_the_credit_or_by_a_credit_word_in_capitals(string line, string text, string credit)
    {
        var a = Page("Warga Desa Sepakat Berdamai\n\n" + line + "\n\nSUKAMAJU - " + Body);
        var c = Assert.Single(a.Captions);
        Assert.Equal(text, c.Text);
        Assert.Equal(credit, c.Credit);
        Assert.StartsWith("Dua warga desa", a.Paragraphs[0].Text);
    }

    [Fact]
    public void A_domain_alone_above_a_dateline_without_an_outlet_is_the_outlet()
    {
        var a = Page("Warga Desa Sepakat Berdamai\n\nKabarkota.id\n\nBandung – " + Body);
        Assert.Equal("Kabarkota.id", a.Outlet);
        Assert.Equal("Bandung", a.Dateline);
        Assert.Null(a.Subtitle);
    }

    [Fact]
    public void A_line_of_hashtags_is_no_paragraph()
    {
        var a = Page("Warga Desa Sepakat Berdamai\n\n#KabarKota #KabarKotaMembangunDesa\nSUKAMAJU - " + Body);
        Assert.StartsWith("Dua warga desa", a.Paragraphs[0].Text);
        Assert.Contains(a.Furniture, f => f.Kind == FurnitureKind.Topics);
    }

    [Theory]
    [InlineData("( Rs/red )", "initials")]
    [InlineData("Komentar Via Facebook :", "comments")]
    public void A_spaced_sign_off_code_and_a_social_comment_box_close_the_article(string line, string rule)
        => Assert.Equal(rule, LineRules.FirstMatch(LineRules.All, line)?.Id);
}
