using TypedCorpus.Extraction.Structure;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Pages copied from news sites: page chrome, datelines in their many shapes, and the headline among the first lines.</summary>
public class PageStructureTests
{
    [Theory]
    [InlineData("Senin 27 Jan 2020 08:39 WIB")]
    [InlineData("Harian Contoh - 13/01/2015, 17:49 WIB")]
    [InlineData("Selasa 12-05-2020,18:42 WIB")]
    [InlineData("Kamis, 16 Mei 2024 | 15:12 WIB")]
    [InlineData("HOME NEWS NASIONAL")]
    [InlineData("Beranda > Daerah > Jawa Tengah")]
    [InlineData("logo Harian.id")]
    [InlineData("date 2023-06-08 Advertisement")]
    [InlineData("Rabu, 27 Desember 2023     1065")]
    public void Page_chrome_is_furniture(string line)
        => Assert.Equal("page-chrome", LineRules.FirstMatch(LineRules.Header, line)?.Id);

    [Theory]
    [InlineData("Senin 27 Januari 2020 warga mengungsi ke balai desa karena banjir.")]
    [InlineData("Homestay di desa itu penuh sejak pekan lalu.")]
    public void Prose_with_a_date_or_a_chrome_word_is_no_chrome(string line)
        => Assert.Null(LineRules.FirstMatch(LineRules.All, line));

    [Theory]
    [InlineData("0 comment", "comment-count")]
    [InlineData("12 Komentar", "comment-count")]
    public void A_count_of_comments_above_the_lead_is_page_chrome(string line, string id)
    {
        Assert.Equal(id, LineRules.FirstMatch(LineRules.Header, line)?.Id);
        // below the text the same line opens the comment area, which closes the article
        Assert.Equal("comments", LineRules.FirstMatch(LineRules.All, line)?.Id);
    }

    [Fact]
    public void A_sites_section_before_the_time_names_no_writer()
    {
        var a = TestText.Extract("Warga Desa Sepakat Berdamai\nDaerah · 3 Jul 2022 20:15 WITA\nKOTA, Kabar - Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\nMediasi dipimpin kepala desa.\n");
        Assert.Null(a.Author);
        var b = TestText.Extract("Warga Desa Sepakat Berdamai\nRudi Hartono · 3 Jul 2022 20:15 WITA\nKOTA, Kabar - Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\nMediasi dipimpin kepala desa.\n");
        Assert.Equal("Rudi Hartono", b.Author);
    }

    [Theory]
    [InlineData("Adaut, contohkabar.id – Warga dua desa sepakat berdamai setelah mediasi panjang di balai desa.", "contohkabar.id", "Adaut")]
    [InlineData("KABARKU, JAKARTA – Timnas harus puas dengan hasil imbang melawan tim tamu malam itu.", "KABARKU", "Jakarta")]
    [InlineData("KABAR.CO.ID - JAKARTA. Sejumlah pedagang beras mengeluhkan kenaikan harga di pasar.", "KABAR.CO.ID", "Jakarta")]
    [InlineData("kabar.com - DEPOK - Lonjakan harga beras dikeluhkan para pedagang di pasar tradisional.", "kabar.com", "Depok")]
    [InlineData("Kabarku.com/Pesawaran – Perselisihan warga di desa itu kini resmi berakhir damai.", "Kabarku.com", "Pesawaran")]
    [InlineData("Maluku, KABAR.ID, – Warga dua dusun menyatakan sepakat berdamai setelah bentrok.", "KABAR.ID", "Maluku")]
    [InlineData("KABARKITA.CO.ID | SURABAYA – Ratusan wali murid mendatangi kantor dinas pendidikan.", "KABARKITA.CO.ID", "Surabaya")]
    [InlineData("date 2023-07-01 Jakarta, Kabar Indonesia -- Pemerintah menaikkan harga beras di pasar.", "Kabar Indonesia", "Jakarta")]
    [InlineData("KABARnews - Sidang putusan perkara korupsi dana kas daerah digelar pagi tadi.", "KABARnews", null)]
    public void Dateline_shapes(string line, string? outlet, string? city)
    {
        Assert.True(Datelines.TryDateline(line, out var o, out var c, out int len));
        Assert.Equal(outlet, o);
        Assert.Equal(city, c);
        Assert.True(char.IsUpper(line[len]));
    }

    private static ArticleModel Page(string text) => TestText.Extract(text);

