using System.Text;
using System.Text.Json;
using TypedCorpus.Cli;

namespace TypedCorpus.Tests;

/// <summary>
/// The command line as a user meets it: arguments, usage errors, exit codes, help and version, and the JSONL export.
/// Runs the commands through <see cref="Program.Run"/> with its own writers (no shared console: safe in parallel).
/// </summary>
public class CommandLineTests : IDisposable
{
    private static readonly string Seeds = TestCli.Data("seeds");
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "tc-cli-" + Guid.NewGuid().ToString("N"));

    public CommandLineTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, true);

    private static (int Code, string Out, string Err) Cli(params string[] args) => TestCli.Run(args);

    [Theory]
    [InlineData("bogus")]
    [InlineData("report", "foo")]
    [InlineData("export")]
    [InlineData("export", "/no/such/folder/anywhere")]
    [InlineData("export", "SEEDS", "--out")]
    [InlineData("export", "SEEDS", "--format", "xml")]
    [InlineData("export", "SEEDS", "SEEDS")]
    [InlineData("check")]
    [InlineData("check", "/no/such/folder/anywhere")]
    [InlineData("check", "SEEDS", "--require", "Tanggal")]
    [InlineData("explain", "seeds")]
    [InlineData("explain", "seeds/a.txt:0")]
    [InlineData("explain", "seeds/a.txt:x")]
    [InlineData("explain", "/no/such/file.txt:3")]
    [InlineData("explain", "SEEDS/a.txt:1", "SEEDS/b.txt:2")]
    [InlineData("eval", "SEEDS")]
    [InlineData]
    public void A_usage_error_is_one_line_and_the_usage_with_exit_code_2(params string[] args)
    {
        var (code, output, error) = Cli(args.Select(a => a.Replace("SEEDS", Seeds)).ToArray());
        Assert.Equal(2, code);
        Assert.Equal("", output);
        var lines = error.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("typedcorpus: ", lines[0]);
        Assert.StartsWith("usage: typedcorpus", lines[1]);
        if (args.Length > 0 && args[0] is "report" or "export" or "check" or "explain" or "eval") Assert.StartsWith("usage: typedcorpus " + args[0], lines[1]);
    }

    [Fact]
    public void Specific_messages_name_the_problem()
    {
        Assert.StartsWith("typedcorpus: no such folder '/no/such'", Cli("export", "/no/such").Err);
        Assert.StartsWith("typedcorpus: no such file '/no/such.txt'", Cli("explain", "/no/such.txt:3").Err);
        Assert.StartsWith("typedcorpus: --require: unknown fact 'Tanggal'", Cli("check", Seeds, "--require", "Tanggal").Err);
        Assert.Contains("'foo'", Cli("report", "foo").Err);
        Assert.Contains("--out", Cli("export", Seeds, "--out").Err);
    }

    [Fact]
    public void Check_exits_1_on_an_error_and_0_when_clean()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "Gempa Guncang Kota Palu\nPalu (ANTARA) - Gempa mengguncang Kota Palu pagi ini, kata petugas BMKG.\n");
        var ok = Cli("check", _dir);
        Assert.Equal(0, ok.Code);
        Assert.EndsWith("1 article(s) checked: 0 error(s), 0 warning(s)\n", ok.Out);
        var bad = Cli("check", _dir, "--require", "Author");
        Assert.Equal(1, bad.Code);
        Assert.Contains("error TC0017", bad.Out);
        Assert.Equal("", bad.Err);
    }

    [Fact]
    public void Report_export_and_explain_exit_0()
    {
        Assert.Equal(0, Cli("report").Code);
        Assert.StartsWith("TypedCorpus: 5 articles, ", Cli("report").Out);
        Assert.Equal(0, Cli("report", "--json").Code);
        Assert.Equal(0, Cli("export", Seeds).Code);
        var first = Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal).First();
        Assert.Equal(0, Cli("explain", first + ":1").Code);
    }

    [Fact]
    public void Version_is_the_informational_version()
    {
        var (code, output, _) = Cli("--version");
        Assert.Equal(0, code);
        var expected = typeof(Program).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;
        Assert.Equal(expected, output.Trim());
    }

    [Theory]
    [InlineData("report")]
    [InlineData("export")]
    [InlineData("check")]
    [InlineData("explain")]
    [InlineData("eval")]
    public void Every_command_has_help(string command)
    {
        var (code, output, _) = Cli(command, "--help");
        Assert.Equal(0, code);
        Assert.Contains("Usage:", output);
        Assert.Contains("typedcorpus " + command, output);
        if (command == "export") Assert.Contains("jsonl", output);
        if (command is "check" or "eval") Assert.Contains("--require", output);
    }

    [Fact]
    public void Out_writes_the_same_json_as_stdout()
    {
        var file = Path.Combine(_dir, "out.json");
        Assert.Equal(0, Cli("export", Seeds, "--out", file).Code);
        Assert.Equal(Cli("export", Seeds).Out, File.ReadAllText(file));
        Assert.Equal(Cli("export", Seeds).Out, Cli("export", Seeds, "--format", "json").Out);
    }

    /// <summary>The per-article fields that do not depend on the corpus-wide resolution of names.</summary>
    private static readonly string[] NameFree = ["file", "title", "subtitle", "outlet", "dateline", "date", "author", "sections", "related",
        "citedSources", "paragraphs", "listItems", "captions", "furniture", "fields"];

    [Fact]
    public void Jsonl_has_one_line_per_article_with_the_json_exports_content()
    {
        var (code, jsonl, error) = Cli("export", Seeds, "--format", "jsonl");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.EndsWith("\n", jsonl);
        Assert.DoesNotContain("\r", jsonl);
        var lines = jsonl[..^1].Split('\n');
        var articles = JsonDocument.Parse(Cli("export", Seeds).Out).RootElement.GetProperty("articles").EnumerateArray().ToArray();
        Assert.Equal(articles.Length, lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            var line = JsonDocument.Parse(lines[i]).RootElement;
            var article = articles[i];
            Assert.Equal(article.EnumerateObject().Select(p => p.Name), line.EnumerateObject().Select(p => p.Name));
            foreach (var name in NameFree)
                if (article.TryGetProperty(name, out var value)) Assert.Equal(JsonSerializer.Serialize(value), JsonSerializer.Serialize(line.GetProperty(name)));
            var quotes = article.GetProperty("quotes").EnumerateArray().ToArray();
            var lineQuotes = line.GetProperty("quotes").EnumerateArray().ToArray();
            Assert.Equal(quotes.Length, lineQuotes.Length);
            for (int q = 0; q < quotes.Length; q++)
                foreach (var name in new[] { "line", "text", "kind", "verb", "via", "rule", "speakerRule" })
                    Assert.Equal(quotes[q].GetProperty(name).ToString(), lineQuotes[q].GetProperty(name).ToString());
            var agreements = article.GetProperty("agreements").EnumerateArray().ToArray();
            var lineAgreements = line.GetProperty("agreements").EnumerateArray().ToArray();
            Assert.Equal(agreements.Length, lineAgreements.Length);
            for (int g = 0; g < agreements.Length; g++)
                foreach (var name in new[] { "line", "kind", "title", "text", "date", "rule" })
                    Assert.Equal(agreements[g].GetProperty(name).ToString(), lineAgreements[g].GetProperty(name).ToString());
        }
    }

    [Fact]
    public void Jsonl_equals_the_json_export_for_an_article_on_its_own()
    {
        // with one article, corpus-wide and per-article name resolution agree: the line is the JSON's article, compact
        var first = Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal).First();
        File.Copy(first, Path.Combine(_dir, Path.GetFileName(first)));
        var json = JsonDocument.Parse(Cli("export", _dir).Out).RootElement.GetProperty("articles")[0];
        var compact = JsonSerializer.Serialize(json, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Equal(compact + "\n", Cli("export", _dir, "--format", "jsonl").Out);
    }

    [Fact]
    public void Jsonl_of_a_few_hundred_articles_is_in_file_name_order_and_deterministic()
    {
        var seeds = Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        const int count = 300;
        for (int i = 0; i < count; i++)
        {
            // written in a scrambled order, some in a subfolder, so that neither creation order nor paths give the file-name order
            int n = i * 7919 % count;
            var folder = n % 3 == 0 ? Directory.CreateDirectory(Path.Combine(_dir, "sub")).FullName : _dir;
            File.WriteAllText(Path.Combine(folder, $"{n:D4}_article.txt"), seeds[n % seeds.Length] + $"\nParagraf tambahan nomor {n}.\n", new UTF8Encoding(false));
        }
        var out1 = Path.Combine(Path.GetTempPath(), "tc-cli-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            Assert.Equal(0, Cli("export", _dir, "--format", "jsonl", "--out", out1).Code);
            var text = File.ReadAllText(out1);
            Assert.Equal(text, Cli("export", _dir, "--format", "jsonl").Out);
            var files = text.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement.GetProperty("file").GetString()).ToArray();
            Assert.Equal(Enumerable.Range(0, count).Select(n => $"{n:D4}_article.txt"), files);
            var json = JsonDocument.Parse(Cli("export", _dir).Out).RootElement.GetProperty("articles").EnumerateArray()
                .Select(a => a.GetProperty("file").GetString()).ToArray();
            Assert.Equal(json, files);
        }
        finally
        {
            File.Delete(out1);
        }
    }
}
