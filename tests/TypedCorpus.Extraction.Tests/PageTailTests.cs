using TypedCorpus.Extraction.Structure;

namespace TypedCorpus.Extraction.Tests;

/// <summary>What follows the article on real pages: sign-off codes, more-news labels, tag and comment areas, copyright notices, list widgets.</summary>
public class PageTailTests
{
    private const string Article = "Warga Desa Sepakat Berdamai\n\nSUKAMAJU - Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n\nMediasi dipimpin kepala desa dan disaksikan tokoh masyarakat setempat.\n\n";

    private static ArticleModel Page(string tail) => TestText.Extract(Article + tail);

    [Theory]
    [InlineData("(k/dew)")]
    [InlineData("(Bud)**")]
    [InlineData("Topik Terkait")]
    [InlineData("BERITA UTAMA")]
    [InlineData("Berita Terbaru Update")]
    [InlineData("Also Read")]
    [InlineData("Tags")]
    [InlineData("Posting Komentar")]
    [InlineData("Berkomentarlah secara bijak dan bertanggung jawab")]
    [InlineData("No More Posts Available.")]
    [InlineData("No more pages to load.")]
    [InlineData(": | 2851 |")]
    [InlineData("Dilarang mengutip atau menyalin isi berita ini tanpa izin tertulis")]
    [InlineData("Komentari")]
    [InlineData("Artikel Sebelumnya")]
    [InlineData("Next Post")]
    [InlineData("Berita Lainnya +INDEKS")]
    [InlineData("Artikel ini telah dibaca 42 kali")]
    public void Tail_lines_are_not_paragraphs(string line)
    {
        var a = Page(line + "\n");
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.Contains(a.Furniture, f => f.Text == line);
    }

    [Fact]
    public void A_comment_invitation_closes_the_article_and_what_follows_it()
    {
        var a = Page("Komentari\nArtikel ini telah dibaca 42 kali\n\nbadge-check\n\nPenulis Berita\n");
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void A_contributors_label_names_the_writer()
        => Assert.Equal("Rina Sari", Page("Kontributor: Rina Sari\nEditor: Budi Santoso\n").Author);

    [Fact]
    public void A_copyright_notice_broken_over_two_lines_closes_the_article()
    {
        var a = Page("Dilarang menyalin atau memuat ulang isi berita ini\nuntuk keperluan komersial tanpa izin tertulis dari redaksi.\n");
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void Lines_under_a_tags_label_are_its_tags()
    {
        var a = Page("Tags\nMediasi\nBalai Desa\n");
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.Equal(3, a.Furniture.Count(f => f.Kind == FurnitureKind.Topics));
    }

    [Theory]
    [InlineData("(a)")]
    [InlineData("(Rp 20 juta)")]
    public void A_letter_or_an_amount_in_brackets_is_no_sign_off(string line)
        => Assert.Null(LineRules.FirstMatch(new[] { LineRules.Initials }, line));

    [Theory]
    [InlineData("Kegiatan itu ditutup dengan doa bersama.(Ac Dt)", null)]
    [InlineData("Kegiatan itu ditutup dengan doa bersama. (Rina Sari)", "Rina Sari")]
    public void Two_letter_codes_closing_the_last_paragraph_name_no_writer(string last, string? author)
        => Assert.Equal(author, TestText.Extract(Article + last + "\n").Author);
}
