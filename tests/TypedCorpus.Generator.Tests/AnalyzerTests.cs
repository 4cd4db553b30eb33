using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TypedCorpus.Extraction;
using static TypedCorpus.Generator.Tests.AnalyzerHarness;
using DiagnosticSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace TypedCorpus.Generator.Tests;

public class AnalyzerTests
{
    private const string Body =
        "Warga sempat panik dan berhamburan keluar rumah, namun tidak ada laporan kerusakan berarti di kota itu.\n" +
        "Petugas terus memantau situasi dan meminta masyarakat tetap tenang serta tidak mudah percaya kabar bohong.\n";

    private static string Article(string lead) => "Gempa Guncang Kota Palu Pagi Ini\n" + lead + "\n" + Body;

    /// <summary>Asserts one diagnostic with the ID, at the exact 1-based line/column of <paramref name="covered"/> on that line.</summary>
    private static Diagnostic AssertAt(ImmutableArray<Diagnostic> diags, string id, string text, int line, string covered, DiagnosticSeverity severity)
    {
        var d = Assert.Single(diags, x => x.Id == id);
        var lines = text.Split('\n');
        int col = lines[line - 1].IndexOf(covered, StringComparison.Ordinal);
        Assert.True(col >= 0, $"'{covered}' is not on line {line}");
        Assert.Equal($"x.txt({line},{col + 1})-({line},{col + 1 + covered.Length})", Where(d));
        Assert.Equal(covered, Covered(d, text));
        Assert.Equal(severity, d.Severity);
        Assert.Equal(TypedCorpusDescriptors.ForId(id), d.Descriptor);
        return d;
    }

    [Fact]
    public void Impossible_date_in_text_is_an_error_at_the_date()
    {
        var text = Article("Palu (ANTARA) - Gempa berkekuatan 5,2 magnitudo mengguncang Kota Palu pada 31 Februari 2025 pagi, kata petugas BMKG setempat.");
        var d = AssertAt(Run([File("x.txt", text)]), "TC0003", text, 2, "31 Februari 2025", DiagnosticSeverity.Error);
        Assert.Equal("'31 Februari 2025' is not a date (month 2 has no day 31 in 2025); correct the day or month", d.GetMessage());
        Assert.Equal("https://github.com/typedcorpus/typedcorpus/blob/main/docs/diagnostics.md#tc0003", d.Descriptor.HelpLinkUri);
    }

    [Fact]
    public void Weekday_that_contradicts_the_date_is_a_warning()
    {
        var text = Article("Palu (ANTARA) - Gempa berkekuatan 5,2 magnitudo mengguncang Kota Palu pada Senin, 10 Mei 2025 pagi, kata petugas BMKG setempat.");
        var d = AssertAt(Run([File("x.txt", text)]), "TC0004", text, 2, "Senin, 10 Mei 2025", DiagnosticSeverity.Warning);
        Assert.Equal("'Senin, 10 Mei 2025': 2025-05-10 is a Saturday, not 'Senin'; correct the weekday or the date", d.GetMessage());
    }

    [Fact]
    public void Front_matter_not_closed_is_an_error_at_the_opening_dashes()
    {
        var text = "---\ntitle: Gempa Palu\n" + Article("Palu (ANTARA) - Gempa berkekuatan 5,2 magnitudo mengguncang Kota Palu pagi ini, kata petugas BMKG setempat.");
        var d = AssertAt(Run([File("x.txt", text)]), "TC0005", text, 1, "---", DiagnosticSeverity.Error);
        Assert.Contains("never closed", d.GetMessage());
    }

