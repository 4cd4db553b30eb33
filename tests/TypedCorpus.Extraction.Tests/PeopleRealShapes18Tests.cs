using System.Linq;
using TypedCorpus.Extraction;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Name and speaker shapes met on real pages (round 18), each with texts written for its rule (invented names).</summary>
public class PeopleRealShapes18Tests
{
    private static ArticleModel Article(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - " + string.Join("\n\n", paragraphs) + "\n");

    [Fact]
    public void A_programme_of_professional_companions_is_no_person()
    {
        var a = Article("Koordinator Provinsi Tenaga Pendamping Profesional, Rudi Hartono SH mengatakan pendampingan desa terus dilakukan.",
            "Dirinya berharap tidak ada lagi desa yang terlambat menyalurkan dana desa.",
            "\"Tahun ini desa wajib menganggarkan bantuan langsung tunai,\" terangnya.");
        Assert.DoesNotContain(a.People, p => p.Contains("Profesional") || p.Contains("Pendamping"));
        Assert.Equal(new[] { "Rudi Hartono" }, a.Quotes.Last().Speakers);
    }

    [Fact]
    public void A_companion_named_after_the_role_is_a_person()
    {
        var a = Article("Pendamping lokal, Ani Wulandari mengatakan laporan keuangan desa sudah lengkap.",
            "\"Semua desa sudah melapor,\" ujar Ani Wulandari.");
        Assert.Contains("Ani Wulandari", a.People);
        Assert.Equal(new[] { "Ani Wulandari" }, Assert.Single(a.Quotes).Speakers);
    }

    [Theory]
    [InlineData("“Tolak tambang di desa kami,” tulis tuntutan aksi yang diperoleh KabarkuSultra.com.")]
    [InlineData("“Tolak tambang di desa kami,” tulis tuntutan aksi yang diterima Kabarsultra.id.")]
    public void A_web_site_glued_to_its_domain_is_no_speaker(string text)
    {
        var a = Article("Warga menggelar unjuk rasa di depan kantor bupati.", text);
        Assert.Empty(Assert.Single(a.Quotes).Speakers);
        Assert.Empty(a.People);
    }

    [Fact]
    public void A_person_speaking_to_a_web_site_stays_the_speaker()
    {
        var a = Article("“Semua sudah siap,” ujar Rudi Hartono kepada Kabarsultra.id, Senin.");
        Assert.Equal(new[] { "Rudi Hartono" }, Assert.Single(a.Quotes).Speakers);
        Assert.Equal(new[] { "Rudi Hartono" }, a.People);
    }
}
