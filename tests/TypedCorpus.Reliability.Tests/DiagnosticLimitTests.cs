extern alias gen;
using System.Text;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis;
using TypedCorpus.Extraction;
using gen::TypedCorpus.Generator;

namespace TypedCorpus.Reliability.Tests;

/// <summary>
/// What a diagnostic says about a hostile file: a file that is not text gets TC0001 and nothing else (engine, analyzer, CLI);
/// a message is one line of bounded length with no raw bidirectional control, whatever text it quotes.
/// </summary>
[Collection("cli")]
public class DiagnosticLimitTests
{
    /// <summary>Binary garbage that would give unclosed quotes, an impossible date, an unknown front matter key… if it were read as text.</summary>
    internal static byte[] Garbage()
    {
        var rnd = new Random(7501);
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes("---\nsumber: x\n---\nJUDUL- Berita\n\n31 Februari 2025 “a\n"));
        for (int i = 0; i < 40; i++)
        {
            var chunk = new byte[64]; rnd.NextBytes(chunk);
            bytes.AddRange(chunk);
            bytes.AddRange(Encoding.UTF8.GetBytes("\n\n“Kami " + i + "\n\n\"x\n"));
        }
        return bytes.ToArray();
    }

    [Fact]
    public void A_file_that_is_not_text_gets_tc0001_and_nothing_else()
    {
        var garbage = Garbage();
        var binary = garbage.ToArray(); binary[100] = 0;
        var invalid = garbage.Select(b => b == 0 ? (byte)0xFF : b).ToArray();
        foreach (var bytes in new[] { binary, invalid })
        {
            var model = ArticleExtractor.Extract("bad.txt", bytes);
            Assert.Equal(DiagnosticIds.Unreadable, Assert.Single(model.Diagnostics).Id);
            Assert.Null(Lossless.Check(model, TextDecoding.Decode(bytes, out _))); // the text is still kept
            // and it is not text at all when read as text: many findings
            Assert.True(ArticleExtractor.Extract("bad.txt", TextDecoding.Decode(bytes, out _)).Diagnostics.Count > 5);
        }

        using var dir = new TempDir();
        dir.Bytes("binary.txt", binary);
        dir.Bytes("binary-copy.txt", binary);
        dir.Bytes("invalid.txt", invalid);
        dir.File("good.txt", NormalisationTests.Zoe);

        // the CLI: one located line per file that is not text, and no duplicate warning between the two binary copies
        var check = CliRunner.Run("check", dir.Path);
        var lines = check.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in new[] { "binary.txt", "binary-copy.txt", "invalid.txt" })
            Assert.Equal(DiagnosticIds.Unreadable, Assert.Single(lines, l => l.Contains(Path.DirectorySeparatorChar + name + "(")).Split(' ')[2].TrimEnd(':'));

        // the analyzer: the same, per file and corpus-wide (identifiers of the two copies collide: no TC0010 on them either)
        var results = Directory.GetFiles(dir.Path, "*.txt").Select(p => CorpusAnalyzer.Analyze(new DiskText(p), default)).ToList();
        var all = results.SelectMany(r => r.Diagnostics).Concat(CorpusAnalyzer.CorpusDiagnostics(results, default)).ToList();
        foreach (var name in new[] { "binary.txt", "binary-copy.txt", "invalid.txt" })
            Assert.Equal("TC0001", Assert.Single(all, d => Path.GetFileName(d.Location.GetLineSpan().Path) == name).Id);
    }

    [Fact]
    public void Messages_are_one_bounded_line_without_bidi_controls_property()
    {
        var gen = Gen.OneOf(Props.HostileOrAny, Props.HostileOrAny.Select(s => string.Concat(Enumerable.Repeat(s + "\u202E", 500))));
        Props.Run(gen, 500, 7502, s =>
        {
            var m = DiagnosticText.Clean("'" + s + "' is wrong; fix it");
            Assert.True(m.Length <= DiagnosticText.MaxLength, $"{m.Length} characters");
            Assert.DoesNotContain(m, c => UnicodeText.IsBidiControl(c) || char.IsControl(c) || c is '\u2028' or '\u2029' || char.IsSurrogate(c) && !IsPaired(m, c));
            Assert.EndsWith("; fix it", m);
            Assert.Equal(m, DiagnosticText.Clean(m));
        });
    }

    private static bool IsPaired(string s, char c)
    {
        for (int i = 0; i < s.Length; i++)
            if (s[i] == c && !(char.IsHighSurrogate(c) ? i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) : i > 0 && char.IsHighSurrogate(s[i - 1]))) return false;
        return true;
    }

    /// <summary>A 5 MB line quoted by diagnostics (an unknown front matter key, a dateline near miss), and bidi controls everywhere.</summary>
    [Fact]
    public void Diagnostics_quoting_huge_lines_and_bidi_controls_stay_short_and_visible()
    {
        var huge = new string('K', 5 * 1024 * 1024);
        var texts = new[]
        {
            "---\n" + huge + ": x\n" + huge + ":\nwhat " + huge + "\n---\nWarga kota berkumpul.\n",
            "Judul Berita Hari Ini\n\n" + huge + "- Warga kota berkumpul di alun-alun.\n",
            "Judul \u202Eberita\u2066 terbalik\n\nJAKARTA\u202E- Warga \u202Ekota\u202C berkumpul di alun-alun.\n\n“Kami\u202E siap,” kata Presiden Budi\u202E Santoso.\n\nIa berkata, “Tidak \u202Eada\n",
        };
        foreach (var t in texts)
        {
            var a = ArticleExtractor.Extract("x.txt", t);
            if (t.StartsWith("---", StringComparison.Ordinal)) Assert.Contains(a.Diagnostics, d => d.Id == DiagnosticIds.FrontMatterUnknownKey);
            Assert.All(a.Diagnostics, d => Assert.True(d.Message.Length <= DiagnosticText.MaxLength && !d.Message.Any(UnicodeText.IsBidiControl), d.Message.Length + ": " + d.Message.Substring(0, Math.Min(200, d.Message.Length))));
        }
        var bidi = ArticleExtractor.Extract("x.txt", "---\nwhat \u202Eevil\u2067 line\n---\nWarga kota berkumpul.\n");
        Assert.Contains(bidi.Diagnostics, d => d.Message.Contains("what <U+202E>evil<U+2067> line"));

        // the generated code: no raw bidi control anywhere (literals escape them, docs turn them into spaces), and it compiles
        var (output, _, result) = Harness.Run(new[] { (AdditionalText)new InMemoryText("/corpus/b\u202Eidi.txt", texts[2]) });
        Harness.Load(output);
        Assert.All(Harness.Sources(result), s => Assert.False(s.Text.Any(UnicodeText.IsBidiControl), s.Hint));
        var article = ((IReadOnlyList<TypedCorpus.Article>)Harness.Load(output).GetType("Consumer.Corpus")!.GetProperty("Articles")!.GetValue(null)!)[0];
        Assert.Contains(article.Quotes, q => q.Text.Contains('\u202E')); // the value is the text, exactly
    }
}
