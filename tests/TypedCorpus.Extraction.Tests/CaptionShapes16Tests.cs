namespace TypedCorpus.Extraction.Tests;

/// <summary>Caption shapes met on real pages (round 16): an illustration's label with a short description in small letters, an archive credit written with a comma.</summary>
public class CaptionShapes16Tests
{
    private const string Title = "Nelayan Keluhkan Solar Langka di Pelabuhan Perikanan";
    private const string Lead = "KOTA, Kabar - Nelayan di pelabuhan perikanan mengeluhkan solar yang langka sejak awal pekan ini.";
    private const string Body = "\n\nMereka berharap pemerintah segera menambah kuota agar kapal bisa kembali melaut.\n";

    private static ArticleModel Page(string header) => TestText.Extract($"{Title}\n\n{header}\n\n{Lead}{Body}");

    [Theory]
    [InlineData("Ilustrasi kapal nelayan.", "Ilustrasi kapal nelayan.", null)]
    [InlineData("Ilustrasi nelayan memperbaiki jaring di dermaga.", "Ilustrasi nelayan memperbaiki jaring di dermaga.", null)]
    [InlineData("Kepala Desa Tanah Merah, Badrun, mengaku terpaksa membeli solar eceran setiap pekan. (dok, Kabar Kota)", "Kepala Desa Tanah Merah, Badrun, mengaku terpaksa membeli solar eceran setiap pekan.", "Kabar Kota")]
    [InlineData("Gubernur memberikan sambutan pada peringatan hari jadi kabupaten, Rabu (20/2). (Foto istimewa)", "Gubernur memberikan sambutan pada peringatan hari jadi kabupaten, Rabu (20/2).", "Foto istimewa")]
    [InlineData("Harga beras melonjak di pasar induk kota selepas panen raya. (Int)", "Harga beras melonjak di pasar induk kota selepas panen raya.", "Int")]
    [InlineData("Tim silat kota berfoto bersama usai penyerahan medali.-Ahmad Syukri -", "Tim silat kota berfoto bersama usai penyerahan medali.", "Ahmad Syukri")]
    public void A_caption_line_before_the_lead_and_its_credit(string line, string text, string? credit)
    {
        var a = Page(line);
        var c = Assert.Single(a.Captions);
        Assert.Equal((3, text, credit), (c.Line, c.Text, c.Credit));
        Assert.Equal(5, a.Paragraphs[0].Line);
    }

    [Theory]
    [InlineData("Ilustrasi wajah pelaku sudah disebar ke seluruh polsek.")]
    [InlineData("Ilustrasi tersebut viral.")]
    [InlineData("Ilustrasi cat air mendominasi pameran tersebut.")]
    [InlineData("Kegiatan ditutup dengan makan bersama di balai desa.-Rudi Hartanto -")]
    [InlineData("Panitia juga membentuk seksi DPD (Dokumentasi, Publikasi dan Dekorasi).")]
    public void Between_paragraphs_these_lines_stay_paragraphs(string line)
    {
        var a = TestText.Extract($"{Title}\n\n{Lead}\n\n{line}{Body}");
        Assert.Empty(a.Captions);
        Assert.DoesNotContain(a.Furniture, f => f.Line == 5);
    }

    [Fact]
    public void A_sentence_above_the_lead_closed_by_its_agencys_name_is_no_caption()
    {
        var a = TestText.Extract($"Inflasi Januari Capai 5,28 Persen\nBadan Pusat Statistik mencatat inflasi tahunan turun dibanding bulan sebelumnya. (antara)\nJAKARTA - Inflasi tahunan pada Januari tercatat 5,28 persen, turun dari bulan sebelumnya.{Body}");
        Assert.Empty(a.Captions);
        Assert.Equal("Badan Pusat Statistik mencatat inflasi tahunan turun dibanding bulan sebelumnya. (antara)", a.Subtitle);
    }

    [Fact]
    public void A_paragraph_opening_with_the_word_ilustrasi_and_going_on_is_no_caption()
    {
        var a = TestText.Extract($"{Title}\n\n{Lead}\n\nIlustrasi yang dipasang di dinding balai desa itu menggambarkan perahu nelayan tradisional yang berlayar menembus ombak pada pagi hari.{Body}");
        Assert.Empty(a.Captions);
    }
}
