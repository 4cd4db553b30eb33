using TypedCorpus.Extraction;
using TypedCorpus.Extraction.Agreements;
using TypedCorpus.Extraction.Structure;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Misfires of round 15's rules found by review, each kept as a boundary (texts written for them).</summary>
public class RuleBoundary15Tests
{
    private const string Title = "Warga Sukamaju Gelar Kerja Bakti di Balai Desa";

    private static ArticleModel Page(string text) => TestText.Extract(text);

    private static ArticleModel Body(params string[] paragraphs) =>
        TestText.Extract(Title + "\n\nSUKAMAJU, Kabar - Warga desa bergotong royong membersihkan saluran air sejak pagi hari.\n\n" + string.Join("\n\n", paragraphs) + "\n");

    [Theory]
    [InlineData("Bupati Sleman Rina Wulandari Sri Lestari meresmikan Pasar Prambanan di Kecamatan Prambanan.")]
    [InlineData("Pj Bupati Bekasi Budi Santoso Resmikan RSUD Tipe D Kecamatan Cibitung, Senin (14/8/2023).")]
    public void A_first_line_with_a_verb_in_small_letters_or_a_day_in_brackets_is_the_lead_not_a_headline(string first)
    {
        var a = Page(first + "\n\nPeresmian itu dihadiri ratusan warga dan pedagang pasar setempat.\n");
        Assert.Null(a.Title);
        Assert.Equal(first, a.Paragraphs[0].Text);
    }

    [Fact]
    public void A_place_and_day_line_keeps_the_date_and_a_place_unit_is_no_outlet()
    {
        var a = Page($"{Title}\n\nBatu, Senin 10 Juli 2023\n\nKota Batu – Pemerintah kota menyiapkan festival apel di alun-alun kota.\n");
        Assert.Null(a.Outlet);
        Assert.Equal("Kota Batu", a.Dateline);
        Assert.Equal("2023-07-10", a.Date);
    }

    [Fact]
    public void A_dated_byline_keeps_the_date()
        => Assert.Equal("2021-06-10", Page($"{Title}\n\nKamis, 10 Juni 2021 14:30 WIB Jurnalis - Dimas Prasetyo\n\nSUKAMAJU, Kabar - Warga desa bergotong royong membersihkan saluran air.\n").Date);

    [Theory]
    [InlineData("Hukum Kriminal\nSenin, 10 Juli 2023 | 10:15 WIB")]
    [InlineData("Rio Wahyu\nPetugas menyerahkan bantuan (Rio Wahyu, kanan) kepada warga di balai desa.")]
    public void A_label_above_a_timestamp_or_a_name_in_a_captions_brackets_names_no_writer(string header)
        => Assert.Null(Page($"{Title}\n{header}\nSUKAMAJU, Kabar - Warga desa bergotong royong membersihkan saluran air sejak pagi.\n").Author);

    [Theory]
    [InlineData("sukamajukab.go.id")]
    [InlineData("instagram.com")]
    public void A_governments_or_a_platforms_domain_is_no_outlet(string domain)
        => Assert.Null(Page($"{Title}\n\n{domain}\n\nWarga desa bergotong royong membersihkan saluran air sejak pagi hari.\n").Outlet);

    [Fact]
    public void A_domain_after_the_lead_is_no_outlet()
        => Assert.Null(Page($"{Title}\n\nWarga desa bergotong royong membersihkan saluran air sejak pagi hari.\n\nkabarkita.com\n").Outlet);

    [Theory]
    [InlineData("Camat Wates, Suparno, S.Sos., juga hadir.", "Suparno")]
    [InlineData("Bupati Bantul, Abdul Halim Muslih.", "Abdul Halim Muslih")]
    public void Office_and_name_closed_by_a_stop_in_the_body_stay_a_paragraph(string line, string person)
    {
        var a = Body("Hadir pula dalam acara itu:", line);
        Assert.Contains(a.Paragraphs, p => p.Text == line);
        Assert.Contains(person, a.People);
    }

    [Fact]
    public void A_title_case_standfirst_above_a_labelled_credit_stays_the_subtitle()
        => Assert.Equal("Mengunjungi Korban dan Menyerahkan Bantuan",
            Page($"{Title}\n\nMengunjungi Korban dan Menyerahkan Bantuan\nSumber foto: Humas Pemkab\n\nSUKAMAJU, Kabar - Bupati meninjau rumah warga yang rusak akibat longsor.\n").Subtitle);

    [Fact]
    public void A_short_name_introduced_with_its_own_role_is_not_merged_into_a_longer_one()
    {
        var a = Body("Agustina, ibu rumah tangga, mengeluhkan air bersih. \"Sudah tiga hari tidak mengalir,\" kata Agustina.",
            "Ketua RT setempat, Agus, mengatakan sudah melapor. \"Kami sudah laporkan ke kelurahan,\" ujar Agus.");
        Assert.Equal(new[] { "Agus" }, a.Quotes[1].Speakers);
        Assert.Contains("Agus", a.People);
    }

