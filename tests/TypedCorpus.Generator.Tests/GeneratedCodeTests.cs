using Microsoft.CodeAnalysis;

namespace TypedCorpus.Generator.Tests;

public class GeneratedCodeTests
{
    [Fact]
    public void Seeds_generate_code_that_compiles_without_diagnostics()
    {
        var (output, diagnostics, result) = GeneratorHarness.Run(GeneratorHarness.Seeds());
        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var files = result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).ToList();
        Assert.Contains("Corpus.g.cs", files);
        Assert.Equal(5, files.Count(f => f.StartsWith("Corpus.Articles.", StringComparison.Ordinal)));
    }

    [Fact]
    public void Namespace_and_class_name_follow_msbuild_properties()
    {
        var options = new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Ignored",
            ["build_property.TypedCorpusNamespace"] = "My.News",
            ["build_property.TypedCorpusClassName"] = "Berita",
        };
        var (output, _, _) = GeneratorHarness.Run(GeneratorHarness.Seeds(), options: options);
        var asm = GeneratorHarness.Load(output);
        var type = asm.GetType("My.News.Berita");
        Assert.NotNull(type);
        var articles = (IReadOnlyList<TypedCorpus.Article>)type!.GetProperty("Articles")!.GetValue(null)!;
        Assert.Equal(5, articles.Count);
    }
}
