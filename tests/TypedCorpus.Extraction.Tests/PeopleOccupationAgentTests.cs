using System.Linq;
using Xunit;
using static TypedCorpus.Extraction.Tests.InventedArticle;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Rule occupation-agent: an occupation in small letters between a verb of saying and a name; invented names.</summary>
public class PeopleOccupationAgentTests
{
    [Theory]
    [InlineData("Hal senada disampaikan petani Rudi Hartanto. Menurutnya, harga tahun ini berpihak kepada petani.")]
    [InlineData("Hal senada disampaikan oleh nelayan Rudi Hartanto kepada wartawan.")]
    [InlineData("Hal senada disampaikan petani Sukamulya, Kabupaten Magelang Rudi Hartanto. Menurutnya, harga berpihak kepada petani.")]
    public void The_next_paragraphs_nya_cue_points_to_the_person_a_passive_verb_of_saying_and_an_occupation_introduce(string agent)
    {
        var a = Article("\"Harga cabai naik sampai Rp100 ribu,\" kata Darmi Lestari, seorang pedagang di pasar itu.",
                        agent,
                        "\"Kalau cuaca membaik, harga turun,\" ujarnya.");
        Assert.Contains("Rudi Hartanto", a.People);
        Assert.Equal(new[] { "Rudi Hartanto" }, a.Quotes.Last().Speakers.ToArray());
    }

    [Fact]
    public void A_cue_and_an_occupation_before_a_plain_name_introduce_the_person()
        => Assert.Contains("Siti Aminah", PeopleOf("Harga beras, kata pedagang Siti Aminah, sudah naik sepekan ini."));

    [Theory]
    [InlineData("Harga beras, kata warga Sukamulya, sudah naik sepekan ini.", "Sukamulya")]
    [InlineData("Hal itu disampaikan petani Jawa Tengah kepada wartawan.", "Jawa Tengah")]
    [InlineData("Hal itu disampaikan pemain Persib Bandung kepada wartawan.", "Persib Bandung")]
    public void One_word_or_a_known_place_or_body_after_the_occupation_is_no_person(string text, string notPerson)
        => Assert.DoesNotContain(notPerson, PeopleOf(text));
}
