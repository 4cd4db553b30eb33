extern alias gen;
using FsCheck.Fluent;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using gen::TypedCorpus.Generator;

namespace TypedCorpus.Reliability.Tests;

/// <summary>
/// Emitter.Lit: any string, as emitted, compiles and has exactly the same value (ordinal, UTF-16 code unit by code unit).
/// Lone surrogates have a defined outcome: they are emitted as \uXXXX escapes and round-trip unchanged.
/// Emitter.Doc: any string stays inside its /// line, is well-formed XML, and never ends the comment.
/// </summary>
public class EscapingTests
{
    private static readonly char[] LineBreaks = { '\r', '\n', '\u0085', '\u2028', '\u2029' };

    /// <summary>Compiles all strings as one array initializer and returns the values the compiled code holds.</summary>
    private static string?[] RoundTrip(IReadOnlyList<string?> values)
    {
        var sb = new StringBuilder("namespace Probe { public static class Values { public static readonly string?[] All = new string?[] {\n");
        foreach (var v in values)
        {
            var lit = Emitter.Lit(v);
            Assert.DoesNotContain(lit, c => Array.IndexOf(LineBreaks, c) >= 0); // one physical line, whatever the value
            sb.Append(lit).Append(",\n");
        }
        sb.Append("}; } }\n");
        var compilation = Harness.Compilation("Probe" + Guid.NewGuid().ToString("N"), sb.ToString());
        var asm = Harness.Load(compilation);
        var types = asm.GetTypes().Select(t => t.FullName).ToArray();
        Assert.Equal(new[] { "Probe.Values" }, types);
        return (string?[])asm.GetType("Probe.Values")!.GetField("All")!.GetValue(null)!;
    }

    private static void AssertRoundTrips(IReadOnlyList<string?> values)
    {
        var back = RoundTrip(values);
        Assert.Equal(values.Count, back.Length);
        for (int i = 0; i < values.Count; i++)
            Assert.True(string.Equals(values[i], back[i], StringComparison.Ordinal),
                $"value {i} did not round-trip: {Show(values[i])} became {Show(back[i])}");
    }

    internal static string Show(string? s) => s is null ? "null" : string.Concat(s.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:x4}" : c.ToString()));

    [Fact]
    public void Every_fragment_and_every_single_code_unit_round_trips()
    {
        var values = new List<string?> { null, "", };
        values.AddRange(Props.Fragments);
        for (int c = 0; c <= 0xFFFF; c += 1) if (c < 0x3000 || c >= 0xD700 && c < 0xE100 || c >= 0xFFF0) values.Add(((char)c).ToString());
        values.Add(string.Concat(Props.Fragments));
        AssertRoundTrips(values);
    }

    [Fact]
    public void Lone_surrogates_are_escaped_and_kept()
    {
        foreach (var s in new[] { "\ud800", "a\udc00b", "\udc00\ud800", "x\ud83d" })
        {
            var lit = Emitter.Lit(s);
            Assert.DoesNotContain(lit, char.IsSurrogate);
            Assert.Contains("\\u", lit);
        }
        AssertRoundTrips(new[] { "\ud800", "a\udc00b", "\udc00\ud800", "x\ud83d", "\ud83d\ude00" });
    }

    [Fact]
    public void Hostile_strings_round_trip_property()
    {
        // 25 compilations x up to 40 strings each: ~1000 generated strings per run, fixed seed.
        Props.Run(Props.HostileOrAny.ArrayOf(), 25, 7001, batch => AssertRoundTrips(batch));
    }

    /// <summary>Places Doc(s) on a /// line before a class and checks nothing escapes the comment.</summary>
    private static void AssertDocsStayInComments(IReadOnlyList<string> values)
    {
        var sb = new StringBuilder("namespace Probe {\n");
        for (int i = 0; i < values.Count; i++)
        {
            var doc = Emitter.Doc(values[i]);
            Assert.DoesNotContain(doc, c => Array.IndexOf(LineBreaks, c) >= 0);
            sb.Append("    /// <summary>").Append(doc).Append("</summary>\n");
            sb.Append("    /// <para>").Append(Emitter.Doc(values[i], 12)).Append(": facts.</para>\n");
            sb.Append($"    public static class C{i} {{ }}\n");
        }
        sb.Append("}\n");
        var src = sb.ToString();
        var tree = CSharpSyntaxTree.ParseText(src, Harness.Parse);
        var bad = tree.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(10).ToList();
        Assert.True(bad.Count == 0, string.Join("\n", bad) + "\n" + Show(src.Substring(0, Math.Min(src.Length, 2000))));
        var classes = tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Select(c => c.Identifier.Text).ToArray();
        Assert.Equal(Enumerable.Range(0, values.Count).Select(i => "C" + i), classes);
        // Each class carries exactly its two doc lines, and nothing but the doc comment precedes it.
        foreach (var c in tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
        {
            var docs = c.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)).ToList();
            Assert.Single(docs);
            var xml = (DocumentationCommentTriviaSyntax)docs[0].GetStructure()!;
            Assert.Equal(new[] { "summary", "para" }, xml.Content.OfType<XmlElementSyntax>().Select(e => e.StartTag.Name.ToString()));
        }
        var compilation = Harness.Compilation("Doc" + Guid.NewGuid().ToString("N"), src);
        var warnings = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(10).ToList();
        Assert.True(warnings.Count == 0, string.Join("\n", warnings));
    }

    [Fact]
    public void Every_fragment_and_code_unit_stays_inside_the_doc_comment()
    {
        var values = new List<string>(Props.Fragments) { "", string.Concat(Props.Fragments), new string('x', 500) + "</summary>" };
        for (int c = 0; c < 0x10000; c += 97) values.Add(((char)c).ToString());
        foreach (var c in new[] { 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xFFFE, 0xFFFF, 0xFEFF }) values.Add(((char)c).ToString());
        AssertDocsStayInComments(values);
    }

    [Fact]
    public void Hostile_doc_text_property()
    {
        Props.Run(Props.HostileOrAny.ArrayOf(), 25, 7002, batch => AssertDocsStayInComments(batch));
    }

    [Fact]
    public void Doc_is_clipped()
    {
        var doc = Emitter.Doc(new string('a', 10_000), 160);
        Assert.True(doc.Length <= 161);
    }
}
