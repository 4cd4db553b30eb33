using System.Text;
using FsCheck.Fluent;
using TypedCorpus.Extraction;

namespace TypedCorpus.Reliability.Tests;

/// <summary>
/// The engine under random and mutated input: never throws, never reports an internal error, never loses a line.
/// (Linearity is a benchmark matter: see docs/reliability.md; no timed asserts here.)
/// </summary>
public class EngineTests
{
    internal static void AssertSafe(string file, string text)
    {
        ArticleModel a;
        try { a = ArticleExtractor.Extract(file, text); }
        catch (Exception ex) { throw new Xunit.Sdk.XunitException($"Extract threw {ex.GetType().Name}: {ex.Message} for {EscapingTests.Show(Clip(text))}"); }
        var internalError = a.Diagnostics.FirstOrDefault(d => d.Id == DiagnosticIds.InternalError);
        Assert.True(internalError is null, internalError?.Message + " for " + EscapingTests.Show(Clip(text)));
        var problem = Lossless.Check(a, text);
        Assert.True(problem is null, problem + " for " + EscapingTests.Show(Clip(text)));
        foreach (var d in a.Diagnostics) Assert.True(d.Line >= 1 && d.Column >= 0 && d.Length >= 0, $"diagnostic {d.Id} is not located: {d}");
    }

    internal static void AssertSafe(string file, byte[] bytes)
    {
        var text = TextDecoding.Decode(bytes, out _);
        ArticleModel a = ArticleExtractor.Extract(file, bytes);
        Assert.DoesNotContain(a.Diagnostics, d => d.Id == DiagnosticIds.InternalError);
        var problem = Lossless.Check(a, text);
        Assert.True(problem is null, problem);
    }

    private static string Clip(string s) => s.Length <= 300 ? s : s.Substring(0, 300) + "…";

    [Fact]
    public void Random_unicode_text_property()
    {
        Props.Run(Props.Text, 400, 7201, t => AssertSafe("random.txt", t), endSize: 200);
    }

    [Fact]
    public void Random_code_units_property()
    {
        Props.Run(Props.AnyString, 300, 7202, t => AssertSafe("units.txt", t), endSize: 300);
    }

    [Fact]
    public void Random_bytes_through_the_decoder_property()
    {
        Props.Run(Props.Bytes, 300, 7203, b =>
        {
            var text = TextDecoding.Decode(b, out var problem);
            Assert.NotNull(text);
            if (problem != null) Assert.Equal(DiagnosticIds.Unreadable, problem.Id);
            AssertSafe("bytes.txt", b);
        }, endSize: 400);
    }

    [Fact]
    public void Valid_utf8_decodes_exactly_property()
    {
        // Any text of valid scalar values survives encode → decode unchanged (a BOM is dropped once); NUL is reported as binary.
        var valid = Props.Text.Select(t => new string(t.Where(c => !char.IsSurrogate(c)).ToArray()));
        Props.Run(valid, 300, 7206, t =>
        {
            var bytes = new UTF8Encoding(false).GetBytes(t);
            var back = TextDecoding.Decode(bytes, out var problem);
            var expected = t.StartsWith('\uFEFF') ? t.Substring(1) : t;
            Assert.Equal(expected, back);
            if (expected.Contains('\0')) Assert.Equal(DiagnosticIds.Unreadable, problem?.Id);
            else Assert.Null(problem);
            var withBom = TextDecoding.Decode(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray(), out _);
            Assert.Equal(t, withBom);
        });
    }

    [Fact]
    public void Random_byte_flips_in_seeds_property()
    {
        var seeds = Harness.SeedFiles.Select(File.ReadAllBytes).ToArray();
        Props.Run(Gen.Zip(Gen.Choose(0, seeds.Length - 1), Gen.Choose(0, int.MaxValue)), 60, 7204, p =>
        {
            var rnd = new Random(p.Item2);
            var bytes = (byte[])seeds[p.Item1].Clone();
            for (int k = rnd.Next(1, 20); k > 0; k--) bytes[rnd.Next(bytes.Length)] = (byte)rnd.Next(256);
            AssertSafe("flipped.txt", bytes);
        });
    }

    private static readonly string[] Quotes = { "\"", "“", "”", "'", "‘", "’", "«", "»", "\"\"", "„", "`" };

