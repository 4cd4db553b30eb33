using System.Diagnostics;
using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace TypedCorpus.Ide.Tests;

/// <summary>
/// The corpus in the IDE, end to end: packs TypedCorpus (no build of its own: the solution built it), builds a fresh console
/// app that references only the package with the repository's seeds as its corpus, starts a real Roslyn language server
/// (csharp-ls) over stdio on it, and asks what an editor asks: hover and go to definition on an article and on a person.
/// </summary>
public sealed class LanguageServerTests(ITestOutputHelper output)
{
    /// <summary>How long the requests are retried while the server loads the workspace (empty answers at first are normal).</summary>
    private static readonly TimeSpan LoadBudget = TimeSpan.FromSeconds(90);

    private static string Metadata(string key) =>
        typeof(LanguageServerTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    [Fact]
    public async Task Hover_and_definition_on_generated_members_show_the_article_and_land_in_the_txt()
    {
        var clock = Stopwatch.StartNew();
        var stage = Stopwatch.StartNew();
        void Done(string what) { output.WriteLine($"{what}: {stage.Elapsed.TotalSeconds:0.0} s"); stage.Restart(); }

        var server = Metadata("CSharpLs");
        Assert.True(File.Exists(server), $"csharp-ls is not in the packages folder ({server}); restore the solution first");
        using var work = new TempFolder("typedcorpus-ide");
        var consumer = Consumer.Create(work.Path, Metadata("Configuration"));
        Done("pack, restore and build the consumer");

        var article = consumer.Articles.FirstOrDefault(a => a.Headline == a.TitleLineText)
            ?? throw new InvalidOperationException("no article whose doc headline is its whole title line:\n" + string.Join("\n", consumer.Articles));
        var person = consumer.People.OrderByDescending(p => p.Quotes).ThenBy(p => p.Member, StringComparer.Ordinal).First();
        output.WriteLine($"article {article.Member}: '{article.Headline}' ({Path.GetFileName(article.Path)}:{article.Line}); person {person.Member} ({person.Name})");

        var program = $"""
            using App;
            var article = Corpus.Articles.{article.Member};
            var person = Corpus.People.{person.Member};
            System.Console.WriteLine(article.Title + " " + person.Name);
            """;
        var programPath = Path.Combine(consumer.Dir, "Program.cs");
        File.WriteAllText(programPath, program);
        var programLines = program.Split('\n');
        (int Line, int Character) At(string member)
        {
            for (int i = 0; i < programLines.Length; i++)
            {
                var c = programLines[i].IndexOf("." + member + ";", StringComparison.Ordinal);
                if (c >= 0) return (i, c + 2);
            }
            throw new InvalidOperationException(member + " not in Program.cs");
        }

        await using var lsp = LspClient.Start(consumer.Dir, consumer.Env, "dotnet", server);
        var checks = new List<(string Name, bool Pass, string Detail)>();
        try
        {
            var rootUri = new Uri(consumer.Dir + "/").AbsoluteUri;
            var init = await lsp.Request("initialize", new JsonObject
            {
                ["processId"] = Environment.ProcessId,
                ["rootUri"] = rootUri,
                ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = rootUri, ["name"] = "app" }),
                ["capabilities"] = new JsonObject
                {
                    ["textDocument"] = new JsonObject
                    {
                        ["hover"] = new JsonObject { ["contentFormat"] = new JsonArray("markdown", "plaintext") },
                        ["definition"] = new JsonObject { ["linkSupport"] = false },
                    },
                    ["workspace"] = new JsonObject { ["configuration"] = true, ["workspaceFolders"] = true },
                    ["window"] = new JsonObject { ["workDoneProgress"] = true },
                },
            }, TimeSpan.FromSeconds(60));
            Assert.NotNull(init?["capabilities"]);
            await lsp.Notify("initialized", new JsonObject());
            var docUri = new Uri(programPath).AbsoluteUri;
            await lsp.Notify("textDocument/didOpen", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = docUri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = program },
            });
            Done("server started");

            JsonObject Position((int Line, int Character) p) => new()
            {
                ["textDocument"] = new JsonObject { ["uri"] = docUri },
                ["position"] = new JsonObject { ["line"] = p.Line, ["character"] = p.Character },
            };

            // Hover on the article: its headline (as the .txt has it) and its counts ("4 quotes").
            var articleHover = await Retry(() => lsp.Request("textDocument/hover", Position(At(article.Member)), TimeSpan.FromSeconds(30)),
                r => HoverText(r).Contains(article.Headline, StringComparison.Ordinal), LoadBudget);
            var hoverText = HoverText(articleHover.Result);
            Done($"article hover ({articleHover.Tries} tries)");
            checks.Add(("article hover shows the headline", hoverText.Contains(article.Headline, StringComparison.Ordinal), hoverText));
            checks.Add(("article hover says 'quote'", hoverText.Contains("quote", StringComparison.Ordinal), hoverText));

            // Definition on the article: the .txt, on the title line.
            var articleDef = await Retry(() => lsp.Request("textDocument/definition", Position(At(article.Member)), TimeSpan.FromSeconds(30)),
                r => Locations(r).Any(), TimeSpan.FromSeconds(30));
            var articleLoc = Locations(articleDef.Result).ToList();
            Done("article definition");
            checks.Add(("article definition lands on the title line of its .txt",
                articleLoc.Count == 1 && articleLoc[0].Path == article.Path && articleLoc[0].Line == article.Line - 1,
                $"expected {article.Path} line {article.Line - 1} (0-based), got {string.Join("; ", articleLoc)}"));

            // Hover on the person: the person's name.
            var personHover = await Retry(() => lsp.Request("textDocument/hover", Position(At(person.Member)), TimeSpan.FromSeconds(30)),
                r => HoverText(r).Contains(person.Name, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
            var personText = HoverText(personHover.Result);
            Done("person hover");
            checks.Add(("person hover names the person", personText.Contains(person.Name, StringComparison.Ordinal), personText));

            // Definition on the person: a .txt line that names the person (the last word of the name, or an alias).
            var personDef = await Retry(() => lsp.Request("textDocument/definition", Position(At(person.Member)), TimeSpan.FromSeconds(30)),
                r => Locations(r).Any(), TimeSpan.FromSeconds(30));
            var personLoc = Locations(personDef.Result).ToList();
            Done("person definition");
            var lastName = person.Name.Split(' ')[^1];
            var landed = personLoc.Count == 1 && personLoc[0].Path.EndsWith(".txt", StringComparison.Ordinal) && File.Exists(personLoc[0].Path)
                ? File.ReadAllLines(personLoc[0].Path).ElementAtOrDefault(personLoc[0].Line) : null;
            checks.Add(($"person definition lands on a .txt line naming '{lastName}'",
                landed is not null && Regex.IsMatch(landed, $@"\b{Regex.Escape(lastName)}\b"),
                $"{string.Join("; ", personLoc)}: '{landed}'"));
        }
        finally
        {
            await lsp.Shutdown(TimeSpan.FromSeconds(15));
            Done("server shut down");
            output.WriteLine($"total: {clock.Elapsed.TotalSeconds:0.0} s");
            foreach (var c in checks) output.WriteLine($"{(c.Pass ? "PASS" : "FAIL")} {c.Name}: {c.Detail.ReplaceLineEndings(" | ")}");
        }
        var failed = checks.Where(c => !c.Pass).ToList();
        Assert.True(failed.Count == 0, string.Join("\n", failed.Select(c => $"FAIL {c.Name}: {c.Detail}"))
            + "\n--- server log (last 40) ---\n" + string.Join("\n", lsp.Log.TakeLast(40)));
        Assert.Equal(5, checks.Count);
    }

    /// <summary>Sends a request again, once a second, until its result passes <paramref name="ok"/> or the budget runs out.</summary>
    private static async Task<(JsonNode? Result, int Tries)> Retry(Func<Task<JsonNode?>> request, Func<JsonNode?, bool> ok, TimeSpan budget)
    {
        var until = DateTime.UtcNow + budget;
        for (int tries = 1; ; tries++)
        {
            var r = await request();
            if (ok(r) || DateTime.UtcNow > until) return (r, tries);
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>The hover's text: every string in its contents, markdown backslash escapes removed.</summary>
    private static string HoverText(JsonNode? hover)
    {
        var parts = new List<string>();
        void Walk(JsonNode? n)
        {
            switch (n)
            {
                case JsonValue v when v.TryGetValue<string>(out var s): parts.Add(s); break;
                case JsonArray a: foreach (var x in a) Walk(x); break;
                case JsonObject o: Walk(o["value"]); break;
            }
        }
        Walk(hover?["contents"]);
        return Regex.Replace(string.Join("\n", parts), @"\\([\\`*_{}\[\]()#+\-.!<>""'|~])", "$1");
    }

    /// <summary>The locations of a definition result (Location, Location[] or LocationLink[]), as a file path and a 0-based line.</summary>
    private static IEnumerable<(string Path, int Line)> Locations(JsonNode? result)
    {
        var items = result switch { JsonArray a => a.ToList(), JsonObject o => [o], _ => [] };
        foreach (var item in items)
        {
            var uri = (string?)(item?["uri"] ?? item?["targetUri"]);
            var range = item?["range"] ?? item?["targetSelectionRange"];
            if (uri is null || range is null) continue;
            yield return (new Uri(uri).LocalPath, (int)range["start"]!["line"]!);
        }
    }

    private sealed class TempFolder : IDisposable
    {
        public TempFolder(string prefix)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public void Dispose()
        {
            try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}

/// <summary>An article member as generated: its doc headline, the .txt and 1-based line its #line maps to, and that line's text.</summary>
public sealed record GeneratedArticle(string Member, string Headline, string Path, int Line, string TitleLineText);

/// <summary>A person member as generated: canonical name, quote count, and where its #line maps to.</summary>
public sealed record GeneratedPerson(string Member, string Name, int Quotes, string Path, int Line);

/// <summary>A fresh console app referencing the packed package (offline: a local feed and a private packages folder).</summary>
public sealed class Consumer
{
    private Consumer(string dir, Dictionary<string, string> env) { Dir = dir; Env = env; }

    public string Dir { get; }
    public Dictionary<string, string> Env { get; }
    public List<GeneratedArticle> Articles { get; } = [];
    public List<GeneratedPerson> People { get; } = [];

    public static Consumer Create(string root, string configuration)
    {
        var repo = RepoRoot();
        var feed = Path.Combine(root, "feed");
        var env = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(root, "packages") };
        // The solution built the library and the generator in this configuration (project reference): pack only.
        Run(repo, env, "dotnet", "pack", Path.Combine(repo, "src", "TypedCorpus", "TypedCorpus.csproj"), "-c", configuration, "--no-build", "--no-restore", "-o", feed);

        var dir = Path.Combine(root, "app");
        var consumer = new Consumer(dir, env);
        Directory.CreateDirectory(Path.Combine(dir, "seeds"));
        foreach (var s in Directory.GetFiles(Path.Combine(repo, "seeds"), "*.txt")) File.Copy(s, Path.Combine(dir, "seeds", Path.GetFileName(s)));
        File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(dir, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(dir, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(dir, "App.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>App</RootNamespace>
                <Nullable>enable</Nullable>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TypedCorpus" Version="0.1.0" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), "System.Console.WriteLine(App.Corpus.Articles.Count);\n");
        Run(dir, env, "dotnet", "build", "--disable-build-servers", "-nologo", "-clp:ErrorsOnly");
        consumer.ReadGenerated();
        return consumer;
    }

    private static readonly Regex ArticleMember = new(
        @"/// <para>(?<head>[^\n]*)</para>\n(?:[ \t]*///[^\n]*\n)*#line (?<line>\d+) ""(?<path>[^""]+)""\n[ \t]*public global::TypedCorpus\.Article (?<member>\w+) =>");

    private static readonly Regex PersonMember = new(
        @"/// <summary>(?<name>[^:<]+): (?<quotes>\d+) quotes? in [^\n]*</summary>\n#line (?<line>\d+) ""(?<path>[^""]+)""\n[ \t]*public global::TypedCorpus\.Person (?<member>\w+) =>");

    /// <summary>The members the generator wrote (EmitCompilerGeneratedFiles), with their doc text and #line targets.</summary>
    private void ReadGenerated()
    {
        var files = Directory.GetFiles(Path.Combine(Dir, "obj"), "*.g.cs", SearchOption.AllDirectories);
        foreach (var text in files.Select(f => File.ReadAllText(f).Replace("\r\n", "\n")))
        {
            foreach (Match m in ArticleMember.Matches(text))
            {
                int line = int.Parse(m.Groups["line"].Value);
                var path = m.Groups["path"].Value;
                Articles.Add(new GeneratedArticle(m.Groups["member"].Value, WebUtility.HtmlDecode(m.Groups["head"].Value), path, line,
                    File.ReadAllLines(path).ElementAtOrDefault(line - 1)?.Trim() ?? ""));
            }
            foreach (Match m in PersonMember.Matches(text))
                People.Add(new GeneratedPerson(m.Groups["member"].Value, WebUtility.HtmlDecode(m.Groups["name"].Value), int.Parse(m.Groups["quotes"].Value),
                    m.Groups["path"].Value, int.Parse(m.Groups["line"].Value)));
        }
        Articles.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        if (Articles.Count == 0 || People.Count == 0)
            throw new InvalidOperationException($"no article or person member found in the generated files: {string.Join(", ", files)}");
    }

    private static string RepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "TypedCorpus.sln"))) return d.FullName;
        throw new InvalidOperationException("repository root not found");
    }

    private static void Run(string workingDirectory, IReadOnlyDictionary<string, string> env, string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        LspClient.Isolate(psi, env);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(5))) { p.Kill(entireProcessTree: true); throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish"); }
        Assert.True(p.ExitCode == 0, $"{file} {string.Join(' ', args)} exited with {p.ExitCode}:\n{stdout.Result}{stderr.Result}");
    }
}
