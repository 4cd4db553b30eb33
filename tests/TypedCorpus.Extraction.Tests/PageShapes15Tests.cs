namespace TypedCorpus.Extraction.Tests;

/// <summary>Page shapes met on real pages (round 15): a list of other articles above the headline, a related list's label, an outlet's code before a colon dateline.</summary>
public class PageShapes15Tests
{
    private const string Title = "Nelayan Keluhkan Solar Langka di Pelabuhan";
    private const string Lead = "KOTA, Kabar - Nelayan di pelabuhan perikanan mengeluhkan solar yang langka sejak awal pekan ini.";
    private const string Body = "\n\nMereka berharap pemerintah segera menambah kuota agar kapal bisa kembali melaut.\n";

    private static ArticleModel Page(string text) => TestText.Extract(text);

    private static string Headlines(int count) => string.Join("\n", new[]
    {
        "- Gubernur Resmikan Jembatan Gantung Baru di Desa Terpencil",
        "- Harga Beras Turun Menjelang Panen Raya di Sejumlah Daerah",
        "- Tim Voli Putri Raih Emas Setelah Menang Lima Set",
        "- Warga Gotong Royong Bersihkan Sungai dari Sampah Plastik",
        "- Dinas Kesehatan Gelar Vaksinasi Massal di Balai Desa",
        "- Pasar Malam Kembali Dibuka Usai Libur Panjang Lebaran",
        "- Petani Garam Sambut Musim Kemarau dengan Harapan Baru",
        "- Sekolah Rakyat Mulai Terima Murid pada Tahun Ajaran Ini",
        "- Ribuan Pelari Ikuti Lomba Maraton Keliling Kota Tua",
        "- Banjir Rob Genangi Kawasan Pesisir Selama Tiga Hari",
        "- Ombak Tinggi Bikin Kapal Penyeberangan Tunda Keberangkatan",
        "- Festival Kuliner Nusantara Digelar Akhir Pekan Mendatang",
    }.Take(count));

    [Fact]
    public void A_long_list_of_bulleted_headlines_above_the_headline_does_not_hide_the_lead()
    {
        var a = Page($"{Headlines(12)}\n{Title}\nPetugas mengisi solar ke kapal nelayan. Foto: Dok Kabar\n{Lead}{Body}");
        Assert.Equal(Title, a.Title);
        Assert.Equal("Kota", a.Dateline);
        Assert.Empty(a.ListItems);
        Assert.StartsWith("Nelayan di pelabuhan", a.Paragraphs[0].Text);
        Assert.Empty(a.People);
    }

    [Fact]
    public void Bulleted_lines_of_prose_before_the_lead_are_no_list_of_headlines()
    {
        // the lines before the lead read as sentences in small letters: they are not other articles' headlines
        var items = string.Join("\n", Enumerable.Range(1, 12).Select(k => $"- butir nomor {k} dari daftar yang dibacakan di awal acara"));
        var a = Page($"{items}\n{Title}\n{Lead}{Body}");
        Assert.NotEqual(Title, a.Title);
    }

