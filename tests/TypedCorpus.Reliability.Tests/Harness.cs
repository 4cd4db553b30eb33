extern alias gen;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TypedCorpus.Extraction;
using gen::TypedCorpus.Generator;

namespace TypedCorpus.Reliability.Tests;

/// <summary>Runs the generator in memory and offline (adapted from the generator tests' harness); compiles and loads C# text.</summary>
public static class Harness
{
    public static readonly ImmutableArray<MetadataReference> References = LoadReferences();
    public static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var tpa = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var refs = tpa.Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
                      .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
        refs.Add(MetadataReference.CreateFromFile(typeof(TypedCorpus.Article).Assembly.Location));
        return refs.ToImmutableArray();
    }

    public static string SeedsDir => Path.Combine(AppContext.BaseDirectory, "seeds");
    public static string[] SeedFiles => Directory.GetFiles(SeedsDir, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToArray();
    public static string SeedText(string path) => TextDecoding.Decode(File.ReadAllBytes(path), out _);

    public static CSharpCompilation Compilation(string name, params string[] sources) =>
        CSharpCompilation.Create(name,
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, Parse, path: $"Source{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> texts, IReadOnlyDictionary<string, string>? options = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new TypedCorpusGenerator().AsSourceGenerator() },
            texts,
            Parse,
            new TestOptionsProvider(options ?? new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    public const string Consumer = "namespace Consumer { public static class Program { public static void Main() { } } }";

    public static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics, GeneratorDriverRunResult Result) Run(IEnumerable<AdditionalText> texts, IReadOnlyDictionary<string, string>? options = null)
    {
        var driver = Driver(texts, options).RunGeneratorsAndUpdateCompilation(Compilation("Consumer", Consumer), out var output, out var diagnostics);
        return (output, diagnostics, driver.GetRunResult());
    }

    /// <summary>The generated sources of a run as (hint name, text), ordinal by hint name.</summary>
    public static List<(string Hint, string Text)> Sources(GeneratorDriverRunResult r) =>
        r.Results.SelectMany(g => g.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString()))
            .OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();

    /// <summary>Emits and loads the compilation in a collectible context; fails with the compiler's errors if it does not compile.</summary>
    public static Assembly Load(Compilation compilation)
    {
        using var ms = new MemoryStream();
        var emit = compilation.Emit(ms);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Take(20)));
        ms.Position = 0;
        var ctx = new AssemblyLoadContext("reliability-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        ctx.Resolving += (c, n) => n.Name == typeof(TypedCorpus.Article).Assembly.GetName().Name ? typeof(TypedCorpus.Article).Assembly : null;
        return ctx.LoadFromStream(ms);
    }

    public static void AssertNoErrors(Compilation c)
    {
        var errors = c.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Take(20).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}

/// <summary>The lossless property: every non-blank line of the decoded text is in <see cref="ArticleModel.Lines"/> with its exact text.</summary>
public static class Lossless
{
    public static bool IsBlank(string line) => line.Replace('\u00A0', ' ').Trim().Length == 0;

    /// <summary>Null when the model holds every non-blank line exactly once with its exact text; else what is wrong.</summary>
    public static string? Check(ArticleModel a, string text)
    {
        var lines = TextDecoding.SplitLines(text);
        var byNumber = new Dictionary<int, SourceLine>();
        foreach (var l in a.Lines)
        {
            if (l.Number < 1 || l.Number > lines.Count) return $"line number {l.Number} out of range 1..{lines.Count}";
            if (!byNumber.TryAdd(l.Number, l)) return $"line {l.Number} recorded twice";
        }
        for (int i = 0; i < lines.Count; i++)
        {
            if (byNumber.TryGetValue(i + 1, out var l))
            {
                if (!string.Equals(l.Raw, lines[i], StringComparison.Ordinal)) return $"line {i + 1} changed";
            }
            else if (!IsBlank(lines[i])) return $"line {i + 1} is lost";
        }
        // Rebuild the file from the model and the original line breaks.
        return Rebuild(a, text) == text ? null : "rebuild differs";
    }

    public static string Rebuild(ArticleModel a, string original)
    {
        var lines = TextDecoding.SplitLines(original);
        var byNumber = a.Lines.ToDictionary(l => l.Number);
        var sb = new System.Text.StringBuilder(original.Length);
        int pos = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            sb.Append(byNumber.TryGetValue(i + 1, out var l) ? l.Raw : lines[i]);
            pos += lines[i].Length;
            if (pos < original.Length && original[pos] == '\r')
            {
                sb.Append('\r'); pos++;
                if (pos < original.Length && original[pos] == '\n') { sb.Append('\n'); pos++; }
            }
            else if (pos < original.Length && original[pos] == '\n') { sb.Append('\n'); pos++; }
        }
        return sb.ToString();
    }
}
