using System.Linq;
using Xunit;
using static TypedCorpus.Extraction.Tests.InventedArticle;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Words the lexicons now know, each seen in an invented sentence: titles, prayer times, platforms, interjections.</summary>
public class PeopleLexiconWordsTests
{
    [Theory]
    [InlineData("Dalam tausiah perdana, Ustad Rahmat Hidayat menekankan pentingnya niat.")]
    [InlineData("Dalam tausiah perdana, Ustadzah Rahmat Hidayat menekankan pentingnya niat.")]
    public void Ustad_is_a_title_not_a_part_of_the_name(string text)
        => Assert.Equal(new[] { "Rahmat Hidayat" }, PeopleOf(text));

    [Theory]
    [InlineData("Menkum")]
    [InlineData("Mentrans")]
    [InlineData("Menekraf")]
    public void A_ministers_office_written_short_is_no_part_of_the_name(string office)
        => Assert.Equal(new[] { "Rahmat Hidayat" }, Article($"\"Aturan itu segera terbit,\" kata {office} Rahmat Hidayat di Jakarta.").Quotes.Single().Speakers.ToArray());

    [Fact]
    public void A_prayer_time_opening_the_sentence_is_nobody_and_the_subject_after_it_speaks()
    {
        var a = Article("Usai salat Isya, Ketua Pengurus Masjid Rahmat Hidayat menyampaikan sambutan dengan sapaan \"selamat datang di rumah Allah\" kepada jamaah.");
        Assert.Equal(new[] { "Rahmat Hidayat" }, a.People.ToArray());
    }

    [Fact]
    public void A_messaging_service_after_a_message_is_no_person()
        => Assert.DoesNotContain("WhatsApp", PeopleOf("Warga biasanya melapor lewat telepon atau pesan WhatsApp kepada Rahmat Hidayat."));

    [Fact]
    public void A_religious_interjection_after_a_name_and_dan_is_no_second_person()
        => Assert.Equal(new[] { "Rahmat Hidayat" },
            PeopleOf("\"Siang ini saya menjenguk Ustad Rahmat Hidayat dan Alhamdulillah beliau sehat,\" kata Presiden."));
}

/// <summary>Rule glued-head: the first word of a long name is dropped only where it names a body elsewhere.</summary>
public class PeopleBodyShortBeforeNameTests
{
    [Theory]
    [InlineData("\"Kami minta semua anggota mendaftar,\" kata anggota Fraksi PKS DPR Budi Setiawan Hartono di Gedung DPR.", "Budi Setiawan Hartono")]
    [InlineData("\"Kami minta semua anggota mendaftar,\" kata anggota Komisi V DPR Al Muzammil Yusuf di Gedung DPR.", "Al Muzammil Yusuf")]
    public void A_body_written_short_in_capitals_is_whole_and_the_holders_first_name_stays(string text, string speaker)
        => Assert.Equal(new[] { speaker }, Article(text).Quotes.Single().Speakers.ToArray());
}
