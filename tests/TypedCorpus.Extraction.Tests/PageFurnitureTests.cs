using TypedCorpus.Extraction.Structure;

namespace TypedCorpus.Extraction.Tests;

/// <summary>The furniture of real pages beyond the article: counters, ad and share lines, comment areas, related-link labels, bylines and captions.</summary>
public class PageFurnitureTests
{
    private static ArticleModel Page(string text) => TestText.Extract(text);

    [Theory]
    [InlineData("Dibaca: 2.450 Kali")]
    [InlineData("870 views")]
    [InlineData("0%")]
    [InlineData("2 tahun ago")]
    [InlineData("5 jam lalu")]
    [InlineData("BeritaDaerahOlahragaTerkini")]
    [InlineData("banner")]
    [InlineData("Advertising")]
    [InlineData("Berita / Daerah /")]
    [InlineData("Olahraga » Sepak Bola »")]
    [InlineData("loading...")]
    [InlineData("Memuat…")]
    [InlineData("31 C")]
    [InlineData("28 °C")]
    public void Counters_ages_glued_labels_and_banners_are_page_chrome(string line)
        => Assert.Equal("page-chrome", LineRules.FirstMatch(LineRules.All, line)?.Id);

    [Theory]
    [InlineData("Iklan - Scroll untuk lanjut membaca")]
    [InlineData("Sebarkan artikel ini")]
    [InlineData("Share")]
    [InlineData("Bagikan:")]
    public void Ad_and_share_lines_are_promo(string line) => Assert.Equal("promo", LineRules.FirstMatch(LineRules.All, line)?.Id);

    [Theory]
    [InlineData("Categories: Sepak Bola")]
    [InlineData("Kategori: Daerah")]
    public void Category_lines_are_topics(string line) => Assert.Equal("topics", LineRules.FirstMatch(LineRules.Header, line)?.Id);

    [Theory]
    [InlineData("Recent Posts")]
    [InlineData("Rekomendasi untuk Anda")]
    public void More_news_labels_in_english_and_indonesian(string line) => Assert.Equal("more-news", LineRules.FirstMatch(LineRules.All, line)?.Id);

    [Theory]
    [InlineData("Managed by PT Kabar Media Nusantara")]
    [InlineData("Via")]
    [InlineData("Sumber:")]
    public void Site_makers_and_source_labels_close_the_article(string line) => Assert.Equal("copyright", LineRules.FirstMatch(LineRules.Tail, line)?.Id);

    [Fact]
    public void A_copyright_line_above_the_headline_is_furniture_and_names_the_outlet()
    {
        var a = Page("© 2023 - Kabarkota.id.\nManaged by PT Kabar Media Nusantara\nWarga Desa Sepakat Berdamai\n" + Lead.Replace("KOTA, Kabar - ", "KOTA - "));
        Assert.Equal("Warga Desa Sepakat Berdamai", a.Title);
        Assert.Null(a.Subtitle);
        Assert.Equal("Kabarkota.id", a.Outlet);
        Assert.StartsWith("Dua warga desa", a.Paragraphs[0].Text);
        var b = Page("Warga Desa Sepakat Berdamai\n" + Lead.Replace("KOTA, Kabar - ", "KOTA - ") + "\n© Copyright 2023, All Rights Reserved\n");
        Assert.Null(b.Outlet);
    }

    [Fact]
    public void A_line_without_letters_in_the_body_is_layout()
    {
        var a = Page("Warga Desa Sepakat Berdamai\n\n" + Lead + "\n//\n\nKedua pihak berjanji menjaga ketertiban kampung.\n");
        Assert.Equal(3, a.Paragraphs.Count);
        Assert.DoesNotContain(a.Paragraphs, p => p.Text == "//");
    }

    [Fact]
    public void A_penulis_label_names_the_writer_over_a_reporters_line()
    {
        var a = Page("Warga Desa Sepakat Berdamai\n\nLaporan Wartawan Kabarkota.com, Rudi Hartono\n\n" + Lead + "\nPenulis: Sari Dewi\nEditor: Budi Santoso\n");
        Assert.Equal("Sari Dewi", a.Author);
        var b = Page("Warga Desa Sepakat Berdamai\n\nLaporan Wartawan Kabarkota.com, Rudi Hartono\n\n" + Lead + "\nEditor: Budi Santoso\n");
        Assert.Equal("Rudi Hartono", b.Author);
    }

    [Theory]
    [InlineData("Via jalur darat, bantuan tiba di desa itu pada sore hari.")]
    [InlineData("Harga beras naik / turun sepanjang pekan ini")]
    [InlineData("Tiga jam kemudian hujan reda dan warga kembali ke rumah.")]
    [InlineData("Share pasar beras naik menjadi dua persen tahun ini.")]
    [InlineData("Komentar warga di media sosial beragam sejak pagi.")]
    public void Prose_is_no_new_furniture(string line) => Assert.Null(LineRules.FirstMatch(LineRules.All, line));

