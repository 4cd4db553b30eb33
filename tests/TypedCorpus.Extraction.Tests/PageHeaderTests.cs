namespace TypedCorpus.Extraction.Tests;

/// <summary>The lines before the lead on real pages: topic labels, captions in their many shapes, and leftovers of the layout.</summary>
public class PageHeaderTests
{
    private static ArticleModel Page(string text) => TestText.Extract(text);

    private const string Lead = "KOTA, Kabar - Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n\nMediasi dipimpin kepala desa dan disaksikan tokoh masyarakat setempat.\n";

    [Fact]
    public void A_topic_label_above_the_headline_is_no_title()
    {
        var a = Page("Kesehatan Warga\n\nDua Warga Desa Sepakat Berdamai Usai Mediasi\n\n" + Lead);
        Assert.Equal("Dua Warga Desa Sepakat Berdamai Usai Mediasi", a.Title);
        Assert.Null(a.Subtitle);
    }

    [Fact]
    public void A_short_headline_keeps_its_longer_standfirst_when_the_standfirst_is_a_sentence()
    {
        var a = Page("Warga Berdamai\n\nDua warga desa akhirnya sepakat berdamai setelah mediasi panjang di balai desa.\n\n" + Lead);
        Assert.Equal("Warga Berdamai", a.Title);
    }

    [Theory]
    [InlineData("Kepala desa memberikan keterangan kepada wartawan di balai desa | Humas Polsek Kota", "Kepala desa memberikan keterangan kepada wartawan di balai desa", "Humas Polsek Kota")]
    [InlineData("Kepala Desa Sukamaju di balai desa. Foto: Kabarku.id/Rina Sari.", "Kepala Desa Sukamaju di balai desa.", "Kabarku.id/Rina Sari")]
    [InlineData("Kepala Desa Sukamaju di balai desa [Foto : kabarku]", "Kepala Desa Sukamaju di balai desa", "kabarku")]
    [InlineData("Kepala Desa Sukamaju di balai desa. Kabar/ Rina Sari Dewi", "Kepala Desa Sukamaju di balai desa.", "Kabar/ Rina Sari Dewi")]
    [InlineData("Warga dan kepala desa berjabat tangan usai mediasi, Senin (3/6/2024). (IST)", "Warga dan kepala desa berjabat tangan usai mediasi, Senin (3/6/2024).", "IST")]
    [InlineData("Warga dan kepala desa berjabat tangan usai mediasi, Senin 3 Juni 2024. rina sari / kabarkota.com--", "Warga dan kepala desa berjabat tangan usai mediasi, Senin 3 Juni 2024.", "rina sari / kabarkota.com")]
    public void Caption_credit_shapes(string line, string text, string credit)
    {
        var a = Page($"Warga Desa Sepakat Berdamai\n\n{line}\n\n{Lead}");
        var c = Assert.Single(a.Captions);
        Assert.Equal(text, c.Text);
        Assert.Equal(credit, c.Credit);
        Assert.Null(a.Subtitle);
    }

    [Fact]
    public void A_credit_alone_above_its_caption_credits_both()
    {
        var a = Page($"Warga Desa Sepakat Berdamai\n\nKabarku.com/Rina Sari\nKepala Desa Sukamaju, Budi Santoso\n\n{Lead}");
        Assert.Equal(2, a.Captions.Count);
        Assert.Equal(("", "Kabarku.com/Rina Sari"), (a.Captions[0].Text, a.Captions[0].Credit));
        Assert.Equal(("Kepala Desa Sukamaju, Budi Santoso", "Kabarku.com/Rina Sari"), (a.Captions[1].Text, a.Captions[1].Credit));
    }

    // a dateline no sentence can open with (the outlet is a domain): the lead even after a line of prose
    private const string DomainLead = "KOTA, Kabarkota.com - Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n\nMediasi dipimpin kepala desa dan disaksikan tokoh masyarakat setempat.\n";

    [Fact]
    public void A_caption_before_an_empty_credit_pipe_has_no_credit()
    {
        var a = Page($"Warga Desa Sepakat Berdamai\n\nKepala desa memimpin mediasi dua kelompok pemuda. |\n\n{Lead}");
        var c = Assert.Single(a.Captions);
        Assert.Equal(("Kepala desa memimpin mediasi dua kelompok pemuda.", (string?)null), (c.Text, c.Credit));
    }

