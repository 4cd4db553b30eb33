using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TypedCorpus.Extraction;
using static TypedCorpus.Generator.Tests.AnalyzerHarness;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace TypedCorpus.Generator.Tests;

/// <summary>
/// [CorpusFields]: the project's typed front matter, validated and converted at build time (generator), its findings located
/// in the .txt (analyzer: TC0014–TC0016), the built-in requirements (TC0017) and the declaration checks (TC0018, TC0019).
/// </summary>
public class FieldsTests
{
    public const string Schema = """
        using System;
        using System.Collections.Generic;
        using TypedCorpus;
        namespace App
        {
            /// <summary>The desk's fields.</summary>
            [CorpusFields]
            public sealed partial record NewsFields
            {
                /// <summary>The desk that owns the story.</summary>
                public required string Desk { get; init; }
                public int? Page { get; init; }
                public Region Region { get; init; } = Region.Nasional;
                public IReadOnlyList<string> Tags { get; init; } = Array.Empty<string>();
                public DateOnly? Embargo { get; init; }
                public bool Breaking { get; init; } = false;
                public decimal Score { get; init; } = 1.5m;
                public Uri? Source { get; init; }
                public long Views { get; init; } = -1;
                public double? Weight { get; init; }
                public IReadOnlyList<Region> Regions { get; init; } = Array.Empty<Region>();
                public string? PublishedBy { get; init; }
                public int Computed => 42;
            }
            public enum Region { Nasional, JawaBarat, Bali }
            public static class Program { public static void Main() { } }
        }
        """;

    private const string Body =
        "Gempa Guncang Kota Palu Pagi Ini\n" +
        "Palu (ANTARA) - Gempa berkekuatan 5,2 magnitudo mengguncang Kota Palu pada Sabtu, 10 Mei 2025 pagi, kata petugas BMKG setempat.\n" +
        "Warga sempat panik dan berhamburan keluar rumah, namun tidak ada laporan kerusakan berarti di kota itu.\n";

    private const string Full = "---\ntitle: Gempa Palu\ndesk: Nusantara\npage: 3\nregion: jawa-barat\ntags: gempa, palu , bmkg\nembargo: 2025-05-10\n" +
        "breaking: ya\nscore: 2.25\nsource: https://example.com/gempa\nviews: 12000000000\nweight: 0.5\nregions: bali, JAWA_BARAT\npublished-by: Redaksi\n---\n" + Body;

    private static readonly Dictionary<string, string> Options = new() { ["build_property.RootNamespace"] = "App" };

    private static object Fields(Assembly asm, int article)
    {
        var corpus = asm.GetType("App.Corpus")!;
        var articles = ((IEnumerable)corpus.GetProperty("Articles")!.GetValue(null)!).Cast<object>().ToList();
        var ext = asm.GetType("App.CorpusFieldExtensions")!;
        return ext.GetMethod("Fields")!.Invoke(null, [articles[article]])!;
    }

    private static object? Get(object record, string property) => record.GetType().GetProperty(property)!.GetValue(record);

    /// <summary>The analyzer's findings with <paramref name="id"/> for one article in a project declaring <see cref="Schema"/>.</summary>
    private static List<Diagnostic> Findings(string id, string text) =>
        Run([File("x.txt", text)], source: Schema).Where(d => d.Id == id).ToList();

