using TypedCorpus.Cli.Eval;

namespace TypedCorpus.Tests;

/// <summary>
/// <c>typedcorpus eval</c> prints what eval/score.py prints for the same folder and gold: every metric row, its value to
/// 3 decimals and its counts, every difference, the score line with its floors, and the same exit code.
/// </summary>
public class EvalParityTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "tc-eval-" + Guid.NewGuid().ToString("N"));

    public EvalParityTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, true);

    /// <summary>The export of <paramref name="folder"/> written to a file, as score.py reads it.</summary>
    private string ExportFile(string folder)
    {
        var file = Path.Combine(_dir, Path.GetFileName(folder) + ".json");
        var (code, _, error) = TestCli.Run("export", TestCli.Data(folder), "--out", file);
        Assert.True(code == 0, error);
        return file;
    }

    private static string Gold(string set) => TestCli.Data(Path.Combine("eval", set + ".gold.json"));

    [Theory]
    [InlineData("seeds", "seeds")]
    [InlineData("eval/devset", "devset")]
    [InlineData("eval/heldout-d", "heldout-d")]
    [InlineData("eval/heldout-2", "heldout-2")]
    [InlineData("eval/heldout-3", "heldout-3")]
    [InlineData("eval/heldout-4", "heldout-4")]
    public void Eval_prints_what_score_py_prints(string folder, string set)
    {
        var python = Python.Score(Gold(set), ExportFile(folder));
        var csharp = TestCli.Run("eval", "--gold", Gold(set), TestCli.Data(folder));
        Assert.Equal(0, python.Code);
        Assert.Equal(0, csharp.Code);
        Assert.Equal("", csharp.Err);
        Python.AssertSameOutput(python.Out, csharp.Out);
    }

    [Theory]
    [InlineData("quotes.speakers=0.5", "quotes.f1=0.9")]
    [InlineData("quotes.speakers=0.9")]
    [InlineData("quotes.speakers.answeredRight=0.95", "quotes.kind=1")]
    [InlineData("meta.all=0.5")]
    public void Floors_fail_and_print_as_in_score_py(params string[] floors)
    {
        var export = ExportFile("eval/heldout-d");
        var options = floors.SelectMany(f => new[] { "--require", f }).ToArray();
        var python = Python.Score(Gold("heldout-d"), export, options);
        var csharp = TestCli.Run(["eval", "--gold", Gold("heldout-d"), TestCli.Data("eval/heldout-d"), .. options]);
        Assert.Equal(python.Code, csharp.Code);
        Python.AssertSameOutput(python.Out, csharp.Out);
        var score = python.Out.Split('\n').Single(l => l.StartsWith("score: ", StringComparison.Ordinal));
        var failed = score.Contains(" FAILED ") ? score[(score.IndexOf(" FAILED ") + 8)..].Split(',').Select(t => t.Split('=')[0]).ToHashSet() : [];
        Assert.Equal(failed.Count > 0 ? 1 : 0, csharp.Code);
        foreach (var metric in floors.Select(f => f.Split('=')[0]))
            Assert.Equal(failed.Contains(metric), csharp.Err.Contains("typedcorpus: eval: " + metric + " ", StringComparison.Ordinal));
        if (failed.Count == 0) Assert.Equal("", csharp.Err);
    }

    [Fact]
    public void Verbose_lists_every_difference_as_score_py_does()
    {
        // a gold that contradicts the export often enough to pass the 40 differences score.py lists without --verbose
        var mutated = Path.Combine(_dir, "devset.gold.json");
        File.WriteAllText(mutated, File.ReadAllText(Gold("devset")).Replace("\"kind\": \"direct\"", "\"kind\": \"partial\""));
        var export = ExportFile("eval/devset");
        foreach (var options in new[] { Array.Empty<string>(), ["--verbose"] })
        {
            var python = Python.Score(mutated, export, options);
            var csharp = TestCli.Run(["eval", "--gold", mutated, TestCli.Data("eval/devset"), .. options]);
            Assert.Equal(python.Code, csharp.Code);
            Python.AssertSameOutput(python.Out, csharp.Out);
        }
        Assert.Contains("differences; --verbose lists them)", TestCli.Run("eval", "--gold", mutated, TestCli.Data("eval/devset")).Out);
    }

    [Fact]
    public void Every_metric_score_py_can_print_is_known_and_devset_prints_them_all()
    {
        var printed = Python.Score(Gold("devset"), ExportFile("eval/devset")).Out.Split('\n')
            .Where(l => l.Length > 0 && !l.StartsWith(' ') && !l.StartsWith("score:", StringComparison.Ordinal)).Select(l => l.Split(' ')[0]);
        Assert.Equal(ScoreReport.Known, printed.Order(StringComparer.Ordinal));
    }
}