    [Fact]
    public void A_labelled_credit_of_several_words_credits_the_description_before_the_lead()
    {
        var a = Page($"Warga Desa Sepakat Berdamai\n\nFoto: RINA SARI/KABAR POS\nWarga dua desa bersalaman usai mediasi di balai desa, Senin (10/4). Mediasi berlangsung tertib.\n\n{DomainLead}");
        Assert.Equal(2, a.Captions.Count);
        Assert.Equal(("", "RINA SARI/KABAR POS"), (a.Captions[0].Text, a.Captions[0].Credit));
        Assert.StartsWith("Warga dua desa bersalaman", a.Captions[1].Text);
        Assert.Equal("RINA SARI/KABAR POS", a.Captions[1].Credit);
        Assert.StartsWith("Dua warga desa", a.Paragraphs[0].Text);
    }

    [Fact]
    public void An_images_alternative_text_and_its_caption_nearly_the_same_are_both_captions()
    {
        var a = Page($"Warga Desa Sepakat Berdamai\n\nMediasi dua desa oleh polisi, Kamis (10/11)\n\nMediasi dua desa Sukamaju oleh polisi, Kamis (10/11)\n\n{DomainLead}");
        Assert.Equal(new[] { (3, "Mediasi dua desa oleh polisi, Kamis (10/11)"), (5, "Mediasi dua desa Sukamaju oleh polisi, Kamis (10/11)") },
            a.Captions.Select(c => (c.Line, c.Text)));
        Assert.Null(a.Subtitle);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void A_domain_and_a_place_in_capitals_alone_on_a_line_are_the_dateline()
    {
        var a = Page("Warga Desa Sepakat Berdamai\n\nKABARKOTA.COM, SUKAMAJU.\nDua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n\nMediasi dipimpin kepala desa.\n");
        Assert.Equal(("KABARKOTA.COM", "Sukamaju"), (a.Outlet, a.Dateline));
        Assert.StartsWith("Dua warga desa", a.Paragraphs[0].Text);
    }

    [Theory]
    [InlineData("Garut – Kabar KOTA.COM –", "Kabar KOTA.COM")]
    [InlineData("KabarKota.Com - Garut :", "KabarKota.Com")]
    [InlineData("Garut|kabarkota.com", "kabarkota.com")]
    [InlineData("Garut – kabarkotahits", "kabarkotahits")] // one word in small letters after the place's dash: the site's name
    public void A_place_and_a_domain_around_a_dash_alone_on_a_line_are_the_dateline(string line, string outlet)
    {
        var a = Page($"Warga Desa Sepakat Berdamai\n\n{line}\n\nDua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n\nMediasi dipimpin kepala desa.\n");
        Assert.Equal((outlet, "Garut"), (a.Outlet, a.Dateline));
        Assert.StartsWith("Dua warga desa", a.Paragraphs[0].Text);
        Assert.Equal("Warga Desa Sepakat Berdamai", a.Title);
    }

    [Theory]
    [InlineData("Garut – kemarin")] // a word of time
    [InlineData("Jakarta – Bandung")] // two places
    [InlineData("Garut – informasi")] // a word that opens with a word of the news but is a word of its own
    [InlineData("Garut – mediasi")]
    public void A_place_and_a_short_word_or_a_place_alone_on_a_line_are_no_dateline_with_an_outlet(string line)
    {
        var a = Page($"Warga Desa Sepakat Berdamai\n\n{line}\n\nDua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n\nMediasi dipimpin kepala desa.\n");
        Assert.Null(a.Outlet);
    }

    [Fact]
    public void A_domain_and_its_place_in_brackets_alone_on_a_line_are_the_dateline()
    {
        var a = Page("Warga Desa Sepakat Berdamai\n\nKABARKOTA.COM (Garut)\n\nDua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n\nMediasi dipimpin kepala desa.\n");
        Assert.Equal(("KABARKOTA.COM", "Garut"), (a.Outlet, a.Dateline));
        Assert.StartsWith("Dua warga desa", a.Paragraphs[0].Text);
    }

    [Fact]
    public void A_publication_time_in_utc_above_the_headline_is_no_title()
        => Assert.Equal("Warga Desa Sepakat Berdamai", Page("Minggu, 9 March 2025 14:05 GMT+7\nWarga Desa Sepakat Berdamai\n" + Lead).Title);

    [Theory]
    [InlineData("press enter to search")]
    [InlineData("Ketik kata kunci lalu tekan enter")]
    [InlineData("Nikmati akses tanpa batas untuk seluruh berita Kabar Plus")]
    public void A_search_box_hint_or_a_paywall_offer_above_the_headline_is_no_title(string line)
        => Assert.Equal("Warga Desa Sepakat Berdamai", Page($"{line}\n\nWarga Desa Sepakat Berdamai\n\n" + Lead).Title);

    [Fact]
    public void A_caption_labelled_teks_foto_is_a_caption_with_its_credit()
    {
        var a = Page("Harga Beras Naik, Polisi Sidak ke Pasar\nTeks foto : Kapolsek meninjau pedagang beras di pasar kota dan menemukan harga naik. (Rina)\n" + Lead);
        var c = Assert.Single(a.Captions);
        Assert.Equal("Rina", c.Credit);
        Assert.StartsWith("Dua warga desa", a.Paragraphs[0].Text);
    }

    [Theory]
    [InlineData("Bupati menerima kunjungan rombongan konsul jenderal di kantor bupati, Rabu (14/9). (ist)", "ist")]
    [InlineData("Jembatan gantung yang putus diterjang arus sungai pekan lalu. Dok: Kabar Kota", "Kabar Kota")]
    [InlineData("Ketua panitia Budi Santoso, Camat Wanareja Rina Sari dan Kapolsek Cibening Dedi Kurnia (kiri-kanan).", null)]
    [InlineData("Ketua panitia Budi Santoso, Camat Wanareja Rina Sari dan Kapolsek Cibening Dedi Kurnia (ki-ka).", null)]
    public void A_caption_under_the_headline_with_a_small_credit_word_a_dok_credit_or_positions_from_the_left_is_a_caption(string line, string? credit)
    {
        var a = Page("Harga Beras Naik, Polisi Sidak ke Pasar\n\n" + line + "\n\n" + Lead);
        var c = Assert.Single(a.Captions);
        Assert.Equal(credit, c.Credit);
        Assert.Null(a.Subtitle);
        Assert.StartsWith("Dua warga desa", a.Paragraphs[0].Text);
    }

    [Fact]
    public void A_related_label_alone_above_the_lead_is_neither_lead_nor_paragraph()
    {
        var a = Page("Harga Beras Naik, Polisi Sidak ke Pasar\nBaca Juga:\nSidak dipimpin langsung kapolsek di pasar itu pada Senin pagi bersama jajarannya.\nPara pedagang mengaku harga beras naik.\n");
        Assert.StartsWith("Sidak dipimpin", a.Paragraphs[0].Text);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void A_last_paragraph_ending_with_a_labelled_photo_credit_is_a_caption()
    {
        var a = Page("Warga Desa Sepakat Berdamai\n\n" + Lead + "\nKepala desa (tengah) memimpin mediasi bersama tokoh masyarakat (kiri) dan perwakilan kedua keluarga (kanan) yang berselisih di balai desa, disaksikan para warga dan aparat keamanan setempat pada Senin siang [Foto KABAR]\n");
        var c = Assert.Single(a.Captions);
        Assert.Equal("KABAR", c.Credit);
    }

    [Theory]
    [InlineData("Ilustrasi.")]
    [InlineData("ilustrasi |")]
    public void An_illustration_label_alone_above_the_lead_is_a_caption(string line)
    {
        var a = Page($"Warga Desa Sepakat Berdamai\n{line}\n" + Lead);
        Assert.Equal("Warga Desa Sepakat Berdamai", a.Title);
        Assert.Equal(2, Assert.Single(a.Captions).Line);
        Assert.StartsWith("Dua warga desa", a.Paragraphs[0].Text);
    }

    [Fact]
    public void A_place_and_a_domain_alone_on_the_first_line_are_no_title()
    {
        var a = Page("Garut – Kabar KOTA.COM –\nDua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\nMediasi dipimpin kepala desa.\n");
        Assert.Equal(("Kabar KOTA.COM", "Garut"), (a.Outlet, a.Dateline));
        Assert.Null(a.Title);
    }

    [Fact]
    public void A_standfirst_said_again_after_a_brand_confirms_the_brand_as_dateline()
    {
        const string standfirst = "Pedagang di pasar induk mengeluh karena harga cabai naik tajam sepekan terakhir.";
        var a = Page($"Harga Cabai Naik Tajam\n{standfirst}\nKabarniaga - {standfirst} Menurut seorang pedagang, harga belum turun.\nPembeli juga mengurangi belanja.\n");
        Assert.Equal(standfirst, a.Subtitle);
        Assert.Equal("Kabarniaga", a.Outlet);
        Assert.StartsWith("Pedagang di pasar induk", a.Paragraphs[0].Text);
        Assert.Equal(2, a.Paragraphs.Count);
        // without the repetition a brand's dash after a line of prose is no dateline
        var b = Page($"Harga Cabai Naik Tajam\n{standfirst}\nKabarniaga - Menurut seorang pedagang, harga belum turun sejak lebaran.\nPembeli juga mengurangi belanja.\n");
        Assert.Null(b.Outlet);
    }

    [Theory]
    [InlineData("*) Hasil Kesepakatan Warga dan Pengelola Pasar")]
    [InlineData("*Hasil Kesepakatan Warga dan Pengelola Pasar --")]
    public void A_standfirst_loses_its_marks(string line)
    {
        var a = Page($"Warga Desa Sepakat Berdamai\n{line}\n{Lead}");
        Assert.Equal("Hasil Kesepakatan Warga dan Pengelola Pasar", a.Subtitle);
    }

    [Fact]
    public void A_credit_with_the_photo_label_and_a_slash_alone_above_the_lead_is_a_caption_credit()
    {
        var a = Page("Pencuri Kambing Ditangkap Warga\n\nFoto/Humas Polres\n\n" + Lead);
        Assert.Equal("Humas Polres", Assert.Single(a.Captions).Credit);
        Assert.Null(a.Subtitle);
    }

    [Fact]
    public void An_illustrations_label_and_a_credit_in_brackets_make_a_caption()
    {
        var a = Page("Panen Jagung Melimpah di Desa\n\nIlustrasi. Petani memetik jagung di ladang. (Nama fotografer kami)\n\n" + Lead);
        Assert.Single(a.Captions);
        Assert.Null(a.Subtitle);
    }

    [Fact]
    public void A_known_place_as_the_domains_first_part_is_the_datelines_place()
    {
        var a = Page("Gubernur Teken Kerja Sama\n\nBeijing.kabarkota.com – Gubernur menandatangani nota kesepakatan dengan perusahaan itu.\n\nIsinya investasi jalan tol.\n");
        Assert.Equal(("kabarkota.com", "Beijing"), (a.Outlet, a.Dateline));
    }

    [Fact]
    public void A_standfirst_sentence_loses_its_bullet()
    {
        // above the photo's file name and its caption (a bullet alone before the lead is a list item)
        var a = Page("Warga Desa Sepakat Berdamai\n\n  • Kesepakatan ini mengakhiri sengketa lahan yang berlangsung sejak tahun lalu.\n"
            + "1646Foto_Mediasi_2025.jpeg\nWarga bersalaman di balai desa (Humas Desa)\n\nKOTA - Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n\nMediasi dipimpin kepala desa.\n");
        Assert.Equal("Kesepakatan ini mengakhiri sengketa lahan yang berlangsung sejak tahun lalu.", a.Subtitle);
    }

    [Fact]
    public void A_headline_copied_after_the_text_above_its_publication_time_is_the_headline()
    {
        var a = Page("Sukamaju (Kabar) - Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\nMediasi dipimpin kepala desa.\nMediasi Lanjutan, Dua Warga Desa Sukamaju Sepakat Berdamai\nKamis, 4 April 2024 16:32 WIB\n");
        Assert.Equal("Mediasi Lanjutan, Dua Warga Desa Sukamaju Sepakat Berdamai", a.Title);
        Assert.Equal(2, a.Paragraphs.Count);
        // a headline-like line without a time under it stays where it is
        var b = Page("Sukamaju (Kabar) - Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\nMediasi dipimpin kepala desa.\nDua Warga Desa Sukamaju Sepakat Berdamai\nKedua pihak bersalaman di depan warga.\n");
        Assert.Null(b.Title);
    }

    [Fact]
    public void A_place_in_capitals_and_a_domain_alone_on_a_line_are_the_dateline()
    {
        var a = Page("Warga Desa Sepakat Berdamai\n\nSUKAMAJU-Kabarku.ID\n\nDua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n\nMediasi dipimpin kepala desa.\n");
        Assert.Equal(("Kabarku.ID", "Sukamaju"), (a.Outlet, a.Dateline));
        Assert.StartsWith("Dua warga desa", a.Paragraphs[0].Text);
        Assert.Equal(2, a.Paragraphs.Count);
        // after the short lines of a share widget, which read like a menu
        var b = Page("Warga Desa Sepakat Berdamai\n\noleh\nBagikan artikel ini\n\nSUKAMAJU-Kabarku.ID\n\nDua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n\nMediasi dipimpin kepala desa.\n");
        Assert.Equal(("Kabarku.ID", "Sukamaju"), (b.Outlet, b.Dateline));
    }

    [Fact]
    public void A_known_place_and_its_outlet_in_brackets_alone_on_a_line_are_the_dateline()
    {
        var a = Page("Medan (Kabar Kota)\nDua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\nMediasi dipimpin kepala desa.\n");
        Assert.Equal(("Kabar Kota", "Medan"), (a.Outlet, a.Dateline));
        Assert.Null(a.Title);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void The_pages_title_with_the_sites_name_gives_way_to_the_headline_without_it()
    {
        var a = Page($"Warga Desa Sepakat Berdamai - Kabar Kota\n\nWarga Desa Sepakat Berdamai\n\n{Lead}");
        Assert.Equal("Warga Desa Sepakat Berdamai", a.Title);
        Assert.Null(a.Subtitle);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void A_photo_described_with_where_its_people_stand_is_a_caption()
    {
        var a = Page($"Warga Desa Sepakat Berdamai\n\nKepala Desa Sukamaju Budi Santoso (kiri) bersama Camat Sukadamai menunjukkan surat perdamaian di balai desa, Rabu (31/03/2021).\n\n{DomainLead}");
        var c = Assert.Single(a.Captions);
        Assert.StartsWith("Kepala Desa Sukamaju Budi Santoso (kiri)", c.Text);
        Assert.StartsWith("Dua warga desa", a.Paragraphs[0].Text);
    }

    [Fact]
    public void A_photo_credit_with_the_copyright_sign_credits_its_caption_and_does_not_end_the_article()
    {
        var a = Page($"Warga Desa Sepakat Berdamai\n\n{Lead}\n© @kabarfoto\nKepala Desa Sukamaju, Budi Santoso. Copyright: @kabarfoto\n\nKedua pihak bersalaman di depan warga.\n");
        Assert.Equal(2, a.Captions.Count);
        Assert.Equal(("", "@kabarfoto"), (a.Captions[0].Text, a.Captions[0].Credit));
        Assert.Equal(("Kepala Desa Sukamaju, Budi Santoso.", "@kabarfoto"), (a.Captions[1].Text, a.Captions[1].Credit));
        Assert.Equal("Kedua pihak bersalaman di depan warga.", a.Paragraphs[^1].Text);
        // a page's notice with a year still closes the article
        var b = Page($"Warga Desa Sepakat Berdamai\n\n{Lead}\n© 2024 Kabarkota\nKedua pihak bersalaman di depan warga.\n");
        Assert.DoesNotContain(b.Paragraphs, p => p.Text.StartsWith("Kedua pihak", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_description_ending_with_its_place_and_day_before_a_dateline_is_a_caption()
    {
        var a = Page("Warga Desa Sepakat Berdamai\n\nKepala Desa Sukamaju dan Camat Sukadamai menandatangani surat perdamaian di balai desa, Senin (17/1/2022)\n\nKabar Kota - Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n\nMediasi dipimpin kepala desa.\n");
        var c = Assert.Single(a.Captions);
        Assert.StartsWith("Kepala Desa Sukamaju dan Camat", c.Text);
        Assert.Equal("Kabar Kota", a.Outlet);
        Assert.StartsWith("Dua warga desa", a.Paragraphs[0].Text);
        // a lead paragraph that ends so, with no dateline under it, stays the lead
        var b = Page("Warga Desa Sepakat Berdamai\n\nKepala Desa Sukamaju dan Camat Sukadamai menandatangani surat perdamaian di balai desa, Senin (17/1/2022).\n\nMediasi dipimpin kepala desa.\n");
        Assert.Empty(b.Captions);
        Assert.Equal(2, b.Paragraphs.Count);
    }

    [Fact]
    public void Lines_before_the_lead_that_are_no_sentences_are_layout()
    {
        var a = Page($"Warga Desa Sepakat Berdamai\n\nMediasi Berlangsung Tertib\n\n0%\nRina\nDamai di Balai Desa Sukamaju Hari Ini\nKabar\n\n{Lead}");
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.StartsWith("Dua warga desa", a.Paragraphs[0].Text);
    }

    [Theory]
    [InlineData("\" Polisi memediasi dua kelompok pelajar yang bertikai \"")]
    [InlineData("\"\"Disepakati hanya boleh mengantar dan menjemput penumpang,\" \"")]
    public void A_pull_quote_under_the_headline_is_the_standfirst(string line)
    {
        var a = Page($"Warga Desa Sepakat Berdamai\n\n{line}\n\nSUKAMAJU, KABAR.COM - Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n\nMediasi dipimpin kepala desa.\n");
        Assert.Equal(line, a.Subtitle);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void A_name_and_the_sites_name_in_small_letters_under_the_headline_is_the_byline()
    {
        var a = Page("Warga Desa Sepakat Berdamai\nRudi Hartono, kabar kota\nRabu, 19 Januari 2022\n" + Lead);
        Assert.Equal("Rudi Hartono", a.Author);
        Assert.Null(a.Subtitle);
        // a standfirst in words of its own is no byline
        var b = Page("Warga Desa Sepakat Berdamai\nMediasi Kedua, Warga Akhirnya Bersalaman\n" + Lead);
        Assert.Null(b.Author);
    }

    [Fact]
    public void A_domain_alone_above_a_lead_opening_with_a_dash_is_the_dateline()
    {
        var a = Page("Longsor Rusak Rumah Warga\nKabarkota.com\n- Tanah longsor di Desa Sukamaju merusak satu rumah warga pada Rabu sore.\nTidak ada korban jiwa.\n");
        Assert.Equal("Kabarkota.com", a.Outlet);
        Assert.StartsWith("Tanah longsor", a.Paragraphs[0].Text);
        // a list item under a domain is no lead (the domain, among the page's first lines, is the site's logo: the outlet)
        var b = Page("Longsor Rusak Rumah Warga\nKabarkota.com\n- Rumah\n- Jalan desa\nTanah longsor di Desa Sukamaju merusak satu rumah warga pada Rabu sore.\n");
        Assert.DoesNotContain(b.Paragraphs, p => p.Text == "Rumah");
        Assert.StartsWith("Tanah longsor", b.Paragraphs[0].Text);
    }

    [Fact]
    public void An_outlet_in_capitals_alone_opens_the_lead_after_a_photo_and_its_caption()
    {
        var a = Page("Harga Beras di Pasar Cendana Naik Lagi\n\n- 2 April 2024, 09:10 WIB\nPedagang beras di Pasar Cendana menata dagangannya. /Suara Cendana/Rina Sari/\n\n"
            + "SUARA CENDANA - Harga beras medium di pasar tradisional naik dua ribu rupiah per kilogram dalam sepekan.\n\nPedagang mengaku pembeli mulai berkurang.\n");
        Assert.Equal("SUARA CENDANA", a.Outlet, ignoreCase: true);
        Assert.Null(a.Dateline);
        Assert.StartsWith("Harga beras medium", a.Paragraphs[0].Text);
    }

    [Fact]
    public void A_closing_paragraph_whose_second_sentence_opens_with_a_quote_keeps_its_sign_off()
    {
        var a = Page(Lead + "Ia berharap harga segera turun. \"Semoga pekan depan sudah normal,\" katanya. (Rina Sari/Ed)\n");
        Assert.Empty(a.Captions);
        Assert.EndsWith("(Rina Sari/Ed)", a.Paragraphs[a.Paragraphs.Count - 1].Text);
        Assert.Contains(a.Quotes, q => q.Text.StartsWith("Semoga pekan depan", System.StringComparison.Ordinal));
    }
}

