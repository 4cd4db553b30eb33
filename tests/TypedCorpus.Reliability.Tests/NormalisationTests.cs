using System.Text;
using System.Text.Json;
using FsCheck.Fluent;
using TypedCorpus.Extraction;

namespace TypedCorpus.Reliability.Tests;

/// <summary>
/// Canonically equivalent text gives the same facts: the engine analyses NFC, keeps each line's exact source text (lossless),
/// and locates diagnostics in the source line.
/// </summary>
[Collection("cli")]
public class NormalisationTests
{
    internal const string Zoe = """
        Warga Berkumpul di Alun-alun Kota

        Jakarta - Menteri Luar Negeri Zoë Ärnhold bertemu warga di alun-alun pada Sabtu, 10 Mei 2025.

        “Kami siap bekerja keras untuk kota ini,” kata Zoë Ärnhold kepada wartawan.

        Ärnhold juga mengunjungi pasar tradisional di pusat kota.
        """;

    private static string Nfd(string s) => s.Normalize(NormalizationForm.FormD);

    /// <summary>Everything the model says about the article except where its text sits in the source (lines, columns).</summary>
    private static string Facts(ArticleModel a) => JsonSerializer.Serialize(new
    {
        a.Title, a.Subtitle, a.Outlet, a.Dateline, a.Date, a.Author, a.Url, a.TitleLine,
        Sections = a.Sections.ToArray(), Related = a.Related.ToArray(), Cited = a.CitedSources.ToArray(), People = a.People.ToArray(),
        Paragraphs = a.Paragraphs.ToArray(), ListItems = a.ListItems.ToArray(), Captions = a.Captions.ToArray(), Furniture = a.Furniture.ToArray(),
        Quotes = a.Quotes.Select(q => q with { Column = 0 }).Select(q => new { q.Line, q.Text, q.Kind, Speakers = q.Speakers.ToArray(), q.Verb, q.Addressee, q.Via }).ToArray(),
        Agreements = a.Agreements.Select(g => new { g.Line, g.Kind, g.Title, g.Text, Parties = g.Parties.ToArray(), g.Date }).ToArray(),
        Kinds = a.Lines.Select(l => (l.Number, l.Kind)).ToArray(),
        Diagnostics = a.Diagnostics.Select(d => (d.Id, d.Line, d.Message)).ToArray(),
        a.ContentHash,
    });

    [Fact]
    public void A_decomposed_name_is_the_same_person_as_the_composed_one()
    {
        var nfd = Nfd(Zoe);
        Assert.Contains("Zoe\u0308 A\u0308rnhold", nfd);
        var composed = ArticleExtractor.Extract("zoe.txt", Zoe);
        var decomposed = ArticleExtractor.Extract("zoe.txt", nfd);
        Assert.Contains("Zoë Ärnhold", composed.People);
        Assert.Equal(Facts(composed), Facts(decomposed));
        Assert.Equal(new[] { "Zoë Ärnhold" }, decomposed.Quotes.Single().Speakers);
        Assert.Null(Lossless.Check(decomposed, nfd)); // the model keeps the decomposed source lines exactly

        // a code unit the runtime cannot normalise (U+FFFE, a lone surrogate) spoils no neighbour
        foreach (var odd in new[] { "\uFFFE", "\uD800", "\uDC00" })
        {
            var spoiled = ArticleExtractor.Extract("zoe.txt", nfd.Replace("Zoe\u0308 A\u0308rnhold", "Zoe\u0308" + odd + " A\u0308rnhold"));
            Assert.Contains("Zoë" + odd + " Ärnhold", spoiled.Paragraphs[0].Text);
        }
    }

    [Fact]
    public void Nfc_and_nfd_copies_export_the_same_json_apart_from_the_file_name_and_are_duplicates()
    {
        using var a = new TempDir();
        using var b = new TempDir();
        a.File("zoe.txt", Zoe);
        b.File("zoe.txt", Nfd(Zoe));
        var outA = Path.Combine(a.Path, "a.json.out");
        var outB = Path.Combine(b.Path, "b.json.out");
        Assert.Equal(0, CliRunner.Run("export", a.Path, "--out", outA).Exit);
        Assert.Equal(0, CliRunner.Run("export", b.Path, "--out", outB).Exit);
        Assert.Equal(File.ReadAllText(outA), File.ReadAllText(outB));
        Assert.Contains("Zoë Ärnhold", File.ReadAllText(outB));

        // in one folder, the decomposed copy is the same content (TC0009)
        a.File("zoe-nfd.txt", Nfd(Zoe));
        var check = CliRunner.Run("check", a.Path);
        Assert.Matches(@"zoe\.txt\(1,1\): warning TC0009: this article has the same content as 'zoe-nfd\.txt'", check.Out);
    }

