using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TypedCorpus.Extraction;

namespace TypedCorpus.Reliability.Tests;

/// <summary>An additional file read from disk the way the compiler does: UTF-8 if it decodes, else the compiler's fallback code page.</summary>
public sealed class DiskText(string path) : AdditionalText
{
    public override string Path { get; } = path;
    public override SourceText GetText(CancellationToken cancellationToken = default)
    {
        var bytes = File.ReadAllBytes(Path);
        try { return SourceText.From(bytes, bytes.Length, new UTF8Encoding(false, true), canBeEmbedded: false); }
        catch (DecoderFallbackException) { return SourceText.From(bytes, bytes.Length, Encoding.Latin1, canBeEmbedded: false); }
    }
}

/// <summary>
/// Whole-corpus survival: the five seeds among bad files. The CLI exports and checks without crashing (check exits 1 with located
/// diagnostics), and the generator produces code that compiles with every seed article intact.
/// </summary>
[Collection("cli")]
public class SurvivalTests
{
    internal static TempDir BuildFolder()
    {
        var d = new TempDir();
        foreach (var s in Harness.SeedFiles) d.Bytes(Path.GetFileName(s), File.ReadAllBytes(s));
        var rnd = new Random(7401);
        var binary = new byte[4096]; rnd.NextBytes(binary); binary[10] = 0;
        d.File("bad-empty.txt", "");
        d.File("bad-whitespace.txt", "   \n\t\n\u00A0 \r\n   ");
        d.Bytes("bad-binary.txt", binary);
        d.Bytes("bad-invalid-utf8.txt", Encoding.UTF8.GetBytes("Judul Berita Rusak\n\nJakarta - Warga kota berkumpul ").Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes(" di alun-alun sejak pagi untuk upacara.\n")).ToArray());
        d.File("bad-unclosed-quotes.txt", "Jakarta - Warga kota berkumpul di alun-alun sejak pagi untuk menyaksikan upacara adat.\n\n“Kami senang sekali, kata Budi kepada wartawan di lokasi.\n\n\"Belum ditutup juga, ujar dia.\n");
        d.File("bad-frontmatter-open.txt", "---\ntitle: Tak Pernah Ditutup\ndate: 2025-05-10\n\nJakarta - Warga kota berkumpul di alun-alun sejak pagi untuk menyaksikan upacara adat.\n");
        d.File("bad-dup-title-1.txt", "Judul Yang Sama Persis\n\nJakarta - Warga kota berkumpul di alun-alun sejak pagi untuk menyaksikan upacara adat tahunan.\n");
        d.File("bad-dup-title-2.txt", "Judul Yang Sama Persis\n\nJakarta - Warga desa berkumpul di balai desa sejak pagi untuk menyaksikan rapat tahunan.\n");
        d.Bytes("bad-dup-content.txt", File.ReadAllBytes(Harness.SeedFiles[0]));
        d.File("bad-title-class.txt", "---\ntitle: class\noutlet: class\n---\nclass\n\nWarga kota berkumpul di alun-alun sejak pagi untuk menyaksikan upacara adat tahunan.\n");
        d.File("bad-title-2025.txt", "---\ntitle: 2025\n---\n2025\n\nWarga kota berkumpul di alun-alun sejak pagi untuk menyaksikan upacara adat tahunan.\n");
        d.File("berita baru & lama.txt", "Berita Baru dan Lama\n\nMedan - Warga kota berkumpul di alun-alun sejak pagi untuk menyaksikan upacara adat tahunan.\n");
        d.File("bad-huge-line.txt", string.Concat(Enumerable.Repeat("Warga kota \"berkumpul\" di alun-alun (FOTO/x) - Jakarta, ", 5 * 1024 * 1024 / 56 + 1)));
        d.File("bad-80k-quotes.txt", "Jakarta - " + new string('"', 80_000) + "\n" + string.Concat(Enumerable.Repeat("“", 20_000)) + "\n");
        // a headline that is one 200,000-character token (its identifier once exceeded the metadata name limit, CS7013)
        d.File("bad-long-token.txt", new string('A', 200_000) + "Senin\n\nJakarta - Warga kota berkumpul di alun-alun sejak pagi untuk menyaksikan upacara adat.\n");
        d.File("bad-nfc.txt", NormalisationTests.Zoe);
        d.File("bad-nfd.txt", NormalisationTests.Zoe.Normalize(NormalizationForm.FormD));
        d.File("bad-bidi.txt", "Judul \u202Eberita\u2066 terbalik\n\nJakarta - Warga \u202Ekota\u202C berkumpul.\n\n“Kami\u202E siap,” kata Presiden Budi\u202E Santoso.\n");
        d.File("bad-injection.txt", "\"; } public static class Evil { } //\n\n*/ #line 1 \"x.cs\"\n#error boom\n\"\"\" {x} \u2028 </summary>\n");
        return d;
    }

    private static readonly Regex Located = new(@"^(?<path>.+\.txt)\((?<line>\d+),(?<col>\d+)\): (?<sev>error|warning|info) (?<id>TC\d{4}): \S", RegexOptions.Multiline);

    [Fact]
    public void Cli_export_and_check_survive_a_hostile_folder()
    {
        using var dir = BuildFolder();
        var files = Directory.GetFiles(dir.Path, "*.txt");

        var outFile = Path.Combine(dir.Path, "export.json.out");
        var export = CliRunner.Run("export", dir.Path, "--out", outFile);
        Assert.True(export.Exit == 0, export.Err);
        using (var json = JsonDocument.Parse(File.ReadAllBytes(outFile)))
        {
            var exported = json.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("file").GetString()).ToList();
            Assert.Equal(files.Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal), exported);
        }

        var check = CliRunner.Run("check", dir.Path);
        Assert.True(check.Exit == 1, $"check exited {check.Exit}: {check.Err}");
        var found = Located.Matches(check.Out).Select(m => (File: Path.GetFileName(m.Groups["path"].Value), Id: m.Groups["id"].Value, Sev: m.Groups["sev"].Value, Line: int.Parse(m.Groups["line"].Value))).ToList();
        // Every diagnostic line of the report is located (path(line,col): severity id: message).
        var reportLines = check.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.Contains("article(s) checked")).ToList();
        Assert.Equal(reportLines.Count, found.Count);
        Assert.All(found, f => Assert.True(f.Line >= 1));
        // a file that is not text gets TC0001 and nothing else
        var binary = Assert.Single(found, f => f.File == "bad-binary.txt");
        Assert.True(binary.Id == DiagnosticIds.Unreadable && binary.Sev == "error", binary.ToString());
        var invalid = Assert.Single(found, f => f.File == "bad-invalid-utf8.txt");
        Assert.True(invalid.Id == DiagnosticIds.Unreadable && invalid.Sev == "error" && invalid.Line == 3, invalid.ToString());
        Assert.Contains(found, f => f.File == "bad-empty.txt" && f.Id == DiagnosticIds.EmptyArticle);
        Assert.Contains(found, f => f.File == "bad-whitespace.txt" && f.Id == DiagnosticIds.EmptyArticle);
        Assert.Contains(found, f => f.File == "bad-frontmatter-open.txt" && f.Id == DiagnosticIds.FrontMatterNotClosed && f.Line == 1);
        Assert.Contains(found, f => f.File == "bad-dup-content.txt" && f.Id == DiagnosticIds.DuplicateArticle);
        Assert.DoesNotContain(found, f => f.Id == DiagnosticIds.InternalError);
        Assert.Contains($"{files.Length} article(s) checked", check.Out);
    }

    [Fact]
    public void Generator_over_a_hostile_folder_compiles_with_every_seed_intact()
    {
        using var dir = BuildFolder();
        var files = Directory.GetFiles(dir.Path, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var (output, diags, result) = Harness.Run(files.Select(f => (AdditionalText)new DiskText(f)));
        Assert.DoesNotContain(diags, d => d.Id == "TC0099");
        var asm = Harness.Load(output);
        var articles = (IReadOnlyList<TypedCorpus.Article>)asm.GetType("Consumer.Corpus")!.GetProperty("Articles")!.GetValue(null)!;
        Assert.Equal(files.Count, articles.Count);
        foreach (var seed in Harness.SeedFiles)
        {
            var name = Path.GetFileName(seed);
            var model = ArticleExtractor.Extract(name, Harness.SeedText(seed));
            var a = articles.Single(x => x.File == name);
            Assert.Equal(model.Title, a.Title);
            Assert.Equal(model.Date, a.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(model.Paragraphs.Select(p => (p.Line, p.Text)), a.Paragraphs.Select(p => (p.Line, p.Text)));
            Assert.Equal(model.Quotes.Count, a.Quotes.Count);
            Assert.True(a.Paragraphs.Count > 0, name + " has no paragraphs");
        }
        var huge = articles.Single(x => x.File == "bad-huge-line.txt");
        Assert.True(huge.Paragraphs.Sum(p => p.Text.Length) + huge.Captions.Sum(c => c.Text.Length) > 5_000_000,
            $"the 5 MB line is not kept: {huge.Paragraphs.Count} paragraphs, {huge.Captions.Count} captions, title {huge.Title?.Length}");
    }
}