    [Fact]
    public void A_comment_area_heading_closes_the_article()
    {
        var a = Page("Warga Desa Sepakat Berdamai\n\nKOTA, Kabar - Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n\nMediasi dipimpin kepala desa dan disaksikan tokoh masyarakat setempat.\n\nOne Comment\n\nSemoga damai selalu di desa kita semua ya pak kades yang baik.\n");
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.Contains(a.Furniture, f => f.Text == "One Comment");
    }

    [Theory]
    [InlineData("BACA: Harga Beras Naik di Pasar Induk", "Harga Beras Naik di Pasar Induk")]
    [InlineData("Dibaca Juga ; Harga Beras Naik di Pasar Induk", "Harga Beras Naik di Pasar Induk")]
    [InlineData("Berita Terkait:  Harga Beras Naik di Pasar Induk", "Harga Beras Naik di Pasar Induk")]
    [InlineData("Baca juga: Harga Beras Naik di Pasar Induk |", "Harga Beras Naik di Pasar Induk")]
    public void Related_link_labels(string line, string title)
    {
        var a = Page($"Pasar Ramai Jelang Lebaran\n\nKOTA, Kabar - Pasar induk kota itu ramai dikunjungi pembeli menjelang Lebaran tahun ini.\n\n{line}\n\nPedagang menyebut penjualan naik dua kali lipat dibanding pekan lalu.\n");
        Assert.Equal(new[] { title }, a.Related.Select(r => r.Text));
        Assert.Empty(a.Sections);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    private const string Lead = "KOTA, Kabar - Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n\nMediasi dipimpin kepala desa dan disaksikan tokoh masyarakat setempat.\n";

    [Theory]
    [InlineData("Peliput : Rudi Hartono", "Rudi Hartono")]
    [InlineData("Peliput/editor: Rudi Hartono", "Rudi Hartono")]
    [InlineData("oleh Rudi Hartono diperbarui 12 Mei 2021, 10:15 WIB", "Rudi Hartono")]
    [InlineData("Rudi Hartono • 12 Januari 2024 14:18", "Rudi Hartono")]
    [InlineData("Laporan : RUDI Editor : SARI DEWI", "RUDI")]
    public void Bylines_before_the_lead_name_the_writer(string byline, string author)
    {
        var a = Page($"Warga Desa Sepakat Berdamai\n\n{byline}\n{Lead}");
        Assert.Equal(author, a.Author);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void An_office_in_a_dated_byline_is_no_writer()
    {
        var a = Page($"Warga Desa Sepakat Berdamai\n\nOleh Humas   Dipublikasikan pada 7 Mei 2023\n{Lead}");
        Assert.Null(a.Author);
        Assert.Null(a.Subtitle);
    }

    [Theory]
    [InlineData("(Rudi Hartono/Kabarku.com)", "Rudi Hartono")]
    [InlineData("(Sulastri)", "Sulastri")]
    [InlineData("(Red)", null)]
    [InlineData("(Humas)", null)]
    public void A_name_in_brackets_signs_the_article_off(string signOff, string? author)
    {
        var a = Page($"Warga Desa Sepakat Berdamai\n\n{Lead}\n{signOff}\n");
        Assert.Equal(author, a.Author);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void A_name_in_brackets_closing_the_last_paragraph_is_the_writer()
    {
        var a = Page("Warga Desa Sepakat Berdamai\n\n" + Lead.TrimEnd() + " (Sulastri)\n");
        Assert.Equal("Sulastri", a.Author);
        Assert.EndsWith("(Sulastri)", a.Paragraphs[^1].Text);
    }

    [Fact]
    public void A_published_by_label_takes_the_name_below_it_and_its_echo_above()
    {
        var a = Page($"Warga Desa Sepakat Berdamai\n\n{Lead}\nRudi Hartono\n\nShare\nPublished by\nRudi Hartono\n");
        Assert.Equal("Rudi Hartono", a.Author);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void A_dated_byline_with_a_dash_names_the_writer_and_is_no_dateline()
    {
        var a = Page("Warga Desa Sepakat Berdamai\nRudi Hartono — Kabar Kota 22 Juli 2025 21:07\nKabarkota.co, Sukamaju - Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\nMediasi dipimpin kepala desa.\n");
        Assert.Equal("Rudi Hartono", a.Author);
        Assert.Equal(("Kabarkota.co", "Sukamaju"), (a.Outlet, a.Dateline));
        Assert.StartsWith("Dua warga desa", a.Paragraphs[0].Text);
    }

    [Theory]
    [InlineData("Laporan Reporter Kabar Kota Rudi Hartono", "Rudi Hartono")]
    [InlineData("Laporan Wartawan Kabarkota.com Rudi Hartono", "Rudi Hartono")]
    [InlineData("Laporan Reporter Kabar Kota", null)]
    public void A_networks_reporter_line_without_a_comma_names_the_writer_after_the_outlet(string line, string? writer)
    {
        var a = Page($"Warga Desa Sepakat Berdamai\n{line}\n" + Lead);
        Assert.Equal(writer, a.Author);
        Assert.StartsWith("Dua warga desa", a.Paragraphs[0].Text);
    }
}
