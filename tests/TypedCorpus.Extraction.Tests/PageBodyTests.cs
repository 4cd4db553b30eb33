using System.Linq;
using TypedCorpus.Extraction.Structure;
namespace TypedCorpus.Extraction.Tests;

/// <summary>The body of real pages: sentences that lost their period, sub-headings over a list, blocks of related links.</summary>
public class PageBodyTests
{
    private static ArticleModel Page(string text) => TestText.Extract(text);

    private const string Head = "Warga Desa Sepakat Berdamai\n\nKOTA, Kabar - Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n\n";

    [Fact]
    public void A_sentence_without_its_period_is_a_paragraph_not_a_heading()
    {
        var a = Page(Head + "Untuk itu, kepala desa meminta warga menjaga kerukunan\n\nMediasi dipimpin kepala desa dan disaksikan tokoh masyarakat setempat.\n");
        Assert.Empty(a.Sections);
        Assert.Equal(3, a.Paragraphs.Count);
    }

    [Fact]
    public void A_sentence_with_a_comma_before_a_name_is_a_paragraph_not_a_heading()
    {
        var a = Page(Head + "Untuk itu, Budi meminta warga desa menjaga kerukunan bersama\n\nMediasi dipimpin kepala desa dan disaksikan tokoh masyarakat setempat.\n");
        Assert.Empty(a.Sections);
    }

    [Fact]
    public void A_heading_with_a_comma_before_a_capital_stays_a_heading()
    {
        var a = Page(Head + "Mediasi Kedua, Kesepakatan Damai\n\nMediasi dipimpin kepala desa dan disaksikan tokoh masyarakat setempat.\n");
        Assert.Equal(new[] { "Mediasi Kedua, Kesepakatan Damai" }, a.Sections.Select(s => s.Text));
    }

    [Fact]
    public void A_heading_over_a_list_introduction_is_a_heading()
    {
        var a = Page(Head + "Isi Kesepakatan Damai\n\nBerikut poin-poin yang disepakati kedua pihak:\n1. Pihak pertama meminta maaf.\n2. Pihak kedua mencabut laporan.\n");
        Assert.Equal(new[] { "Isi Kesepakatan Damai" }, a.Sections.Select(s => s.Text));
    }

    [Fact]
    public void Titles_right_under_a_related_marker_are_one_block_of_links()
    {
        var a = Page(Head + "Baca Juga\nHarga Beras Naik di Pasar Induk Kota\nWarga Antre Minyak Goreng Murah di Kantor Kelurahan\n\nMediasi dipimpin kepala desa dan disaksikan tokoh masyarakat setempat.\n");
        Assert.Equal(new[] { "Harga Beras Naik di Pasar Induk Kota", "Warga Antre Minyak Goreng Murah di Kantor Kelurahan" }, a.Related.Select(r => r.Text));
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void Another_articles_headline_between_paragraphs_is_more_news_not_a_paragraph()
    {
        var a = TestText.Extract("Warga Desa Sepakat Berdamai\n\nKOTA, Kabar - Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n\nRamalan Cuaca Hari Ini Rabu, 4 Desember: Hujan Lebat Guyur Kota Sukamaju Sore Nanti\n\nMediasi dipimpin kepala desa dan disaksikan tokoh masyarakat setempat.\n");
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.Contains(a.Furniture, f => f.Kind == FurnitureKind.MoreNews && f.Text.StartsWith("Ramalan Cuaca", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Fraksi Kabar Dukung dan Beri Catatan untuk Produktivitas DPRD Kota")] // a long sub-heading without parts
    [InlineData("Mengetahui kasus posisi tersebut, Kepala Kejari Sukamaju Budi Santoso Menyetujui")] // a sentence that lost its end
    [InlineData("Kronologi Kejadian")]
    public void Sub_headings_and_sentences_are_no_teasers(string line) => Assert.False(BodyClassifier.IsTeaserHeadline(line));

    [Fact]
    public void A_numbered_item_with_its_number_glued_to_the_text_is_a_list_item()
    {
        var a = TestText.Extract("Warga Desa Sepakat Berdamai\n\nKOTA, Kabar - Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n\nButir kesepakatan itu sebagai berikut:\n1.Warga Sukamaju menjaga ketertiban kampung.\n2.Warga Sukadamai tidak membawa senjata tajam.\n");
        Assert.Equal(new[] { "Warga Sukamaju menjaga ketertiban kampung.", "Warga Sukadamai tidak membawa senjata tajam." }, a.ListItems.Select(l => l.Text));
    }

    [Fact]
    public void A_dateline_after_many_header_lines_is_still_the_lead()
    {
        var a = TestText.Extract("• Home\n• Kabar\n• Warga Desa Sepakat Berdamai Usai Mediasi\n\nLiga Desa\n\nWarga Desa Sepakat Berdamai Usai Mediasi\n\nKedua Pihak Bersalaman di Balai Desa\nadmin Minggu, 21 Oktober 2018 08:00 WIB\nkabar\nKepala desa, menilai, mediasi berjalan dengan baik\nKABAR, MEDAN - Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n\nMediasi dipimpin kepala desa.\n");
        Assert.Equal("Medan", a.Dateline);
        Assert.StartsWith("Dua warga desa", a.Paragraphs[0].Text);
    }

    [Fact]
    public void Items_whose_bullets_stand_on_lines_of_their_own_are_list_items()
    {
        var a = Page(Head + "Beberapa hal disepakati dalam mediasi itu. Di antaranya:\n-\nKedua warga mengganti pagar yang rusak.\n-\nKepala desa memantau pelaksanaannya.\nMediasi ditutup dengan doa bersama.\n");
        Assert.Equal(new[] { "Kedua warga mengganti pagar yang rusak.", "Kepala desa memantau pelaksanaannya." }, a.ListItems.Select(l => l.Text));
        Assert.Contains(a.Paragraphs, p => p.Text == "Mediasi ditutup dengan doa bersama.");
    }

    [Fact]
    public void A_lone_dash_between_paragraphs_makes_no_list_item()
    {
        var a = Page(Head + "Mediasi dipimpin kepala desa setempat.\n\n-\n\nWarga diminta menjaga kerukunan bersama.\n");
        Assert.Empty(a.ListItems);
    }

    [Fact]
    public void Separators_alone_between_paragraphs_make_no_list()
    {
        var a = Page(Head + "Mediasi dipimpin kepala desa setempat.\n*\nWarga diminta menjaga kerukunan bersama.\n*\nKepala desa berterima kasih kepada warga.\n");
        Assert.Empty(a.ListItems);
    }
}

