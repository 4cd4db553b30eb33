using System.Collections.Immutable;
using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TypedCorpus.Generator;

namespace TypedCorpus.Package.Tests;

/// <summary>
/// Packs the repository into a temporary folder once, then checks the package layout, a fresh consumer project outside
/// the repository that references only the package, and the CLI installed as a dotnet tool from that folder.
/// Everything restores offline: a private packages folder and a nuget.config with the temporary folder as its only source.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "typedcorpus-pack-" + Guid.NewGuid().ToString("N")[..8]);
    public string Repo { get; } = FindRepo();
    public string Feed => Path.Combine(Root, "feed");
    public string LibraryPackage => Path.Combine(Feed, "TypedCorpus.0.1.0.nupkg");
    public string ToolPackage => Path.Combine(Feed, "TypedCorpus.Tool.0.1.0.nupkg");

    public PackageFixture()
    {
        Directory.CreateDirectory(Feed);
        Run.Dotnet(Repo, null, "pack", Path.Combine(Repo, "src", "TypedCorpus", "TypedCorpus.csproj"), "-c", "Release", "-o", Feed);
        Run.Dotnet(Repo, null, "pack", Path.Combine(Repo, "src", "TypedCorpus.Cli", "TypedCorpus.Cli.csproj"), "-c", "Release", "-o", Feed);
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>Environment for the consumer side: a private packages folder, so nothing stale comes from the global cache.</summary>
    public Dictionary<string, string> ConsumerEnv => new() { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") };

    private static string FindRepo()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "TypedCorpus.sln"))) return d.FullName;
        throw new InvalidOperationException("repository root not found");
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

public static class Run
{
    public static string Dotnet(string workingDirectory, IReadOnlyDictionary<string, string>? env, params string[] args) =>
        Process(workingDirectory, env, "dotnet", args);

    public static string Process(string workingDirectory, IReadOnlyDictionary<string, string>? env, string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        // Do not leak the test host's MSBuild settings into the child builds.
        foreach (var key in psi.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k == "DOTNET_HOST_PATH").ToList())
            psi.Environment.Remove(key);
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        if (env is not null) foreach (var (k, v) in env) psi.Environment[k] = v;
        using var p = System.Diagnostics.Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(8))) { p.Kill(entireProcessTree: true); throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish"); }
        var output = stdout.Result + stderr.Result;
        Assert.True(p.ExitCode == 0, $"{file} {string.Join(' ', args)} exited with {p.ExitCode}:\n{output}");
        return stdout.Result;
    }
}

public class PackageTests(PackageFixture pack) : IClassFixture<PackageFixture>
{
    [Fact]
    public void Library_package_has_the_expected_layout_and_metadata()
    {
        using var zip = ZipFile.OpenRead(pack.LibraryPackage);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        foreach (var expected in new[]
        {
            "lib/netstandard2.0/TypedCorpus.dll", "lib/netstandard2.0/TypedCorpus.xml",
            "lib/net8.0/TypedCorpus.dll", "lib/net8.0/TypedCorpus.xml",
            "analyzers/dotnet/cs/TypedCorpus.Generator.dll",
            "build/TypedCorpus.props", "build/TypedCorpus.targets",
            "buildTransitive/TypedCorpus.props", "buildTransitive/TypedCorpus.targets",
        })
            Assert.Contains(expected, entries);
        // The generator is an analyzer only, never a library reference; nothing else is needed next to it.
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Generator", StringComparison.Ordinal));
        Assert.Single(entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal));

        var nuspec = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var meta = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("TypedCorpus", meta.Element(ns + "id")!.Value);
        Assert.Equal("MIT", meta.Element(ns + "license")!.Value);
        Assert.NotNull(meta.Element(ns + "repository")?.Attribute("url"));
        // Dependencies: only System.Memory (ReadOnlySpan<byte> for the compiled-in data), and only for netstandard2.0.
        var groups = meta.Descendants(ns + "group").ToList();
        Assert.All(groups.Where(g => (string?)g.Attribute("targetFramework") != ".NETStandard2.0"), g => Assert.Empty(g.Elements()));
        Assert.Equal(new[] { "System.Memory" }, meta.Descendants(ns + "dependency").Select(d => (string)d.Attribute("id")!).ToArray());

        // The props make the options visible to the generator; the targets add seeds/**/*.txt unless turned off.
        var props = new StreamReader(zip.GetEntry("build/TypedCorpus.props")!.Open()).ReadToEnd();
        Assert.Contains("CompilerVisibleProperty Include=\"TypedCorpusNamespace\"", props);
        Assert.Contains("CompilerVisibleProperty Include=\"TypedCorpusRequire\"", props);
        var targets = new StreamReader(zip.GetEntry("build/TypedCorpus.targets")!.Open()).ReadToEnd();
        Assert.Contains("seeds/**/*.txt", targets);
        Assert.Contains("TypedCorpusAutoInclude", targets);

