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

    private static string FirstDifference(string a, string b)
    {
        var la = a.Split('\n'); var lb = b.Split('\n');
        for (int i = 0; i < Math.Max(la.Length, lb.Length); i++)
        {
            string x = i < la.Length ? la[i] : "<end>", y = i < lb.Length ? lb[i] : "<end>";
            if (x != y) return $"line {i + 1}: '{x}' vs '{y}'";
        }
        return "no line differs";
    }

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
            string root = k < 2 ? "/a/corpus/" : $"/other{k}/corpus/";
            var variant = Generate(shuffled.Select(f => (f.Name, k % 2 == 0 ? Crlf(f.Text) : Lf(f.Text))), root);
            Assert.Equal(baseline.Select(s => s.Hint), variant.Select(s => s.Hint));
            // The only trace of the folder is the file path of the #line directives (a diagnostic must point at the real file):
            // with the folder put back, every source is byte-identical.
            Assert.Contains(variant, s => s.Text.Contains("#line 1 \"" + root, StringComparison.Ordinal));
            for (int i = 0; i < baseline.Count; i++)
                Assert.True(baseline[i].Text == variant[i].Text.Replace("\"" + root, "\"/a/corpus/", StringComparison.Ordinal), $"{baseline[i].Hint} differs in variant {k}: {FirstDifference(baseline[i].Text, variant[i].Text.Replace("\"" + root, "\"/a/corpus/", StringComparison.Ordinal))}");
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
