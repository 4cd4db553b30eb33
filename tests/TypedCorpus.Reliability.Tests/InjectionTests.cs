using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TypedCorpus.Extraction;

namespace TypedCorpus.Reliability.Tests;

/// <summary>Article texts that contain C#: the generated code compiles, declares only the corpus types, and holds the text as data.</summary>
public class InjectionTests
{
    public static readonly string[] Payloads =
    {
        "\"; } public static class Evil { } //",
        "\"); } } public static class Evil1 { public static void M() { } } class X { void Y() { (\"",
        "*/ public static class Evil2 { } /*",
        "/// </summary> public static class Evil3 { } /// <summary>",
        "#line 1 \"x.cs\"",
        "#error injected",
        "#define EVIL",
        "#if false",
        "#pragma warning disable",
        "\"\"\" public static class Evil4 { } \"\"\"",
        "{x} {{y}} $\"{Evil5()}\" @\"\\\" public class Evil6 {}",
        "\u2028public static class Evil7 { }\u2029",
        "\u0085public static class Evil8 { }",
        "\\u0022; } public static class Evil9 { } //",
        "\r public static class Evil10 { } //",
        "\0 public static class Evil11 { }",
        "]]> <!-- --> <see cref=\"Evil12\"/> &lt; &",
    };

    /// <summary>Articles carrying the payloads in every position the engine reads: front matter, headline, dateline, body, list, caption, quote, related, author.</summary>
    public static IEnumerable<(string Name, string Text)> HostileArticles()
    {
        for (int i = 0; i < Payloads.Length; i++)
        {
            var p = Payloads[i];
            var one = p.Replace("\r", " ").Replace("\n", " ");
            yield return ($"inject-{i:00}-fm.txt",
                $"---\ntitle: {one}\noutlet: {one}\ndateline: {one}\nauthor: {one}\nurl: {one}\n---\n" +
                $"Jakarta (ANTARA) - Warga kota berkumpul di alun-alun sejak pagi {p} untuk menyaksikan upacara adat tahunan.\n");
            yield return ($"inject-{i:00}-body.txt",
                $"{one} Dimulai Hari Ini\n\n" +
                $"Jakarta, Kabar {i} - Warga kota berkumpul di alun-alun sejak pagi untuk menyaksikan upacara adat tahunan {p}.\n\n" +
                $"\"{p}\" kata Budi Santoso kepada wartawan di Jakarta pada Senin.\n\n" +
                $"Sub Judul {one}\n\nPetugas membersihkan saluran utama terlebih dahulu karena paling sering tersumbat sampah {p}.\n\n" +
                $"- {p}\n- butir kedua {p}\n\n" +
                $"Warga melintas di jembatan {one}. (FOTO/{one})\n\n" +
                $"Baca juga: {p}\n\nPenulis: {one}\n");
        }
    }

    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "Consumer.Program", "Consumer.Corpus", "Consumer.Corpus+ArticleSet", "Consumer.Corpus+PersonSet", "Consumer.Corpus+CorpusNavigator",
        "Consumer.Corpus+ArticleSet+__Chunks", "Consumer.Corpus+PersonSet+__Chunks", // the holders of the data constants
    };

    [Fact]
    public void Injected_code_compiles_as_data_and_declares_nothing()
    {
        var files = HostileArticles().ToList();
        var (output, diags, result) = Harness.Run(files.Select(f => (AdditionalText)new InMemoryText("/corpus/" + f.Name, f.Text)));
        Assert.DoesNotContain(diags, d => d.Id == "TC0099");
        var generated = result.GeneratedTrees;
        Assert.Equal(files.Count, generated.Count(t => Path.GetFileName(t.FilePath).StartsWith("Corpus.Articles.", StringComparison.Ordinal)));
        foreach (var tree in generated)
        {
            // the only directives are the header's #nullable enable and the generator's own #line mappings to the corpus files;
            // no #error, #define, #if, #pragma, and no #line pointing anywhere else came through
            var directives = tree.GetRoot().DescendantTrivia(descendIntoTrivia: true).Where(t => t.IsDirective).ToList();
            // the main file's own target-framework switch (#if NETCOREAPP2_1_OR_GREATER … #endif) is the generator's, not the text's
            bool main = Path.GetFileName(tree.FilePath) == "Corpus.g.cs";
            Assert.All(directives, d => Assert.True(d.IsKind(SyntaxKind.NullableDirectiveTrivia) || d.IsKind(SyntaxKind.LineDirectiveTrivia)
                || main && (d.IsKind(SyntaxKind.IfDirectiveTrivia) || d.IsKind(SyntaxKind.ElseDirectiveTrivia) || d.IsKind(SyntaxKind.EndIfDirectiveTrivia)), "unexpected directive " + d));
            Assert.Single(directives, d => d.IsKind(SyntaxKind.NullableDirectiveTrivia));
            foreach (var d in directives.Where(d => d.IsKind(SyntaxKind.LineDirectiveTrivia)))
            {
                var line = (Microsoft.CodeAnalysis.CSharp.Syntax.LineDirectiveTriviaSyntax)d.GetStructure()!;
                if (!line.File.IsKind(SyntaxKind.None)) Assert.StartsWith("/corpus/inject-", line.File.ValueText, StringComparison.Ordinal);
            }
            Assert.Empty(tree.GetDiagnostics());
            var declared = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>().Select(t => t.Identifier.Text);
            Assert.All(declared, n => Assert.Contains(n, new[] { "Corpus", "ArticleSet", "PersonSet", "CorpusNavigator", "__Chunks" }));
        }
        var asm = Harness.Load(output);
        var types = asm.GetTypes().Where(t => !t.FullName!.Contains('<')).Select(t => t.FullName!).ToList();
        Assert.All(types, t => Assert.True(Allowed.Contains(t), "unexpected type " + t));
        Assert.DoesNotContain(asm.GetTypes(), t => t.Name.Contains("Evil", StringComparison.Ordinal));

        // The text is data: every value compiled in equals what the engine extracted.
        var articles = (IReadOnlyList<TypedCorpus.Article>)asm.GetType("Consumer.Corpus")!.GetProperty("Articles")!.GetValue(null)!;
        Assert.Equal(files.Count, articles.Count);
        foreach (var (name, text) in files)
        {
            var model = ArticleExtractor.Extract(name, text);
            var a = articles.Single(x => x.File == name);
            Assert.Equal(model.Title, a.Title);
            Assert.Equal(model.Outlet, a.Outlet);
            Assert.Equal(model.Dateline, a.Dateline);
            Assert.Equal(model.Author, a.Author);
            Assert.Equal(model.Url, a.Url);
            Assert.Equal(model.Paragraphs.Select(p => (p.Line, p.Text)), a.Paragraphs.Select(p => (p.Line, p.Text)));
            Assert.Equal(model.ListItems.Select(p => p.Text), a.ListItems.Select(p => p.Text));
            Assert.Equal(model.Captions.Select(p => (p.Text, p.Credit)), a.Captions.Select(p => (p.Text, p.Credit)));
            Assert.Equal(model.Related.Select(p => p.Text), a.Related.Select(p => p.Title));
            Assert.Equal(model.Quotes.Select(q => q.Text), a.Quotes.Select(q => q.Text));
        }
    }
}
