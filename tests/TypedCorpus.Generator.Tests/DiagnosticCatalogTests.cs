using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using TypedCorpus.Extraction;
using static TypedCorpus.Generator.Tests.AnalyzerHarness;

namespace TypedCorpus.Generator.Tests;

/// <summary>The diagnostic catalogue is the one source: descriptors, docs tables, section headings and the release file follow it.</summary>
public class DiagnosticCatalogTests
{
    private static readonly string[] ExpectedIds = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!).ToArray();

    private static string Read(params string[] path) => System.IO.File.ReadAllText(Path.Combine([RepoRoot(), .. path]));

    /// <summary>The rows of the first table headed "| ID | Default | Title |": (id, link, severity, title).</summary>
    private static List<(string Id, string Link, string Severity, string Title)> Table(string markdown)
    {
        var rows = new List<(string, string, string, string)>();
        var lines = markdown.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        int at = lines.IndexOf("| ID | Default | Title |");
        Assert.True(at >= 0, "no diagnostics table");
        for (int i = at + 2; i < lines.Count && lines[i].StartsWith('|'); i++)
        {
            var m = Regex.Match(lines[i], @"^\| \[(?<id>TC\d{4})\]\((?<link>[^)]*)\) \| (?<sev>\w+) \| (?<title>.+?) \|$");
            Assert.True(m.Success, "malformed row: " + lines[i]);
            rows.Add((m.Groups["id"].Value, m.Groups["link"].Value, m.Groups["sev"].Value, m.Groups["title"].Value));
        }
        return rows;
    }

    private static void AssertTableFollowsCatalogue(string markdown, Func<DiagnosticInfo, string> link)
    {
        var expected = DiagnosticCatalog.All.Select(e => (e.Id, link(e), DiagnosticCatalog.SeverityName(e.DefaultSeverity), e.Title));
        Assert.Equal(expected, Table(markdown));
    }

    [Fact]
    public void Catalogue_has_every_id_once_in_order()
    {
        Assert.Equal(ExpectedIds.OrderBy(x => x, StringComparer.Ordinal), DiagnosticCatalog.All.Select(e => e.Id));
        foreach (var e in DiagnosticCatalog.All)
        {
            Assert.Matches("^TC\\d{4}$", e.Id);
            Assert.Same(e, DiagnosticCatalog.Find(e.Id));
            Assert.Equal(e.DefaultSeverity, Extraction.Diagnostics.Create(e.Id, 1, 0, 0, "m").Severity);
            Assert.Equal("docs/diagnostics.md#" + e.Id.ToLowerInvariant(), e.HelpAnchor);
            Assert.False(string.IsNullOrWhiteSpace(e.Title));
            Assert.False(string.IsNullOrWhiteSpace(e.Description));
        }
        Assert.Null(DiagnosticCatalog.Find("TC0777"));
    }

    [Fact]
    public void Descriptors_are_built_from_the_catalogue()
    {
        Assert.Equal(DiagnosticCatalog.All.Select(e => e.Id), TypedCorpusDescriptors.All.Select(d => d.Id));
        foreach (var e in DiagnosticCatalog.All)
        {
            var d = TypedCorpusDescriptors.ForId(e.Id)!;
            Assert.Equal(e.Title, d.Title.ToString());
            Assert.Equal(e.MessageFormat, d.MessageFormat.ToString());
            Assert.Equal(e.Description, d.Description.ToString());
            Assert.Equal(e.DefaultSeverity.ToString(), d.DefaultSeverity.ToString());
            Assert.Equal("TypedCorpus", d.Category);
            Assert.EndsWith(e.HelpAnchor, d.HelpLinkUri);
            Assert.Equal(e.CorpusWide, d.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd));
        }
    }

    [Fact]
    public void Docs_and_readme_tables_follow_the_catalogue()
    {
        AssertTableFollowsCatalogue(Read("docs", "diagnostics.md"), e => "#" + e.Id.ToLowerInvariant());
        AssertTableFollowsCatalogue(Read("README.md"), e => e.HelpAnchor);
    }

    [Fact]
    public void Every_id_has_a_docs_section_headed_with_its_title_and_severity()
    {
        var docs = Read("docs", "diagnostics.md");
        var sections = Regex.Matches(docs, @"^## (?<id>TC\d{4})\s*\n\s*\n\*\*(?<title>[^*]+)\*\* \((?<sev>\w+)\)", RegexOptions.Multiline)
            .Select(m => (m.Groups["id"].Value, m.Groups["title"].Value, m.Groups["sev"].Value));
        var expected = DiagnosticCatalog.All.Select(e => (e.Id, e.Title, DiagnosticCatalog.SeverityName(e.DefaultSeverity)));
        Assert.Equal(expected, sections);
    }

    [Fact]
    public void Release_tracking_lists_the_catalogue()
    {
        var rows = Regex.Matches(Read("generator", "TypedCorpus.Generator", "AnalyzerReleases.Unshipped.md"),
                @"^(?<id>TC\d{4}) \| (?<cat>\w+) \| (?<sev>\w+) \|.*\[Documentation\]\((?<doc>[^)]*)\)", RegexOptions.Multiline)
            .Select(m => (m.Groups["id"].Value, m.Groups["cat"].Value, m.Groups["sev"].Value, m.Groups["doc"].Value));
        var expected = DiagnosticCatalog.All.Select(e => (e.Id, DiagnosticCatalog.Category, e.DefaultSeverity.ToString(), e.HelpAnchor));
        Assert.Equal(expected, rows);
    }
}
