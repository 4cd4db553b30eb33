namespace TypedCorpus.Extraction.Tests;

/// <summary>The byline under a page's standfirst anchors the headline above it, whatever rubrics and slogans stand higher.</summary>
public class PageBylineAnchorTests
{
    private static ArticleModel Page(string text) => TestText.Extract(text);

    private const string Lead = "KABARKOTA.COM, SUKAMAJU - Warga dua desa menimbun jalan rusak dengan tanah sejak pagi.\n\nKepala desa meminta dinas segera memperbaiki jalan itu.\n";

    [Theory]
    [InlineData("Dalam video itu beberapa warga terlihat menimbun jalan rusak memakai tanah")] // sentence case, no stop, said again in the body
    [InlineData("Warga menimbun jalan rusak itu sendiri karena perbaikan tak kunjung datang.")] // a sentence
    public void A_standfirst_above_the_byline_makes_the_line_above_it_the_headline(string standfirst)
    {
        var a = Page("Jawa Barat\n\nMenuju Jabar Maju, Sejahtera dan Berkelanjutan\n\nJalan Rusak di Sukamaju\n\n"
            + "Viral di Medsos, Warga Sukamaju Perbaiki Sendiri Jalan Rusak, Begini Kata Kadis PU\n\n" + standfirst + "\n\n"
            + "Penulis: Rina Sari | Editor: Budi Santoso\n\n" + Lead + "\n" + standfirst.TrimEnd('.') + ".\n");
        Assert.Equal("Viral di Medsos, Warga Sukamaju Perbaiki Sendiri Jalan Rusak, Begini Kata Kadis PU", a.Title);
        Assert.Equal(standfirst, a.Subtitle);
        Assert.Equal("Rina Sari", a.Author);
    }

    [Fact]
    public void A_caption_above_the_byline_is_no_standfirst()
    {
        var a = Page("Berita Sukamaju\n\nBupati Terima Naskah Akademik Pemekaran Kabupaten Sukamaju\n\n"
            + "KABARKOTA.COM/RINA SARI\nBupati Sukamaju, Budi Hartono (kedua dari kiri) saat menerima naskah akademik di pendopo\n\n"
            + "Reporter: Rina Sari | Editor: Budi Santoso\n\n" + Lead);
        Assert.Equal("Bupati Terima Naskah Akademik Pemekaran Kabupaten Sukamaju", a.Title);
        Assert.NotEqual("KABARKOTA.COM/RINA SARI", a.Subtitle);
    }

    [Fact]
    public void A_date_line_above_the_standfirst_is_no_headline()
    {
        var a = Page("Warga Antre Beras Murah Saat Operasi Pasar di Gedung Olahraga\n\nSukamaju, Kamis 16 Februari 2023\n\n"
            + "Warga mendaftarkan diri untuk mendapatkan beras murah saat operasi pasar di gedung olahraga.\n\n"
            + "Reporter: Rina Sari\n\n" + Lead);
        Assert.Equal("Warga Antre Beras Murah Saat Operasi Pasar di Gedung Olahraga", a.Title);
    }

    [Fact]
    public void A_headline_in_title_case_above_the_byline_is_no_standfirst()
    {
        // "Headline / Headline Written Again / byline": the line above the byline is no standfirst, the anchor takes nothing
        var a = Page("Berita Kota\n\nDinas Belum Terima Laporan Jalan Rusak di Tiga Desa Sukamaju\n\nDinas Belum Terima Laporan Jalan Rusak di Tiga Desa Sukamaju\n\n"
            + "Penulis: Rina Sari | Editor: Budi Santoso\n\n" + Lead);
        Assert.Equal("Dinas Belum Terima Laporan Jalan Rusak di Tiga Desa Sukamaju", a.Title);
        Assert.Null(a.Subtitle);
    }

    [Theory]
    [InlineData("Portal Berita Terpercaya Jawa Barat")]
    [InlineData("Topik: banjir bandang, Garut, cuaca ekstrem")]
    [InlineData("Ikuti berita terkini kami di Google News")]
    public void A_headline_in_sentence_case_under_page_furniture_stays_the_headline(string furniture)
    {
        var a = Page(furniture + "\n\nHarga beras medium di pasar tradisional Sukamaju naik dua ribu rupiah\n\n"
            + "Penulis: Rina Sari | Editor: Budi Santoso\n\n" + Lead);
        Assert.Equal("Harga beras medium di pasar tradisional Sukamaju naik dua ribu rupiah", a.Title);
    }

    [Fact]
    public void A_pull_quote_above_the_byline_stays_a_quotation()
    {
        var a = Page("Warga Tolak Tambang di Sawah Desa Sukamaju\n\n\"Kami tidak akan mengizinkan tambang yang merusak sawah warga,\" kata Kades Sukamaju, Darmaji.\n\n"
            + "Penulis: Rina Sari | Editor: Budi Santoso\n\n" + Lead);
        Assert.Null(a.Subtitle);
        Assert.Contains(a.Quotes, q => q.Text.StartsWith("Kami tidak akan mengizinkan", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("HO")]
    [InlineData("Rina Sari/Kabar Timur")]
    [InlineData("kolase foto (handover)")]
    public void A_short_line_right_under_the_byline_credits_the_photo_described_under_it(string credit)
    {
        var a = Page("Warga Perbaiki Sendiri Jalan Rusak di Sukamaju\n\nPenulis: Rina Sari | Editor: Budi Santoso\n" + credit
            + "\nWarga menimbun jalan rusak dengan tanah di dekat pelabuhan\n\n" + Lead);
        var c = Assert.Single(a.Captions);
        Assert.Equal("Warga menimbun jalan rusak dengan tanah di dekat pelabuhan", c.Text);
        Assert.Equal(credit, c.Credit);
        Assert.Equal(5, c.Line);
    }

    [Fact]
    public void A_lead_right_under_a_short_line_under_the_byline_is_no_caption()
    {
        var a = Page("Warga Perbaiki Sendiri Jalan Rusak di Sukamaju\n\nPenulis: Rina Sari | Editor: Budi Santoso\nHO\n" + Lead);
        Assert.Empty(a.Captions);
        Assert.StartsWith("Warga dua desa", a.Paragraphs[0].Text);
    }

    [Theory]
    [InlineData("Baca juga:", "Warga Sukamaju Gelar Doa Bersama untuk Korban Banjir")]
    [InlineData("Editor: Budi Santoso", "Diperbarui pada Senin pagi setelah rapat dinas")]
    [InlineData("Pilkada Serentak 2024", "Warga Sukamaju bersiap memilih kepala daerah baru")]
    public void A_line_under_the_byline_that_is_no_credit_gives_no_caption(string line, string next)
    {
        var a = Page("Warga Perbaiki Sendiri Jalan Rusak di Sukamaju\n\nReporter: Rina Sari\n" + line + "\n" + next + "\n\n" + Lead);
        Assert.DoesNotContain(a.Captions, c => c.Text == next);
    }
}
