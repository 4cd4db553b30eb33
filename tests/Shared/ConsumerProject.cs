using System.Diagnostics;
using System.Text;

namespace TypedCorpus.Testing;

/// <summary>
/// A real consumer project in a temp folder outside the repo: it references the TypedCorpus library and the generator as an
/// analyzer (project references, as the package does) and is built and run with the `dotnet` CLI, as a user would.
/// Shared by the generator tests and the reliability tests.
/// </summary>
public sealed class ConsumerProject
{
    /// <summary>A project folder of its own (the name plus a fresh suffix), so that two test runs on one machine never share it.</summary>
    public ConsumerProject(string name) => Dir = Path.Combine(Path.GetTempPath(), name + "-" + Guid.NewGuid().ToString("N")[..8]);

    public string Dir { get; }

    /// <summary>The repository root (the folder holding TypedCorpus.sln), found from the test's output folder.</summary>
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "TypedCorpus.sln"))) dir = dir.Parent;
        if (dir == null) throw new InvalidOperationException("TypedCorpus.sln not found above " + AppContext.BaseDirectory);
        return dir.FullName;
    }

    /// <summary>Writes a fresh project (no Directory.Build.* of the repo leaks in) with the given extra MSBuild items.</summary>
    public void Create(string rootNamespace, string programCs, string seedsGlob = "seeds/*.txt")
    {
        var root = RepoRoot();
        Directory.CreateDirectory(Dir);
        Write("Directory.Build.props", "<Project />\n");
        Write("Directory.Build.targets", "<Project />\n");
        Write(rootNamespace + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>{rootNamespace}</RootNamespace>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{root}/src/TypedCorpus/TypedCorpus.csproj" />
                <ProjectReference Include="{root}/generator/TypedCorpus.Generator/TypedCorpus.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <AdditionalFiles Include="{seedsGlob}" />
              </ItemGroup>
              <Import Project="{root}/src/TypedCorpus/build/TypedCorpus.props" />
            </Project>
            """);
        Write("Program.cs", programCs);
    }

    public void Write(string relative, string text) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(text));

    public void WriteBytes(string relative, byte[] bytes)
    {
        var path = Path.Combine(Dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Runs <c>dotnet args</c> in the project folder; returns the exit code and stdout + stderr. Throws on timeout.</summary>
    public (int Code, string Output) Dotnet(string args, int timeoutSeconds = 600)
    {
        var psi = new ProcessStartInfo("dotnet", args)
        {
            WorkingDirectory = Dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        // The test host's MSBuild variables would point the child build at the test's SDK context.
        foreach (var key in psi.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
            psi.Environment.Remove(key);
        psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeoutSeconds * 1000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {args} did not finish in {timeoutSeconds} s");
        }
        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}
