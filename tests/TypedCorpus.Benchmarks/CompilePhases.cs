using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace TypedCorpus.Benchmarks;

/// <summary>
/// The compiler's own work on the generated sources, phase by phase, in one process (Roslyn of this project, not the SDK's):
/// the generator run (extraction, corpus step, emit, parse of the generated text), declaration and method binding
/// (<c>GetDiagnostics</c>), emit of the assembly with its portable PDB, and the same emit with a reference assembly beside it
/// (what <c>dotnet build</c> does). Each phase: wall time and bytes allocated. A diagnostic aid, not a benchmark.
/// </summary>
public static class CompilePhases
{
    public static void Print(int n, bool seedSized)
    {
        var b = new GeneratorRuns { N = n, SeedSized = seedSized };
        b.Setup();
        GeneratorDriver? driver = null;
        Compilation? output = null;
        Phase("generator (extract, plan, emit, parse)", () => { driver = b.Driver().RunGeneratorsAndUpdateCompilation(b.Compilation, out output, out _); });
        var trees = output!.SyntaxTrees.ToArray();
        long chars = trees.Sum(t => (long)t.Length), data = trees.Where(t => t.FilePath.Contains(".Data.", StringComparison.Ordinal)).Sum(t => (long)t.Length);
        Console.WriteLine($"  generated: {trees.Length} files, {chars / 1e6:F1} M chars ({data / 1e6:F1} M in data chunks)");
        // a fresh compilation over the same trees, so every phase below starts from parsed text
        var refs = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll" or "TypedCorpus.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
        var c = CSharpCompilation.Create("Consumer", trees, refs, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Debug));
        Phase("declarations + bind method bodies (GetDiagnostics)", () => Console.Write($"  [{c.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error)} errors{string.Concat(c.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(2).Select(d => "; " + d))}] "));
        Phase("emit dll + portable pdb", () => Emit(c, refAssembly: false));
        Phase("emit dll + portable pdb + ref assembly", () => Emit(c, refAssembly: true));
        GC.KeepAlive(driver);
    }

    private static void Emit(Compilation c, bool refAssembly)
    {
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        using var meta = refAssembly ? new MemoryStream() : null;
        var r = c.Emit(pe, pdb, metadataPEStream: meta, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb, includePrivateMembers: !refAssembly));
        Console.Write($"  [{(r.Success ? "ok" : "failed")}, dll {pe.Length / 1e6:F1} MB, pdb {pdb.Length / 1e6:F1} MB{(meta is null ? "" : $", ref {meta.Length / 1e6:F1} MB")}] ");
    }

    private static void Phase(string name, Action run)
    {
        GC.Collect();
        long before = GC.GetTotalAllocatedBytes(true);
        var sw = Stopwatch.StartNew();
        run();
        sw.Stop();
        GC.Collect();
        Console.WriteLine($"{name}: {sw.Elapsed.TotalSeconds:F2} s, {(GC.GetTotalAllocatedBytes(true) - before) / 1e9:F2} GB allocated, {GC.GetTotalMemory(false) / 1e9:F2} GB live after, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e9:F2} GB");
    }
}
