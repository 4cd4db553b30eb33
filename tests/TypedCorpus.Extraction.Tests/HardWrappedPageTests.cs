using TypedCorpus.Extraction.Structure;

namespace TypedCorpus.Extraction.Tests;

/// <summary>A page whose paragraphs are broken into lines of a fixed width: each paragraph is its first line with the lines it goes on to.</summary>
public class HardWrappedPageTests
{
    private const string Wrapped =
        "Banjir Rendam Puluhan Rumah di Sukamaju\n\n" +
        "Hujan deras yang turun sejak sore membuat sungai di Desa Sukamaju meluap\n" +
        "dan merendam puluhan rumah warga di tepi sungai itu pada malam hari.\n" +
        "Kepala Desa Sukamaju, Budi Hartono mengatakan air mulai masuk ke rumah\n" +
        "warga sekitar pukul sembilan malam dan terus naik hingga tengah malam.\n" +
        "Budi juga menyebutkan bahwa perangkat desa sudah berjaga sejak sore.\n" +
        "Menurut dia, warga diminta tetap tenang dan tidak panik karena petugas\n" +
        "sudah bersiaga. “Kami sudah menyiapkan balai desa sebagai tempat\n" +
        "pengungsian sementara,” kata Budi kepada wartawan.\n" +
        "Selain itu, pemerintah desa juga meminta bantuan perahu karet kepada\n" +
        "badan penanggulangan bencana daerah untuk mengevakuasi warga lanjut usia.\n";

    [Fact]
    public void Each_paragraph_is_its_first_line_joined_with_the_lines_it_goes_on_to()
    {
        var a = TestText.Extract(Wrapped);
        Assert.Equal(new[] { 3, 5, 7, 8, 11 }, a.Paragraphs.Select(p => p.Line));
        Assert.Equal("Hujan deras yang turun sejak sore membuat sungai di Desa Sukamaju meluap dan merendam puluhan rumah warga di tepi sungai itu pada malam hari.", a.Paragraphs[0].Text);
    }

    [Fact]
    public void A_quote_opening_on_a_joined_line_is_one_quote_on_the_line_and_column_of_its_opening_mark()
    {
        var a = TestText.Extract(Wrapped);
        var q = Assert.Single(a.Quotes);
        Assert.Equal(9, q.Line);
        Assert.Equal("sudah bersiaga. ".Length, q.Column);
        Assert.Equal("Kami sudah menyiapkan balai desa sebagai tempat pengungsian sementara,", q.Text);
        Assert.Equal("Budi Hartono", Assert.Single(q.Speakers));
    }

    [Fact]
    public void A_page_of_one_line_paragraphs_without_stops_is_not_joined()
    {
        var text = "Warga Sukamaju Gotong Royong\n\nGARUT, Kabarkota.com - Warga Desa Sukamaju bergotong royong membersihkan saluran air pada Minggu pagi\n" +
                   "Kegiatan itu diikuti ratusan warga dari lima dusun yang berbeda di desa itu\n" +
                   "Kepala desa berharap kegiatan serupa dapat digelar setiap bulan oleh warga.\n";
        var a = TestText.Extract(text);
        Assert.Equal(new[] { 3, 4, 5 }, a.Paragraphs.Select(p => p.Line));
    }

    [Fact]
    public void A_line_taken_out_of_a_joined_paragraph_ends_it_and_the_lines_after_it_stand_alone()
    {
        var lines = new ArticleLines("Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas\ndua belas tiga belas\nempat belas lima belas\nenam belas\n");
        lines.AddParagraph(0);
        lines.Mark(1, LineKind.Paragraph);
        var b = lines.Body[0];
        lines.Body[0] = b with { Text = b.Text + " dua belas tiga belas empat belas lima belas", Continuations = new[] { (b.Text.Length + 1, 2, 0), (b.Text.Length + 22, 3, 0) } };
        lines.ParagraphToFurniture(1, FurnitureKind.Other);
        Assert.Equal(b.Text, lines.Body[0].Text);
        Assert.Empty(lines.Body[0].Continuations);
        Assert.Contains(lines.Body, x => x.Line == 3 && x.Text == "empat belas lima belas");
    }

    [Fact]
    public void An_offset_in_a_joined_paragraph_maps_to_its_own_line_and_column()
    {
        var block = new BodyBlock(4, BodyBlockKind.Paragraph, "abc def ghi", 2) { Continuations = new[] { (4, 5, 1) } };
        Assert.Equal((4, 3), block.At(1));
        Assert.Equal((5, 3), block.At(6));
        Assert.Equal(5, block.LastLine);
    }

    [Fact]
    public void On_a_page_not_wrapped_throughout_only_a_quote_left_open_goes_on_to_the_next_line()
    {
        var text = "Jembatan Desa Diresmikan\n\nGARUT, Kabarkota.com - Bupati meresmikan jembatan gantung yang menghubungkan dua desa di tepi sungai.\n" +
                   "Menurut Bupati Rina Sari, jembatan itu dibangun bersama warga. “Pemerintah kabupaten tidak pernah berhenti\n" +
                   "berusaha memenuhi kebutuhan warga akan jalan dan jembatan,” katanya.\n" +
                   "Jembatan itu dibangun selama enam bulan oleh warga dua desa\n" +
                   "dan dibiayai dana desa.\n";
        var a = TestText.Extract(text);
        Assert.Equal(new[] { 3, 4, 6, 7 }, a.Paragraphs.Select(p => p.Line));
        var q = Assert.Single(a.Quotes);
        Assert.Equal(4, q.Line);
        Assert.EndsWith("memenuhi kebutuhan warga akan jalan dan jembatan,", q.Text, StringComparison.Ordinal);
    }
}
