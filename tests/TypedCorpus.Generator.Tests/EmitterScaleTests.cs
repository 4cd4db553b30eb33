using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TypedCorpus.Benchmarks;

namespace TypedCorpus.Generator.Tests;

/// <summary>The shape of the generated code at scale: one file per article, small switches, text as UTF-8 data, lazy records.</summary>
public class EmitterScaleTests
{
    private const int N = 300; // two dispatch chunks

    private static List<AdditionalText> Corpus(int n) =>
        SyntheticCorpus.All(n).Select(x => (AdditionalText)new InMemoryText("/corpus/seeds/" + x.Name, x.Text)).ToList();

    private static readonly Lazy<(Compilation Output, System.Collections.Immutable.ImmutableArray<Diagnostic> Diagnostics, GeneratorDriverRunResult Result)> Large =
        new(() => GeneratorHarness.Run(Corpus(N)));

    [Fact]
    public void Large_corpus_is_one_file_per_article_with_no_switch_over_256_arms()
    {
        var (output, diagnostics, result) = Large.Value;
        Assert.Empty(diagnostics);
        var names = result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).ToList();
        Assert.Equal(N, names.Count(f => f.StartsWith("Corpus.Articles.", StringComparison.Ordinal)));
        Assert.Equal(2, names.Count(f => f.StartsWith("Corpus.Data.", StringComparison.Ordinal)));
        foreach (var tree in result.GeneratedTrees)
            foreach (var sw in tree.GetRoot().DescendantNodes().OfType<SwitchExpressionSyntax>())
                Assert.True(sw.Arms.Count <= 257, $"{Path.GetFileName(tree.FilePath)} has a switch with {sw.Arms.Count} arms");
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Text_is_one_utf8_literal_per_chunk_not_string_literals()
    {
        // One "..."u8 literal is one field of <PrivateImplementationDetails>; the runtime refuses a type with too many fields
        // (measured: TypeLoadException at 10k articles with a literal per text), so texts live in one literal per 256 articles.
        var (_, _, result) = Large.Value;
        int Utf8Literals(SyntaxTree t) => t.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Count(l => l.IsKind(SyntaxKind.Utf8StringLiteralExpression));
        var articles = result.GeneratedTrees.Where(t => Path.GetFileName(t.FilePath).StartsWith("Corpus.Articles.", StringComparison.Ordinal)).ToArray();
        var chunks = result.GeneratedTrees.Where(t => Path.GetFileName(t.FilePath).StartsWith("Corpus.Data.", StringComparison.Ordinal)).ToArray();
        Assert.All(articles, t => Assert.Equal(0, Utf8Literals(t)));
        Assert.All(chunks, t => Assert.Equal(1, Utf8Literals(t)));
        // An article's file is its named member only: every text and record lives in the chunk's data.
        Assert.All(articles, t => Assert.DoesNotContain(t.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>(), l => l.IsKind(SyntaxKind.StringLiteralExpression)));
    }

    [Fact]
    public void Generated_corpus_round_trips_text_and_materialises_lazily()
    {
        var (output, _, _) = Large.Value;
        var asm = GeneratorHarness.Load(output);
        var corpus = asm.GetType("Consumer.Corpus")!;
        var articles = (IReadOnlyList<TypedCorpus.Article>)corpus.GetProperty("Articles")!.GetValue(null)!;
        Assert.Equal(N, articles.Count);
        var last = articles[N - 1];
        Assert.Equal(SyntheticCorpus.FileName(N - 1), last.File);
        var texts = new[] { last.Title, last.Subtitle }.Concat(last.Paragraphs.Select(p => p.Text)).Concat(last.Furniture.Select(f => f.Text));
        Assert.Contains(texts, t => t is not null && t.Contains($"(No. {N - 1})", StringComparison.Ordinal));
        Assert.Same(last, articles[N - 1]);
        Assert.Equal(N - 1, last.Index);
        Assert.Equal(Enumerable.Range(0, N), articles.Select(a => a.Index));
        Assert.Equal(articles.Select(a => a.File).OrderBy(f => f, StringComparer.Ordinal), articles.Select(a => a.File));
    }

