using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TypedCorpus.Extraction;
using TypedCorpus.Generator;

namespace TypedCorpus.Generator.Tests;

/// <summary>Go to source: generated members carry #line directives mapping to the seed file and line.</summary>
public class LineMappingTests
{
    [Fact]
    public void Each_article_member_maps_to_its_seed_file_and_title_line()
    {
        var seeds = GeneratorHarness.Seeds().ToList();
        var (_, _, result) = GeneratorHarness.Run(seeds);
        var plan = TypedCorpusGenerator.Plan(seeds.Select(s => TypedCorpusGenerator.Parse(s, default)).ToImmutableArray(), default);
        Assert.Equal(5, plan.Articles.Count);
        foreach (var a in plan.Articles)
        {
            var tree = result.GeneratedTrees.Single(t => t.FilePath.EndsWith($"Corpus.Articles.{a.Identifier}.g.cs", StringComparison.Ordinal));
            var member = tree.GetRoot().DescendantNodes().OfType<PropertyDeclarationSyntax>().Single(p => p.Identifier.ValueText == a.Identifier);
            var mapped = tree.GetMappedLineSpan(member.Span);
            Assert.True(mapped.HasMappedPath);
            Assert.EndsWith("seeds/" + a.Model.File, mapped.Path.Replace('\\', '/'), StringComparison.Ordinal);
            int expected = a.Model.TitleLine > 0 ? a.Model.TitleLine : a.Model.Lines[0].Number;
            Assert.Equal(expected, mapped.StartLinePosition.Line + 1);

            // The factory after the member is hidden (not mapped onto the seed's lines), and the file ends with #line default.
            var factory = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == "__Create" + a.Index);
            Assert.Equal(LineVisibility.Hidden, tree.GetLineVisibility(factory.SpanStart));
            Assert.Contains(tree.GetRoot().DescendantTrivia(), t => t.IsKind(SyntaxKind.LineDirectiveTrivia) && t.ToString().Contains("default", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Quotes_and_agreements_map_to_their_lines()
    {
        var model = new ArticleModel
        {
            File = "kutipan.txt",
            Title = "Judul",
            TitleLine = 2,
            Quotes = new[]
            {
                new QuoteModel(7, 0, "Kami siap", "direct", new[] { "Budi Santoso" }.ToEquatableArray(), "ujar", null, null),
                new QuoteModel(11, 4, "bersama-sama", "partial", EquatableArray<string>.Empty, null, null, null),
            }.ToEquatableArray(),
            Agreements = new[] { new AgreementModel(15, "signed", "Keamanan Hayati", "menandatangani nota", new[] { "China", "Rusia" }.ToEquatableArray(), "2025-05-08") }.ToEquatableArray(),
        };
        var path = "/proyek/seeds/kutipan.txt";
        var code = Emitter.Article(new GeneratorOptions("Consumer", "Corpus"), new ArticlePlan(0, "Kutipan", path, model));
        var tree = CSharpSyntaxTree.ParseText(code, path: "Corpus.Articles.Kutipan.g.cs");
        Assert.Empty(tree.GetDiagnostics());

        var creations = tree.GetRoot().DescendantNodes().OfType<ImplicitObjectCreationExpressionSyntax>()
            .Where(n => n.Initializer is not null && n.Initializer.ToString().Contains("Line =", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, creations.Length);
        var lines = creations.Select(c => tree.GetMappedLineSpan(c.Span)).ToArray();
        Assert.All(lines, l => Assert.Equal(path, l.Path));
        Assert.Equal(new[] { 7, 11, 15 }, lines.Select(l => l.StartLinePosition.Line + 1).ToArray());
    }
}