    [Fact]
    public void An_unmistakable_dateline_after_a_photo_caption_is_the_lead()
    {
        var a = Page("Banjir Melanda Kota\n\nBeberapa wilayah kota terendam banjir saat sungai meluap pada pagi hari. HARIAN.com/Budi\n|\nEditor Rina\nBANDUNG, HARIAN.com - Banjir melanda sejumlah kecamatan di kota itu sejak Senin pagi.\n\nWarga mengungsi ke balai desa.\n");
        Assert.Equal("Bandung", a.Dateline);
        Assert.Equal("HARIAN.com", a.Outlet);
        Assert.StartsWith("Banjir melanda sejumlah kecamatan", a.Paragraphs[0].Text);
    }

    [Fact]
    public void A_dateline_alone_on_its_line_opens_the_next()
    {
        var a = Page("Janji Kerja Sama Dua Negara\n\nKabar Ekonomi, Moskow -\nKedua pemimpin bertemu di Moskow pada Senin untuk membahas kerja sama dagang.\n");
        Assert.Equal("Moskow", a.Dateline);
        Assert.Equal("Kabar Ekonomi", a.Outlet);
        Assert.Equal("Janji Kerja Sama Dua Negara", a.Title);
        Assert.StartsWith("Kedua pemimpin bertemu", a.Paragraphs[0].Text);
    }

    [Fact]
    public void A_timestamp_and_a_breadcrumb_are_no_headline()
    {
        var a = Page("HOME NEWS DAERAH\nSenin 27 Jan 2020 08:39 WIB\nRibuan Warga Mengungsi karena Banjir\n\nBANDUNG - Ribuan warga di kabupaten itu mengungsi karena banjir sejak Minggu malam.\n");
        Assert.Equal("Ribuan Warga Mengungsi karena Banjir", a.Title);
    }

    [Fact]
    public void A_one_sentence_standfirst_after_the_headline_is_the_subtitle()
    {
        var a = Page("Hakim Tunda Vonis Empat Terdakwa\nHakim batal membacakan vonis empat terdakwa kasus korupsi jalan tol.\nPenulis: Rina Marlina\nHARIAN.COM, JAKARTA - Majelis hakim batal membacakan vonis empat terdakwa pada Jumat siang.\n");
        Assert.Equal("Hakim Tunda Vonis Empat Terdakwa", a.Title);
        Assert.Equal("Hakim batal membacakan vonis empat terdakwa kasus korupsi jalan tol.", a.Subtitle);
        Assert.Equal("Jakarta", a.Dateline);
    }

    [Fact]
    public void A_label_glued_to_the_headline_and_the_headline_again_are_layout()
    {
        var a = Page("DaerahBanjir Rendam Ratusan Rumah\nBanjir Rendam Ratusan Rumah\nBanjir Rendam Ratusan Rumah\n\nBANDUNG, HARIAN.com - Banjir merendam ratusan rumah warga di tiga kecamatan sejak Senin pagi.\n");
        Assert.Equal("Banjir Rendam Ratusan Rumah", a.Title);
        Assert.Null(a.Subtitle);
    }

    [Fact]
    public void A_line_of_page_data_around_the_time_is_chrome()
        => Assert.Equal("page-chrome", LineRules.FirstMatch(LineRules.Header, "SELASA, 21 MARET 2023 | 06:55 WIB | LAPORAN: RINA MARLINA")?.Id);

    [Theory]
    [InlineData("Budi Santoso , Jurnalis-Kamis, 08 Juni 2023 |16:48 WIB")]
    [InlineData("SELASA, 21 MARET 2023 | 06:55 WIB | LAPORAN: BUDI SANTOSO")]
    public void The_writer_is_read_from_a_line_of_page_data(string line)
    {
        var a = Page("Banjir Rendam Ratusan Rumah\n" + line + "\n\nBANDUNG, HARIAN.com - Banjir merendam ratusan rumah warga di tiga kecamatan sejak Senin pagi.\n");
        Assert.Equal("budi santoso", a.Author?.ToLowerInvariant());
    }

    [Fact]
    public void The_outlet_name_after_a_writer_is_no_part_of_the_name()
        => Assert.Equal("Budi Santoso", Page("Warga Sepakat Berdamai\n\nGresik, kabarharian.co.id - Warga dua desa sepakat berdamai setelah mediasi di balai desa.\nReporter : Budi Santoso Kabarharian\n").Author);

    [Fact]
    public void A_photo_caption_does_not_date_the_article()
    {
        var a = Page("Banjir Rendam Ratusan Rumah\n\nWarga mengungsi saat banjir pada 11 Januari 2015. (HARIAN/Budi Santoso)\n\nBANDUNG, HARIAN.com - Sejak Senin (12/1/2015) banjir merendam ratusan rumah warga di tiga kecamatan.\n");
        Assert.Equal("2015-01-12", a.Date);
    }

