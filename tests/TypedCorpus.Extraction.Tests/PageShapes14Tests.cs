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
        var a = Page($"{Title}\n\nRH - Rabu, 9 Oktober 2019 08:15 WIB\n\nKOTA, Kabar - Harga cabai di pasar induk naik tajam sejak awal pekan karena pasokan berkurang.{Body}");
        Assert.Equal("RH", a.Author);
        Assert.Equal("Kota", a.Dateline);
        Assert.StartsWith("Harga cabai", a.Paragraphs[0].Text);
    }

    [Fact]
    public void A_place_a_dash_and_the_weekday_names_no_writer()
    {
        var a = Page($"{Title}\n\nBALI - Rabu, 9 Oktober 2019 08:15 WIB\n\nKOTA, Kabar - Harga cabai di pasar induk naik tajam sejak awal pekan karena pasokan berkurang.{Body}");
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

    [Fact]
    public void A_domain_a_pipe_and_a_known_place_with_its_comma_are_the_dateline()
    {
        var a = Page($"{Title}\n\nKabarKota.com | Grobogan, Harga cabai di pasar induk naik tajam sejak awal pekan karena pasokan berkurang.{Body}");
        Assert.Equal(("KabarKota.com", "Grobogan"), (a.Outlet, a.Dateline));
        Assert.StartsWith("Harga cabai", a.Paragraphs[0].Text);
    }

    [Fact]
    public void An_unknown_word_after_a_domain_and_a_pipe_is_no_dateline()
        => Assert.Null(Page($"{Title}\n\nKabarKota.com | Sukamaju, Harga cabai di pasar induk naik tajam sejak awal pekan karena pasokan berkurang.{Body}").Dateline);

    [Fact]
    public void A_rubric_a_comma_and_an_outlets_name_made_of_a_region_are_the_outlet_alone()
    {
        var a = Page($"{Title}\n\nNasional, warnakalimantan - Harga cabai di pasar induk naik tajam sejak awal pekan karena pasokan berkurang.{Body}");
        Assert.Equal(("warnakalimantan", (string?)null), (a.Outlet, a.Dateline));
        Assert.StartsWith("Harga cabai", a.Paragraphs[0].Text);
    }

    private const string Lead = "KOTA, Kabar - Harga cabai di pasar induk naik tajam sejak awal pekan karena pasokan berkurang.";

    [Fact]
    public void Headlines_under_each_other_after_the_last_paragraph_are_more_news()
    {
        var a = Page($"{Title}\n\n{Lead}\n\nPedagang berharap harga kembali normal.\n\n"
            + "Relawan Desa Perbaiki Jembatan Bambu Secara Swadaya\nKetua Dewan Sambangi Kementerian Terkait Ganti Rugi Lahan\nJalan Penghubung Desa di Sukamaju Masih Banyak yang Rusak\n");
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.Empty(a.Sections);
    }

    [Fact]
    public void Headlines_under_each_other_before_more_prose_stay_in_the_body()
    {
        var a = Page($"{Title}\n\n{Lead}\n\n"
            + "Relawan Desa Perbaiki Jembatan Bambu Secara Swadaya\nKetua Dewan Sambangi Kementerian Terkait Ganti Rugi Lahan\nJalan Penghubung Desa di Sukamaju Masih Banyak yang Rusak\n\n"
            + "Pedagang berharap pemerintah segera turun tangan agar harga kembali normal.\n");
        Assert.Equal("Pedagang berharap pemerintah segera turun tangan agar harga kembali normal.", a.Paragraphs[a.Paragraphs.Count - 1].Text);
        Assert.True(a.Paragraphs.Count + a.Sections.Count >= 3);
    }

    [Theory]
    [InlineData("A post shared by KABAR_KOTA (@kabar_kota)")]
    [InlineData("Artikel Menarik Lainnya")]
    public void An_instagram_embed_line_and_a_more_articles_label_are_no_paragraphs(string line)
    {
        var a = Page($"{Title}\n\n{Lead}\n\n{line}\n\nPedagang berharap pemerintah segera turun tangan agar harga kembali normal.\n");
        Assert.DoesNotContain(a.Paragraphs, p => p.Text == line);
    }

    [Fact]
    public void A_label_in_capitals_a_scene_its_day_and_a_credit_are_a_caption()
    {
        var a = Page($"{Title}\n\nTINJAU PASAR: Bupati Sukamaju, Rina Wulandari meninjau lapak cabai di pasar induk, Rabu (14/8). Humas for Kabar Kota\n\n{Lead}{Body}");
        var c = Assert.Single(a.Captions);
        Assert.Equal("Humas for Kabar Kota", c.Credit);
        Assert.StartsWith("TINJAU PASAR: Bupati Sukamaju", c.Text);
        Assert.Null(a.Subtitle);
    }

    [Fact]
    public void A_papers_code_after_the_place_is_part_of_the_dateline()
    {
        var a = Page($"{Title}\n\nkabar.co.id – SUKAMAJU-KK. Harga cabai di pasar induk naik tajam sejak awal pekan karena pasokan berkurang.{Body}");
        Assert.Equal(("kabar.co.id", "Sukamaju"), (a.Outlet, a.Dateline));
        Assert.StartsWith("Harga cabai", a.Paragraphs[0].Text);
    }

    [Fact]
    public void A_domain_a_dash_and_a_known_place_in_mixed_case_with_its_comma_are_the_dateline()
    {
        var a = Page($"{Title}\n\nKABARKITA.ID – Bantul, Sebanyak dua belas desa terendam banjir sejak Jumat malam karena sungai meluap.{Body}");
        Assert.Equal(("KABARKITA.ID", "Bantul"), (a.Outlet, a.Dateline));
        Assert.StartsWith("Sebanyak dua belas", a.Paragraphs[0].Text);
    }

    [Fact]
    public void An_outlet_of_two_words_and_a_known_place_in_brackets_are_outlet_and_dateline()
    {
        var a = Page($"{Title}\n\nSUARA KITA (BANTUL) – Sebanyak dua belas desa terendam banjir sejak Jumat malam karena sungai meluap.{Body}");
        Assert.Equal(("SUARA KITA", "Bantul"), (a.Outlet, a.Dateline));
    }

    [Fact]
    public void A_known_place_its_provinces_short_name_a_double_slash_and_the_outlet_are_the_dateline()
    {
        var a = Page($"{Title}\n\nBantul DIY // Kabar Kota. Harga cabai di pasar induk naik tajam sejak awal pekan, Senin ( 1/9/2025).{Body}");
        Assert.Equal(("Kabar Kota", "Bantul"), (a.Outlet, a.Dateline));
        Assert.StartsWith("Harga cabai", a.Paragraphs[0].Text);
        Assert.Empty(a.Captions);
        Assert.Equal("2025-09-01", a.Date);
    }

    [Fact]
    public void An_unknown_word_before_a_double_slash_is_no_dateline()
        => Assert.Null(Page($"{Title}\n\nSukamaju // Kabar Kota. Harga cabai di pasar induk naik tajam sejak awal pekan karena pasokan berkurang.{Body}").Dateline);
}
