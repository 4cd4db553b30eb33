using System.Text.Json;
using TypedCorpus.Cli;
using TypedCorpus.Cli.Eval;

namespace TypedCorpus.Tests;

/// <summary>
/// The matching rules of <c>eval</c> on tiny gold/export pairs written for them, with the counts worked out by hand;
/// each pair is also given to score.py, which must print the same.
/// </summary>
public class EvalRuleTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "tc-rules-" + Guid.NewGuid().ToString("N"));

    public EvalRuleTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, true);

    private static ExportQuote Quote(int line, string text, QuoteKind kind, params string[] speakers) =>
        new() { Line = line, Text = text, Kind = kind, Speakers = speakers };

    /// <summary>Scores one article against a gold of one article; checks score.py prints the same; returns metric → (good, total).</summary>
    private Dictionary<string, (int? Good, int? Total)> Score(string goldArticle, ExportArticle article, string aliases = "{}", string equivalents = "{}")
    {
        var goldJson = $$"""{"aliases": {{aliases}}, "partyEquivalents": {{equivalents}}, "articles": [{{goldArticle}}]}""";
        var export = new ExportDocument { Articles = [article] };
        var (tally, notes) = Scorer.Score(GoldReader.Read(JsonDocument.Parse(goldJson).RootElement), export);
        var report = ScoreReport.Of(tally, notes);
        File.WriteAllText(Path.Combine(_dir, "gold.json"), goldJson);
        File.WriteAllText(Path.Combine(_dir, "export.json"), ExportJson.Write(export));
        var python = Python.Score(Path.Combine(_dir, "gold.json"), Path.Combine(_dir, "export.json"));
        Python.AssertSameOutput(python.Out, report.Text(verbose: true, []));
        return report.Metrics.ToDictionary(m => m.Name, m => (m.Good, m.Total));
    }

    [Fact]
    public void A_quote_matches_on_its_line_whatever_its_quotation_marks_trailing_punctuation_and_case()
    {
        var article = new ExportArticle
        {
            File = "a.txt",
            Quotes = [Quote(3, "sahabat baja", QuoteKind.Partial), Quote(4, "Kami Mendukung", QuoteKind.Direct), Quote(5, "tatanan dunia", QuoteKind.Term)],
        };
        var m = Score("""
            {"file": "a.txt", "quotes": [
              {"line": 3, "text": "“Sahabat  baja,”", "kind": "partial"},
              {"line": 4, "text": "kami mendukung.", "kind": "partial", "lenient": true},
              {"line": 6, "text": "tatanan dunia", "kind": "term"},
              {"line": 5, "text": "tatanan", "kind": "term"}]}
            """, article);
        Assert.Equal((2, 4), m["quotes.recall"]);          // line 3 and line 4 match; another line, or a part of the text, does not
        Assert.Equal((2, 3), m["quotes.precision"]);
        Assert.Equal((1, 2), m["quotes.kind"]);            // a lenient quote accepts partial or term only, not direct
    }

    [Fact]
    public void A_speaker_matches_through_the_golds_aliases_and_normalisation()
    {
        var article = new ExportArticle
        {
            File = "a.txt",
            Quotes = [Quote(1, "a", QuoteKind.Direct, "Vladimir Putin"), Quote(2, "b", QuoteKind.Direct, "XI\u00a0JINPING"), Quote(3, "c", QuoteKind.Direct, "Trump")],
        };
        var m = Score("""
            {"file": "a.txt", "quotes": [
              {"line": 1, "text": "a", "kind": "direct", "speakers": ["Putin"]},
              {"line": 2, "text": "b", "kind": "direct", "speakers": ["Xi Jinping"]},
              {"line": 3, "text": "c", "kind": "direct", "speakers": ["Joe Biden"], "speakersAlt": [["Donald Trump"]]}]}
            """, article, aliases: """{"putin": "Vladimir Putin", "Trump": "Donald Trump"}""");
        Assert.Equal((3, 3), m["quotes.speakers"]);
        Assert.Equal((3, 3), m["quotes.speakers.direct"]);
    }

    [Fact]
    public void An_unanswered_speaker_is_wrong_but_not_a_wrong_answer()
    {
        var article = new ExportArticle
        {
            File = "a.txt",
            Quotes = [Quote(1, "a", QuoteKind.Direct), Quote(2, "b", QuoteKind.Partial), Quote(3, "c", QuoteKind.Direct, "Budi")],
        };
        var m = Score("""
            {"file": "a.txt", "quotes": [
              {"line": 1, "text": "a", "kind": "direct", "speakers": ["Xi Jinping"]},
              {"line": 2, "text": "b", "kind": "partial", "speakers": ["Xi Jinping"], "lenient": true},
              {"line": 3, "text": "c", "kind": "direct", "speakers": ["Andi"]}]}
            """, article);
        Assert.Equal((1, 3), m["quotes.speakers"]);                    // only the lenient quote accepts nobody
        Assert.Equal((2, 3), m["quotes.speakers.answered"]);           // line 2: nobody is an answer the gold accepts; line 1 is not
        Assert.Equal((0, 1), m["quotes.speakers.answeredRight"]);      // of the quotes given a speaker (line 3), none right
    }

    [Fact]
    public void Agreement_parties_match_through_party_equivalents_and_aliases()
    {
        var article = new ExportArticle
        {
            File = "a.txt",
            Agreements =
            [
                new ExportAgreement { Line = 2, Kind = AgreementKind.Commitment, Text = "Xi dan Putin sepakat untuk …", Parties = ["Xi Jinping", "Rusia"] },
                new ExportAgreement { Line = 5, Kind = AgreementKind.Signed, Title = "2. Memorandum Energi:", Text = "x", Parties = ["China"], Date = "2025-05" },
                new ExportAgreement { Line = 9, Kind = AgreementKind.Declaration, Text = "mungkin", Parties = [] },
            ],
        };
        var m = Score("""
            {"file": "a.txt", "quotes": [], "agreements": [
              {"line": 2, "kind": "commitment", "key": "SEPAKAT untuk", "parties": ["China", "Russia"]},
              {"line": 5, "kind": "signed", "key": "nowhere", "title": "memorandum energi", "parties": ["Tiongkok"], "date": "2025-05-08"},
              {"line": 9, "kind": "declaration", "key": "mungkin", "parties": [], "optional": true}]}
            """, article, aliases: """{"Russia": "Rusia", "Tiongkok": "China"}""", equivalents: """{"Xi Jinping": "china"}""");
        Assert.Equal((2, 2), m["agreements.parties"]);
        Assert.Equal((1, 1), m["agreements.title"]);                   // line 5 matched by its title, the key is not in its text
        Assert.Equal((0, 1), m["agreements.date"]);
        Assert.Equal((3, 3), m["agreements.precision"]);               // the optional agreement is no false positive…
        Assert.Equal((2, 2), m["agreements.recall"]);                  // …and does not count for recall
    }

    [Fact]
    public void Metadata_and_lists_compare_loosely()
    {
        var article = new ExportArticle
        {
            File = "sub/a.txt", Title = "Putin dan Xi Bertemu.", Author = null, Outlet = "Kompas.com",
            Sections = ["Latar Belakang", "Reaksi"], CitedSources = ["Reuters", "AFP"],
        };
        var m = Score("""
            {"file": "a.txt", "quotes": [], "title": "putin  dan xi bertemu", "author": null, "outlet": "Kompas",
             "sections": ["2. Latar belakang:"], "citedSources": ["Reuters"], "citedSourcesOptional": ["AFP"]}
            """, article);
        Assert.Equal((2, 3), m["meta.all"]);                           // title and author equal, outlet not
        Assert.Equal((1, 2), m["sections.precision"]);
        Assert.Equal((1, 1), m["sections.recall"]);
        Assert.Equal((1, 1), m["citedSources.precision"]);             // an optional source the export has is not counted
    }
}
