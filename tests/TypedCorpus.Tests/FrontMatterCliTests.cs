using System.Text;
using System.Text.Json;
using TypedCorpus.Cli;

namespace TypedCorpus.Tests;

/// <summary>The CLI side of front matter fields: export writes them as written; check --require validates built-in facts.</summary>
[CollectionDefinition("console", DisableParallelization = true)]
public sealed class ConsoleCollection { }

[Collection("console")]
public class FrontMatterCliTests : IDisposable
{
    private const string Body = "Gempa Guncang Kota Palu\nPalu (ANTARA) - Gempa berkekuatan 5,2 magnitudo mengguncang Kota Palu pagi ini, kata petugas BMKG.\n";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "tc-fm-" + Guid.NewGuid().ToString("N"));

    public FrontMatterCliTests()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "---\ntitle: Gempa Palu\ndesk: Nusantara\npage: tiga\nDesk: Daerah\ndate: 2025-05-10\n---\n" + Body);
        File.WriteAllText(Path.Combine(_dir, "b.txt"), Body.Replace("Palu", "Poso"));
    }

    public void Dispose() => Directory.Delete(_dir, true);

    private static (int Code, string Out) Cli(params string[] args)
    {
        var old = Console.Out;
        var o = new StringWriter();
        Console.SetOut(o);
        try { return (Program.Main(args), o.ToString()); }
        finally { Console.SetOut(old); }
    }

    [Fact]
    public void Export_writes_the_front_matter_as_written_and_nothing_for_an_article_without_one()
    {
        var (model, _) = CorpusLoader.Load(_dir);
        var json = JsonDocument.Parse(ExportJson.Write(new ModelMapper(model).Articles));
        var articles = json.RootElement.GetProperty("articles");
        var fields = articles[0].GetProperty("fields");
        Assert.Equal("""{"title":"Gempa Palu","desk":"Daerah","page":"tiga","date":"2025-05-10"}""", JsonSerializer.Serialize(fields));
        Assert.False(articles[1].TryGetProperty("fields", out _));
        Assert.Equal(new[] { 2, 3, 4, 5, 6 }, new ModelMapper(model).Articles[0].FrontMatter.Select(f => f.Line));
    }

    [Fact]
    public void Check_require_reports_missing_built_in_facts_and_fails()
    {
        var (ok, okOut) = Cli("check", _dir);
        Assert.Equal(0, ok);
        Assert.DoesNotContain("TC0017", okOut);

        var (code, output) = Cli("check", _dir, "--require", "Date,Author");
        Assert.Equal(1, code);
        var lines = output.Split('\n').Where(l => l.Contains("TC0017")).ToArray();
        Assert.Equal(3, lines.Length);
        Assert.StartsWith(Path.Combine(_dir, "a.txt") + "(1,1): error TC0017: the article has no author", lines[0]);
        Assert.StartsWith(Path.Combine(_dir, "b.txt") + "(1,1): error TC0017: the article has no date", lines[1]);
        Assert.StartsWith(Path.Combine(_dir, "b.txt") + "(1,1): error TC0017: the article has no author", lines[2]);

        var old = Console.Error;
        Console.SetError(new StringWriter());
        try { Assert.Equal(2, Cli("check", _dir, "--require", "Tanggal").Code); }
        finally { Console.SetError(old); }
    }
}
