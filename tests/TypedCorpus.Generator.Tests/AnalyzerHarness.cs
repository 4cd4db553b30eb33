using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace TypedCorpus.Generator.Tests;

/// <summary>An additional file whose text is given as a <see cref="SourceText"/> (any encoding), or null, or that throws.</summary>
public sealed class RawText(string path, Func<SourceText?> text) : AdditionalText
{
    public override string Path { get; } = path;
    public override SourceText? GetText(CancellationToken cancellationToken = default) => text();
}

/// <summary>The same analyzer config options for every file (what an .editorconfig section matching *.txt gives).</summary>
public sealed class FileOptionsProvider(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
{
    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            foreach (var kv in values)
                if (string.Equals(kv.Key, key, StringComparison.OrdinalIgnoreCase)) { value = kv.Value; return true; }
            value = ""; return false;
        }
    }
    private readonly Options _options = new(values);
    public override AnalyzerConfigOptions GlobalOptions => _options;
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;
}

/// <summary>Runs <see cref="CorpusAnalyzer"/> offline with <see cref="CompilationWithAnalyzers"/>.</summary>
public static class AnalyzerHarness
{
    public static AdditionalText File(string name, string text) => new InMemoryText("/corpus/seeds/" + name, text);

    public static ImmutableArray<Diagnostic> Run(IEnumerable<AdditionalText> texts,
        IReadOnlyDictionary<string, string>? editorConfig = null, IReadOnlyDictionary<string, ReportDiagnostic>? specific = null, string? source = null)
    {
        var compilation = source is null ? GeneratorHarness.Compilation() : GeneratorHarness.Compilation(source);
        if (specific != null)
            compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(specific));
        var exceptions = new List<Exception>();
        var options = new AnalyzerOptions(texts.ToImmutableArray(), new FileOptionsProvider(editorConfig ?? new Dictionary<string, string>()));
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CorpusAnalyzer()),
            new CompilationWithAnalyzersOptions(options, (ex, _, _) => exceptions.Add(ex), concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var all = withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        Assert.Empty(exceptions);
        Assert.DoesNotContain(all, d => d.Id.StartsWith("AD", StringComparison.Ordinal) || d.Id.StartsWith("CS", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error);
        return all.Where(d => d.Id.StartsWith("TC", StringComparison.Ordinal))
                  .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    /// <summary>"path(line,col)-(line,col)" with 1-based lines and columns, like the compiler prints (plus the end).</summary>
    public static string Where(Diagnostic d)
    {
        var s = d.Location.GetLineSpan();
        return $"{Path.GetFileName(s.Path)}({s.StartLinePosition.Line + 1},{s.StartLinePosition.Character + 1})-({s.EndLinePosition.Line + 1},{s.EndLinePosition.Character + 1})";
    }

    /// <summary>The text the diagnostic's span covers in <paramref name="text"/>.</summary>
    public static string Covered(Diagnostic d, string text) => text.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length);

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !System.IO.File.Exists(Path.Combine(dir.FullName, "TypedCorpus.sln"))) dir = dir.Parent;
        Assert.NotNull(dir);
        return dir!.FullName;
    }

    public static SourceText Latin1(string s) => SourceText.From(s, Encoding.Latin1);
}
