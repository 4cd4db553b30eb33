namespace TypedCorpus.Extraction.Tests;

/// <summary>Caption shapes met on real pages (round 19): the photo's label and a description written as a sentence.</summary>
public class CaptionShapes19Tests
{
    private const string Title = "Nelayan Keluhkan Solar Langka di Pelabuhan Perikanan";
    private const string Lead = "KOTA, Kabar - Nelayan di pelabuhan perikanan mengeluhkan solar yang langka sejak awal pekan ini.";
    private const string Body = "Mereka berharap pemerintah segera menambah kuota agar kapal bisa kembali melaut.";

    [Theory]
    [InlineData("Foto: Kepala Dinas Perikanan, Rudi Hartono saat meninjau antrean solar di dermaga, Selasa (7/1). (ist)", "ist")]
    [InlineData("Foto : Ratusan nelayan antre solar sejak subuh di depan stasiun pengisian.", null)]
    public void The_photo_s_label_before_a_description_opens_a_caption(string line, string? credit)
    {
        foreach (var page in new[] { $"{Title}\n\n{line}\n\n{Lead}\n\n{Body}\n", $"{Title}\n\n{Lead}\n\n{line}\n\n{Body}\n" })
        {
            var a = TestText.Extract(page);
            var c = Assert.Single(a.Captions);
            Assert.Equal(credit, c.Credit);
            Assert.StartsWith("Foto", c.Text);
            Assert.Equal(2, a.Paragraphs.Count);
        }
    }

    [Theory]
    [InlineData("Foto: Momen Nelayan Menyambut Kapal Baru di Pelabuhan")]
    [InlineData("Foto: Pelabuhan Perikanan dan Kapal Nelayan Sukamaju")]
    [InlineData("Foto: dokumentasi pribadi warga")] // a credit, no description
    public void The_photo_s_label_before_a_headline_links_a_gallery(string line)
    {
        var a = TestText.Extract($"{Title}\n\n{Lead}\n\n{line}\n\n{Body}\n");
        Assert.Empty(a.Captions);
        Assert.Equal(2, a.Paragraphs.Count);
    }
}
