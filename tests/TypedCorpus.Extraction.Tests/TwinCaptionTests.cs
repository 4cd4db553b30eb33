namespace TypedCorpus.Extraction.Tests;

/// <summary>Rule twin-caption: an image's alternative text and its caption, the second the first again with a short credit.</summary>
public class TwinCaptionTests
{
    private const string Lead = "KOTA, Kabar - Harga cabai di pasar induk naik tajam sejak awal pekan karena pasokan dari petani berkurang.";
    private const string Body = "\n\nPedagang berharap pemerintah segera turun tangan agar harga kembali normal.\n";

    private static ArticleModel Page(string text) => TestText.Extract(text);

    [Theory]
    [InlineData(" /Kabar Kota/Rina Sari/", "Kabar Kota/Rina Sari")]
    [InlineData(" /Dok.Humas Pemkab Sukamaju/", "Humas Pemkab Sukamaju")]
    [InlineData(" ( KABAR.com)", "KABAR.com")]
    [InlineData(" | Foto: Humas Pasar |", "Humas Pasar")]
    public void A_caption_under_its_alternative_text_gives_two_captions_with_its_credit(string tail, string credit)
    {
        const string alt = "Seorang pedagang menata cabai merah di lapaknya di pasar induk";
        var a = Page($"Harga Cabai Naik Tajam di Pasar Induk\n\n{alt}\n\n{alt}{tail}\n\n{Lead}{Body}");
        Assert.Equal(new (int, string, string?)[] { (3, alt, credit), (5, alt, credit) }, a.Captions.Select(c => (c.Line, c.Text, c.Credit)));
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Ketua Baznas saat menyerahkan bantuan biaya bedah rumah kepada warga", "")]
    [InlineData("Wali Kota Sukamaju, Budi Hartono saat foto bersama siswa dan guru SMAN 2 Sukamaju.", "")]
    [InlineData("Wali Kota Sukamaju dan Ketua TP PKK menghadiri penilaian kota layak anak.", " /Instagram @pemkotsukamaju_")]
    public void A_scene_or_a_line_with_a_slash_credit_repeated_gives_two_captions(string alt, string tail)
    {
        var a = Page($"Harga Cabai Naik Tajam di Pasar Induk\n\n{Lead}\n\n{alt}\n{alt}{tail}{Body}");
        Assert.Equal(new[] { 5, 6 }, a.Captions.Select(c => c.Line));
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Harga cabai merah di pasar induk naik menjadi seratus ribu rupiah per kilogram pekan ini.", "")]
    [InlineData("Warga saat ditemui mengaku terpaksa membeli air galon untuk kebutuhan sehari-hari.", "")]
    [InlineData("Menurut dia, saat ini pasokan cabai dari petani melimpah karena panen raya.", "")]
    [InlineData("Harga cabai rawit merah kini mencapai Rp80.000", " /Kg di tingkat pengecer")]
    [InlineData("Pelaku saat ditangkap sedang tidur di rumah kontrakannya.", "")]
    [InlineData("Camat Adiwerna saat itu tidak hadir karena tugas ke luar kota.", "")]
    [InlineData("Warga saat banjir terpaksa tidur di musala.", "")]
    public void A_sentence_of_the_text_repeated_is_no_caption(string line, string tail)
    {
        var a = Page($"Harga Cabai Naik Tajam di Pasar Induk\n\n{Lead}\n\n{line}\n{line}{tail}{Body}");
        Assert.Empty(a.Captions);
    }

    [Fact]
    public void Twin_captions_between_paragraphs_are_captions()
    {
        const string alt = "Seorang pedagang menata cabai merah di lapaknya di pasar induk";
        var a = Page($"Harga Cabai Naik Tajam di Pasar Induk\n\n{Lead}\n\n{alt}\n\n{alt} /Harian Pasar/{Body}");
        Assert.Equal(new[] { 5, 7 }, a.Captions.Select(c => c.Line));
        Assert.Equal("Harian Pasar", a.Captions[0].Credit);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void The_headline_again_above_a_caption_glued_to_it_is_no_caption()
    {
        const string title = "Harga Cabai Naik Tajam di Pasar Induk";
        var a = Page($"{title}\n\n{title}\n\n{title}.--Dok. Kabar Kota.\n\n{Lead}{Body}");
        Assert.DoesNotContain(a.Captions, c => c.Line == 3);
    }

    [Fact]
    public void A_paragraph_the_next_line_goes_on_from_is_no_caption()
    {
        const string first = "Pedagang di pasar induk mengeluhkan harga cabai yang terus naik sejak awal pekan";
        var a = Page($"Harga Cabai Naik Tajam di Pasar Induk\n\n{Lead}\n\n{first}\n\n{first} karena pasokan berkurang.{Body}");
        Assert.Empty(a.Captions);
    }
}