    [Fact]
    public void Diagnostics_in_a_decomposed_line_point_at_the_source_column()
    {
        var line = "Kata Zoe\u0308 A\u0308rnhold di Mu\u0308nchen, “Kami siap bekerja keras.";
        var text = "Judul Berita Hari Ini\n\n" + line + "\n";
        var a = ArticleExtractor.Extract("x.txt", text);
        var unclosed = Assert.Single(a.Diagnostics, d => d.Id == DiagnosticIds.UnclosedQuote);
        Assert.Equal(3, unclosed.Line);
        Assert.Equal(line.IndexOf('“'), unclosed.Column);
        Assert.Equal(1, unclosed.Length);
        var composed = ArticleExtractor.Extract("x.txt", text.Normalize());
        Assert.Equal(text.Normalize().Split('\n')[2].IndexOf('“'), Assert.Single(composed.Diagnostics, d => d.Id == DiagnosticIds.UnclosedQuote).Column);
    }

    /// <summary>Whether the runtime can normalise <paramref name="s"/> (the reference the engine is compared with): no lone surrogate, U+FFFE or U+FFFF.</summary>
    private static bool Normalisable(string s)
    {
        try { s.Normalize(); return true; }
        catch (ArgumentException) { return false; }
    }

    /// <summary>Text with combining sequences of many scripts (Latin, Greek, Hangul jamo, Devanagari, Arabic), marks in any order.</summary>
    private static readonly FsCheck.Gen<string> Combining =
        Gen.Frequency(
                (4, Gen.Elements("Zoe\u0308", "A\u0308rnhold", "Mu\u0308nchen", "e\u0301", "a\u0308\u0301", "a\u0301\u0308", "o\u0328\u0301", "\u1100\u1161\u11A8",
                    "\u0915\u093C", "\u0627\u0653", "\u03B1\u0313\u0301", "q\u0307\u0323", "\u212B", "\u2126", "Å", "ë", "\u0344", "\u0F73", "\u00C5\u0301")),
                (3, Gen.Elements(Props.Fragments.Where(Normalisable).ToArray())),
                (2, Gen.Elements(" ", "\n", "\r\n", "“", "”", "\"", ", kata ", "Presiden ", "Jakarta - ", "Sabtu, 10 Mei 2025", ".")),
                (1, Gen.Choose(0x300, 0x36F).Select(i => ((char)i).ToString())))
            .ListOf()
            .Select(parts => string.Concat(parts));

    [Fact]
    public void Canonically_equivalent_texts_give_the_same_facts_property()
    {
        Props.Run(Combining, 300, 7401, t =>
        {
            var nfc = ArticleExtractor.Extract("t.txt", t.Normalize(NormalizationForm.FormC));
            foreach (var form in new[] { Nfd(t), t })
            {
                var other = ArticleExtractor.Extract("t.txt", form);
                Assert.Equal(Facts(nfc), Facts(other));
                Assert.Null(Lossless.Check(other, form));
                var lines = TextDecoding.SplitLines(form);
                foreach (var d in other.Diagnostics)
                    Assert.True(d.Column + d.Length <= (d.Line <= lines.Count ? lines[d.Line - 1].Length : 0) || d.Length == 0 && d.Column == 0, $"{d} outside its line");
            }
        }, endSize: 60);
    }

    [Fact]
    public void Nfc_by_segments_is_nfc_and_maps_every_segment_start_exactly_property()
    {
        Props.Run(Combining, 500, 7402, t =>
        {
            var nfc = UnicodeText.NfcText.Of(t);
            var lines = TextDecoding.SplitLines(t);
            if (nfc is null) { Assert.True(t.IsNormalized()); return; }
            Assert.Equal(string.Concat(lines.Select(l => l.Normalize() + "\n")), nfc.Text);
            for (int n = 0; n < lines.Count; n++)
            {
                var line = lines[n];
                Assert.Equal(line, nfc.SourceLine(n + 1));
                for (int j = 0; j <= line.Length; j++)
                    if (j == line.Length || line[j] < '\u0300')
                        Assert.Equal(j, nfc.SourceColumn(n + 1, line.Substring(0, j).Normalize().Length));
            }
        }, endSize: 60);
    }
}
