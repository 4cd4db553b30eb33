using System.Linq;
using Xunit;
using static TypedCorpus.Extraction.Tests.InventedArticle;

namespace TypedCorpus.Extraction.Tests;

/// <summary>
/// Rule dotted-degree: degrees written as one word with its period outside the S./M./D. pattern ("Lc.", a medical specialist's
/// "Sp.A." with its field) end the name before them, name nobody and take no holder's place; invented names.
/// </summary>
public class PeopleDottedDegreeTests
{
    [Theory]
    [InlineData("Dokter spesialis anak, Rintania Kusumadewi Harsono, Sp.A., memberikan penyuluhan di puskesmas.")]
    [InlineData("Rintania Kusumadewi Harsono, Sp.PD-KGEH, memberikan penyuluhan di puskesmas.")]
    [InlineData("Rintania Kusumadewi Harsono, Sp.OG(K), memberikan penyuluhan di puskesmas.")]
    [InlineData("Penyuluhan diberikan oleh dr. Rintania Kusumadewi Harsono, Sp.THT-KL, di puskesmas.")]
    public void A_specialists_degree_with_its_field_ends_the_name_and_names_nobody(string text)
        => Assert.Equal(new[] { "Rintania Kusumadewi Harsono" }, PeopleOf(text));

    [Theory]
    [InlineData("Ustaz Zainul Arifin Daulay, Lc., memberikan tausiah di masjid agung.")]
    [InlineData("Ustaz Zainul Arifin Daulay, Lc., MA., memberikan tausiah di masjid agung.")]
    [InlineData("Ustaz Zainul Arifin Daulay, Lc. memberikan tausiah di masjid agung.")]
    public void An_Islamic_bachelors_degree_after_the_comma_keeps_the_whole_name_a_person(string text)
        => Assert.Equal(new[] { "Zainul Arifin Daulay" }, PeopleOf(text));

    [Fact]
    public void The_speaker_named_short_later_is_the_full_name_before_the_degree()
    {
        var a = Article("Ustaz Zainul Arifin Daulay, Lc., memberikan tausiah di masjid agung.", "\"Jagalah salat lima waktu,\" kata Daulay.");
        Assert.Equal(new[] { "Zainul Arifin Daulay" }, a.Quotes.Single().Speakers.ToArray());
    }
}