    /// <summary>Applies 1–12 random edits to a seed's lines: cut, duplicate, shuffle, insert quote marks, swap line breaks.</summary>
    internal static string Mutate(string text, Random rnd)
    {
        var lines = TextDecoding.SplitLines(text);
        for (int k = rnd.Next(1, 13); k > 0 && lines.Count > 0; k--)
        {
            int i = rnd.Next(lines.Count);
            switch (rnd.Next(8))
            {
                case 0: lines.RemoveAt(i); break;
                case 1: lines.Insert(i, lines[rnd.Next(lines.Count)]); break;
                case 2: lines = lines.OrderBy(_ => rnd.Next()).ToList(); break;
                case 3: lines[i] = lines[i].Insert(rnd.Next(lines[i].Length + 1), Quotes[rnd.Next(Quotes.Length)]); break;
                case 4: lines[i] = lines[i].Substring(0, rnd.Next(lines[i].Length + 1)); break;
                case 5: lines.Insert(i, rnd.Next(3) switch { 0 => "---", 1 => "", _ => "  \u00A0 " }); break;
                case 6: lines[i] = new string(Quotes[rnd.Next(Quotes.Length)][0], rnd.Next(1, 200)) + lines[i]; break;
                default: lines[i] = lines[i] + Props.Fragments[rnd.Next(Props.Fragments.Length)]; break;
            }
        }
        var sb = new StringBuilder();
        foreach (var l in lines) sb.Append(l).Append(rnd.Next(4) switch { 0 => "\r\n", 1 => "\r", _ => "\n" });
        return sb.ToString();
    }

    [Fact]
    public void Mutated_seeds_property()
    {
        var seeds = Harness.SeedFiles.Select(Harness.SeedText).ToArray();
        Props.Run(Gen.Zip(Gen.Choose(0, seeds.Length - 1), Gen.Choose(0, int.MaxValue)), 250, 7205,
            p => AssertSafe("mutated.txt", Mutate(seeds[p.Item1], new Random(p.Item2))));
    }

    [Fact]
    public void Seeds_are_lossless_with_any_line_breaks()
    {
        foreach (var path in Harness.SeedFiles)
        {
            var text = Harness.SeedText(path);
            AssertSafe(Path.GetFileName(path), text);
            AssertSafe(Path.GetFileName(path), text.Replace("\r\n", "\n").Replace("\n", "\r\n"));
            AssertSafe(Path.GetFileName(path), text.Replace("\r\n", "\n").Replace("\n", "\r"));
            AssertSafe(Path.GetFileName(path), "\uFEFF" + text);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("   \r\n\t\r\n\u00A0")]
    [InlineData("---")]
    [InlineData("---\ntitle: x")]
    [InlineData("---\n---")]
    [InlineData("\"")]
    [InlineData("“Tanpa penutup, kata dia.")]
    [InlineData("\0\0\0")]
    [InlineData("\ud800")]
    [InlineData("\r")]
    [InlineData("\u2028\u2029")]
    public void Edge_texts(string text) => AssertSafe("edge.txt", text);

    [Fact]
    public void Long_adversarial_lines_survive()
    {
        // Size survival only (no timing): 80,000 quote marks, a 1 MB line of dateline-like prefixes, nested parentheses.
        AssertSafe("quotes.txt", new string('"', 80_000));
        AssertSafe("curly.txt", string.Concat(Enumerable.Repeat("“a ", 30_000)));
        AssertSafe("dateline.txt", string.Concat(Enumerable.Repeat("Jakarta, ", 110_000)) + "- x");
        AssertSafe("parens.txt", new string('(', 50_000) + "credit/x" + new string(')', 50_000));
        AssertSafe("words.txt", string.Concat(Enumerable.Repeat("Baca juga: a b ", 60_000)));
    }

    [Fact]
    public void Run_on_sentences_of_many_quotes_and_agreements_survive()
    {
        // Shapes that once cost time quadratic in their length (one "sentence" holding thousands of quotes, groups or names):
        // each must finish (the hang detector of the test run is the only clock) and keep every character.
        AssertSafe("quotes-one-sentence.txt", string.Concat(Enumerable.Repeat("\"A,\" kata Putin, \"B.\" ", 20_000)));
        AssertSafe("single-quotes.txt", string.Concat(Enumerable.Repeat("\u2018a\u2019 ", 30_000)));
        AssertSafe("groups.txt", string.Concat(Enumerable.Repeat("keduanya berkomitmen kedua negara sepakat untuk ", 15_000)));
        AssertSafe("name-list.txt", string.Concat(Enumerable.Repeat("Jakarta, ", 110_000)) + "dan Bogor sepakat untuk bekerja sama.");
        AssertSafe("quote-paragraphs.txt", string.Concat(Enumerable.Repeat("\"A,\" kata Putin, \"B.\"\n\n", 20_000)));
    }
}
