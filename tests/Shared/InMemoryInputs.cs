using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace TypedCorpus.Testing;

/// <summary>An in-memory additional file (one <see cref="SourceText"/> per instance, as the compiler gives).</summary>
public sealed class InMemoryText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);
    public override string Path { get; } = path;
    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Global analyzer config options (build_property.*); no per-file options.</summary>
public sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> global) : AnalyzerConfigOptionsProvider
{
    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value)
        {
            if (values.TryGetValue(key, out var v)) { value = v; return true; }
            value = ""; return false;
        }
    }
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(new Dictionary<string, string>());
}
