namespace TypedCorpus.Extraction.Tests;

/// <summary>
/// Page shapes of news networks and small sites: captions written like datelines, credits alone or wrapped in hyphens,
/// illustrations, widgets, blog bylines, and a headline anchored by the standfirst the lead repeats.
/// </summary>
public class PageShapeTests
{
    private static ArticleModel Page(string text) => TestText.Extract(text);

    private const string Body = "\n\nMediasi dipimpin kepala desa dan disaksikan tokoh masyarakat setempat.\n";

    [Fact]
    public void A_caption_written_like_a_dateline_before_the_real_dateline_is_a_caption()
    {
        var a = Page("Warga Desa Sepakat Berdamai\n\nIST\nDAMAI WARGA - Ilustrasi warga bersalaman di balai desa. Dok Humas Polsek Kota\n\n"
            + "KABARKOTA.COM - Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin." + Body);
        Assert.Equal("KABARKOTA.COM", a.Outlet);
        Assert.Null(a.Dateline);
        Assert.Equal(2, a.Captions.Count);
        Assert.Equal(("", "IST"), (a.Captions[0].Text, a.Captions[0].Credit));
        Assert.Equal(("DAMAI WARGA - Ilustrasi warga bersalaman di balai desa.", "Dok Humas Polsek Kota"), (a.Captions[1].Text, a.Captions[1].Credit));
        Assert.StartsWith("Dua warga desa", a.Paragraphs[0].Text);
    }

    [Fact]
    public void An_outlet_prefixed_caption_with_its_credit_above_the_dateline_is_a_caption()
    {
        var a = Page("KABAR.COM - Warga mengungsi di tenda darurat di tepi sungai, Jumat (17/2/2023). (Kabar.com/Rina Sari)\n\n"
            + "Kabar.com, SOLO–Kepala badan bencana menyatakan semua pengungsi sudah kembali ke rumah masing-masing." + Body);
        Assert.Equal("Solo", a.Dateline);
        Assert.Equal("Kabar.com/Rina Sari", Assert.Single(a.Captions).Credit);
        Assert.StartsWith("Kepala badan bencana", a.Paragraphs[0].Text);
    }

    [Fact]
    public void A_credit_word_alone_before_the_lead_is_no_caption()
    {
        var a = Page("Menteri Menargetkan Sebelas Perjanjian\n\nAntara\n\nJakarta, Kabar - Menteri menargetkan sebelas perjanjian dagang rampung tahun depan." + Body);
        Assert.Empty(a.Captions);
    }