    [Fact]
    public void Front_matter_unknown_key_and_bad_values_are_located_at_key_or_value()
    {
        var text = "---\ntitle: Gempa Palu\nsumber: BMKG\ndate: kemarin sore\nauthor:\n---\n" + Article("Palu (ANTARA) - Gempa berkekuatan 5,2 magnitudo mengguncang Kota Palu pagi ini, kata petugas BMKG setempat.");
        var diags = Run([File("x.txt", text)]);
        var unknown = AssertAt(diags, "TC0006", text, 3, "sumber", DiagnosticSeverity.Warning);
        Assert.StartsWith("unknown front matter key 'sumber'; known keys are title", unknown.GetMessage());
        var bad = diags.Where(d => d.Id == "TC0007").ToList();
        Assert.Equal(2, bad.Count);
        Assert.Equal("x.txt(4,7)-(4,19)", Where(bad[0]));
        Assert.Equal("kemarin sore", Covered(bad[0], text));
        Assert.Equal("front matter date 'kemarin sore' is not a valid date in the form YYYY-MM-DD; write e.g. 'date: 2025-05-10'", bad[0].GetMessage());
        Assert.Equal("x.txt(5,1)-(5,7)", Where(bad[1]));
        Assert.Equal("front matter key 'author' has no value; give it a value or remove the line", bad[1].GetMessage());
        Assert.All(bad, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public void Front_matter_date_that_does_not_exist_is_an_impossible_date_at_the_value()
    {
        var text = "---\ndate: 2025-02-30\n---\n" + Article("Palu (ANTARA) - Gempa berkekuatan 5,2 magnitudo mengguncang Kota Palu pagi ini, kata petugas BMKG setempat.");
        var d = AssertAt(Run([File("x.txt", text)]), "TC0003", text, 2, "2025-02-30", DiagnosticSeverity.Error);
        Assert.Equal("front matter date '2025-02-30' does not exist (month 2 of 2025 has 28 days); correct the day or month", d.GetMessage());
    }

    [Fact]
    public void News_article_without_a_date_is_info_at_the_dateline()
    {
        var text = Article("Palu (ANTARA) - Gempa berkekuatan 5,2 magnitudo mengguncang Kota Palu pagi ini, kata petugas BMKG setempat.");
        var d = AssertAt(Run([File("x.txt", text)]), "TC0012", text, 2, "Palu (ANTARA) - ", DiagnosticSeverity.Info);
        Assert.StartsWith("no publication date found", d.GetMessage());
        var dated = "---\ndate: 2025-05-10\n---\n" + text;
        Assert.DoesNotContain(Run([File("x.txt", dated)]), x => x.Id == "TC0012");
        var plain = "Catatan harian tentang hujan yang turun sejak pagi dan membuat jalan di depan rumah tergenang air.\n";
        Assert.DoesNotContain(Run([File("x.txt", plain)]), x => x.Id == "TC0012"); // no dateline or outlet: not a news article
    }

    [Fact]
    public void Dateline_written_almost_right_is_info_at_the_dateline()
    {
        // (a short word the gazetteer does not know as a place; "PALU -Gempa", a known place, is read)
        var text = Article("TONDO -Gempa berkekuatan 5,2 magnitudo mengguncang Kota Palu pada Sabtu, 10 Mei 2025, kata petugas BMKG setempat.");
        var d = AssertAt(Run([File("x.txt", text)]), "TC0013", text, 2, "TONDO -", DiagnosticSeverity.Info);
        Assert.Equal("'TONDO -' looks like a dateline but is not written as 'KOTA - ' (a space on each side of the dash), so the dateline is not recognised; write 'TONDO - ' or add 'dateline:' front matter", d.GetMessage());
        var right = Article("TONDO - Gempa berkekuatan 5,2 magnitudo mengguncang Kota Palu pada Sabtu, 10 Mei 2025, kata petugas BMKG setempat.");
        Assert.DoesNotContain(Run([File("x.txt", right)]), x => x.Id == "TC0013");
    }

    [Fact]
    public void Empty_article_is_an_error()
    {
        var text = "---\ntitle: Kosong\n---\n\n";
        var d = Assert.Single(Run([File("x.txt", text)]));
        Assert.Equal("TC0008", d.Id);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("x.txt(4,1)-(4,1)", Where(d));
        Assert.Equal("the article has no text; add the article's text or delete the file", d.GetMessage());
    }

    [Fact]
    public void Invalid_utf8_is_an_error_at_the_bad_byte()
    {
        // The compiler falls back to another encoding when the bytes are not UTF-8; Latin-1 'é' is the single byte 0xE9.
        var text = Article("Palu (ANTARA) - Gempa berkekuatan 5,2 magnitudo mengguncang kafe\u00e9 di Kota Palu pagi ini, kata petugas BMKG.");
        var diags = Run([new RawText("/corpus/seeds/x.txt", () => Latin1(text))]);
        var d = Assert.Single(diags, x => x.Id == "TC0001");
        int col = text.Split('\n')[1].IndexOf('\u00e9');
        Assert.Equal($"x.txt(2,{col + 1})-(2,{col + 2})", Where(d));
        Assert.Equal("the file is not valid UTF-8 (bad byte 0xE9); re-save it as UTF-8", d.GetMessage());
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
    }

    [Fact]
    public void Unreadable_file_and_internal_failure_are_located_at_the_file_and_other_files_are_still_checked()
    {
        var good = Article("Palu (ANTARA) - Gempa mengguncang Kota Palu pada 31 Februari 2025 pagi, kata petugas BMKG setempat kepada wartawan.");
        var diags = Run([
            new RawText("/corpus/seeds/a.txt", () => null),
            new RawText("/corpus/seeds/b.txt", () => throw new InvalidOperationException("disk on fire")),
            File("x.txt", good),
        ]);
        var unreadable = Assert.Single(diags, d => d.Id == "TC0001");
        Assert.Equal("a.txt(1,1)-(1,1)", Where(unreadable));
        var crash = Assert.Single(diags, d => d.Id == "TC0099");
        Assert.Equal("b.txt(1,1)-(1,1)", Where(crash));
        Assert.Equal("TypedCorpus could not check this article (InvalidOperationException: disk on fire); please report it with the file", crash.GetMessage());
        Assert.Single(diags, d => d.Id == "TC0003" && Path.GetFileName(d.Location.GetLineSpan().Path) == "x.txt");
    }

    [Fact]
    public void Duplicate_article_is_a_warning_on_the_second_file()
    {
        var text = Article("Palu (ANTARA) - Gempa berkekuatan 5,2 magnitudo mengguncang Kota Palu pagi ini, kata petugas BMKG setempat.");
        var diags = Run([File("a.txt", text), File("b.txt", text)]);
        var d = Assert.Single(diags, x => x.Id == "TC0009");
        Assert.Equal("b.txt(1,1)-(1,1)", Where(d));
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("this article has the same content as 'a.txt'; delete one of the two files", d.GetMessage());
    }

    [Fact]
    public void Identifier_collision_is_a_warning_at_the_title_of_the_renamed_article()
    {
        var a = Article("Palu (ANTARA) - Gempa berkekuatan 5,2 magnitudo mengguncang Kota Palu pagi ini, kata petugas BMKG setempat.");
        var b = Article("Palu (ANTARA) - Gempa susulan berkekuatan 4,1 magnitudo kembali terasa di Kota Palu siang ini, kata petugas BMKG.");
        var diags = Run([File("a.txt", a), File("b.txt", b)]);
        var d = Assert.Single(diags, x => x.Id == "TC0010");
        Assert.Equal("b.txt(1,1)-(1,33)", Where(d));
        Assert.Equal("Gempa Guncang Kota Palu Pagi Ini", Covered(d, b));
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Matches("^the article's identifier '.+' is already used by another article; it is generated as '.+2'", d.GetMessage());
    }

    [Fact]
    public void Identifier_collisions_are_the_ones_the_generator_notes()
    {
        // the analyzer finds the collisions without resolving names: the same files, the same order, the same messages as the
        // generator's corpus step (same file names in two folders, equal titles, a title that another's suffix would take)
        var texts = new List<AdditionalText>();
        string[] leads =
        {
            "Palu (ANTARA) - Gempa berkekuatan 5,2 magnitudo mengguncang Kota Palu pagi ini, kata petugas BMKG setempat.",
            "Palu (ANTARA) - Gempa susulan berkekuatan 4,1 magnitudo kembali terasa di Kota Palu siang ini, kata petugas BMKG.",
            "Palu (ANTARA) - Warga Kota Palu mengungsi ke dataran tinggi setelah gempa susulan, kata petugas BPBD setempat.",
        };
        foreach (var (folder, i) in new[] { ("a", 0), ("b", 1), ("a", 2), ("c", 0) })
            texts.Add(new InMemoryText($"/corpus/{folder}/berita{i}.txt", Article(leads[i])));
        var analyzer = Run(texts).Where(d => d.Id == "TC0010").Select(d => (d.Location.GetLineSpan().Path, d.GetMessage())).OrderBy(x => x.Path, StringComparer.Ordinal).ToList();
        var parsed = texts.Select(t => TypedCorpusGenerator.Parse(t, default)).ToImmutableArray();
        var index = TypedCorpusGenerator.BuildIndex(parsed.Select(ArticleKey.From).ToImmutableArray(), default);
        var generator = index.Notes.Select(n => (n.Path, n.Diagnostic.Message)).OrderBy(x => x.Path, StringComparer.Ordinal).ToList();
        Assert.True(generator.Count >= 2, $"{generator.Count} collisions");
        Assert.Equal(generator, analyzer);
    }

    [Fact]
    public void Seeds_have_no_errors_or_warnings_so_in_repo_consumers_build()
    {
        var diags = Run(GeneratorHarness.Seeds());
        Assert.Empty(diags.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => $"{Where(d)} {d.Id}: {d.GetMessage()}"));
    }

    [Fact]
    public void Editing_a_seed_date_to_an_impossible_one_gives_an_error_at_that_line()
    {
        var seed = GeneratorHarness.Seeds().First(f => Path.GetFileName(f.Path).StartsWith("000_", StringComparison.Ordinal));
        var original = seed.GetText()!.ToString();
        Assert.Contains("Sabtu, 10 Mei 2025", original);
        var edited = original.Replace("Sabtu, 10 Mei 2025", "Sabtu, 31 Februari 2025");
        var line = edited.Split('\n').ToList().FindIndex(l => l.Contains("31 Februari 2025")) + 1;
        var d = Assert.Single(Run([new InMemoryText(seed.Path, edited)]), x => x.Severity == DiagnosticSeverity.Error);
        Assert.Equal("TC0003", d.Id);
        Assert.Equal(line, d.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.EndsWith("31 Februari 2025", Covered(d, edited));
    }

    [Fact]
    public void Removing_a_closing_quote_from_a_seed_gives_an_error_at_the_opening_mark()
    {
        var seed = GeneratorHarness.Seeds().First(f => Path.GetFileName(f.Path).StartsWith("000_", StringComparison.Ordinal));
        var original = seed.GetText()!.ToString();
        Assert.Contains("\"sahabat baja\"", original);
        var edited = original.Replace("\"sahabat baja\"", "\"sahabat baja");
        var lines = edited.Split('\n');
        int line = Array.FindIndex(lines, l => l.Contains("\"sahabat baja")) + 1;
        int col = lines[line - 1].IndexOf("\"sahabat baja", StringComparison.Ordinal);
        var d = Assert.Single(Run([new InMemoryText(seed.Path, edited)]), x => x.Severity == DiagnosticSeverity.Error);
        Assert.Equal("TC0002", d.Id);
        Assert.Equal($"{Path.GetFileName(seed.Path)}({line},{col + 1})-({line},{col + 2})", Where(d));
        Assert.Equal("\"", Covered(d, edited));
        Assert.StartsWith("this quotation mark opens a quote that is never closed", d.GetMessage());
    }

    [Fact]
    public void Editing_a_seed_to_open_front_matter_without_closing_it_gives_an_error_at_line_1()
    {
        var seed = GeneratorHarness.Seeds().First();
        var edited = "---\ndate: 2025-05-10\n" + seed.GetText()!.ToString();
        var diags = Run([new InMemoryText(seed.Path, edited)]);
        var d = Assert.Single(diags, x => x.Severity == DiagnosticSeverity.Error);
        Assert.Equal("TC0005", d.Id);
        Assert.Equal($"{Path.GetFileName(seed.Path)}(1,1)-(1,4)", Where(d));
    }

    [Fact]
    public void Severity_can_be_changed_by_id_and_by_category()
    {
        var text = "---\nsumber: BMKG\n---\n" + Article("Palu (ANTARA) - Gempa mengguncang Kota Palu pada 31 Februari 2025 pagi, kata petugas BMKG setempat kepada wartawan.");
        var files = new[] { File("x.txt", text) };

        var byId = Run(files, specific: new Dictionary<string, ReportDiagnostic> { ["TC0003"] = ReportDiagnostic.Warn, ["TC0006"] = ReportDiagnostic.Suppress });
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(byId, d => d.Id == "TC0003").Severity);
        Assert.DoesNotContain(byId, d => d.Id == "TC0006");

        var byCategory = Run(files, editorConfig: new Dictionary<string, string> { ["dotnet_analyzer_diagnostic.category-TypedCorpus.severity"] = "warning" });
        Assert.All(byCategory, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        var moved = Assert.Single(byCategory, d => d.Id == "TC0003");
        Assert.Equal("'31 Februari 2025' is not a date (month 2 has no day 31 in 2025); correct the day or month", moved.GetMessage());
        Assert.Equal("x.txt(5,50)-(5,66)", Where(moved));

        // A per-ID setting wins over the category; 'none' removes the diagnostic.
        var both = Run(files, editorConfig: new Dictionary<string, string>
        {
            ["dotnet_analyzer_diagnostic.category-TypedCorpus.severity"] = "none",
            ["dotnet_diagnostic.TC0003.severity"] = "error",
        }, specific: new Dictionary<string, ReportDiagnostic> { ["TC0003"] = ReportDiagnostic.Error });
        Assert.Equal("TC0003", Assert.Single(both).Id);
    }

    [Fact]
    public void Engine_findings_of_any_id_are_reported_generically_at_their_span()
    {
        var text = "Judul Berita Yang Panjang\nIa berkata, \u201cKami siap bekerja keras untuk rakyat.\n";
        var map = LineMap.Create(text);
        var quote = Extraction.Diagnostics.Create(DiagnosticIds.UnclosedQuote, 2, 12, 1, "the quotation mark '\u201c' is never closed; add the closing '\u201d'");
        var d = CorpusAnalyzer.ToDiagnostic("/c/x.txt", map, quote)!;
        Assert.Equal("TC0002", d.Id);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("x.txt(2,13)-(2,14)", Where(d));
        Assert.Equal("\u201c", Covered(d, text));

        var unattributed = CorpusAnalyzer.ToDiagnostic("/c/x.txt", map, Extraction.Diagnostics.Create(DiagnosticIds.UnattributedQuote, 2, 12, 40, "no speaker"))!;
        Assert.Equal(DiagnosticSeverity.Info, unattributed.Severity);
        Assert.Equal("x.txt(2,13)-(2,51)", Where(unattributed)); // clamped to the end of the line

        var unknown = CorpusAnalyzer.ToDiagnostic("/c/x.txt", map, new DiagnosticModel("TC0777", Extraction.DiagnosticSeverity.Warning, 9, 3, 2, "new finding"))!;
        Assert.Equal("TC0099", unknown.Id);
        Assert.Equal("unknown TypedCorpus diagnostic TC0777: new finding", unknown.GetMessage());
        Assert.Equal("x.txt(3,1)-(3,1)", Where(unknown)); // clamped to the last line
    }
}
