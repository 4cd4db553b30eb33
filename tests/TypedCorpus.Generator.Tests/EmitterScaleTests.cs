using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TypedCorpus.Benchmarks;

namespace TypedCorpus.Generator.Tests;

/// <summary>The shape of the generated code at scale: one file per article, small switches, text as packed UTF-8 data, lazy records.</summary>
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
    public void Text_is_one_packed_constant_per_chunk_and_no_literal_in_code()
    {
        // A chunk's records are one string constant (metadata, read by reflection once per chunk): never a string literal used
        // in code (the user-string heap caps near 15k articles, CS8103) and never a "..."u8 literal (one bound node per byte in
        // the compiler: 8.3 GB allocated to emit 10k seed-sized articles).
        var (output, _, result) = Large.Value;
        IEnumerable<LiteralExpressionSyntax> Literals(SyntaxTree t) => t.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>();
        var articles = result.GeneratedTrees.Where(t => Path.GetFileName(t.FilePath).StartsWith("Corpus.Articles.", StringComparison.Ordinal)).ToArray();
        var chunks = result.GeneratedTrees.Where(t => Path.GetFileName(t.FilePath).StartsWith("Corpus.Data.", StringComparison.Ordinal)).ToArray();
        Assert.All(result.GeneratedTrees, t => Assert.DoesNotContain(Literals(t), l => l.IsKind(SyntaxKind.Utf8StringLiteralExpression)));
        Assert.All(articles, t => Assert.DoesNotContain(Literals(t), l => l.IsKind(SyntaxKind.StringLiteralExpression)));
        Assert.All(chunks, t =>
        {
            var strings = Literals(t).Where(l => l.IsKind(SyntaxKind.StringLiteralExpression)).ToArray();
            Assert.Single(strings);
            var field = strings[0].FirstAncestorOrSelf<FieldDeclarationSyntax>();
            Assert.NotNull(field);
            Assert.Contains(field.Modifiers, m => m.IsKind(SyntaxKind.ConstKeyword));
        });
        // the data is in the assembly once: not in the reference assembly that a build writes beside it
        using var pe = new MemoryStream();
        using var meta = new MemoryStream();
        Assert.True(output.Emit(pe, metadataPEStream: meta, options: new Microsoft.CodeAnalysis.Emit.EmitOptions(includePrivateMembers: false)).Success);
        Assert.True(meta.Length * 4 < pe.Length, $"reference assembly {meta.Length} bytes, assembly {pe.Length} bytes");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(131_073)]
    public void Packed_constants_round_trip_any_bytes_through_metadata(int length)
    {
        // every pair of bytes (so every UTF-16 code unit, lone surrogates and separators included) and an odd tail
        var bytes = new byte[length];
        for (int i = 0; i < length; i++) bytes[i] = (byte)(i % 2 == 0 ? i / 2 : i / 2 >> 8);
        var source = "namespace P { internal static class H { internal const string Chunk0 = " + Emitter.Packed(bytes) + "; } }";
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        Assert.Empty(tree.GetDiagnostics());
        Assert.DoesNotContain(source, c => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u202E' || char.IsSurrogate(c));
        var asm = GeneratorHarness.Load(CSharpCompilation.Create("Packed", new[] { tree }, GeneratorHarness.References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)));
        string? cache = null;
        Assert.Equal(bytes, global::TypedCorpus.CompiledData.Packed(ref cache, asm.GetType("P.H")!, 0).ToArray());
        Assert.Equal(bytes, GeneratorHarness.Unpack(cache!));
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
    public void Packed_data_round_trips_awkward_text()
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
