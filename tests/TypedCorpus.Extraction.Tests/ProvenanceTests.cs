using TypedCorpus.Extraction;
using TypedCorpus.Extraction.Agreements;
using TypedCorpus.Extraction.Quotes;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Every quote and agreement names the rule that decided it, and how its speaker was found.</summary>
public class ProvenanceTests
{
    private static QuoteModel Quote(string body)
        => TestText.Extract("Judul Berita Uji\n\nSurabaya, Kabar - " + body + "\n").Quotes[0];

    [Theory]
    [InlineData("\"Harga stabil,\" ujar Menteri Perdagangan Rudi Hartono.", QuoteRules.CueAfter, SpeakerRules.Name)]
    [InlineData("Menteri Perdagangan Rudi Hartono meninjau pasar.\n\n\"Harga stabil,\" katanya.", QuoteRules.CueAfter, SpeakerRules.Subject)]
    [InlineData("\"Harga stabil,\" Rudi Hartono menambahkan.", QuoteRules.NameVerbAfter, SpeakerRules.Name)]
    [InlineData("Menurut Menteri Perdagangan Rudi Hartono, \"Harga stabil.\"", QuoteRules.MenurutBefore, SpeakerRules.Name)]
    [InlineData("Menteri Perdagangan Rudi Hartono mengatakan: \"Harga stabil.\"", QuoteRules.VerbBefore, SpeakerRules.Name)]
    [InlineData("Menteri Perdagangan Rudi Hartono meninjau pasar.\n\n\"Harga stabil.\"", QuoteRules.OwnSentence, SpeakerRules.Subject)]
    [InlineData("Presiden Rudi Hartono meninjau pasar.\n\n\"Harga stabil,\" ujar Presiden.", QuoteRules.CueAfter, SpeakerRules.OfficeAlone)]
    [InlineData("\"Pekerja itu kejang,\" kata Kepala Bidang Kedaruratan dan Logistik di Badan Penanggulangan Bencana Daerah Kabupaten Wonosobo Andri Saputro saat dihubungi.", QuoteRules.CueAfter, SpeakerRules.OfficeHolder)]
    [InlineData("Warga membentuk grup bernama \"Keluarga Emas\" di desa itu.", QuoteRules.NamingWord, null)]
    [InlineData("Kemitraan \"tanpa batas\" itu terus diuji.", QuoteRules.TermFragment, null)]
    public void Each_sieve_records_its_rule_and_the_speaker_its_evidence(string body, string rule, string? speakerRule)
    {
        var q = Quote(body);
        Assert.Equal(rule, q.Rule);
        Assert.Equal(speakerRule, q.SpeakerRule);
    }

    [Fact]
    public void Every_fact_of_the_seeds_names_a_known_rule()
    {
        var corpus = TestText.SeedCorpus();
        var quoteRules = QuoteRules.All.Select(r => r.Id).ToHashSet();
        var speakerRules = SpeakerRules.All.Select(r => r.Id).ToHashSet();
        var agreementRules = AgreementRules.All.Select(r => r.Id).ToHashSet();
        foreach (var q in corpus.Articles.SelectMany(a => a.Quotes))
        {
            Assert.Contains(q.Rule ?? "", quoteRules);
            if (q.Speakers.Count > 0) Assert.Contains(q.SpeakerRule ?? "", speakerRules);
            else Assert.Null(q.SpeakerRule);
        }
        var agreements = corpus.Articles.SelectMany(a => a.Agreements).ToList();
        Assert.NotEmpty(agreements);
        Assert.All(agreements, g => Assert.Contains(g.Rule ?? "", agreementRules));
        Assert.Contains(agreements, g => g.Rule == AgreementRules.SignedList);
    }

    [Fact]
    public void Rule_ids_are_unique_and_described()
    {
        foreach (var list in new[] { QuoteRules.All, SpeakerRules.All, AgreementRules.All })
        {
            Assert.Equal(list.Count, list.Select(r => r.Id).Distinct().Count());
            Assert.All(list, r => Assert.False(string.IsNullOrWhiteSpace(r.Description)));
        }
    }
}
