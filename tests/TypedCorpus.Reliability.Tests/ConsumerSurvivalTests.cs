using System.Security.Cryptography;
using System.Text;
using TypedCorpus.Extraction;
using TypedCorpus.Testing;

namespace TypedCorpus.Reliability.Tests;

/// <summary>
/// The whole-corpus survival promise from the user's side: a real consumer project whose seeds folder mixes the five seeds with
/// hostile files, with the TypedCorpus diagnostics demoted to warnings in .editorconfig, builds with `dotnet build`, runs, and
/// every seed article reaches the program intact (same paragraphs, lines, quotes and agreements as the engine gives).
/// </summary>
public class ConsumerSurvivalTests
{
    private const string Program = """
        using System.Security.Cryptography;
        using System.Text;
        Console.OutputEncoding = new UTF8Encoding(false);
        foreach (var a in Hostile.Corpus.Articles)
        {
            var body = string.Join("\n", a.Paragraphs.Select(p => p.Line + ":" + p.Text));
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
            Console.WriteLine($"{a.File}\t{a.Paragraphs.Count}\t{a.Quotes.Count}\t{a.Agreements.Count}\t{body.Length}\t{hash}");
        }
        Console.WriteLine($"articles: {Hostile.Corpus.Articles.Count}");
        """;

    private static string Row(ArticleModel m)
    {
        var body = string.Join("\n", m.Paragraphs.Select(p => p.Line + ":" + p.Text));
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        return $"{m.File}\t{m.Paragraphs.Count}\t{m.Quotes.Count}\t{m.Agreements.Count}\t{body.Length}\t{hash}";
    }

    [Fact]
    public void Consumer_with_diagnostics_demoted_to_warnings_builds_and_runs_over_a_hostile_folder_with_every_seed_intact()
    {
        var project = new ConsumerProject("typedcorpus-hostile-consumer");
        if (Directory.Exists(project.Dir)) Directory.Delete(project.Dir, true);
        project.Create("Hostile", Program);
        using var folder = SurvivalTests.BuildFolder();
        var files = Directory.GetFiles(folder.Path, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        foreach (var f in files) project.WriteBytes(Path.Combine("seeds", Path.GetFileName(f)), File.ReadAllBytes(f));
        project.Write(".editorconfig", "root = true\n\n[*.txt]\ndotnet_analyzer_diagnostic.category-TypedCorpus.severity = warning\n");

        var restore = project.Dotnet("restore -nologo");
        Assert.True(restore.Code == 0, restore.Output);
        // generated files written to disk, as with EmitCompilerGeneratedFiles in a user's project (a file name is at most 255 bytes)
        var build = project.Dotnet("build --no-restore -nologo -nodeReuse:false -p:TreatWarningsAsErrors=false -p:EmitCompilerGeneratedFiles=true");
        Assert.True(build.Code == 0, Tail(build.Output));
        var generated = Directory.GetFiles(Path.Combine(project.Dir, "obj"), "*.g.cs", SearchOption.AllDirectories)
            .Where(f => f.Contains("TypedCorpus.Generator", StringComparison.Ordinal)).ToList();
        Assert.True(generated.Count > files.Count, $"{generated.Count} generated files on disk for {files.Count} articles");
        Assert.All(generated, f => Assert.True(Encoding.UTF8.GetByteCount(Path.GetFileName(f)) <= 255, f));
        Assert.Contains(generated, f => Path.GetFileName(f).Contains("AAAAAAAAAA", StringComparison.OrdinalIgnoreCase));
        Assert.Matches(@"bad-unclosed-quotes\.txt\(\d+,\d+\): warning TC0002", build.Output);
        // a file that is not text: TC0001 once, nothing else
        Assert.Single(build.Output.Split('\n').Where(l => l.Contains("bad-binary.txt(", StringComparison.Ordinal)).Select(l => l.Trim()).Distinct());
        Assert.Matches(@"bad-binary\.txt\(\d+,\d+\): warning TC0001", build.Output);
        Assert.DoesNotMatch(@"error (CS|TC|AD)\d{4}", build.Output);

        var run = project.Dotnet("run --no-build --no-restore");
        Assert.True(run.Code == 0, Tail(run.Output));
        var rows = run.Output.Replace("\r\n", "\n").Split('\n');
        Assert.Contains($"articles: {files.Count}", rows);
        foreach (var seed in Harness.SeedFiles)
        {
            var name = Path.GetFileName(seed);
            var expected = Row(ArticleExtractor.Extract(name, File.ReadAllBytes(seed)));
            Assert.Contains(expected, rows);
        }
        var huge = rows.Single(r => r.StartsWith("bad-huge-line.txt\t", StringComparison.Ordinal)).Split('\t');
        Assert.True(int.Parse(huge[4], System.Globalization.CultureInfo.InvariantCulture) > 5_000_000, "the 5 MB line did not reach the program: " + string.Join(" ", huge));
    }

    private static string Tail(string s) => s.Length <= 6000 ? s : s.Substring(s.Length - 6000);
}
