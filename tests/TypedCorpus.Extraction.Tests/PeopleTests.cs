using TypedCorpus.Extraction;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

public class PeopleTests
{
    [Fact]
    public void PeopleFromRolesTitlesAndAgesButNotPlacesOrOrganisations()
    {
        var a = TestText.Extract("Judul Berita Contoh\n\nJakarta, Kabar - Ketua Perhimpunan Dokter Indonesia Prof Dr dr Rina Kartika, SpPD, menilai langkah itu tepat. Sumarto (61), warga Cempaka Putih, datang bersama relawan Tagana. Kementerian Kesehatan juga hadir.\n");
        Assert.Equal(new[] { "Rina Kartika", "Sumarto" }, a.People.ToArray());
    }

    [Fact]
    public void ShortNameResolvesToFullestNameAcrossArticles()
    {
        var one = TestText.Extract("Judul Satu\n\nJakarta, Kabar - Presiden Amerika Serikat Michael Brandt tiba di Tokyo.\n", "a.txt");
        var two = TestText.Extract("Judul Dua\n\nJakarta, Kabar - \"Kami tidak akan mundur,\" ujar Brandt.\n", "b.txt");
        var corpus = CorpusResolver.Resolve(new[] { one, two });
        var b = corpus.Articles.Single(x => x.File == "b.txt");
        Assert.Equal(new[] { "Michael Brandt" }, b.Quotes[0].Speakers.ToArray());
        Assert.Equal(new[] { "Michael Brandt" }, b.People.ToArray());
        var person = Assert.Single(corpus.People);
        Assert.Equal("Michael Brandt", person.Name);
        Assert.Contains("Brandt", person.Aliases.ToArray());
    }

    [Fact]
    public void SeedCorpusFacts()
    {
        var corpus = TestText.SeedCorpus();
        var quotes = corpus.Articles.SelectMany(a => a.Quotes).ToList();
        // the leader quoted most is named by his full name in every quote
        var top = quotes.SelectMany(q => q.Speakers).GroupBy(s => s).OrderByDescending(g => g.Count()).First();
        Assert.Equal("Vladimir Putin", top.Key);
        Assert.Equal(11, top.Count());
        Assert.Equal(8, quotes.Count(q => q.Speakers.Contains("Xi Jinping")));
        var trump = Assert.Single(quotes, q => q.Speakers.Contains("Donald Trump"));
        Assert.Equal("ujar", trump.Verb);
        Assert.Equal("direct", trump.Kind);
        Assert.Contains(corpus.People, p => p.Name == "Donald Trump" && p.Aliases.Contains("Trump"));
        Assert.Equal(19, quotes.Count);
    }
}
