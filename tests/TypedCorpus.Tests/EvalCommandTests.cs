using System.Text.Json;

namespace TypedCorpus.Tests;

/// <summary><c>typedcorpus eval</c> as a user meets it: usage errors, the floors' exit codes, JSON output.</summary>
public class EvalCommandTests : IDisposable
{
    private static readonly string Seeds = TestCli.Data("seeds");
    private static readonly string SeedsGold = TestCli.Data(Path.Combine("eval", "seeds.gold.json"));
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "tc-evalcli-" + Guid.NewGuid().ToString("N"));

    public EvalCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Theory]
    [InlineData("no such folder", "eval", "--gold", "GOLD", "/no/such/folder")]
    [InlineData("--gold", "eval", "SEEDS")]
    [InlineData("no such file", "eval", "--gold", "/no/such/gold.json", "SEEDS")]
    [InlineData("unknown metric 'quotes.f2'", "eval", "--gold", "GOLD", "SEEDS", "--require", "quotes.f2=0.9")]
    [InlineData("is not METRIC=MIN", "eval", "--gold", "GOLD", "SEEDS", "--require", "quotes.f1=high")]
    [InlineData("is not METRIC=MIN", "eval", "--gold", "GOLD", "SEEDS", "--require", "quotes.f1")]
    [InlineData("cannot read gold", "eval", "--gold", "BROKEN", "SEEDS")]
    [InlineData("has no 'quotes'", "eval", "--gold", "NOQUOTES", "SEEDS")]
    [InlineData("'DIR' missing", "eval", "--gold", "GOLD")]
    public void A_usage_error_names_the_problem_and_exits_2(string message, params string[] args)
    {
        var broken = Write("broken.json", "{\"articles\": [");
        var noQuotes = Write("noquotes.json", "{\"articles\": [{\"file\": \"a.txt\"}]}");
        var (code, output, error) = TestCli.Run(args.Select(a => a.Replace("SEEDS", Seeds).Replace("GOLD", SeedsGold)
            .Replace("BROKEN", broken).Replace("NOQUOTES", noQuotes)).ToArray());
        Assert.Equal(2, code);
        Assert.Equal("", output);
        var lines = error.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("typedcorpus: ", lines[0]);
        Assert.Contains(message, lines[0]);
        Assert.StartsWith("usage: typedcorpus eval --gold FILE DIR", lines[1]);
    }

    [Fact]
    public void A_floor_met_exits_0_and_a_floor_missed_exits_1_naming_the_metric()
    {
        var met = TestCli.Run("eval", "--gold", SeedsGold, Seeds, "--require", "quotes.f1=0.9", "--require", "meta.all=0.5");
        Assert.Equal(0, met.Code);
        Assert.Equal("", met.Err);
        Assert.DoesNotContain("FAILED", met.Out);

        // a gold whose only quote the export cannot have: quotes.f1 is 0, meta.all has no data
        var gold = Write("one.json", """{"articles": [{"file": "000_952926322db75409.txt", "quotes": [{"line": 1, "text": "tidak ada", "kind": "direct"}]}]}""");
        var missed = TestCli.Run("eval", "--gold", gold, Seeds, "--require", "quotes.f1=0.5", "--require", "quotes.recall=0", "--require", "meta.all=0.5");
        Assert.Equal(1, missed.Code);
        Assert.Contains("score: quotes.f1=0.000 ", missed.Out);
        Assert.EndsWith(" FAILED quotes.f1=0.000<0.5,meta.all=no-data\n", missed.Out);
        Assert.Equal(["typedcorpus: eval: quotes.f1 is 0.000, below its floor 0.5", "typedcorpus: eval: meta.all has no data in this gold (floor 0.5)"],
            missed.Err.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Json_has_the_printed_metrics_their_counts_and_the_failed_floors()
    {
        var text = TestCli.Run("eval", "--gold", SeedsGold, Seeds);
        var json = TestCli.Run("eval", "--gold", SeedsGold, Seeds, "--json", "--require", "quotes.verb=2");
        Assert.Equal(1, json.Code);
        var root = JsonDocument.Parse(json.Out).RootElement;
        var rows = text.Out.Split('\n').Where(l => l.Length > 0 && !l.StartsWith(' ') && !l.StartsWith("score:")).ToArray();
        var metrics = root.GetProperty("metrics").EnumerateObject().ToArray();
        Assert.Equal(rows.Select(r => r.Split(' ')[0]), metrics.Select(m => m.Name));
        foreach (var (row, metric) in rows.Zip(metrics))
        {
            var counts = metric.Value.TryGetProperty("good", out var good) ? $"  {good.GetInt32()}/{metric.Value.GetProperty("total").GetInt32()}" : "";
            Assert.EndsWith(metric.Value.GetProperty("value").GetDouble().ToString("F3", System.Globalization.CultureInfo.InvariantCulture) + counts, row);
        }
        Assert.Equal(0, root.GetProperty("differences").GetArrayLength());
        Assert.Equal("quotes.verb=1.000<2", root.GetProperty("failed")[0].GetString());
    }
}
