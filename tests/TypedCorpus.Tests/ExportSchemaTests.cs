using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using TypedCorpus.Cli;

namespace TypedCorpus.Tests;

/// <summary><c>docs/export.schema.json</c> describes what <c>export</c>, <c>export --format jsonl</c> and <c>report --json</c> write.</summary>
public class ExportSchemaTests
{
    private static readonly string SchemaPath = TestCli.Data(Path.Combine("docs", "export.schema.json"));

    private static readonly JsonSchema Schema = JsonSchema.FromFile(SchemaPath, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static readonly Lazy<string> SeedsExport = new(() => Export("seeds"));

    private static string Export(string folder, params string[] options)
    {
        var (code, output, error) = TestCli.Run(["export", TestCli.Data(folder), .. options]);
        Assert.True(code == 0, error);
        return output;
    }

    /// <summary>The schema's errors: instance location and message of every failed keyword.</summary>
    private static List<string> Errors(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}")).ToList();
        Assert.Equal(results.IsValid, errors.Count == 0);
        return errors;
    }

    [Theory]
    [InlineData("seeds")]
    [InlineData("eval/devset")]
    [InlineData("eval/heldout-d")]
    public void The_export_of_a_folder_is_valid(string folder)
    {
        var json = folder == "seeds" ? SeedsExport.Value : Export(folder);
        Assert.Empty(Errors(json));
        Assert.True(JsonNode.Parse(json)!["articles"]!.AsArray().Count > 0);
    }

    [Theory]
    [InlineData("seeds")]
    [InlineData("eval/devset")]
    public void Every_jsonl_line_is_a_valid_article(string folder)
    {
        var lines = Export(folder, "--format", "jsonl").TrimEnd('\n').Split('\n');
        Assert.True(lines.Length > 1);
        foreach (var line in lines) Assert.Empty(Errors("{\"articles\":[" + line + "]}"));
    }

    [Fact]
    public void The_compiled_in_corpus_is_valid()
    {
        var (code, json, _) = TestCli.Run("report", "--json");
        Assert.Equal(0, code);
        Assert.Empty(Errors(json));
    }

    /// <summary>A change to the seeds' export and the instance location the schema must then reject (the second seed has furniture).</summary>
    public static TheoryData<string, string> Mutations => new()
    {
        { "quote kind", "/articles/0/quotes/0/kind" },
        { "agreement kind", "/articles/0/agreements/0/kind" },
        { "furniture kind in kebab case", "/articles/1/furniture/0/kind" },
        { "missing file", "/articles/0" },
        { "unknown article property", "/articles/0/score" },
        { "rule without speakerRule", "/articles/0/quotes/0" },
        { "date in words", "/articles/0/date" },
        { "line 0", "/articles/0/paragraphs/0/line" },
        { "speakers as a string", "/articles/0/quotes/0/speakers" },
    };

    [Theory]
    [MemberData(nameof(Mutations))]
    public void A_mutated_export_fails_at_the_mutation(string mutation, string location)
    {
        var root = JsonNode.Parse(SeedsExport.Value)!;
        var article = root["articles"]![0]!.AsObject();
        var quote = article["quotes"]![0]!.AsObject();
        switch (mutation)
        {
            case "quote kind": quote["kind"] = "quoted"; break;
            case "agreement kind": article["agreements"]![0]!["kind"] = "treaty"; break;
            case "furniture kind in kebab case": root["articles"]![1]!["furniture"]![0]!["kind"] = "more-news"; break;
            case "missing file": article.Remove("file"); break;
            case "unknown article property": article["score"] = 1; break;
            case "rule without speakerRule": quote.Remove("speakerRule"); break;
            case "date in words": article["date"] = "10 Mei 2025"; break;
            case "line 0": article["paragraphs"]![0]!["line"] = 0; break;
            case "speakers as a string": quote["speakers"] = "Xi Jinping"; break;
        }
        var errors = Errors(root.ToJsonString());
        Assert.NotEmpty(errors);
        Assert.True(errors.Any(e => e.StartsWith(location + ":", StringComparison.Ordinal)), string.Join("\n", errors));
    }

    [Fact]
    public void The_schemas_kinds_are_the_exports_kinds()
    {
        var defs = JsonNode.Parse(File.ReadAllText(SchemaPath))!["$defs"]!;
        string[] Enum(string def) => defs[def]!["properties"]!["kind"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ToArray();
        Assert.Equal(System.Enum.GetValues<QuoteKind>().Select(Enums.Name), Enum("quote"));
        Assert.Equal(System.Enum.GetValues<AgreementKind>().Select(Enums.Name), Enum("agreement"));
        Assert.Equal(System.Enum.GetNames<FurnitureKind>(), Enum("furniture"));
    }
}