    [Fact]
    public void An_agency_credit_alone_credits_the_illustration_under_it_and_bylines_do_not_end_the_header()
    {
        var a = Page("Hampir Sejuta Orang Mudik Naik Kapal\n\nKABAR FOTO/ R SANTOSO\nIlustrasi, penumpang kapal memadati pelabuhan menjelang Lebaran.\n"
            + "Penulis: Rina Sari\nEditor: Budi Hartono\n7/6/2019, 18.38 WIB\n\nKementerian mencatat hampir sejuta orang menggunakan kapal laut untuk mudik.\n\n"
            + "Pelabuhan terpadat tercatat di kota pelabuhan utama.\n");
        Assert.Equal(2, a.Captions.Count);
        Assert.All(a.Captions, c => Assert.Equal("KABAR FOTO/ R SANTOSO", c.Credit));
        Assert.Null(a.Subtitle);
        Assert.Equal("Rina Sari", a.Author);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void A_credit_wrapped_in_hyphens_ends_a_caption()
    {
        var a = Page("Provinsi Menjajaki Kerja Sama Bank Daerah\nSekda menerima kunjungan kerja tamu dari provinsi tetangga-Kabar Utara/Rina Sari-\n"
            + "BENGKULU KU - Pemerintah provinsi menerima kunjungan kerja dari provinsi tetangga pada Rabu." + Body);
        var c = Assert.Single(a.Captions);
        Assert.Equal(("Sekda menerima kunjungan kerja tamu dari provinsi tetangga", "Kabar Utara/Rina Sari"), (c.Text, c.Credit));
        Assert.Equal(("KU", "Bengkulu"), (a.Outlet, a.Dateline));
    }

    [Theory]
    [InlineData("Breaking News")]
    [InlineData("kabarkota.com skyscraper")]
    [InlineData("avatar kabarkota.com")]
    [InlineData("URL berhasil dicopy")]
    [InlineData("Dark/Light Mode")]
    [InlineData("Selamat Datang di Portal Pemkab Sukamaju")]
    [InlineData("Better experience in portrait mode.")]
    public void Page_widgets_are_furniture(string widget)
    {
        // between the paragraphs, where a short line would be a section's heading
        var a = Page("Dua Warga Desa Sepakat Berdamai\n\nKOTA, Kabar - Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n\n"
            + widget + Body);
        Assert.Empty(a.Sections);
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.Contains(a.Furniture, f => f.Text == widget);
    }

    [Fact]
    public void A_blog_byline_names_the_writer_and_is_no_headline()
    {
        var a = Page("Dikirim oleh Rina Sari pada\nWarga dan lembaga menandatangani deklarasi pemilu damai di aula, Rabu (15/2/2023).\n\n"
            + "Jakarta, Badan Pengawas Kota- Satu tahun menjelang pemilu, lembaga itu menggelar deklarasi pemilu damai." + Body);
        Assert.Null(a.Title);
        Assert.Equal("Rina Sari", a.Author);
        Assert.Equal(("Badan Pengawas Kota", "Jakarta"), (a.Outlet, a.Dateline));
        Assert.Single(a.Captions);
    }

    [Fact]
    public void The_standfirst_the_lead_repeats_anchors_the_headline_under_banners()
    {
        var a = Page("Sukamaju Hebat\nSelamat Datang di Portal Pemkab Sukamaju\n\nBerita Kriminal\n\nDi Kota Ini Warga Boleh Ikut Menangkap Penjahat\n\n"
            + "Polres Kota membuka ruang bagi warga untuk turut membantu\n\nEditor: Budi Hartono\n\n"
            + "KABARKOTA.COM - Polres Kota membuka ruang bagi warga untuk turut membantu aparat menangkap pelaku kejahatan." + Body);
        Assert.Equal("Di Kota Ini Warga Boleh Ikut Menangkap Penjahat", a.Title);
        Assert.Equal("Polres Kota membuka ruang bagi warga untuk turut membantu", a.Subtitle);
    }

    [Fact]
    public void A_caption_written_twice_is_two_captions_with_its_credit()
    {
        var a = Page("Dua Warga Desa Sepakat Berdamai\n\nKepala desa menyalami warga di balai desa. (Kabar.com/Rina Sari)\nKepala desa menyalami warga di balai desa. (Kabar.com/Rina Sari)\n\n"
            + "KOTA, Kabar - Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin." + Body);
        Assert.Equal(new (int, string?)[] { (3, "Kabar.com/Rina Sari"), (4, "Kabar.com/Rina Sari") }, a.Captions.Select(c => (c.Line, c.Credit)));
        Assert.StartsWith("Dua warga desa", a.Paragraphs[0].Text);
    }

    [Fact]
    public void A_related_link_in_brackets_is_no_paragraph()
    {
        var a = Page("KOTA, Kabar - Dua warga desa itu sepakat berdamai setelah mediasi di balai desa pada Senin.\n\n(Baca: Polisi Siagakan Ratusan Personel Saat Lebaran)" + Body);
        Assert.Equal("Polisi Siagakan Ratusan Personel Saat Lebaran", Assert.Single(a.Related).Text);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void A_short_description_before_an_empty_credit_pipe_and_a_comments_label_with_a_colon_close_the_text()
    {
        var a = Page("Yogyakarta- Kapolsek memimpin mediasi dua kelompok warga di aula polsek pada Senin siang." + Body + "Kapolsek pimpin mediasi warga |\nNo comments:\n");
        Assert.Equal("Kapolsek pimpin mediasi warga", Assert.Single(a.Captions).Text);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void Two_sides_agreeing_named_nowhere_give_an_agreement_with_no_parties()
    {
        var a = Page("KOTA, Kabar - Polsek memediasi dua kelompok warga di aula polsek pada Senin. Kedua kelompok warga sepakat untuk berdamai dan tidak mengulangi pertikaian." + Body);
        var g = Assert.Single(a.Agreements);
        Assert.Empty(g.Parties);
    }

    [Fact]
    public void A_group_far_from_the_verb_or_in_a_relative_clause_gives_no_agreement()
    {
        var a = Page("KOTA, Kabar - Setiap perkara yang melibatkan kedua belah pihak diharuskan melalui mediasi sebagai upaya mencapai kesepakatan di luar pengadilan." + Body);
        Assert.Empty(a.Agreements);
        var b = Page("KOTA, Kabar - Aturan itu memudahkan pihak-pihak yang berkomitmen untuk melaksanakan kegiatan pendidikan." + Body);
        Assert.Empty(b.Agreements);
    }

    [Fact]
    public void Questions_and_answers_under_separators_are_a_widget_not_paragraphs()
    {
        var a = Page("KOTA, Kabar - Polda mencatat angka kejahatan masih tinggi sepanjang tahun lalu di provinsi itu." + Body
            + "-\nApa yang dimaksud dengan pangkat polisi? Pangkat adalah tanda jabatan yang dipakai anggota kepolisian.\n-\n"
            + "Siapa yang ditangkap polisi di Sukamaju? Budi Hartono ditangkap tim reserse setelah buron dua bulan.\n");
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.Equal(2, a.Furniture.Count(f => f.Kind == FurnitureKind.MoreNews));
    }

    [Fact]
    public void Credits_alone_from_a_social_account_or_after_a_dash_are_credit_only_captions()
    {
        var a = Page("Timnas Bersiap Hadapi Dua Agenda Besar\n- Instagram/namaorang\n"
            + "Jakarta, Kabarkota.com – Untuk pertama kalinya tim nasional tidak ambil bagian dalam agenda pertandingan bulan ini.\n"
            + "Keputusan itu diambil karena tim belum memiliki pelatih kepala.\n- Kabarkota/Rina Sari Dewi\n"
            + "Padahal sejak ketua umum menjabat, tim senior selalu aktif mengisi jeda internasional.\nInstagram @kabarbola\n"
            + "Salah satu janji ketua umum adalah memastikan tim rutin tampil di jeda internasional.\n");
        Assert.Equal(new[] { "Instagram/namaorang", "Kabarkota/Rina Sari Dewi", "Instagram @kabarbola" }, a.Captions.Select(c => c.Credit));
        Assert.All(a.Captions, c => Assert.Equal("", c.Text));
        Assert.Empty(a.ListItems);
        Assert.Equal(4, a.Paragraphs.Count);
    }

    [Fact]
    public void A_social_credit_above_a_short_description_before_the_lead_credits_both()
    {
        var a = Page("Ratusan Balita Tercatat Stunting di Kota Itu\n\nPenulis: Rina Sari\nInstagram @namaorang\nFenomena stunting (gagal tumbuh)\n\n"
            + "KABAR.COM, BATU – Ratusan balita di kota itu menderita stunting menurut data bulan timbang." + Body);
        Assert.Equal(2, a.Captions.Count);
        Assert.All(a.Captions, c => Assert.Equal("Instagram @namaorang", c.Credit));
    }

    [Theory]
    [InlineData("Kepala Dinas Pendidikan dan Kebudayaan Sukamaju, Rudi Hartono,SPd")]
    [InlineData("Kapolres Sukamaju, Budi Santoso")]
    [InlineData("Kapuspenkum Kejaksaan, Rina Sari, S.H, M.H")]
    public void An_office_and_a_name_alone_between_paragraphs_is_a_portraits_caption(string line)
    {
        var a = Page("KOTA, Kabar - Dua sekolah dasar di kota itu kekurangan guru sejak awal tahun ajaran.\n\n" + line + "\n\nMenurut dinas, guru baru akan ditempatkan bulan depan.\n");
        var caption = Assert.Single(a.Captions);
        Assert.Equal((line, (string?)null), (caption.Text, caption.Credit));
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Kepala Dinas Pendidikan Sukamaju, Rudi Hartono, mengatakan guru baru akan datang.")]
    [InlineData("Kepala Desa Sukamaju, Kecamatan Sukamaju")]
    [InlineData("Sukamaju Raya, Rudi Hartono")]
    public void A_sentence_or_a_line_without_an_office_and_a_name_is_no_portraits_caption(string line)
    {
        var a = Page("KOTA, Kabar - Dua sekolah dasar di kota itu kekurangan guru sejak awal tahun ajaran.\n\n" + line + "\n\nMenurut dinas, guru baru akan ditempatkan bulan depan.\n");
        Assert.Empty(a.Captions);
    }

    [Fact]
    public void The_last_paragraph_signed_off_by_its_source_is_no_caption()
    {
        const string last = "Kasus dana desa itu menjadi perhatian warga selama lima tahun terakhir. Kejaksaan menegaskan akan menuntaskannya secara terbuka. (Kabarku.id)";
        var a = Page("KOTA, Kabar - Sidang dugaan korupsi dana desa kembali digelar di pengadilan pada Senin.\n\n" + last + "\n");
        Assert.Empty(a.Captions);
        Assert.Equal(2, a.Paragraphs.Count);
        // between paragraphs the same line is a photo's caption
        var b = Page("KOTA, Kabar - Sidang dugaan korupsi dana desa kembali digelar di pengadilan pada Senin.\n\n" + last + "\n\nMenurut jaksa, saksi berikutnya akan dihadirkan pekan depan di ruang sidang utama.\n");
        Assert.Single(b.Captions);
    }
}