    [Fact]
    public void Find_by_file_uses_the_data_index_ignoring_case()
    {
        var (output, _, _) = Large.Value;
        var asm = GeneratorHarness.Load(output);
        var articles = (ArticleList)asm.GetType("Consumer.Corpus")!.GetProperty("Articles")!.GetValue(null)!;
        var found = articles.FindByFile(SyntheticCorpus.FileName(250).ToUpperInvariant());
        Assert.NotNull(found);
        Assert.Equal(250, found.Index);
        Assert.Equal(SyntheticCorpus.FileName(250), found.File);
        Assert.Null(articles.FindByFile("tidak-ada.txt"));
    }

    [Fact]
    public void Utf8_literals_round_trip_awkward_text()
    {
        var text = "Judul \"kutip\" \\ tab\tlalu emoji 😀 dan é, ß, 中文\nParagraf pertama dengan \u2028 pemisah.\n";
        var (output, _, _) = GeneratorHarness.Run(new[] { (AdditionalText)new InMemoryText("/c/seeds/a.txt", text) });
        var asm = GeneratorHarness.Load(output);
        var articles = (IReadOnlyList<TypedCorpus.Article>)asm.GetType("Consumer.Corpus")!.GetProperty("Articles")!.GetValue(null)!;
        var a = articles[0];
        var all = string.Join("\n", new[] { a.Title }.Concat(a.Paragraphs.Select(p => p.Text)).Concat(a.Furniture.Select(f => f.Text)));
        Assert.Contains("😀", all, StringComparison.Ordinal);
        Assert.Contains("\"kutip\" \\ tab", all, StringComparison.Ordinal);
        Assert.Contains("中文", all, StringComparison.Ordinal);
    }

    private sealed class CountingList(int count) : CorpusList<string>(count)
    {
        public int Created;
        protected override string Create(int index) { Interlocked.Increment(ref Created); return "item " + index; }
    }

    [Fact]
    public void Corpus_list_builds_only_the_items_touched_and_caches_them()
    {
        var list = new CountingList(100_000);
        Assert.Equal("item 99999", list[99_999]);
        Assert.Equal("item 99999", list[99_999]);
        Assert.Equal(1, list.Created);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[100_000]);
        Assert.Equal(100_000, list.Count);
    }

    [Fact]
    public void An_article_with_thousands_of_quotes_is_data_not_code_and_keeps_order_and_lines()
    {
        // 1,500 quoted paragraphs (a hostile or machine-made article): the generated code must not grow with the article.
        const int Q = 1_500;
        var text = "Judul Banyak Kutipan\n\nJakarta - Rapat warga berlangsung lama.\n\n"
            + string.Concat(Enumerable.Range(0, Q).Select(i => $"\"Pendapat nomor {i}.\"\n\n"));
        var (output, _, result) = GeneratorHarness.Run(new[] { (AdditionalText)new InMemoryText("/c/seeds/banyak.txt", text) });
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        foreach (var tree in result.GeneratedTrees)
        {
            var root = tree.GetRoot();
            Assert.DoesNotContain(root.DescendantNodes().OfType<ObjectCreationExpressionSyntax>(), n => n.Type.ToString().Contains("Quote", StringComparison.Ordinal));
            Assert.Empty(root.DescendantNodes().OfType<ImplicitObjectCreationExpressionSyntax>());
            Assert.True(root.DescendantNodes().Count() < 1_000, $"{Path.GetFileName(tree.FilePath)} has {root.DescendantNodes().Count()} syntax nodes");
        }
        var articles = (IReadOnlyList<TypedCorpus.Article>)GeneratorHarness.Load(output).GetType("Consumer.Corpus")!.GetProperty("Articles")!.GetValue(null)!;
        var quotes = articles[0].Quotes;
        Assert.Equal(Q, quotes.Count);
        Assert.Equal(Enumerable.Range(0, Q).Select(i => $"Pendapat nomor {i}."), quotes.Select(q => q.Text));
        // each quote keeps its own source line (paragraph i is on line 5 + 2i)
        Assert.Equal(Enumerable.Range(0, Q).Select(i => 5 + 2 * i), quotes.Select(q => q.Line));
        Assert.All(quotes, q => Assert.Equal(0, q.ArticleIndex));
    }
}
