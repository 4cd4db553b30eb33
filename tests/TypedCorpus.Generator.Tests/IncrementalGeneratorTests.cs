using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TypedCorpus.Generator;
using TypedCorpus.Benchmarks;

namespace TypedCorpus.Generator.Tests;

/// <summary>Caching: the expensive step is per file; edits re-run only what depends on them.</summary>
public class IncrementalGeneratorTests
{
    private static List<AdditionalText> Texts() => GeneratorHarness.Seeds().ToList();

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun(IEnumerable<AdditionalText> texts)
    {
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(texts).RunGenerators(compilation);
        return (driver, compilation);
    }

    private static IncrementalGeneratorRunStep[] Steps(GeneratorDriver driver, string name)
    {
        var result = driver.GetRunResult().Results.Single();
        Assert.True(result.TrackedSteps.TryGetValue(name, out var steps), $"step {name} was not tracked");
        return steps!.ToArray();
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorDriver driver, string name) =>
        Steps(driver, name).SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    private static IncrementalStepRunReason[] SourceOutputReasons(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(kv => kv.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    private static string EditBody(string text)
    {
        // Append a sentence to the longest line (a body paragraph): a typo-fix-like edit that changes no name, quote or identifier.
        var lines = text.Split('\n');
        int longest = Array.IndexOf(lines, lines.OrderByDescending(l => l.Length).First());
        lines[longest] = lines[longest].TrimEnd('\r') + " Kalimat tambahan untuk pengujian.";
        return string.Join("\n", lines);
    }

    [Fact]
    public void Second_run_with_nothing_changed_is_all_cached()
    {
        var (driver, compilation) = FirstRun(Texts());
        driver = driver.RunGenerators(compilation);
        foreach (var step in new[] { TypedCorpusGenerator.Steps.Parse, TypedCorpusGenerator.Steps.Key, TypedCorpusGenerator.Steps.Corpus, TypedCorpusGenerator.Steps.Article, TypedCorpusGenerator.Steps.Blob, TypedCorpusGenerator.Steps.Main, TypedCorpusGenerator.Steps.Chunks })
            Assert.All(Reasons(driver, step), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(SourceOutputReasons(driver), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(5, Reasons(driver, TypedCorpusGenerator.Steps.Parse).Length);
    }

    [Fact]
    public void Editing_only_csharp_reparses_no_article()
    {
        var (driver, compilation) = FirstRun(Texts());
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { public class Extra { public int X => 42; } }", path: "Extra.cs"));
        driver = driver.RunGenerators(edited);
        Assert.All(Reasons(driver, TypedCorpusGenerator.Steps.Parse), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(driver, TypedCorpusGenerator.Steps.Corpus), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(driver, TypedCorpusGenerator.Steps.Article), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(SourceOutputReasons(driver), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Editing_one_seed_reparses_that_file_only_and_regenerates_only_its_file()
    {
        var texts = Texts();
        var (driver, compilation) = FirstRun(texts);
        var target = texts[2];
        var changed = new InMemoryText(target.Path, EditBody(target.GetText()!.ToString()));
        driver = driver.ReplaceAdditionalText(target, changed).RunGenerators(compilation);

        var parse = Steps(driver, TypedCorpusGenerator.Steps.Parse);
        var modified = parse.Where(s => s.Outputs.Any(o => o.Reason == IncrementalStepRunReason.Modified)).ToArray();
        Assert.Single(modified);
        Assert.Equal(target.Path, ((ParsedFile)modified[0].Outputs[0].Value).Path);
        Assert.Equal(4, parse.SelectMany(s => s.Outputs).Count(o => o.Reason == IncrementalStepRunReason.Cached));

        // The corpus index did not change (no name, quote or identifier changed), so exactly one article plan is new.
        var articles = Reasons(driver, TypedCorpusGenerator.Steps.Article);
        Assert.Equal(1, articles.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(4, articles.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

        // Only that article's file and its dispatch chunk (the chunk's text data) are produced again.
        var outputs = SourceOutputReasons(driver);
        Assert.Equal(2, outputs.Count(r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New));
        Assert.Contains(driver.GetRunResult().GeneratedTrees, t => GeneratorHarness.WithData(t).Contains("Kalimat tambahan untuk pengujian.", StringComparison.Ordinal));
    }

    [Fact]
    public void Replacing_a_seed_with_identical_text_changes_nothing()
    {
        var texts = Texts();
        var (driver, compilation) = FirstRun(texts);
        var before = driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).ToArray();
        var target = texts[1];
        driver = driver.ReplaceAdditionalText(target, new InMemoryText(target.Path, target.GetText()!.ToString())).RunGenerators(compilation);

        var parse = Reasons(driver, TypedCorpusGenerator.Steps.Parse);
        Assert.Equal(1, parse.Count(r => r == IncrementalStepRunReason.Unchanged));
        Assert.Equal(4, parse.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.DoesNotContain(IncrementalStepRunReason.Modified, Reasons(driver, TypedCorpusGenerator.Steps.Corpus));
        Assert.DoesNotContain(IncrementalStepRunReason.Modified, Reasons(driver, TypedCorpusGenerator.Steps.Article));
        Assert.All(SourceOutputReasons(driver), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(before, driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).ToArray());
    }

    [Fact]
    public void Editing_one_article_of_a_larger_corpus_touches_one_article_plan()
    {
        var texts = SyntheticCorpus.All(300).Select(x => (AdditionalText)new InMemoryText("/corpus/seeds/" + x.Name, x.Text)).ToList();
        var (driver, compilation) = FirstRun(texts);
        var target = texts[150];
        driver = driver.ReplaceAdditionalText(target, new InMemoryText(target.Path, EditBody(target.GetText()!.ToString()))).RunGenerators(compilation);
        Assert.Equal(1, Reasons(driver, TypedCorpusGenerator.Steps.Parse).Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, Reasons(driver, TypedCorpusGenerator.Steps.Article).Count(r => r == IncrementalStepRunReason.Modified));
        // The article's file and its dispatch chunk (which holds the chunk's text data); the other chunk and the 298 other files are cached.
        Assert.Equal(2, SourceOutputReasons(driver).Count(r => r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New));
        Assert.Equal(1, Reasons(driver, TypedCorpusGenerator.Steps.Chunks).Count(r => r == IncrementalStepRunReason.Modified));
    }

    [Fact]
    public void Step_outputs_hold_no_compilation_symbol_syntax_or_location()
    {
        var (driver, compilation) = FirstRun(Texts());
        var result = driver.GetRunResult().Results.Single();
        int walked = 0;
        var ours = result.TrackedSteps.Where(kv => kv.Key.StartsWith("TypedCorpus.", StringComparison.Ordinal)).ToArray();
        var known = typeof(TypedCorpusGenerator.Steps).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();
        Assert.All(ours, kv => Assert.Contains(kv.Key, known));
        Assert.True(ours.Length >= known.Count - 2, string.Join(", ", ours.Select(kv => kv.Key)));
        foreach (var (name, steps) in ours)
            foreach (var step in steps)
                foreach (var (value, _) in step.Outputs)
                {
                    walked++;
                    var offender = FindRoslynObject(value, new HashSet<object>(ReferenceEqualityComparer.Instance), name);
                    Assert.True(offender is null, offender);
                }
        Assert.True(walked > 10);
    }

    private static readonly Type[] Forbidden = { typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(SemanticModel), typeof(AdditionalText) };

    /// <summary>Walks fields (and collection items) of the object graph; returns a description of the first Roslyn object found.</summary>
    private static string? FindRoslynObject(object? value, HashSet<object> seen, string path)
    {
        if (value is null) return null;
        var type = value.GetType();
        if (Forbidden.Any(f => f.IsAssignableFrom(type))) return $"{path} holds a {type.FullName}";
        if (type.IsPrimitive || type.IsEnum || value is string || value is decimal) return null;
        if (!type.IsValueType && !seen.Add(value)) return null;
        if (value is IEnumerable items and not string && type.IsArray)
        {
            int i = 0;
            foreach (var item in items)
                if (FindRoslynObject(item, seen, $"{path}[{i++}]") is { } hit) return hit;
            return null;
        }
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                if (FindRoslynObject(field.GetValue(value), seen, $"{path}.{field.Name}") is { } hit) return hit;
        return null;
    }
}