    [Fact]
    public void Baca_lainnya_with_a_colon_opens_a_list_of_related_links()
    {
        var a = Page($"{Title}\n\n{Lead}\n\nBaca Lainnya :\n- Gubernur Resmikan Jembatan Gantung Baru di Desa Terpencil\n- Harga Beras Turun Menjelang Panen Raya di Sejumlah Daerah{Body}");
        Assert.Equal(new[] { "Gubernur Resmikan Jembatan Gantung Baru di Desa Terpencil", "Harga Beras Turun Menjelang Panen Raya di Sejumlah Daerah" }, a.Related.Select(r => r.Text));
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Kabarpesisir.com (KP), SEMARANG: Nelayan di pelabuhan perikanan mengeluhkan solar yang langka sejak awal pekan ini.", "Kabarpesisir.com", "Semarang")]
    [InlineData("Kabarpesisir.com, SEMARANG: Nelayan di pelabuhan perikanan mengeluhkan solar yang langka sejak awal pekan ini.", "Kabarpesisir.com", "Semarang")]
    public void An_outlets_domain_and_its_code_then_the_place_and_a_colon_are_the_dateline(string lead, string outlet, string place)
    {
        var a = Page($"{Title}\n\n{lead}{Body}");
        Assert.Equal((outlet, place), (a.Outlet, a.Dateline));
        Assert.StartsWith("Nelayan di pelabuhan", a.Paragraphs[0].Text);
    }

    [Theory]
    [InlineData("Rina Astuti\nRina Astuti")]
    [InlineData("Rina Astuti\nPetugas memeriksa kapal nelayan di dermaga, Senin (2/6/2025). (Rina Astuti/Kabar)")]
    public void A_name_alone_under_the_headline_confirmed_by_a_repeat_or_a_caption_credit_is_the_writer(string header)
    {
        var a = Page($"{Title}\n{header}\n{Lead}{Body}");
        Assert.Equal("Rina Astuti", a.Author);
        Assert.Null(a.Subtitle);
        Assert.DoesNotContain("Rina Astuti", a.People);
    }

    [Fact]
    public void A_name_alone_under_the_headline_with_nothing_to_confirm_it_names_no_writer()
        => Assert.Null(Page($"{Title}\nRina Astuti\n{Lead}{Body}").Author);

    [Fact]
    public void A_domain_alone_among_the_pages_first_lines_is_the_outlet_when_no_dateline_names_one()
    {
        var a = Page($"KABARKITA.COM\n\nBERITA\n\n{Title}\n\nNelayan di pelabuhan perikanan mengeluhkan solar yang langka sejak awal pekan ini.{Body}");
        Assert.Equal("KABARKITA.COM", a.Outlet);
        Assert.Equal(Title, a.Title);
    }

    [Fact]
    public void The_text_size_buttons_in_a_menu_name_no_outlet()
    {
        var a = Page($"Dibaca\n77\nkali\n\n{Title}\n\n28 Januari 2025\nFont +\nFont -\n{Lead}{Body}");
        Assert.Equal("Kabar", a.Outlet);
        Assert.Equal(Title, a.Title);
    }

    [Fact]
    public void A_dated_line_naming_the_writer_after_a_label_is_the_byline()
    {
        var a = Page($"{Title}\n\nKamis, 10 Juni 2021 14:30 WIB Jurnalis - Rina Astuti\n\n{Lead}{Body}");
        Assert.Equal("Rina Astuti", a.Author);
        Assert.Null(a.Subtitle);
    }

    [Fact]
    public void A_capitalised_headline_closed_by_a_stop_is_the_headline_and_the_body_follows()
    {
        const string head = "Nelayan Gunakan Perahu Kecil Untuk Mengantre Solar di Pelabuhan.";
        var a = Page($"{head}\n\nReporter: Rina Astuti\n\n{Lead}{Body}");
        Assert.Equal(head, a.Title);
        Assert.Equal("Rina Astuti", a.Author);
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.StartsWith("Nelayan di pelabuhan", a.Paragraphs[0].Text);
    }

    [Fact]
    public void A_lead_sentence_with_a_dateline_is_no_stopped_headline()
    {
        var a = Page("SURABAYA, KABAR — Wali Kota Surabaya Rina Astuti Kembali Meninjau Pelabuhan Perikanan.\n\nIa meminta kuota solar nelayan segera ditambah oleh pemerintah pusat.\n");
        Assert.Null(a.Title);
        Assert.StartsWith("Wali Kota Surabaya", a.Paragraphs[0].Text);
    }

    [Fact]
    public void A_place_and_the_filing_day_alone_above_the_lead_is_layout_and_splits_an_outlet_from_the_place()
    {
        var a = Page($"{Title}\n\nSurabaya, Kamis 16 Februari 2023\n\nKabarkita Surabaya — Nelayan di pelabuhan perikanan mengeluhkan solar yang langka sejak awal pekan ini.{Body}");
        Assert.Null(a.Subtitle);
        Assert.Equal(("Kabarkita", "Surabaya"), (a.Outlet, a.Dateline));
    }

    [Theory]
    [InlineData("masukkan script iklan disini")]
    [InlineData("Punya akun? Sign In")]
    [InlineData("Silahkan bagikan")]
    [InlineData("Bagikan via")]
    [InlineData("Berita22 Dilihat")]
    [InlineData("3a3c7777 1eed 457c bd64 b2b17e2a4bf1")]
    public void A_themes_ad_slot_a_login_box_or_a_share_box_around_the_headline_is_page_chrome(string widget)
    {
        var a = Page($"{widget}\n\n{Title}\n\n{Lead}{Body}");
        Assert.Equal(Title, a.Title);
        Assert.Contains(a.Furniture, f => f.Text == widget);
        a = Page($"{Title}\n\n{widget}\n\n{Lead}{Body}");
        Assert.Equal(Title, a.Title);
        Assert.Null(a.Subtitle);
        Assert.Contains(a.Furniture, f => f.Text == widget);
    }

    [Theory]
    [InlineData("Pertama, warga harus memutar lewat gerbang lain yang jauh dari rumah mereka.")]
    [InlineData("Pertama, gubernur harus bisa memberantas kemiskinan di seluruh wilayah.")]
    [InlineData("Kelima, penggugat menyebut perselisihan itu berawal dari utang.")]
    public void An_ordinal_opening_a_point_is_no_person(string sentence)
    {
        var a = Page($"{Title}\n\n{Lead}\n\n{sentence}{Body}");
        Assert.Empty(a.People);
    }
}