    [Fact]
    public void A_nickname_at_a_sentences_start_that_is_no_part_of_the_name_before_is_not_linked_to_it()
    {
        var a = Body("Kepala Desa Talang, Suparno Hadi, mengunjungi kebun melon milik warga.",
            "Pria yang akrab disapa Ical ini mengaku memulai usahanya dua tahun lalu. \"Awalnya hanya dua greenhouse,\" kata Ical.");
        Assert.DoesNotContain("Suparno Hadi", Assert.Single(a.Quotes).Speakers);
    }

    [Theory]
    [InlineData("KPU -Komisi Pemilihan Umum kabupaten menetapkan daftar calon tetap anggota dewan.")]
    [InlineData("INNALILLAHI -Seorang nenek ditemukan meninggal dunia di rumahnya pada pagi hari.")]
    public void An_acronym_or_an_exclamation_before_a_glued_hyphen_is_no_dateline(string lead)
        => Assert.False(Datelines.TryDateline(lead, out _, out _, out _));

    [Theory]
    [InlineData("DAERAH ISTIMEWA YOGYAKARTA, kabarjogja.com – Pemerintah daerah menyiapkan posko mudik di perbatasan.", "Daerah Istimewa Yogyakarta")]
    [InlineData("TANJUNG SIANTAR (SUMUT) – Warga menggelar kerja bakti di sepanjang bantaran sungai.", "Tanjung Siantar")]
    public void A_known_place_opening_with_a_rubric_word_or_a_town_before_its_province_stays_the_place(string lead, string place)
    {
        Assert.True(Datelines.TryDateline(lead, out _, out var city, out _));
        Assert.Equal(place, city);
    }

    [Fact]
    public void A_route_between_two_known_places_before_a_colon_names_no_outlet()
    {
        Datelines.TryDateline("SEMARANG-BANDUNG : Kereta api tambahan mulai beroperasi pekan depan.", out var outlet, out _, out _);
        Assert.NotEqual("BANDUNG", outlet);
    }

    [Theory]
    [InlineData("Pertandingan itu berakhir imbang tanpa gol di stadion utama (Persib | Persija)")]
    [InlineData("Usai meninjau, bupati berfoto bersama relawan. Foto Bersama Relawan Tagana")]
    public void A_sentence_closing_with_names_around_a_pipe_or_a_glued_heading_is_no_caption(string line)
        => Assert.DoesNotContain(Body(line, "Kegiatan berlangsung hingga sore hari.").Captions, c => c.Line == 5);

    [Fact]
    public void A_signing_referred_to_whose_signers_are_written_in_small_letters_is_no_new_agreement()
        => Assert.Empty(Body("Penandatanganan MoU tersebut dilakukan oleh kepala desa lama dan pengusaha tanpa sepengetahuan warga pada 2019.").Agreements);

    [Fact]
    public void A_short_body_word_of_an_office_is_no_headed_body_inside_a_name()
    {
        var a = Body("Kajati Sumbar Rina Wulandari menerima kunjungan Ahmad Jati Santoso di kantornya.",
            "\"Kami mendukung program itu,\" kata Ahmad Jati Santoso.");
        Assert.Contains("Ahmad Jati Santoso", a.People);
    }

    [Theory]
    [InlineData("Hasil Hitung Cepat Pilkada Jateng 2024 Tunjukkan Selisih Tipis (Andika - Hendi)\n\nSEMARANG – Hasil hitung cepat sejumlah lembaga survei menunjukkan pasangan nomor urut dua unggul.\n", "Hasil Hitung Cepat Pilkada Jateng 2024 Tunjukkan Selisih Tipis (Andika - Hendi)", null)]
    [InlineData("Layanan SIM Keliling Dibuka Lagi\n\nLayanan dibuka pada hari kerja pukul 08.00 hingga 12.00 WIB. (Senin - Jumat)\n\nSEMARANG – Layanan SIM keliling kembali dibuka di halaman balai kota mulai pekan ini.\n", "Layanan SIM Keliling Dibuka Lagi", "Layanan dibuka pada hari kerja pukul 08.00 hingga 12.00 WIB. (Senin - Jumat)")]
    public void Two_names_around_a_dash_in_brackets_that_are_no_credit_keep_the_headline_and_standfirst(string text, string title, string? subtitle)
    {
        var a = Page(text);
        Assert.Equal((title, subtitle), (a.Title, a.Subtitle));
        Assert.Empty(a.Captions);
    }

    [Fact]
    public void A_body_line_opening_with_a_place_in_capitals_and_a_comma_does_not_take_the_lead()
    {
        var a = Page("Banjir Landa Jawa Timur\n\nHujan deras menyebabkan banjir di sejumlah daerah di Jawa Timur, Senin (6/3/2023).\n\nDi Sidoarjo, ratusan rumah terendam hingga setengah meter.\n\nSURABAYA, Kondisi serupa terjadi di kawasan Rungkut yang terendam sejak dini hari.\n");
        Assert.Null(a.Dateline);
        Assert.Equal("2023-03-06", a.Date);
        Assert.Equal(3, a.Paragraphs.Count);
    }

    [Fact]
    public void A_logo_domain_whose_name_merely_contains_a_platforms_name_is_the_outlet()
        => Assert.Equal("beritabox.com", Page($"{Title}\n\nberitabox.com\n\nWarga desa bergotong royong membersihkan saluran air sejak pagi hari.\n").Outlet);
}
