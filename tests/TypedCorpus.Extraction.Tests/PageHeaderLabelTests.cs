namespace TypedCorpus.Extraction.Tests;

/// <summary>Header lines that name themselves: a caption's label, a section's label in capitals, a credit in brackets, a bulleted byline, a dateline alone.</summary>
public class PageHeaderLabelTests
{
    private static ArticleModel Page(string text) => TestText.Extract(text);

    private const string Lead = "GARUT, Kabarkota.com - Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n\nMediasi dipimpin kepala desa dan disaksikan tokoh masyarakat setempat.\n";

    [Theory]
    [InlineData("Ketgam : Para pemain merayakan gelar juara di lapangan desa.Foto:Rina Sari", "Para pemain merayakan gelar juara di lapangan desa.", "Rina Sari")]
    [InlineData("Ket. Foto: Warga membersihkan saluran air di depan balai desa.", "Warga membersihkan saluran air di depan balai desa.", null)]
    [InlineData("Keterangan gambar - Kepala desa meninjau jalan yang rusak", "Kepala desa meninjau jalan yang rusak", null)]
    public void A_line_with_a_caption_label_is_a_caption_without_its_label(string line, string text, string? credit)
    {
        var a = Page($"Warga Desa Sepakat Berdamai\n\n{line}\n\n{Lead}");
        var c = Assert.Single(a.Captions);
        Assert.Equal((text, credit), (c.Text, c.Credit));
        Assert.Null(a.Subtitle);
    }

    [Fact]
    public void An_illustration_with_a_labelled_credit_is_a_caption_though_short()
    {
        var a = Page($"Warga Desa Sepakat Berdamai\n\nIlustrasi. Foto: Dok\n\n{Lead}");
        var c = Assert.Single(a.Captions);
        Assert.Equal(("Ilustrasi.", "Dok"), (c.Text, c.Credit));
    }

    [Fact]
    public void A_description_ending_with_its_source_in_brackets_is_a_caption_with_that_credit()
    {
        var a = Page($"Warga Desa Sepakat Berdamai\nPetugas berjaga di depan gudang yang kebobolan maling semalam. (Humas Polsek Sukamaju)\n{Lead}");
        var c = Assert.Single(a.Captions);
        Assert.Equal(("Petugas berjaga di depan gudang yang kebobolan maling semalam.", "Humas Polsek Sukamaju"), (c.Text, c.Credit));
        Assert.Null(a.Subtitle);
    }

    [Fact]
    public void A_sentence_with_a_bracketed_aside_is_still_the_standfirst()
    {
        var a = Page($"Warga Desa Sepakat Berdamai\nDua warga desa akhirnya berdamai setelah mediasi di balai desa (BPD).\n{Lead}");
        Assert.Empty(a.Captions);
        Assert.Equal("Dua warga desa akhirnya berdamai setelah mediasi di balai desa (BPD).", a.Subtitle);
    }

    [Fact]
    public void A_label_of_a_few_words_in_capitals_is_no_standfirst()
    {
        var a = Page($"Warga Desa Sepakat Berdamai\n\nDAERAH PEMERINTAHAN\nBagikan Berita\n\n{Lead}");
        Assert.Equal("Warga Desa Sepakat Berdamai", a.Title);
        Assert.Null(a.Subtitle);
    }

    [Fact]
    public void A_bulleted_byline_names_the_writer_without_the_desk()
    {
        var a = Page($"Warga Desa Sepakat Berdamai\n\n  • Senin 3 Maret 2025 , 10:00\n  • Oleh : Rina Humas\n  • 1520\n  • 4 Menit membaca\n\n{Lead}");
        Assert.Equal("Rina", a.Author);
    }

    [Theory]
    [InlineData("Wartawan: Rina Sari")]
    [InlineData("Jurnalis : Rina Sari")]
    public void A_journalist_label_names_the_writer_though_an_editor_comes_first(string line)
    {
        var a = Page($"Warga Desa Sepakat Berdamai\n\nEditor: Budi Santoso\n{line}\n\n{Lead}");
        Assert.Equal("Rina Sari", a.Author);
    }

    [Fact]
    public void A_place_in_capitals_and_a_brand_alone_on_their_line_are_the_dateline()
    {
        var a = Page("Panen Raya di Desa Sukamaju\nMeskipun hujan turun, harga gabah di desa itu tetap stabil pekan ini.\nSUKAMAJU, KabarKita\nPemerintah kabupaten menggelar panen raya di sawah warga, Kamis (9/3). Hasil panen melimpah.\n\nBupati membuka acara itu.\n");
        Assert.Equal(("Sukamaju", "KabarKita"), (a.Dateline, a.Outlet));
        Assert.Equal("Meskipun hujan turun, harga gabah di desa itu tetap stabil pekan ini.", a.Subtitle);
    }

    [Fact]
    public void A_known_place_and_a_name_of_capitalised_words_alone_on_their_line_are_the_dateline()
    {
        var a = Page("Wisuda Bukan Akhir Belajar\n\nSemarang, Kabar Kita Jateng\nMomentum wisuda bagi mahasiswa bukan akhir dari proses belajar, kata rektor kampus itu kepada wisudawan.\n\nAcara digelar di aula kampus.\n");
        Assert.Equal(("Semarang", "Kabar Kita Jateng"), (a.Dateline, a.Outlet));
        Assert.Null(a.Subtitle);
    }

    [Fact]
    public void A_headline_reworded_under_the_pages_title_with_the_sites_domain_is_the_headline()
    {
        var a = Page("Angin Kencang di Desa Sukamaju, 9 Rumah Rusak | KABARKITA.com - Berita Terkini - Cepat dan Akurat\n\nAngin Kencang Terjang Desa Sukamaju, 9 Rumah Rusak\n\n" + Lead);
        Assert.Equal("Angin Kencang Terjang Desa Sukamaju, 9 Rumah Rusak", a.Title);
        Assert.Null(a.Subtitle);
    }

