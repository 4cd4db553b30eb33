namespace TypedCorpus.Tests;

/// <summary>Typed facts of the compiled-in seed corpus (values from the seeds' gold annotations).</summary>
public class SeedFactsTests
{
    [Fact]
    public void Corpus_is_indexable_countable_and_ordered_by_file()
    {
        Assert.Equal(5, Corpus.Articles.Count);
        Assert.Equal("000_952926322db75409.txt", Corpus.Articles[0].File);
        Assert.Equal(Corpus.Articles.Select(a => a.File).OrderBy(f => f, StringComparer.Ordinal), Corpus.Articles.Select(a => a.File));
        Assert.Equal(Enumerable.Range(0, 5), Corpus.Articles.Select(a => a.Index));
    }

    [Fact]
    public void Named_members_reach_the_same_records()
    {
        Assert.Same(Corpus.Articles[0], Corpus.Articles.Ntvnews_2025_05_10_Moskow);
        Assert.Equal("IDN Times", Corpus.Articles.IdnTimes_2024_07_03_Jakarta.Outlet);
    }

    [Theory]
    [InlineData(0, null, null, "Ntvnews.id", "Moskow", "2025-05-10", null)]
    [InlineData(1, null, null, null, null, null, null)]
    [InlineData(2, null, null, null, "Moskow", "2025-05-08", null)]
    [InlineData(3, "AS Makin Agresif, Xi Jinping-Putin Perdalam Hubungan Militernya", null, null, "Beijing", "2024-05-16", null)]
    [InlineData(4, "Bertemu Xi, Putin Sebut Hubungan Rusia-China Ada dalam Kondisi Terbaik", "Moskow dan Beijing telah bersatu melawan Washington", "IDN Times", "Jakarta", "2024-07-03", "Angga Kurnia Saputra")]
    public void Metadata(int index, string? title, string? subtitle, string? outlet, string? dateline, string? date, string? author)
    {
        var a = Corpus.Articles[index];
        Assert.Equal(title, a.Title);
        Assert.Equal(subtitle, a.Subtitle);
        Assert.Equal(outlet, a.Outlet);
        Assert.Equal(dateline, a.Dateline);
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), a.Date);
        Assert.Equal(author, a.Author);
    }

    [Theory]
    [InlineData(0, new[] { 1, 2, 3, 4, 6, 7, 8, 10, 11 })]
    [InlineData(1, new[] { 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 13 })]
    [InlineData(2, new[] { 2, 3, 4, 5, 6, 14, 15, 16 })]
    [InlineData(3, new[] { 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16 })]
    [InlineData(4, new[] { 5, 7, 9, 13, 15, 17, 19, 27, 29, 31, 37, 39, 41 })]
    public void Paragraph_lines(int index, int[] lines) => Assert.Equal(lines, Corpus.Articles[index].Paragraphs.Select(p => p.Line));

    [Fact]
    public void Dateline_is_stripped_from_the_first_paragraph()
    {
        Assert.StartsWith("Presiden Tiongkok Xi Jinping menyampaikan", Corpus.Articles[0].Paragraphs[0].Text);
        Assert.StartsWith("Bulan lalu, diplomat AS", Corpus.Articles[3].Paragraphs[0].Text);
        Assert.StartsWith("Presiden Rusia Vladimir Putin menyuarakan", Corpus.Articles[4].Paragraphs[0].Text);
    }

    [Fact]
    public void List_items_sections_related_captions_and_sources()
    {
        Assert.Equal(new[] { 7, 8, 9, 10, 11, 12, 13 }, Corpus.Articles[2].ListItems.Select(l => l.Line));
        Assert.Equal(new[] { "Latar Belakang Kemitraan Rusia-China", "Peran Ekonomi dalam Hubungan Rusia-China" }, Corpus.Articles[1].Sections.Select(s => s.Title));
        Assert.Equal(new[] { "Rusia dan China terus hadapi tekanan Barat", "SCO dipandang sebagai alat untuk melawan pengaruh Barat", "Moskow-Beijing deklarasikan kemitraan tanpa batas" },
            Corpus.Articles[4].Sections.Select(s => s.Title));
        Assert.Equal(new[] { "Seperti Ini 5 Tahun Persahabatan Putin dan Xi Jinping", "Bertemu Xi Jinping, Prabowo: China Mitra RI Jaga Stabilitas di Kawasan" },
            Corpus.Articles[3].Related.Select(r => r.Title));
        Assert.Equal(new[] { "Dilantik Tanpa Sentuh Alkitab, Tindakan Donald Trump Jadi Sorotan" }, Corpus.Articles[1].Related.Select(r => r.Title));
        Assert.Equal(new[] { (25, "twitter.com/mfa_russia"), (35, "twitter.com/Gabi_Chivas") }, Corpus.Articles[4].Captions.Select(c => (c.Line, c.Credit!)));
        Assert.StartsWith("Presiden Rusia, Vladimir Putin, tiba di Astana", Corpus.Articles[4].Captions[0].Text);
        Assert.Equal(new[] { "The Straits Times", "Al Jazeera", "Reuters" }, Corpus.Articles[4].CitedSources);
        Assert.Equal(new[] { "CNA" }, Corpus.Articles[1].CitedSources);
    }

    [Fact]
    public void Furniture_keeps_site_lines_out_of_the_body()
    {
        var idn = Corpus.Articles[4];
        Assert.Contains(idn.Furniture, f => f.Kind == FurnitureKind.Author && f.Line == 45);
        Assert.Contains(idn.Furniture, f => f.Kind == FurnitureKind.Topics && f.Line == 51);
        Assert.Contains(idn.Furniture, f => f.Kind == FurnitureKind.MoreNews && f.Line == 55);
        Assert.Equal(14, Corpus.Articles[3].Furniture.Count(f => f.Kind == FurnitureKind.MoreNews));
    }

    [Fact]
    public void Records_are_value_equal()
    {
        var a = Corpus.Articles[2];
        var copy = a with { };
        Assert.Equal(a, copy);
        Assert.Equal(a.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(a, a with { Title = "Lain" });
        Assert.Equal(new Paragraph(2, "x"), new Paragraph(2, "x"));
    }
}