    [Fact]
    public void Fields_are_converted_at_build_time_and_read_typed()
    {
        var texts = new[] { File("a.txt", Full), File("b.txt", "---\ndesk: Ekonomi\n---\n" + Body.Replace("Palu", "Poso")) };
        var (output, diagnostics, result) = GeneratorHarness.Run(texts, Schema, Options);
        Assert.Empty(diagnostics);
        var source = Assert.Single(result.GeneratedTrees, t => t.FilePath.EndsWith("CorpusFieldExtensions.g.cs", StringComparison.Ordinal)).ToString();
        Assert.Contains("public static global::App.NewsFields Fields(this global::TypedCorpus.Article article)", source);
        // the required member in the initializer, the others only when given (so the record's defaults stay)
        Assert.Contains("Desk = global::TypedCorpus.CorpusFieldValues.Get(a, 0) is { } v0 ? (string)v0 : default(string)!,", source);
        Assert.Contains("if (global::TypedCorpus.CorpusFieldValues.Get(a, 2) is { } v2) r = r with { Region = Enum0(v2) };", source);
        Assert.DoesNotContain("Computed", source);
        Assert.DoesNotContain("Nusantara", source); // values are data, not code

        var asm = GeneratorHarness.Load(output);
        var a = Fields(asm, 0);
        Assert.Equal("Nusantara", Get(a, "Desk"));
        Assert.Equal(3, Get(a, "Page"));
        Assert.Equal("JawaBarat", Get(a, "Region")!.ToString());
        Assert.Equal(new[] { "gempa", "palu", "bmkg" }, (IEnumerable<string>)Get(a, "Tags")!);
        Assert.Equal(new DateOnly(2025, 5, 10), Get(a, "Embargo"));
        Assert.Equal(true, Get(a, "Breaking"));
        Assert.Equal(2.25m, Get(a, "Score"));
        Assert.Equal(new Uri("https://example.com/gempa"), Get(a, "Source"));
        Assert.Equal(12000000000L, Get(a, "Views"));
        Assert.Equal(0.5, Get(a, "Weight"));
        Assert.Equal(new[] { "Bali", "JawaBarat" }, ((IEnumerable)Get(a, "Regions")!).Cast<object>().Select(x => x.ToString()));
        Assert.Equal("Redaksi", Get(a, "PublishedBy"));
        Assert.Same(a, Fields(asm, 0)); // built once per article

        var b = Fields(asm, 1);
        Assert.Equal("Ekonomi", Get(b, "Desk"));
        Assert.Null(Get(b, "Page"));
        Assert.Equal("Nasional", Get(b, "Region")!.ToString()); // the declared default is kept
        Assert.Empty((IEnumerable<string>)Get(b, "Tags")!);
        Assert.Equal(1.5m, Get(b, "Score"));
        Assert.Equal(-1L, Get(b, "Views"));
    }

    [Fact]
    public void Generated_fields_extension_matches_the_checked_in_file()
    {
        // After an intended change of the emitted code, run once with TYPEDCORPUS_UPDATE_SNAPSHOTS=1 and review the diff.
        var (_, _, result) = GeneratorHarness.Run(new[] { File("a.txt", Full) }, Schema, Options);
        var generated = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("CorpusFieldExtensions.g.cs", StringComparison.Ordinal)).ToString().Replace("\r\n", "\n");
        // stored as .txt: a .cs file there would be compiled into this test project
        var expected = Path.Combine(SnapshotTests.FindRepoTestDir(), "Expected", "Fields", "CorpusFieldExtensions.g.cs.txt");
        if (Environment.GetEnvironmentVariable("TYPEDCORPUS_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expected)!);
            System.IO.File.WriteAllText(expected, generated);
        }
        Assert.Equal(System.IO.File.ReadAllText(expected).Replace("\r\n", "\n"), generated);
    }

    [Fact]
    public void Hostile_values_are_data_and_read_back_exactly()
    {
        const string Desk = "x\"; } public static class Evil { } // */ #error {y} \u2028 \\ z";
        var (output, diagnostics, result) = GeneratorHarness.Run(new[] { File("a.txt", "---\ndesk: " + Desk + "\ntags: \"a\", #line 1, b\u2029c\n---\n" + Body) }, Schema, Options);
        Assert.Empty(diagnostics);
        Assert.DoesNotContain(result.GeneratedTrees.SelectMany(t => t.GetRoot().DescendantNodes()).OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>(), c => c.Identifier.Text == "Evil");
        Assert.DoesNotContain(result.GeneratedTrees.SelectMany(t => t.GetRoot().DescendantTrivia()), t => t.IsKind(SyntaxKind.ErrorDirectiveTrivia));
        var asm = GeneratorHarness.Load(output);
        Assert.DoesNotContain(asm.GetTypes(), t => t.Name == "Evil");
        var a = Fields(asm, 0);
        Assert.Equal(Desk, Get(a, "Desk"));
        Assert.Equal(new[] { "\"a\"", "#line 1", "b\u2029c" }, (IEnumerable<string>)Get(a, "Tags")!);
    }

