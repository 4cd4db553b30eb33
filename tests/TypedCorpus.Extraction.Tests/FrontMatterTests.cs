using TypedCorpus.Extraction;

namespace TypedCorpus.Extraction.Tests;

/// <summary>The front matter as written (every key, known or not, with its place) and the built-in requirements (TC0017).</summary>
public class FrontMatterTests
{
    private const string Body = "Gempa Guncang Kota Palu\nPalu (ANTARA) - Gempa berkekuatan 5,2 magnitudo mengguncang Kota Palu pagi ini, kata petugas BMKG.\n";

    [Fact]
    public void Every_key_value_line_is_kept_as_written_with_its_line_and_columns()
    {
        var a = TestText.Extract("---\ntitle: Gempa Palu\ndesk:   Nusantara \npage: 'tiga'\n  tags: a, b\ndate: 2025-05-10\nnote:\n---\n" + Body);
        Assert.Equal(new[]
        {
            new FrontMatterEntry(2, "title", "Gempa Palu", 0, 7),
            new FrontMatterEntry(3, "desk", "Nusantara", 0, 8),
            new FrontMatterEntry(4, "page", "tiga", 0, 7),
            new FrontMatterEntry(5, "tags", "a, b", 2, 8),
            new FrontMatterEntry(6, "date", "2025-05-10", 0, 6),
            new FrontMatterEntry(7, "note", "", 0, 5),
        }, a.FrontMatter);
        Assert.Equal("Gempa Palu", a.Title);
        Assert.Equal("2025-05-10", a.Date);
        Assert.Contains(a.Diagnostics, d => d.Id == DiagnosticIds.FrontMatterUnknownKey && d.Line == 3);
    }

    [Fact]
    public void Without_front_matter_or_with_an_unclosed_one_there_is_none()
    {
        Assert.Empty(TestText.Extract(Body).FrontMatter);
        Assert.Empty(TestText.Extract("---\ndesk: a\n" + Body).FrontMatter);
    }

    [Fact]
    public void Requirements_parse_any_separator_and_case_and_report_unknown_names()
    {
        var facts = Requirements.Parse("date; Author,QUOTES  date", out var unknown);
        Assert.Equal(new[] { ArticleFact.Date, ArticleFact.Author, ArticleFact.Quotes }, facts);
        Assert.Empty(unknown);
        Requirements.Parse("Date;Tanggal", out unknown);
        Assert.Equal(new[] { "Tanggal" }, unknown);
        Assert.Empty(Requirements.Parse(null, out _));
    }

    [Fact]
    public void A_missing_required_fact_is_reported_at_the_front_matter_or_line_1()
    {
        var required = Requirements.Parse("Date;Author;Outlet;Title;Quotes", out _);
        var withFront = TestText.Extract("---\nauthor: Rina\n---\n" + Body);
        var found = Requirements.Check(withFront, required);
        Assert.Equal(new[] { "date", "quote" }, found.Select(d => d.Message.Split(' ')[4].TrimEnd(',')));
        Assert.All(found, d => Assert.Equal((DiagnosticIds.RequiredFactMissing, 1, 0, 3, DiagnosticSeverity.Error), (d.Id, d.Line, d.Column, d.Length, d.Severity)));

        var bare = Requirements.Check(TestText.Extract(Body), required);
        Assert.All(bare, d => Assert.Equal((1, 0, "Gempa Guncang Kota Palu".Length), (d.Line, d.Column, d.Length)));
        Assert.Empty(Requirements.Check(TestText.Extract(""), required)); // empty: TC0008 says it
    }
}