    [Fact]
    public void An_invitation_to_advertise_and_a_breadcrumbs_marks_are_no_headline()
    {
        var a = Page("Perluas Usaha Anda dengan Iklan di Kabar Kita\n» » Longsor Timpa Dua Rumah di Lereng Bukit\n\n" + Lead);
        Assert.Equal("Longsor Timpa Dua Rumah di Lereng Bukit", a.Title);
    }

    [Theory]
    [InlineData("What's Your Reaction?")]
    [InlineData("About kabarkita.com")]
    public void A_reactions_box_or_the_sites_about_box_is_no_paragraph(string line)
    {
        var a = Page("Warga Desa Sepakat Berdamai\n\n" + Lead + "\n" + line + "\n");
        Assert.DoesNotContain(a.Paragraphs, p => p.Text == line);
    }

    [Fact]
    public void A_related_title_ending_with_the_sites_name_loses_it_and_names_the_outlet()
    {
        var a = Page("Warga Desa Sepakat Berdamai\n\nGARUT - Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n\nBaca Juga : Pemuda Desa Gotong Royong Bangun Jalan » Kabar Kita\n\nMediasi dipimpin kepala desa dan disaksikan tokoh masyarakat setempat.\n");
        Assert.Equal("Pemuda Desa Gotong Royong Bangun Jalan", Assert.Single(a.Related).Text);
        Assert.Equal("Kabar Kita", a.Outlet);
    }

    [Fact]
    public void An_outlets_code_spelt_by_the_sites_domain_above_is_that_domain()
    {
        var a = Page("Kabarsumatera.com\nTegas dan Jujur\n\nTurnamen Sepak Bola Desa Dibuka\n\nGARUT, KS – Pemerintah desa menggelar turnamen sepak bola antardusun yang diikuti enam belas tim.\n\nTurnamen dibuka camat.\n");
        Assert.Equal("Kabarsumatera.com", a.Outlet);
        Assert.Equal("Garut", a.Dateline);
    }

    [Theory]
    [InlineData("Petugas pemadam kebakaran saat menjinakkan api di gudang beras milik warga.")]
    [InlineData("Ketua Karang Taruna Sukamaju Rina Sari ketika ditemui wartawan di balai desa")]
    [InlineData("Suasana rapat,saat pembukaan musyawarah desa")]
    [InlineData("Penyerahan bantuan beras oleh Camat Sukamaju kepada warga terdampak banjir")]
    public void A_scene_under_the_headline_is_a_caption(string line)
    {
        var a = Page($"Warga Desa Sepakat Berdamai\n\n{line}\n\n{Lead}");
        Assert.Equal(line, Assert.Single(a.Captions).Text);
        Assert.Null(a.Subtitle);
    }

    [Theory]
    [InlineData("Warga desa mengungsi ke balai desa saat banjir merendam rumah mereka sejak semalam.")]
    [InlineData("Penyerahan bantuan oleh pemerintah desa berjalan lancar hingga sore hari.")]
    public void A_standfirst_with_a_verb_or_a_stop_is_no_scene(string line)
    {
        var a = Page($"Warga Desa Sepakat Berdamai\n\n{line}\n\n{Lead}");
        Assert.Empty(a.Captions);
        Assert.Equal(line, a.Subtitle);
    }

    [Fact]
    public void A_timestamp_with_the_byline_glued_and_a_byline_with_oleh_alone()
    {
        var a = Page($"Warga Desa Sepakat Berdamai\nSelasa, 4 Maret 2025 12:00 WIBOleh Rina Sari Dewi\nOleh Rina Sari Dewi\n{Lead}");
        Assert.Null(a.Subtitle);
        Assert.Equal("Rina Sari Dewi", a.Author);
    }

    [Theory]
    [InlineData("20, December 2022 - 01:31 PM")]
    [InlineData("Jl. Merdeka No. 12, Kec. Sukamaju, Kota Sukamaju, 40111")]
    public void An_english_timestamp_or_the_sites_address_is_page_chrome(string line)
    {
        var a = Page($"Kabarkita.com\n{line}\n\nWarga Desa Sepakat Berdamai\n\n{Lead}");
        Assert.Equal("Warga Desa Sepakat Berdamai", a.Title);
        Assert.Null(a.Subtitle);
    }

    [Theory]
    [InlineData("Lokasi longsor di jalan desa. (Ist)", "Lokasi longsor di jalan desa.", "Ist")]
    [InlineData("KABAR/RINA Warga menonton sidang di ruang utama pengadilan negeri, Kamis (5/2). KABAR/RINA", "Warga menonton sidang di ruang utama pengadilan negeri, Kamis (5/2).", "KABAR/RINA")]
    [InlineData("RICUH. Keluarga terdakwa ditenangkan petugas keamanan di halaman pengadilan, Rabu (4/2). RINA SARI", "RICUH. Keluarga terdakwa ditenangkan petugas keamanan di halaman pengadilan, Rabu (4/2).", "RINA SARI")]
    [InlineData("Sumber foto : Rina Sari", "", "Rina Sari")]
    public void More_credit_shapes_under_the_headline(string line, string text, string credit)
    {
        var a = Page($"Warga Desa Sepakat Berdamai\n\n{line}\n\n{Lead}");
        var c = Assert.Single(a.Captions);
        Assert.Equal((text, credit), (c.Text, c.Credit));
        Assert.Null(a.Subtitle);
    }
}
