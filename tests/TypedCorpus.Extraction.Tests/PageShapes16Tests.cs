namespace TypedCorpus.Extraction.Tests;

/// <summary>Page shapes met on real pages (round 16): the headline again with other spacing, a contact line, a blog theme's lines, an image's label where a dateline would stand.</summary>
public class PageShapes16Tests
{
    private const string Title = "Nelayan Keluhkan Solar Langka di Pelabuhan";
    private const string Lead = "KOTA, Kabar - Nelayan di pelabuhan perikanan mengeluhkan solar yang langka sejak awal pekan ini.";
    private const string Body = "\n\nMereka berharap pemerintah segera menambah kuota agar kapal bisa kembali melaut.\n";

    private static ArticleModel Page(string text) => TestText.Extract(text);

    [Fact]
    public void The_headline_again_with_a_double_space_is_no_standfirst()
    {
        var a = Page($"Borong 17 Medali, Tim Silat Kota Juara Umum\n\nBorong 17 Medali,  Tim Silat Kota Juara Umum\n\n{Lead}{Body}");
        Assert.Equal("Borong 17 Medali, Tim Silat Kota Juara Umum", a.Title);
        Assert.Null(a.Subtitle);
    }

    [Theory]
    [InlineData("0271-626499 redaksi[at]kabarkota.net")]
    [InlineData("Telp: 0812 3456 7890 | Email: redaksi@kabarkota.id")]
    [InlineData("Beranda blog Halaman 8964")]
    [InlineData("July 5, 2021 by")]
    [InlineData("Filed under Kutai Timur")]
    [InlineData("Share this news")]
    [InlineData("Kabar Kota News Portal")]
    [InlineData("Situs Portal Berita Sukamaju")]
    [InlineData("Berita Hari Ini Di Indonesia & Internasional")]
    [InlineData("facebook twitter kabarkota on google plus")]
    [InlineData("Headline, Sukamaju1197 Dilihat")]
    [InlineData("28 Jul, 2025")]
    [InlineData("Home, News")]
    [InlineData("Home Berita Nelayan Keluhkan Solar Langka di Pelabuhan Tiba di...")]
    public void Page_chrome_above_the_headline_or_under_it_is_neither_headline_nor_standfirst(string chrome)
    {
        foreach (var text in new[] { $"{chrome}\n\n{Title}\n\n{Lead}{Body}", $"{Title}\n\n{chrome}\n\n{Lead}{Body}" })
        {
            var a = Page(text);
            Assert.Equal(Title, a.Title);
            Assert.Null(a.Subtitle);
            Assert.Contains(a.Furniture, f => f.Text == chrome);
        }
    }

    [Fact]
    public void A_sentence_with_a_phone_number_is_no_contact_line()
    {
        var a = Page($"{Title}\n\n{Lead}\n\nWarga yang melihat kapal itu diminta menghubungi 0812 3456 7890 milik posko.{Body}");
        Assert.Equal(3, a.Paragraphs.Count);
    }

    [Fact]
    public void An_images_label_in_capitals_where_a_place_would_stand_opens_a_caption_not_the_lead()
    {
        var a = Page($"{Title}\n\nILUSTRASI - Petugas memeriksa dua kapal tanker di perairan pelabuhan, Senin. (antara)\n\n{Lead}{Body}");
        Assert.Equal("Kota", a.Dateline);
        Assert.Equal(3, Assert.Single(a.Captions).Line);
        Assert.StartsWith("Nelayan di pelabuhan", a.Paragraphs[0].Text);
    }

    [Theory]
    [InlineData("Pemkab Gandeng Portal Berita Lokal")]
    [InlineData("Home Industri Batik Tulis Bertahan Sejak 1970")]
    [InlineData("Homestay Penuh Jelang Waisak 2024")]
    [InlineData("Homestay Penuh, Wisatawan Kecewa Tak Dapat Kamar...")]
    public void A_headline_that_opens_like_chrome_stays_the_headline(string title)
        => Assert.Equal(title, Page($"{title}\n\n{Lead}{Body}").Title);

    [Fact]
    public void Contacts_the_article_gives_its_readers_stay_its_text()
    {
        var a = Page($"{Title}\n\n{Lead}\n\nNelayan yang belum menerima kuota dapat melapor melalui nomor berikut:\n\nWA: 0812-2765-4321\n\nEmail: posko.solar@kabarkota.go.id{Body}");
        Assert.DoesNotContain(a.Furniture, f => f.Text.StartsWith("WA:", StringComparison.Ordinal) || f.Text.StartsWith("Email:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_naming_two_social_networks_stays_a_paragraph()
    {
        var a = Page($"{Title}\n\n{Lead}\n\nvideo itu dibagikan warga lewat facebook dan twitter hingga ramai dibicarakan.{Body}");
        Assert.Equal(3, a.Paragraphs.Count);
    }

    [Fact]
    public void A_sites_name_in_small_letters_a_comma_and_a_known_place_in_capitals_are_the_dateline()
    {
        var a = Page($"{Title}\n\nkabarkota, MAKASSAR – Pemerintah kota menandatangani nota kesepahaman dengan universitas.{Body}");
        Assert.Equal(("kabarkota", "Makassar"), (a.Outlet, a.Dateline));
        Assert.StartsWith("Pemerintah kota", a.Paragraphs[0].Text);
    }

    [Fact]
    public void A_domains_glued_hyphen_before_its_region_is_no_part_of_the_outlet()
    {
        var a = Page($"{Title}\n\nTuban, kabarkita.com-(Jatim) – Nelayan di pelabuhan perikanan mengeluhkan solar yang langka.{Body}");
        Assert.Equal(("kabarkita.com", "Tuban"), (a.Outlet, a.Dateline));
    }

    [Fact]
    public void A_writers_name_a_pipe_and_the_day_and_time_under_the_headline_are_the_byline()
    {
        var a = Page($"{Title}\n\nRina Astuti Lestari | Rabu, 26 Januari 2022 | 21:55\n\n{Lead}{Body}");
        Assert.Equal("Rina Astuti Lestari", a.Author);
        Assert.Null(a.Subtitle);
    }

    [Fact]
    public void A_known_place_a_pipe_and_a_date_names_no_writer()
        => Assert.Null(Page($"{Title}\n\nJakarta Selatan | Rabu, 26 Januari 2022\n\n{Lead}{Body}").Author);

    [Fact]
    public void The_outlet_and_a_known_place_in_brackets_opening_the_lead_are_the_dateline()
    {
        var a = Page($"{Title}\n\n(Kabar, Jambi) – Nelayan di pelabuhan perikanan mengeluhkan solar yang langka.{Body}");
        Assert.Equal(("Kabar", "Jambi"), (a.Outlet, a.Dateline));
        Assert.StartsWith("Nelayan di pelabuhan", a.Paragraphs[0].Text);
    }

    [Fact]
    public void A_name_and_a_word_that_is_no_known_place_in_brackets_are_no_dateline()
        => Assert.Null(Page($"{Title}\n\n(Rudi, Petani) – Warga desa kembali menanam padi setelah banjir surut.{Body}").Dateline);
}
