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
    public void Each_person_member_maps_to_a_seed_line_that_names_the_person_preferring_the_first_quote()
    {
        var seeds = GeneratorHarness.Seeds().ToList();
        var (_, _, result) = GeneratorHarness.Run(seeds);
        var plan = TypedCorpusGenerator.Plan(seeds.Select(s => TypedCorpusGenerator.Parse(s, default)).ToImmutableArray(), default);
        var tree = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Corpus.g.cs", StringComparison.Ordinal));
        var members = tree.GetRoot().DescendantNodes().OfType<PropertyDeclarationSyntax>().ToList();
        int onQuote = 0;
        Assert.True(plan.People.Count >= 5);
        foreach (var p in plan.People)
        {
            var member = members.Single(m => m.Identifier.ValueText == p.Identifier && m.Parent is ClassDeclarationSyntax c && c.Identifier.ValueText.StartsWith("PersonSet", StringComparison.Ordinal));
            var mapped = tree.GetMappedLineSpan(member.Span);
            Assert.True(mapped.HasMappedPath, p.Person.Name);
            var file = seeds.Single(s => s.Path == mapped.Path);
            var line = file.GetText()!.Lines[mapped.StartLinePosition.Line].ToString();
            // The line names the person: the name, an alias, or a capitalised word of the name ("kata Putin", "ujar Xi").
            var words = p.Person.Aliases.Append(p.Person.Name).Concat(p.Person.Name.Split(' ').Where(w => w.Length >= 2 && char.IsUpper(w[0])));
            Assert.True(words.Any(w => PersonMentions.HasWord(line, w)), $"{p.Person.Name} -> {Path.GetFileName(mapped.Path)}:{mapped.StartLinePosition.Line + 1} '{line}'");
            if (p.Quotes.Count == 0) continue;
            // With quotes, it is the first quote whose line names the person.
            var named = p.Quotes.Select(x => (Article: plan.Articles.Single(a => a.Index == x.Article), x.Quote))
                .Select(x => (x.Article.Path, x.Article.Model.Quotes[x.Quote].Line))
                .FirstOrDefault(x => words.Any(w => PersonMentions.HasWord(seeds.Single(s => s.Path == x.Path).GetText()!.Lines[x.Line - 1].ToString(), w)));
            if (named.Path is null) continue;
            onQuote++;
            Assert.Equal((named.Path, named.Line), (mapped.Path, mapped.StartLinePosition.Line + 1));
        }
        Assert.True(onQuote >= 2);
    }

    [Fact]
    public void Person_definition_skips_a_quote_whose_line_does_not_name_the_speaker_and_a_title_that_does_not_name_the_person()
    {
        // Line 3 quotes Budi through 'kata dia'; line 2 names him. Siti is never quoted: her line is 4, not the title (1).
        // Rina is quoted on a line that names her (5), after her first mention (4): the quote line wins.
        var budi = new QuoteModel(3, 0, "Kami siap", Extraction.QuoteKind.Direct, new[] { "Budi Santoso" }.ToEquatableArray(), "kata", null, null);
        var rina = new QuoteModel(5, 0, "Air naik", Extraction.QuoteKind.Direct, new[] { "Rina Wati" }.ToEquatableArray(), "ujar", null, null);
        var model = new ArticleModel
        {
            File = "banjir.txt",
            Title = "Banjir Merendam Kota",
            TitleLine = 1,
            People = new[] { "Budi Santoso", "Siti Aminah", "Rina Wati" }.ToEquatableArray(),
            Quotes = new[] { budi, rina }.ToEquatableArray(),
            Lines = new[]
            {
                new SourceLine(1, LineKind.Title, "Banjir Merendam Kota"),
                new SourceLine(2, LineKind.Paragraph, "Wali kota Budi Santoso meninjau lokasi banjir pagi ini."),
                new SourceLine(3, LineKind.Paragraph, "\"Kami siap,\" kata dia."),
                new SourceLine(4, LineKind.Paragraph, "Warga Siti Aminah dan Rina Wati mengungsi ke balai desa."),
                new SourceLine(5, LineKind.Paragraph, "\"Air naik,\" ujar Rina."),
            }.ToEquatableArray(),
        };
        var plan = TypedCorpusGenerator.Plan(ImmutableArray.Create(new ParsedFile("/proyek/seeds/banjir.txt", model)), default);
        var at = plan.People.ToDictionary(p => p.Person.Name, p => p.Definition);
        Assert.Equal(("/proyek/seeds/banjir.txt", 2), at["Budi Santoso"]);
        Assert.Equal(("/proyek/seeds/banjir.txt", 4), at["Siti Aminah"]);
        Assert.Equal(("/proyek/seeds/banjir.txt", 5), at["Rina Wati"]);
    }
}
