using System.Text.Json;
using TypedCorpus.Cli;

namespace TypedCorpus.Tests;

/// <summary>The export's records and their source-generated serialisation: shape, escaping, kinds.</summary>
public class ExportSerializationTests
{
    private static ExportArticle Article(ExportQuote quote, IReadOnlyDictionary<string, string>? fields = null) => new()
    {
        File = "a.txt",
        Quotes = [quote],
        Agreements = [new ExportAgreement { Line = 2, Kind = AgreementKind.JointStatement, Text = "x" }],
        Furniture = [new ExportFurniture(3, FurnitureKind.MoreNews, "Terkini Lainnya")],
        Fields = fields,
    };

    private static JsonElement Parse(ExportDocument document) => JsonDocument.Parse(ExportJson.Write(document)).RootElement;

    [Fact]
    public void Kinds_are_kebab_case_and_furniture_kinds_their_names()
    {
        var quote = new ExportQuote { Line = 1, Text = "x", Kind = QuoteKind.Partial };
        var a = Parse(new ExportDocument { Articles = [Article(quote)] }).GetProperty("articles")[0];
        Assert.Equal("partial", a.GetProperty("quotes")[0].GetProperty("kind").GetString());
        Assert.Equal("joint-statement", a.GetProperty("agreements")[0].GetProperty("kind").GetString());
        Assert.Equal("MoreNews", a.GetProperty("furniture")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void An_undefined_kind_is_an_error_not_a_number()
    {
        var quote = new ExportQuote { Line = 1, Text = "x", Kind = (QuoteKind)7 };
        Assert.Throws<JsonException>(() => ExportJson.Write(new ExportDocument { Articles = [Article(quote)] }));
        var furniture = Article(quote with { Kind = QuoteKind.Term }) with { Furniture = [new ExportFurniture(1, (FurnitureKind)99, "x")] };
        Assert.Throws<JsonException>(() => ExportJson.Write(new ExportDocument { Articles = [furniture] }));
    }

    [Fact]
    public void Rule_ids_are_written_only_for_a_traced_quote_and_then_even_when_null()
    {
        var plain = new ExportQuote { Line = 1, Text = "x", Kind = QuoteKind.Direct };
        var traced = new TracedQuote(plain, "cue-after", null);
        var a = Parse(new ExportDocument { Articles = [Article(plain), Article(traced)] }).GetProperty("articles");
        Assert.False(a[0].GetProperty("quotes")[0].TryGetProperty("rule", out _));
        var q = a[1].GetProperty("quotes")[0];
        Assert.Equal(["line", "text", "kind", "speakers", "verb", "addressee", "via", "rule", "speakerRule"], q.EnumerateObject().Select(p => p.Name));
        Assert.Equal("cue-after", q.GetProperty("rule").GetString());
        Assert.Equal(JsonValueKind.Null, q.GetProperty("speakerRule").ValueKind);
    }

    [Fact]
    public void Fields_and_people_are_absent_when_null_and_other_nulls_are_written()
    {
        var quote = new ExportQuote { Line = 1, Text = "x", Kind = QuoteKind.Direct };
        var root = Parse(new ExportDocument { Articles = [Article(quote)] });
        Assert.False(root.TryGetProperty("people", out _));
        var a = root.GetProperty("articles")[0];
        Assert.False(a.TryGetProperty("fields", out _));
        Assert.Equal(JsonValueKind.Null, a.GetProperty("title").ValueKind);
        var withFields = Parse(new ExportDocument { Articles = [Article(quote, new Dictionary<string, string> { ["desk"] = "A" })], People = [] });
        Assert.Equal("A", withFields.GetProperty("articles")[0].GetProperty("fields").GetProperty("desk").GetString());
        Assert.Equal(0, withFields.GetProperty("people").GetArrayLength());
    }

    [Fact]
    public void Text_is_written_as_utf8_with_only_json_escapes()
    {
        var quote = new ExportQuote { Line = 1, Text = "Zoë — <b>'&'+\"\\\u0001", Kind = QuoteKind.Direct };
        var json = ExportJson.Write(new ExportDocument { Articles = [Article(quote)] });
        Assert.Contains("\"text\": \"Zoë — <b>'&'+\\\"\\\\\\u0001\"", json);
        Assert.EndsWith("}\n", json);
        var line = System.Text.Encoding.UTF8.GetString(ExportJson.WriteLine(Corpus.Articles[0], 0, null));
        Assert.Contains("—", line);   // the first seed has an em dash
        Assert.DoesNotContain("\\u", line);
        Assert.Equal(1, line.Count(c => c == '\n'));
    }
}
