using Microsoft.CodeAnalysis;

namespace TypedCorpus.Reliability.Tests;

/// <summary>Same corpus, any file order, any line-break style, any folder: byte-identical generated sources and export JSON.</summary>
[Collection("cli")]
public class DeterminismTests
{
    private static string Lf(string t) => t.Replace("\r\n", "\n").Replace("\r", "\n");
    private static string Crlf(string t) => Lf(t).Replace("\n", "\r\n");

    private static List<(string Name, string Text)> Corpus() =>
        Harness.SeedFiles.Select(p => (System.IO.Path.GetFileName(p), Harness.SeedText(p)))
            .Concat(InjectionTests.HostileArticles())
            .ToList();

    private static List<(string Hint, string Text)> Generate(IEnumerable<(string Name, string Text)> files, string root) =>
        Harness.Sources(Harness.Run(files.Select(f => (AdditionalText)new InMemoryText(root + f.Name, f.Text))).Result);

    [Fact]
    public void Shuffled_order_crlf_and_folder_give_identical_generated_sources()
    {
        var corpus = Corpus();
        var baseline = Generate(corpus.Select(f => (f.Name, Lf(f.Text))), "/a/corpus/");
        Assert.True(baseline.Count > corpus.Count, "expected one source per article plus the corpus class");
        var rnd = new Random(7301);
        for (int k = 0; k < 4; k++)
        {
            var shuffled = corpus.OrderBy(_ => rnd.Next()).ToList();
            var variant = Generate(shuffled.Select(f => (f.Name, k % 2 == 0 ? Crlf(f.Text) : Lf(f.Text))), k < 2 ? "/a/corpus/" : $"/other{k}/corpus/");
            Assert.Equal(baseline.Select(s => s.Hint), variant.Select(s => s.Hint));
            for (int i = 0; i < baseline.Count; i++)
                Assert.True(baseline[i].Text == variant[i].Text, $"{baseline[i].Hint} differs in variant {k}");
        }
    }

    [Fact]
    public void Shuffled_order_and_crlf_give_identical_export_json()
    {
        var corpus = Corpus();
        using var a = new TempDir();
        using var b = new TempDir();
        foreach (var f in corpus) a.File(f.Name, Lf(f.Text));
        foreach (var f in corpus.OrderBy(f => f.Name, StringComparer.Ordinal).Reverse()) b.File(f.Name, Crlf(f.Text));
        var outA = Path.Combine(a.Path, "out.json.tmp");
        var outB = Path.Combine(b.Path, "out.json.tmp");
        Assert.Equal(0, CliRunner.Run("export", a.Path, "--out", outA).Exit);
        Assert.Equal(0, CliRunner.Run("export", b.Path, "--out", outB).Exit);
        var ja = File.ReadAllBytes(outA);
        Assert.True(ja.Length > 1000);
        Assert.Equal(ja, File.ReadAllBytes(outB));
        // stdout export is the same document
        var stdout = CliRunner.Run("export", a.Path);
        Assert.Equal(0, stdout.Exit);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(ja), stdout.Out);
    }
}
