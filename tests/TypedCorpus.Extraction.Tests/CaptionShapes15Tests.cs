namespace TypedCorpus.Extraction.Tests;

/// <summary>Caption shapes met on real pages (round 15): short labelled credits, credits glued by hyphens, a credit's label under the description, a portrait's caption closed by a stop.</summary>
public class CaptionShapes15Tests
{
    private const string Title = "Nelayan Keluhkan Solar Langka di Pelabuhan Perikanan";
    private const string Lead = "KOTA, Kabar - Nelayan di pelabuhan perikanan mengeluhkan solar yang langka sejak awal pekan ini.";
    private const string Body = "\n\nMereka berharap pemerintah segera menambah kuota agar kapal bisa kembali melaut.\n";

    private static ArticleModel Page(string header) => TestText.Extract($"{Title}\n\n{header}\n\n{Lead}{Body}");

    [Theory]
    [InlineData("Foto: Rahmat", "", "Rahmat")]
    [InlineData("Ilustrasi--", "Ilustrasi--", null)]
    [InlineData("Petugas memeriksa mesin kapal nelayan di dermaga, Senin (2/6/2025). (Foto: ABC)--", "Petugas memeriksa mesin kapal nelayan di dermaga, Senin (2/6/2025).", "ABC")]
    [InlineData("Wali kota berbincang dengan nelayan saat kunjungan kerja di dermaga-Foto : Budi Santoso-", "Wali kota berbincang dengan nelayan saat kunjungan kerja di dermaga", "Budi Santoso")]
    [InlineData("Kepala Dinas Perikanan Kabupaten, Rudi Hartono. (Anton | Kabar)", "Kepala Dinas Perikanan Kabupaten, Rudi Hartono.", "Anton | Kabar")]
    [InlineData("Gubernur meninjau tempat pelelangan ikan bersama nelayan. Foto Humas for Kabar Kota", "Gubernur meninjau tempat pelelangan ikan bersama nelayan.", "Humas for Kabar Kota")]
    [InlineData("Kepala Pelabuhan Perikanan Samudera, Hariyanto.", "Kepala Pelabuhan Perikanan Samudera, Hariyanto.", null)]
    [InlineData("Kepala Bidang (Kabid) Humas Polres Kota, Kompol Hariyanto.", "Kepala Bidang (Kabid) Humas Polres Kota, Kompol Hariyanto.", null)]
    public void A_caption_line_before_the_lead_and_its_credit(string line, string text, string? credit)
    {
        var a = Page(line);
        var c = Assert.Single(a.Captions);
        Assert.Equal((3, text, credit), (c.Line, c.Text, c.Credit));
        Assert.Null(a.Subtitle);
        Assert.StartsWith("Nelayan di pelabuhan", a.Paragraphs[0].Text);
    }

    [Fact]
    public void A_description_above_a_labelled_credit_is_the_caption_and_the_credit_line_is_layout()
    {
        var a = Page("petugas mengisi solar ke tangki kapal nelayan di dermaga\nSumber foto: Kabar");
        var c = Assert.Single(a.Captions);
        Assert.Equal((3, "petugas mengisi solar ke tangki kapal nelayan di dermaga", "Kabar"), (c.Line, c.Text, c.Credit));
        Assert.Contains(a.Furniture, f => f.Line == 4);
    }

    [Theory]
    [InlineData("Foto: kapal nelayan bersandar di dermaga saat solar langka")] // a description, not a credit
    [InlineData("Kepala Dinas Perikanan, Rudi Hartono. Ia meninjau dermaga.")] // two sentences: no portrait's caption
    public void A_longer_labelled_description_or_two_sentences_is_no_short_credit(string line)
    {
        var a = Page(line);
        Assert.DoesNotContain(a.Captions, c => c.Text == "" || c.Text.StartsWith("Kepala Dinas"));
    }

    [Fact]
    public void A_caption_label_alone_makes_the_next_line_the_caption_above_the_lead()
    {
        var a = Page("Keterangan gambar:\nPetugas mengisi solar ke tangki kapal nelayan di dermaga, Senin (2/6/2025). (Dok. Kabar)");
        var c = Assert.Single(a.Captions);
        Assert.Equal(4, c.Line);
        Assert.StartsWith("Petugas mengisi solar", c.Text);
        Assert.Null(a.Subtitle);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void A_caption_label_alone_between_paragraphs_makes_the_next_line_the_caption()
    {
        var a = TestText.Extract($"{Title}\n\n{Lead}\n\nKeterangan Gambar:\n\nNelayan menambatkan perahu di dermaga karena solar habis\n\nMereka berharap kuota solar segera ditambah.\n");
        var c = Assert.Single(a.Captions);
        Assert.Equal((7, "Nelayan menambatkan perahu di dermaga karena solar habis"), (c.Line, c.Text));
        Assert.Equal(2, a.Paragraphs.Count);
    }
}
