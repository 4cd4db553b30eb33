using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TypedCorpus.Generator;

namespace TypedCorpus.Generator.Tests;

/// <summary>Runs the generator in memory, offline, against the running runtime's assemblies plus TypedCorpus.dll.</summary>
public static class GeneratorHarness
{
    public static readonly ImmutableArray<MetadataReference> References = LoadReferences();

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var tpa = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var refs = tpa.Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
                      .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
        refs.Add(MetadataReference.CreateFromFile(typeof(TypedCorpus.Article).Assembly.Location));
        return refs.ToImmutableArray();
    }

    public static CSharpCompilation Compilation(string source = "namespace Consumer { public static class Program { public static void Main() { } } }") =>
        CSharpCompilation.Create("Consumer",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Program.cs") },
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> texts, IReadOnlyDictionary<string, string>? options = null, bool trackSteps = true) =>
        CSharpGeneratorDriver.Create(
            new[] { new TypedCorpusGenerator().AsSourceGenerator() },
            texts,
            new CSharpParseOptions(LanguageVersion.Latest),
            new TestOptionsProvider(options ?? new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics, GeneratorDriverRunResult Result) Run(IEnumerable<AdditionalText> texts, string? source = null, IReadOnlyDictionary<string, string>? options = null)
    {
        var compilation = source is null ? Compilation() : Compilation(source);
        var driver = Driver(texts, options).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (output, diagnostics, driver.GetRunResult());
    }

    public static IEnumerable<AdditionalText> Seeds() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .Select(p => (AdditionalText)new InMemoryText(p, File.ReadAllText(p)));

    /// <summary>
    /// The text of a generated file with the data of its packed chunk constants decoded (their records' UTF-8 text appended), so
    /// a test can look for an article's text in the file that stores it.
    /// </summary>
    public static string WithData(SyntaxTree tree)
    {
        var sb = new System.Text.StringBuilder(tree.ToString());
        foreach (var v in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax>())
            if (v.Identifier.ValueText.StartsWith("Chunk", StringComparison.Ordinal) && v.Initializer?.Value is Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax l)
                sb.Append('\n').Append(System.Text.Encoding.UTF8.GetString(Inflated(Unpack(l.Token.ValueText))));
        return sb.ToString();
    }

    /// <summary>The records of a chunk's data with every compressed article record inflated (see <c>CompiledData.ArticleData</c>).</summary>
    public static byte[] Inflated(byte[] data)
    {
        var output = new List<byte>();
        int at = 0;
        int Int()
        {
            int value = 0, shift = 0;
            while (true)
            {
                byte b = data[at++];
                if (b >= 0x40) { value |= (b - 0x40) << shift; shift += 6; continue; }
                return value | (b - 0x20) << shift;
            }
        }
        while (at < data.Length)
        {
            int length = Int(), end = at + length, start = at;
            int file = Int();
            if (file > 0) at += file - 1;
            output.AddRange(data.AsSpan(start, at - start).ToArray());
            if (at < end && data[at] == TypedCorpus.Generator.CompiledData.CompressedMark)
            {
                at++;
                var rest = new byte[Int()];
                using (var z = new System.IO.Compression.DeflateStream(new MemoryStream(data, at, end - at), System.IO.Compression.CompressionMode.Decompress))
                    z.ReadExactly(rest);
                output.AddRange(rest);
            }
            else output.AddRange(data.AsSpan(at, end - at).ToArray());
            at = end;
        }
        return output.ToArray();
    }

    /// <summary>The bytes of a packed chunk constant (the inverse of <see cref="Emitter.Packed(byte[])"/>, as the library reads it).</summary>
    public static byte[] Unpack(string packed)
    {
        var bytes = new byte[(packed.Length - 1) * 2 - (packed[0] == '1' ? 1 : 0)];
        for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)(packed[1 + i / 2] >> (i % 2 * 8));
        return bytes;
    }

    /// <summary>Emits the compilation to memory and loads it; fails the test with the compiler's errors if it does not compile.</summary>
    public static Assembly Load(Compilation compilation)
    {
        using var ms = new MemoryStream();
        var emit = compilation.Emit(ms);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return Assembly.Load(ms.ToArray());
    }
}
