using Microsoft.CodeAnalysis;

namespace TypedCorpus.Reliability.Tests;

/// <summary>Replays every input of Regressions/ (bug reports and fuzzing findings) through the engine and the generator.</summary>
public class RegressionTests
{
    public static string Dir => Path.Combine(AppContext.BaseDirectory, "Regressions");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Dir).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal))
            data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Engine_survives(string file)
    {
        EngineTests.AssertSafe(file, File.ReadAllBytes(Path.Combine(Dir, file)));
    }

    [Fact]
    public void There_are_regression_inputs() => Assert.True(Files().Count >= 5);

    [Fact]
    public void Generator_compiles_all_regressions_cleanly()
    {
        var files = Directory.GetFiles(Dir).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var (output, diags, result) = Harness.Run(files.Select(f => (AdditionalText)new DiskText(f)));
        Assert.DoesNotContain(diags, d => d.Id == "TC0099");
        var generated = result.GeneratedTrees.ToHashSet();
        var problems = output.GetDiagnostics()
            .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error || d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning && d.Location.SourceTree is { } t && generated.Contains(t))
            .Take(20).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var asm = Harness.Load(output);
        var articles = (IReadOnlyList<TypedCorpus.Article>)asm.GetType("Consumer.Corpus")!.GetProperty("Articles")!.GetValue(null)!;
        Assert.Equal(files.Count, articles.Count);
    }
}
