namespace TypedCorpus.Extraction.Tests;

/// <summary>Page shapes met on real pages (round 14): social widgets, initials bylines, a template's empty credit, a brand made of a place.</summary>
public class PageShapes14Tests
{
    private const string Title = "Harga Cabai Naik Tajam di Pasar Induk";
    private const string Body = "\n\nPedagang berharap pemerintah segera turun tangan agar harga kembali normal.\n";

    private static ArticleModel Page(string text) => TestText.Extract(text);

    [Theory]
    [InlineData("Connect with us")]
    [InlineData("Follow us")]
    [InlineData("Ikuti kami")]
    public void A_social_links_heading_above_the_headline_is_page_chrome(string widget)
    {
        var a = Page($"{widget}\n\nEkonomi\n\n{Title}\n\nKOTA, Kabar - Harga cabai di pasar induk naik tajam sejak awal pekan karena pasokan berkurang.{Body}");
        Assert.Equal(Title, a.Title);
        Assert.Null(a.Subtitle);
    }

    [Fact]
    public void The_writers_initials_a_dash_and_the_weekday_are_a_dated_byline_not_a_dateline()
    {
        var a = Page($"{Title}\n\nRH - Kamis, 18 Juli 2019 07:00 WIB\n\nKOTA, Kabar - Harga cabai di pasar induk naik tajam sejak awal pekan karena pasokan berkurang.{Body}");
        Assert.Equal("RH", a.Author);
        Assert.Equal("Kota", a.Dateline);
        Assert.StartsWith("Harga cabai", a.Paragraphs[0].Text);
    }

    [Fact]
    public void A_place_a_dash_and_the_weekday_names_no_writer()
    {
        var a = Page($"{Title}\n\nBALI - Kamis, 18 Juli 2019 07:00 WIB\n\nKOTA, Kabar - Harga cabai di pasar induk naik tajam sejak awal pekan karena pasokan berkurang.{Body}");
        Assert.Null(a.Author);
    }

    [Fact]
    public void A_description_ending_in_a_templates_undefined_credit_is_a_caption()
    {
        var a = Page($"{Title}\n\nPedagang menata cabai di lapaknya undefined\n\nKOTA, Kabar - Harga cabai di pasar induk naik tajam sejak awal pekan karena pasokan berkurang.{Body}");
        var c = Assert.Single(a.Captions);
        Assert.Equal(("Pedagang menata cabai di lapaknya", (string?)null), (c.Text, c.Credit));
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void An_outlet_named_from_a_place_before_the_village_is_the_outlet()
    {
        var a = Page($"{Title}\n\nHalobantul, Sukorejo—Harga cabai di pasar induk naik tajam sejak awal pekan karena pasokan berkurang.{Body}");
        Assert.Equal(("Halobantul", "Sukorejo"), (a.Outlet, a.Dateline));
    }

    [Fact]
    public void A_place_in_capitals_before_an_outlet_in_capitals_stays_the_place()
    {
        var a = Page($"{Title}\n\nKUTAWARU, KABAR — Harga cabai di pasar induk naik tajam sejak awal pekan karena pasokan berkurang.{Body}");
        Assert.Equal("KABAR", a.Outlet);
    }
}
