using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace TypedCorpus.Benchmarks;

/// <summary>
/// What a consumer's compiler keeps alive, part by part, in one process that does what <c>csc</c> does with the package
/// (Roslyn of this project): the articles' texts, the generator run (its driver state, then the generated trees and the shared
/// extraction once the driver is let go), the analyzer, binding, and the emit of the assembly and its portable PDB. Each line:
/// the live managed heap after a full collection and what the step added. With <c>TYPEDCORPUS_MEMORY_PAUSE=K</c> the process
/// waits 60 s after step K, for a heap snapshot (<c>dotnet-gcdump</c>, or a ClrMD heap walk). A diagnostic aid, not a benchmark.
/// </summary>
public static class CompileMemory
{
    public static void Print(int n, bool seedSized)
    {
        long last = Live();
        int step = 0;
        var pauseAt = Environment.GetEnvironmentVariable("TYPEDCORPUS_MEMORY_PAUSE");
        void Step(string what)
        {
            long now = Live();
            Console.WriteLine($"{++step}. {what,-58} live {now / 1e6,8:F0} MB  ({(now - last) / 1e6,+8:F0} MB, {(now - last) / (double)n,7:F0} B per article)");
            last = now;
            if (pauseAt == step.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                Console.WriteLine($"   paused 60 s: dotnet-gcdump collect -p {Environment.ProcessId}");
                Thread.Sleep(60_000);
            }
        }
        var dir = Program.CorpusDir(n, seedSized);
        var texts = Directory.GetFiles(dir, "*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .Select(p => (AdditionalText)new FileText(p)).ToImmutableArray();
        foreach (var t in texts) t.GetText();
        Step("the articles' texts (the compiler keeps them)");

        var compilation = CSharpCompilation.Create("Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { public static class Program { public static void Main() { } } }") },
            References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Debug));
        var holder = new GeneratorDriver?[1];
        var output = RunGenerator(compilation, texts, holder);
        Step("generator run, its driver kept");
        holder[0] = null;
        Step("driver let go (generated trees and shared extraction stay)");
        var generated = output.SyntaxTrees.Skip(1).Select(t => (t.FilePath, Text: t.GetText().ToString())).ToArray();
        long chars = generated.Sum(t => (long)t.Text.Length);
        Console.WriteLine($"  generated: {generated.Length} files, {chars / 1e6:F1} M chars");
        foreach (var (kind, pick) in new (string, Func<string, bool>)[]
        {
            ("data chunks", f => f.Contains(".Data.", StringComparison.Ordinal)),
            ("article members", f => f.Contains(".Articles.", StringComparison.Ordinal)),
            ("other files", f => !f.Contains(".Data.", StringComparison.Ordinal) && !f.Contains(".Articles.", StringComparison.Ordinal)),
        })
        {
            var part = generated.Where(g => pick(g.FilePath)).ToArray();
            var parsed = part.Select(g => CSharpSyntaxTree.ParseText(SourceText.From(g.Text, Encoding.UTF8), (CSharpParseOptions)compilation.SyntaxTrees.First().Options, g.FilePath)).ToArray();
            foreach (var t in parsed) t.GetRoot();
            Step($"  a copy of the {kind} parsed ({part.Sum(g => (long)g.Text.Length) / 1e6:F1} M chars)");
            GC.KeepAlive(parsed);
            parsed = null;
            last = Live();
        }
        generated = null;
        last = Live();
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new TypedCorpus.Generator.CorpusAnalyzer());
        var withAnalyzers = output.WithAnalyzers(analyzers, new AnalyzerOptions(texts.CastArray<AdditionalText>()));
        var reported = withAnalyzers.GetAnalyzerDiagnosticsAsync().Result;
        Step($"analyzer run ({reported.Length} diagnostics kept)");
        withAnalyzers = null;
        var errors = output.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        Step($"declarations and method bodies bound ({errors} errors)");

        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        var peak = new PeakSampler();
        var embedded = output.SyntaxTrees.Skip(1).Select(t => EmbeddedText.FromSource(t.FilePath, t.GetText())).ToArray();
        var r = output.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb), embeddedTexts: embedded);
        embedded = null;
        peak.Stop();
        Step($"emitted ({(r.Success ? "ok" : "failed")}, dll {pe.Length / 1e6:F1} MB, pdb {pdb.Length / 1e6:F1} MB; streams kept)");
        Console.WriteLine($"  during the emit: at most {peak.Max / 1e6:F0} MB of managed heap (sampled, without a full collection)");
        GC.KeepAlive(texts);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static Compilation RunGenerator(Compilation compilation, ImmutableArray<AdditionalText> texts, GeneratorDriver?[] holder)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new TypedCorpus.Generator.TypedCorpusGenerator().AsSourceGenerator() },
            texts, (CSharpParseOptions)compilation.SyntaxTrees.First().Options, new GeneratorRuns.Options());
        holder[0] = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return output;
    }

    private static long Live()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(false);
    }

    private static MetadataReference[] References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll" or "TypedCorpus.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();

    /// <summary>An additional file read as the compiler reads one: from its bytes, once, then kept.</summary>
    private sealed class FileText(string path) : AdditionalText
    {
        private SourceText? _text;
        public override string Path { get; } = path;
        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            if (_text is null)
                using (var s = File.OpenRead(Path)) _text = SourceText.From(s, Encoding.UTF8);
            return _text;
        }
    }

    private sealed class PeakSampler
    {
        private readonly Thread _thread;
        private volatile bool _stop;
        public long Max;
        public PeakSampler()
        {
            _thread = new Thread(() => { while (!_stop) { Max = Math.Max(Max, GC.GetTotalMemory(false)); Thread.Sleep(20); } }) { IsBackground = true };
            _thread.Start();
        }
        public void Stop() { _stop = true; _thread.Join(); }
    }
}