    [Fact]
    public void Without_a_fields_record_nothing_is_generated_and_custom_keys_stay_unknown()
    {
        var (_, _, result) = GeneratorHarness.Run(new[] { File("a.txt", Full) }, null, Options);
        Assert.DoesNotContain(result.GeneratedTrees, t => t.FilePath.Contains("FieldExtensions", StringComparison.Ordinal));
        var diags = Run([File("x.txt", Full)]);
        Assert.Contains(diags, d => d.Id == "TC0006" && d.GetMessage().Contains("'desk'"));
    }

    [Fact]
    public void Declared_keys_are_no_longer_unknown_others_still_are()
    {
        var text = Full.Replace("desk: Nusantara\n", "desk: Nusantara\nsumber: BMKG\n");
        var diags = Run([File("x.txt", text)], source: Schema);
        Assert.DoesNotContain(diags, d => d.Id == "TC0018");
        var unknown = Assert.Single(diags.Where(d => d.Id == "TC0006").Select(d => d.GetMessage()));
        Assert.Contains("'sumber'", unknown);
        Assert.DoesNotContain(diags, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void TC0014_missing_required_field_is_at_the_front_matter_or_line_1()
    {
        var text = "---\ntitle: Gempa Palu\npage: 2\n---\n" + Body;
        var d = Assert.Single(Findings("TC0014", text));
        Assert.Equal("x.txt(1,1)-(1,4)", Where(d));
        Assert.Equal("required field 'desk' (NewsFields.Desk, string) is missing; add 'desk: …' to the front matter", d.GetMessage());
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);

        var none = Assert.Single(Findings("TC0014", Body));
        Assert.Equal("x.txt(1,1)-(1,33)", Where(none));

        var empty = Assert.Single(Findings("TC0014", "---\ndesk:\n---\n" + Body));
        Assert.Equal("x.txt(2,1)-(2,5)", Where(empty));
        Assert.Contains("has no value", empty.GetMessage());
    }

    [Fact]
    public void TC0015_value_of_the_wrong_type_is_at_the_value()
    {
        var text = "---\ndesk: Nusantara\npage: tiga\nembargo: 10 Mei\nregions: bali, jawa-barat\ntags: a, b\nviews: 1,5\n---\n" + Body;
        var diags = Findings("TC0015", text);
        Assert.Equal(3, diags.Count);
        Assert.Equal("x.txt(3,7)-(3,11)", Where(diags[0]));
        Assert.Equal("tiga", Covered(diags[0], text));
        Assert.Equal("'tiga' is not an integer (int) (field 'page', NewsFields.Page: int?); correct the value", diags[0].GetMessage());
        Assert.Equal("10 Mei", Covered(diags[1], text));
        Assert.Contains("is not a date in the form YYYY-MM-DD", diags[1].GetMessage());
        Assert.Equal("1,5", Covered(diags[2], text)); // a scalar: the comma is part of the value
        Assert.All(diags, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public void TC0016_enum_value_not_allowed_lists_the_allowed_names_and_locates_the_list_item()
    {
        var text = "---\ndesk: Nusantara\nregion: jakarta\nregions: bali, papua\n---\n" + Body;
        var diags = Findings("TC0016", text);
        Assert.Equal(2, diags.Count);
        Assert.Equal("x.txt(3,9)-(3,16)", Where(diags[0]));
        Assert.Equal("'jakarta' is not a Region (field 'region', NewsFields.Region); allowed: nasional, jawa-barat, bali", diags[0].GetMessage());
        Assert.Equal("papua", Covered(diags[1], text));
    }

    [Fact]
    public void TC0017_required_built_in_fact_missing_with_TypedCorpusRequire()
    {
        var undated = "---\ntitle: Gempa Palu\n---\n" + Body.Replace(" pada Sabtu, 10 Mei 2025 pagi", "");
        var config = new Dictionary<string, string> { ["build_property.TypedCorpusRequire"] = "Date; Author" };
        var diags = Run([File("x.txt", undated), File("y.txt", "---\nauthor: Rina\n---\n" + Body)], config).Where(d => d.Id == "TC0017").ToList();
        Assert.Equal(2, diags.Count); // x: date and author, y: none
        Assert.All(diags, d => Assert.Equal("x.txt(1,1)-(1,4)", Where(d)));
        Assert.StartsWith("the article has no date, which the project requires (Date in TypedCorpusRequire or --require)", diags[0].GetMessage());
        Assert.StartsWith("the article has no author", diags[1].GetMessage());
        Assert.Empty(Run([File("x.txt", undated)]).Where(d => d.Id == "TC0017"));
    }

    [Fact]
    public void TC0018_declaration_problems_are_reported_on_the_csharp_declaration()
    {
        var source = Schema.Replace("public string? PublishedBy { get; init; }", "public System.Collections.Generic.Dictionary<string, int>? Counts { get; init; }\n public string? Published_By { get; init; }\n public string? PUBLISHEDBY { get; init; }")
            + "\nnamespace App { [TypedCorpus.CorpusFields] public sealed record Other { public string? X { get; init; } } [TypedCorpus.CorpusFields] public class NotARecord { } }";
        var diags = Run([File("x.txt", Full)], source: source).Where(d => d.Id == "TC0018").ToList();
        Assert.All(diags, d => Assert.Equal("Program.cs", d.Location.GetLineSpan().Path));
        Assert.Contains(diags, d => d.GetMessage().StartsWith("property 'NewsFields.Counts' cannot be a corpus field: its type 'System.Collections.Generic.Dictionary<string, int>?' is not supported", StringComparison.Ordinal));
        Assert.Contains(diags, d => d.GetMessage() == "property 'NewsFields.PUBLISHEDBY' cannot be a corpus field: its key 'publishedby' is the key of property 'Published_By' too (keys ignore case, '-' and '_'); rename one");
        Assert.Contains(diags, d => d.GetMessage() == "'Other' is ignored: a project has one [CorpusFields] record and 'App.NewsFields' is the first by name; merge the two or remove the attribute from one");
        Assert.Contains(diags, d => d.GetMessage().StartsWith("'NotARecord' cannot hold the corpus fields: [CorpusFields] needs a record class", StringComparison.Ordinal));
        var counts = diags.Single(d => d.GetMessage().Contains("Counts"));
        Assert.Equal("Counts", counts.Location.SourceTree!.ToString().Substring(counts.Location.SourceSpan.Start, counts.Location.SourceSpan.Length));

        // The generator still compiles: the unsupported property keeps its default, the other records are not used.
        var (output, generatorDiags, _) = GeneratorHarness.Run([File("x.txt", Full)], source, Options);
        Assert.Empty(generatorDiags);
        Assert.Equal("Nusantara", Get(Fields(GeneratorHarness.Load(output), 0), "Desk"));
    }

    [Fact]
    public void TC0019_unknown_fact_in_TypedCorpusRequire()
    {
        var config = new Dictionary<string, string> { ["build_property.TypedCorpusRequire"] = "Date;Tanggal" };
        var d = Assert.Single(Run([File("x.txt", Full)], config), x => x.Id == "TC0019");
        Assert.Equal("TypedCorpusRequire names 'Tanggal', which is not a fact of an article; use any of Title, Subtitle, Outlet, Dateline, Date, Author, Url, Quotes", d.GetMessage());
        Assert.Equal(Location.None, d.Location);
    }

    // ---- caching ---------------------------------------------------------------------------------------------------

    private static IncrementalStepRunReason[] Reasons(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    private static (GeneratorDriver, Compilation, List<AdditionalText>) FirstRun()
    {
        var texts = Enumerable.Range(0, 4).Select(i => File($"a{i}.txt", Full.Replace("Nusantara", "Desk" + i).Replace("Palu", "Palu" + i))).ToList();
        var compilation = GeneratorHarness.Compilation(Schema);
        var driver = GeneratorHarness.Driver(texts, Options).RunGenerators(compilation);
        return (driver, compilation, texts);
    }

    [Fact]
    public void Editing_one_article_revalidates_that_article_only()
    {
        var (driver, compilation, texts) = FirstRun();
        driver = driver.ReplaceAdditionalText(texts[2], File("a2.txt", texts[2].GetText()!.ToString().Replace("page: 3", "page: 4"))).RunGenerators(compilation);
        var fields = Reasons(driver, TypedCorpusGenerator.Steps.Fields);
        Assert.Equal(1, fields.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(3, fields.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.All(Reasons(driver, TypedCorpusGenerator.Steps.Schema), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(driver, TypedCorpusGenerator.Steps.Corpus), r => Assert.NotEqual(IncrementalStepRunReason.Modified, r));
        Assert.Equal(1, Reasons(driver, TypedCorpusGenerator.Steps.Blob).Count(r => r == IncrementalStepRunReason.Modified));
    }

    [Fact]
    public void Editing_the_schema_revalidates_every_article_and_editing_other_csharp_none()
    {
        var (driver, compilation, _) = FirstRun();
        var other = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App { public class Extra { } }", path: "Extra.cs"));
        driver = driver.RunGenerators(other);
        Assert.All(Reasons(driver, TypedCorpusGenerator.Steps.Schema), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.All(Reasons(driver, TypedCorpusGenerator.Steps.Fields), r => Assert.Equal(IncrementalStepRunReason.Cached, r));

        // 'Page' becomes a long: every article is converted again (same values), the Fields() file is regenerated.
        var tree = other.SyntaxTrees.First(t => t.FilePath == "Program.cs");
        var edited = other.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(Schema.Replace("public int? Page", "public long? Page"), (CSharpParseOptions)tree.Options, "Program.cs"));
        driver = driver.RunGenerators(edited);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(driver, TypedCorpusGenerator.Steps.Schema)));
        var fields = Reasons(driver, TypedCorpusGenerator.Steps.Fields);
        Assert.Equal(4, fields.Length);
        Assert.All(fields, r => Assert.True(r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.Contains(driver.GetRunResult().GeneratedTrees, t => t.ToString().Contains("r = r with { Page = global::TypedCorpus.CorpusFieldValues.Int64(v1) }", StringComparison.Ordinal));

        // A new required field that no article gives: every article's values change.
        var required = edited.ReplaceSyntaxTree(edited.SyntaxTrees.First(t => t.FilePath == "Program.cs"),
            CSharpSyntaxTree.ParseText(Schema.Replace("public int? Page", "public required string Section { get; init; }\n public long? Page"), (CSharpParseOptions)tree.Options, "Program.cs"));
        driver = driver.RunGenerators(required);
        Assert.All(Reasons(driver, TypedCorpusGenerator.Steps.Fields), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
    }

    [Fact]
    public void Schema_model_holds_no_symbol_and_is_value_equal_across_compilations()
    {
        var a = FieldSchemaOf(GeneratorHarness.Compilation(Schema));
        var b = FieldSchemaOf(GeneratorHarness.Compilation(Schema + "\n// a comment"));
        Assert.Equal(a, b);
        Assert.Equal(12, a.Properties.Count);
        Assert.Equal(new[] { "desk", "page", "region", "tags", "embargo", "breaking", "score", "source", "views", "weight", "regions", "published-by" }, a.Properties.Select(p => p.Key));
        Assert.Equal(new[] { true, false, false, false, false, false, false, false, false, false, false, false }, a.Properties.Select(p => p.Required));
    }

    private static FieldSchema FieldSchemaOf(Compilation c) =>
        FieldSchemaReader.Read(c.GetTypeByMetadataName("App.NewsFields")!, default).Schema;
}
