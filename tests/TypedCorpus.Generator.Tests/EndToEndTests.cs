using TypedCorpus.Testing;
using System.Text.RegularExpressions;

namespace TypedCorpus.Generator.Tests;

/// <summary>
/// A real consumer project (in a temp dir outside the repo) referencing TypedCorpus and the generator as an analyzer:
/// a broken corpus fails `dotnet build` with located TC errors (each printed once, no C# error); fixed, it builds and runs.
/// </summary>
public class EndToEndTests
{
    private static readonly ConsumerProject Project = new("typedcorpus-e2e-diagnostics");
    private static string Dir => Project.Dir;
    private static (int Code, string Output) Dotnet(string args) => Project.Dotnet(args);
    private static void Write(string relative, string text) => Project.Write(relative, text);

    /// <summary>Occurrences in the build log proper (MSBuild repeats every error and warning in its final summary).</summary>
    private static int Count(string output, string line)
    {
        int end = output.IndexOf("Build FAILED.", StringComparison.Ordinal);
        if (end < 0) end = output.IndexOf("Build succeeded", StringComparison.Ordinal);
        return Regex.Matches(end < 0 ? output : output.Substring(0, end), Regex.Escape(line)).Count;
    }

    [Fact]
    public void Broken_corpus_fails_the_build_with_located_errors_and_the_fixed_corpus_builds_and_runs()
    {
        var root = ConsumerProject.RepoRoot();
        if (Directory.Exists(Path.Combine(Dir, "seeds"))) Directory.Delete(Path.Combine(Dir, "seeds"), true);
        Project.Create("E2E", """
            foreach (var a in E2E.Corpus.Articles) Console.WriteLine($"{a.Date:yyyy-MM-dd} {a.Title}");
            Console.WriteLine($"articles: {E2E.Corpus.Articles.Count}");
            """);
        // Severities: the category setting for the .txt files makes warnings errors (TC0004), a per-ID setting in [*] wins over it
        // (TC0006 stays a warning), and a per-ID setting in a .globalconfig removes TC0010.
        Write(".editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.TC0006.severity = warning\n\n[*.txt]\ndotnet_analyzer_diagnostic.category-TypedCorpus.severity = error\n");
        Write(".globalconfig", "is_global = true\ndotnet_diagnostic.TC0010.severity = none\n");

        var seed = File.ReadAllText(Path.Combine(root, "seeds", "000_952926322db75409.txt"));
        Assert.Contains("Sabtu, 10 Mei 2025", seed);
        const string Lead = "Palu (ANTARA) - Gempa berkekuatan 5,2 magnitudo mengguncang Kota Palu pagi ini, kata petugas BMKG setempat kepada wartawan.\n" +
                            "Warga sempat panik dan berhamburan keluar rumah, namun tidak ada laporan kerusakan berarti di kota itu.\n";
        Write("seeds/a.txt", seed.Replace("Sabtu, 10 Mei 2025", "Sabtu, 31 Februari 2025"));
        Write("seeds/b.txt", "---\ntitle: Gempa Palu\ndate: 2025-02-30\n---\n" + Lead + "Gempa serupa terjadi pada Senin, 10 Mei 2025 di kota yang sama, menurut catatan BMKG.\n");
        Write("seeds/c.txt", "---\ntitle: Gempa Susulan Palu\ndate: 10/05/2025\nsumber: BMKG\n---\n" + Lead.Replace("5,2", "4,1"));

        var quoted = File.ReadAllText(Path.Combine(root, "seeds", "000_952926322db75409.txt"));
        Assert.Contains("\"sahabat baja\"", quoted);
        Write("seeds/d.txt", "---\ntitle: Xi dan Putin\n---\n" + quoted.Replace("\"sahabat baja\"", "\"sahabat baja").Replace("Sabtu, 10 Mei 2025", "Jumat, 9 Mei 2025"));
        var dLine = 3 + quoted.Replace("\r\n", "\n").Split('\n').ToList().FindIndex(l => l.Contains("\"sahabat baja\"")) + 1;
        var dCol = quoted.Replace("\r\n", "\n").Split('\n')[dLine - 4].IndexOf("\"sahabat baja", StringComparison.Ordinal) + 1;

        var restore = Dotnet("restore -nologo");
        Assert.True(restore.Code == 0, restore.Output);
        var broken = Dotnet("build --no-restore -nologo -nodeReuse:false -p:TreatWarningsAsErrors=false");
        Assert.NotEqual(0, broken.Code);

        var aLine = seed.Replace("\r\n", "\n").Split('\n').ToList().FindIndex(l => l.Contains("Sabtu, 10 Mei 2025")) + 1;
        var aCol = seed.Replace("\r\n", "\n").Split('\n')[aLine - 1].IndexOf("10 Mei 2025", StringComparison.Ordinal) + 1;
        var expected = new[]
        {
            $"seeds/a.txt({aLine},{aCol}): error TC0003: '31 Februari 2025' is not a date (month 2 has no day 31 in 2025); correct the day or month",
            "seeds/b.txt(3,7): error TC0003: front matter date '2025-02-30' does not exist (month 2 of 2025 has 28 days); correct the day or month",
            "seeds/c.txt(3,7): error TC0007: front matter date '10/05/2025' is not a valid date in the form YYYY-MM-DD; write e.g. 'date: 2025-05-10'",
            "seeds/c.txt(4,1): warning TC0006: unknown front matter key 'sumber'",
            $"seeds/d.txt({dLine},{dCol}): error TC0002: this quotation mark opens a quote that is never closed",
            "seeds/b.txt(7,27): error TC0004: 'Senin, 10 Mei 2025': 2025-05-10 is a Saturday, not 'Senin'; correct the weekday or the date",
        };
        foreach (var e in expected)
            Assert.True(Count(broken.Output, e) == 1, $"expected once: {e}\n---\n{broken.Output}");
        Assert.DoesNotMatch(@"error CS\d{4}", broken.Output);
        Assert.DoesNotMatch(@"\b(AD0001|CS8785)\b", broken.Output);
        Assert.DoesNotContain("TC0010", broken.Output);

        // Fix the corpus (and drop the category setting): the build succeeds and the program runs.
        Write(".editorconfig", "root = true\n");
        Write("seeds/a.txt", seed);
        Write("seeds/b.txt", "---\ntitle: Gempa Palu\ndate: 2025-02-28\n---\n" + Lead);
        Write("seeds/c.txt", "---\ntitle: Gempa Susulan Palu\ndate: 2025-05-10\n---\n" + Lead.Replace("5,2", "4,1"));
        Write("seeds/d.txt", "---\ntitle: Xi dan Putin\n---\n" + quoted.Replace("Sabtu, 10 Mei 2025", "Jumat, 9 Mei 2025"));
        var fixedBuild = Dotnet("build --no-restore -nologo -nodeReuse:false -p:TreatWarningsAsErrors=false");
        Assert.True(fixedBuild.Code == 0, fixedBuild.Output);
        Assert.DoesNotMatch(@"(error|warning) TC\d{4}", fixedBuild.Output);
        var run = Dotnet("run --no-build --no-restore");
        Assert.True(run.Code == 0, run.Output);
        Assert.Contains("articles: 4", run.Output);
        Assert.Contains("2025-02-28 Gempa Palu", run.Output);
    }
}
