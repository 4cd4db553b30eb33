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
}