        // The generator targets Roslyn 4.8 so .NET 8 SDK / VS 17.8 users can load it.
        using var ms = new MemoryStream();
        zip.GetEntry("analyzers/dotnet/cs/TypedCorpus.Generator.dll")!.Open().CopyTo(ms);
        ms.Position = 0;
        using var pe = new PEReader(ms);
        var md = pe.GetMetadataReader();
        var roslyn = md.AssemblyReferences.Select(h => md.GetAssemblyReference(h)).Where(r => md.GetString(r.Name).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(roslyn);
        Assert.All(roslyn, r => Assert.True(r.Version <= new Version(4, 8, 0, 0), $"{md.GetString(r.Name)} {r.Version}"));
    }

    [Fact]
    public void Fresh_console_project_referencing_only_the_package_builds_and_prints_the_corpus()
    {
        var app = Path.Combine(pack.Root, "app");
        Directory.CreateDirectory(Path.Combine(app, "seeds"));
        var seeds = Directory.GetFiles(Path.Combine(pack.Repo, "seeds"), "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        foreach (var s in seeds) File.Copy(s, Path.Combine(app, "seeds", Path.GetFileName(s)));
        // An article with the app's own typed front matter, declared in C# with [CorpusFields] from the package.
        var fielded = Path.Combine(app, "seeds", "zz_fields.txt");
        File.WriteAllText(fielded, "---\ntitle: Gempa Palu\ndesk: Nusantara\nregion: jawa-barat\ntags: gempa, palu\ndate: 2025-05-10\n---\n" +
            "Palu (ANTARA) - Gempa berkekuatan 5,2 magnitudo mengguncang Kota Palu pagi ini, kata petugas BMKG setempat kepada wartawan.\n");
        seeds = seeds.Append(fielded).ToArray();
        File.WriteAllText(Path.Combine(app, "NewsFields.cs"), """
            using TypedCorpus;
            namespace App;
            [CorpusFields]
            public sealed record NewsFields
            {
                public string? Desk { get; init; }
                public Region Region { get; init; } = Region.Nasional;
                public System.Collections.Generic.IReadOnlyList<string> Tags { get; init; } = [];
            }
            public enum Region { Nasional, JawaBarat, Bali }
            """);
        File.WriteAllText(Path.Combine(app, "App.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TypedCorpus" Version="0.1.0" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using App;
            System.Console.WriteLine($"articles={Corpus.Articles.Count} quotes={Corpus.Quotes.Count} first={Corpus.Articles[0].File}");
            var f = Corpus.Articles[Corpus.Articles.Count - 1].Fields();
            System.Console.WriteLine($"fields: {f.Desk} {f.Region} {string.Join("|", f.Tags)}; seed: {Corpus.Articles[0].Fields().Region}");
            """);

        var output = Run.Dotnet(app, pack.ConsumerEnv, "run", "--disable-build-servers");

        var files = seeds.Select(p => (AdditionalText)new FileText(p)).ToArray();
        var plan = TypedCorpusGenerator.Plan(files.Select(f => TypedCorpusGenerator.Parse(f, default)).ToImmutableArray(), default);
        int quotes = plan.Articles.Sum(a => a.Model.Quotes.Count);
        Assert.Contains($"articles={seeds.Length} quotes={quotes} first={Path.GetFileName(seeds[0])}", output);
        Assert.Contains("fields: Nusantara JawaBarat gempa|palu; seed: Nasional", output);
    }

    [Fact]
    public void Cli_installs_as_a_dotnet_tool_from_the_folder_and_runs()
    {
        var tools = Path.Combine(pack.Root, "tools");
        Run.Dotnet(pack.Root, pack.ConsumerEnv, "tool", "install", "TypedCorpus.Tool", "--tool-path", tools, "--add-source", pack.Feed, "--version", "0.1.0");
        var exe = Path.Combine(tools, OperatingSystem.IsWindows() ? "typedcorpus.exe" : "typedcorpus");
        var report = Run.Process(pack.Root, null, exe, "report");
        Assert.Matches(new Regex(@"TypedCorpus: 5 articles, \d+ quotes"), report);
        var json = Run.Process(pack.Root, null, exe, "export", Path.Combine(pack.Repo, "seeds"));
        Assert.Equal(5, Regex.Matches(json, "\"file\":").Count);
    }

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path { get; } = path;
        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path), System.Text.Encoding.UTF8);
    }
}