    [Fact]
    public void A_site_menu_before_the_headline_is_layout()
    {
        var a = Page("Menu\nNews\nEkonomi Bisnis\nGaya Hidup\nIndeks\n\nJanji Kerja Sama Dua Negara Disambut Baik\n\nKabar Ekonomi, Moskow -\nKedua pemimpin bertemu di Moskow pada Senin untuk membahas kerja sama dagang.\n");
        Assert.Equal("Janji Kerja Sama Dua Negara Disambut Baik", a.Title);
        Assert.Equal("Moskow", a.Dateline);
        Assert.Single(a.Paragraphs);
    }

    [Fact]
    public void A_label_glued_to_the_headline_a_few_lines_before_it_is_layout()
    {
        var a = Page("logo Harian.id\nDaerahBanjir Rendam Ratusan Rumah\nIklan\n\nBanjir Rendam Ratusan Rumah\n\nBANDUNG, HARIAN.com - Banjir merendam ratusan rumah warga di tiga kecamatan sejak Senin pagi.\n");
        Assert.Equal("Banjir Rendam Ratusan Rumah", a.Title);
        Assert.Null(a.Subtitle);
    }

    [Fact]
    public void A_subscription_call_is_promo()
        => Assert.Equal("promo", LineRules.FirstMatch(LineRules.Header, "Baca berita tanpa iklan. Gabung Harian.com+")?.Id);

    [Fact]
    public void A_labelled_photo_credit_makes_a_caption_credited_to_its_source()
    {
        var a = Page("Dua Negara Teken Enam Perjanjian\nPresiden dan Perdana Menteri berjabat tangan (Foto: Biro Pers)\n\nJakarta, Kabar - Kedua pemimpin menandatangani enam perjanjian kerja sama di istana pada Kamis.\n");
        Assert.Null(a.Subtitle);
        var caption = Assert.Single(a.Captions);
        Assert.Equal("Biro Pers", caption.Credit);
    }

    [Theory]
    [InlineData("- 1 April 2024, 17:43 WIB")]
    [InlineData("Rabu, 27 Agustus 2025 20.33")]
    [InlineData("home_banner_first")]
    [InlineData("Kamis, 28 Agustus 2025")]
    [InlineData("Thursday, August 28, 2025")]
    [InlineData("journalist-avatar-top")]
    [InlineData("warga_desa_sepakat_berdamai_setelah_mediasi")]
    public void Timestamps_without_a_colon_and_page_element_names_are_chrome(string line)
        => Assert.Equal("page-chrome", LineRules.FirstMatch(LineRules.Header, line)?.Id);

    [Theory]
    [InlineData("covid-19")]
    [InlineData("Rabu, 27 Agustus 2025 warga berkumpul di balai desa untuk musyawarah 2")]
    public void Hyphenated_words_and_prose_ending_in_a_number_are_no_chrome(string line)
        => Assert.Null(LineRules.FirstMatch(LineRules.Header, line));

    [Fact]
    public void Chrome_lines_do_not_use_up_the_lines_the_lead_is_looked_for_in()
    {
        var a = Page("Kamis, 28 Agustus 2025\nhome_banner_first\nDAERAH\n\nWarga Dua Desa Sepakat Berdamai\n\njournalist-avatar-top\nRabu, 27 Agustus 2025 20.33\n"
            + "warga_dua_desa_sepakat_berdamai\n\nKepala desa menyaksikan penandatanganan di balai desa, Rabu (27/8/2025). (foto:budi/kabar)\n\nnews_banner\n\n"
            + "Sukamaju, KABARKITA.ID\n\nWarga dua desa yang bertikai sejak bulan lalu akhirnya sepakat berdamai setelah mediasi di balai desa.\n");
        Assert.Equal("Warga Dua Desa Sepakat Berdamai", a.Title);
        Assert.Equal("Sukamaju", a.Dateline);
        Assert.Equal("KABARKITA.ID", a.Outlet);
    }

    [Fact]
    public void A_city_and_a_domain_alone_on_a_line_are_the_dateline_but_a_byline_is_not()
    {
        var a = Page("Warga Dua Desa Sepakat Berdamai\n\nSukamaju, KABARKITA.ID\n\nWarga dua desa yang bertikai sejak bulan lalu akhirnya sepakat berdamai.\n");
        Assert.Equal(("Sukamaju", "KABARKITA.ID"), (a.Dateline, a.Outlet));
        var b = Page("Warga Dua Desa Sepakat Berdamai\n\nKabar Harian.com, Budi Santoso\n\nWarga dua desa yang bertikai sejak bulan lalu akhirnya sepakat berdamai.\n");
        Assert.Null(b.Dateline);
    }

