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
    [InlineData("\"Pekerja itu kejang,\" kata Kepala Bidang Pemulihan dan Rekonstruksi di Badan Penanggulangan Bencana Daerah Kabupaten Wonosobo Andri Saputro saat dihubungi.", QuoteRules.CueAfter, SpeakerRules.OfficeHolder)]
    [InlineData("Warga membentuk grup bernama \"Keluarga Emas\" di desa itu.", QuoteRules.NamingWord, null)]
    [InlineData("Kemitraan \"tanpa batas\" itu terus diuji.", QuoteRules.TermFragment, null)]
    public void Each_sieve_records_its_rule_and_the_speaker_its_evidence(string body, string rule, string? speakerRule)
    {
        var q = Quote(body);
        Assert.Equal(rule, q.Rule);
        Assert.Equal(speakerRule, q.SpeakerRule);
    }

    public static TheoryData<string> SieveIds()
    {
        var data = new TheoryData<string>();
        foreach (var sieve in AttributionSieves.Ordered) data.Add(sieve.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(SieveIds))]
    public void Each_sieve_decides_its_own_example(string id)
    {
        var sieve = AttributionSieves.Ordered.Single(s => s.Id == id);
        var q = Quote(sieve.Example.Paragraph);
        Assert.Equal(id, q.Rule);
        Assert.Equal(sieve.Example.Kind, q.Kind);
        Assert.Equal(q.Kind == QuoteKind.Term, q.Speakers.Count == 0);
    }

    [Fact]
    public void The_last_sieve_decides_every_quote_and_the_rule_list_is_the_sieve_order()
    {
        Assert.IsType<TermFragmentSieve>(AttributionSieves.Ordered[^1]);
        Assert.Equal(AttributionSieves.Ordered.Select(s => s.Id), QuoteRules.All.Select(r => r.Id));
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
