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

            // The mapping covers the member only: the file closes it with #line default and holds no other member.
            Assert.Contains(tree.GetRoot().DescendantTrivia(), t => t.IsKind(SyntaxKind.LineDirectiveTrivia) && t.ToString().Contains("default", StringComparison.Ordinal));
            Assert.Single(tree.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>(), m => m is not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax);
        }
    }

    [Fact]
    public void Article_member_maps_to_the_first_line_when_there_is_no_title_and_its_doc_shows_the_first_quote()
    {
        var model = new ArticleModel
        {
            File = "kutipan.txt",
            Paragraphs = new[] { new LineText(3, "Warga berkumpul di balai desa.") }.ToEquatableArray(),
            Lines = new[] { new SourceLine(3, LineKind.Paragraph, "Warga berkumpul di balai desa.") }.ToEquatableArray(),
            Quotes = new[] { new QuoteModel(7, 0, "Kami siap <bekerja>", Extraction.QuoteKind.Direct, new[] { "Budi Santoso" }.ToEquatableArray(), "ujar", null, null) }.ToEquatableArray(),
        };
        var path = "/proyek/seeds/kutipan.txt";
        var code = Emitter.Article(new GeneratorOptions("Consumer", "Corpus"), new ArticlePlan(0, "Kutipan", path, model));
        var tree = CSharpSyntaxTree.ParseText(code, path: "Corpus.Articles.Kutipan.g.cs");
        Assert.Empty(tree.GetDiagnostics());
        var member = tree.GetRoot().DescendantNodes().OfType<PropertyDeclarationSyntax>().Single();
        var mapped = tree.GetMappedLineSpan(member.Span);
        Assert.Equal(path, mapped.Path);
        Assert.Equal(3, mapped.StartLinePosition.Line + 1);
        var doc = member.GetLeadingTrivia().ToFullString();
        Assert.Contains("Kami siap &lt;bekerja&gt;", doc, StringComparison.Ordinal);
        Assert.Contains("Budi Santoso", doc, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_person_member_maps_to_the_line_of_the_persons_first_quote()
    {
        var seeds = GeneratorHarness.Seeds().ToList();
        var (_, _, result) = GeneratorHarness.Run(seeds);
        var plan = TypedCorpusGenerator.Plan(seeds.Select(s => TypedCorpusGenerator.Parse(s, default)).ToImmutableArray(), default);
        var tree = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Corpus.g.cs", StringComparison.Ordinal));
        var members = tree.GetRoot().DescendantNodes().OfType<PropertyDeclarationSyntax>().ToList();
        int quoted = 0;
        foreach (var p in plan.People)
        {
            var member = members.Single(m => m.Identifier.ValueText == p.Identifier && m.Parent is ClassDeclarationSyntax c && c.Identifier.ValueText.StartsWith("PersonSet", StringComparison.Ordinal));
            var mapped = tree.GetMappedLineSpan(member.Span);
            if (p.Quotes.Count == 0) continue;
            quoted++;
            var (article, quote) = p.Quotes[0];
            var a = plan.Articles.Single(x => x.Index == article);
            Assert.True(mapped.HasMappedPath);
            Assert.EndsWith("seeds/" + a.Model.File, mapped.Path.Replace('\\', '/'), StringComparison.Ordinal);
            Assert.Equal(a.Model.Quotes[quote].Line, mapped.StartLinePosition.Line + 1);
        }
        Assert.True(quoted >= 3);
    }
}