    [Fact]
    public void A_dateline_alone_after_a_caption_is_found()
    {
        var a = Page("Janji Dua Pemimpin Sukses Bikin Pasar Kagum, Siap?\n\nJanji Dua Pemimpin Sukses Bikin Pasar Kagum, Siap? Kredit Foto: Kabar/Budi Santoso\n\n"
            + "Kabar Ekonomi, Moskow -\n\nPresiden kedua negara mengaku sangat senang dengan kunjungan kenegaraan yang berlangsung tiga hari itu.\n");
        Assert.Equal("Janji Dua Pemimpin Sukses Bikin Pasar Kagum, Siap?", a.Title);
        Assert.Equal(("Moskow", "Kabar Ekonomi"), (a.Dateline, a.Outlet));
        Assert.Equal("Kabar/Budi Santoso", Assert.Single(a.Captions).Credit);
    }

    [Fact]
    public void A_quoted_sentence_is_no_headline()
    {
        var a = Page("Tidak ada korban jiwa, tetapi puluhan rumah terendam.\"\nJakarta (KABAR) - Kepala badan penanggulangan bencana mengatakan banjir merendam tiga kabupaten.\n");
        Assert.Null(a.Title);
    }

    [Fact]
    public void A_team_byline_block_names_the_writer_and_is_no_subtitle()
    {
        var a = Page("Harga Beras Meroket di Pasar\nHarian.com - 21/02/2024, 13:39 WIB\nRina Wulandari,\nBudi Santoso Pratama\nTim Redaksi\n\n"
            + "BEKASI, HARIAN.com - Pedagang beras di pasar itu kerap menerima keluhan dari pembeli karena harga terus naik.\n");
        Assert.Equal("Harga Beras Meroket di Pasar", a.Title);
        Assert.Null(a.Subtitle);
        Assert.Equal("Rina Wulandari", a.Author);
    }

    [Fact]
    public void Photo_descriptions_are_captions_and_their_dates_are_not_the_article_date()
    {
        var a = Page("Banjir Rendam Desa\nFoto udara kondisi banjir yang merendam desa di pesisir utara, Ahad (26/1/2020).\n\nJakarta, Kabar - Hujan deras sepanjang akhir pekan membuat sungai meluap dan merendam ratusan rumah.\n");
        Assert.Single(a.Captions);
        Assert.Null(a.Date);
    }

    [Fact]
    public void Menarik_dibaca_is_a_related_link()
        => Assert.Equal("related", LineRules.FirstMatch(LineRules.All, "Menarik Dibaca: Jadwal Final Piala Super 2025")?.Id);

    [Fact]
    public void A_lower_case_tag_line_is_no_subtitle()
    {
        var a = Page("KPU Sukamaju Tetapkan 402 Calon\n\nid KPU Sukamaju,DCT\n\nKPU Sukamaju Tetapkan 402 Calon\n\nSukamaju (Kabar) - Komisi pemilihan umum kabupaten itu menetapkan 402 calon tetap anggota legislatif.\n");
        Assert.Equal("KPU Sukamaju Tetapkan 402 Calon", a.Title);
        Assert.Null(a.Subtitle);
    }

    [Fact]
    public void A_caption_copied_with_its_alternative_text_is_a_caption_and_its_date_not_the_article_date()
    {
        var a = Page("Banjir Masih Mengancam hingga Februari\n\nBeberapa wilayah di kota itu terendam banjir saat sungai meluap pada 11 Januari 2015. Harian.com/Budi SantosoBeberapa wilayah di kota itu terendam banjir saat sungai meluap pada 11 Januari 2015.\n\n"
            + "BANDUNG, HARIAN.com - Badan penanggulangan bencana memprediksi hujan masih akan mengguyur hingga Februari, Selasa (13/1/2015).\n");
        Assert.Single(a.Captions);
        Assert.Equal("2015-01-13", a.Date);
    }

    [Fact]
    public void A_known_city_with_an_outlet_code_and_a_colon_is_a_dateline()
    {
        Assert.True(Datelines.TryDateline("Medan-KB: Polisi menangkap dua pencuri pagar rumah warga.", out var o, out var c, out int len));
        Assert.Equal((null, "Medan", "Medan-KB: ".Length), (o, c, len));
        Assert.False(Datelines.TryDateline("Covid-19: Jumlah kasus naik lagi di sejumlah daerah.", out _, out _, out _));
    }
}
