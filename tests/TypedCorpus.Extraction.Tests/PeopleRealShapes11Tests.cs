using System.Linq;
using TypedCorpus.Extraction;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>
/// Name and speaker shapes met on real pages (round 11): office titles with their fields, office words written short,
/// cues of saying in unusual forms (texts written for each rule, invented names and places).
/// </summary>
public class PeopleRealShapes11Tests
{
    private static ArticleModel Article(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - " + string.Join("\n\n", paragraphs) + "\n");

    private static string[] People(params string[] paragraphs) =>
        Article(paragraphs).People.OrderBy(p => p, System.StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("Rapat dihadiri Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Hendra Wijaya Kusuma dan para camat.", "Hendra Wijaya Kusuma")]
    [InlineData("Izin itu diteken Ketua Forum Usaha Larasati Dewi Anggraini, Senin.", "Larasati Dewi Anggraini")]
    public void Field_words_of_an_office_title_are_no_part_of_its_holders_name(string text, string name)
        => Assert.Equal(new[] { name }, People(text));

    [Theory]
    [InlineData("Sidang itu menghadirkan saksi dari kepolisian, Ahli Bahasa dan seorang warga.")]
    [InlineData("Lomba itu digelar Dosen Jurusan Bahasa di kampus Sukamaju.")]
    [InlineData("Hadir dalam acara itu Kuasa Usaha Ad Interim kedutaan.")]
    public void A_field_of_study_or_an_interim_office_is_no_person(string text)
        => Assert.Empty(People(text));

    [Fact]
    public void A_shout_after_the_quote_is_a_cue_of_saying()
    {
        var q = Article("Sidang sempat ricuh.", "\"Jangan ribut di ruang sidang,\" teriak petugas keamanan dengan lantang.").Quotes.Single();
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Empty(q.Speakers);
    }

    [Fact]
    public void A_lead_adverbial_before_an_office_and_its_holder_is_no_name_in_apposition()
    {
        var a = Article("Warga bergotong royong membangun taman di Kampung Sukamaju dan di Sukamaju Hilir.",
            "\"Kami kompak,\" ujar Sudarno, ketua RT 03.",
            "Terpisah, Kakam Sukamaju Rudianto, menjelaskan bahwa kegiatan itu rutin digelar.",
            "\"Ini bentuk pemberdayaan warga,\" pungkasnya.");
        Assert.Contains("Rudianto", a.People);
        Assert.Equal(new[] { "Rudianto" }, a.Quotes[1].Speakers.ToArray());
    }
    [Theory]
    [InlineData("Rektor Universitas Sukamaju Prof Dr Hendra Kusnadi MHum membuka lomba itu.", "Hendra Kusnadi")]
    [InlineData("Acara dipandu guru seni, Ratna Wulandari SPd, dan diikuti puluhan siswa.", "Ratna Wulandari")]
    [InlineData("Pelatih paduan suara Yohanes Bima Prakoso SSn hadir bersama timnya.", "Yohanes Bima Prakoso")]
    [InlineData("Kapolsek Garut, Ipda Rahmat Hidayat BA, datang ke lokasi bersama anggotanya.", "Rahmat Hidayat")]
    [InlineData("Kapolres Sukamaju AKBP Dimas Prasetyo SIK MAP memimpin apel pagi itu.", "Dimas Prasetyo")]
    public void A_degree_glued_without_periods_ends_the_name(string text, string name)
        => Assert.Equal(new[] { name }, People(text));
    [Theory]
    [InlineData("Kepala Dinas Pertanian dan Perkebunan (Distanbun) Sukamaju Barat (Sumbar) Karyono meninjau sawah warga.", "Karyono")]
    [InlineData("Sawah itu ditinjau Kepala Dinas Pertanian (Distan) Banyumas (Bms) Karyono kemarin.", "Karyono")]
    public void A_short_name_in_brackets_inside_an_office_title_is_the_bodys(string text, string name)
    {
        var a = Article(text);
        Assert.Equal(new[] { name }, a.People.ToArray());
        Assert.Equal(new[] { name }, a.IntroducedShortNames.ToArray()); // complete as introduced: the corpus step does not lengthen it
    }

    [Fact]
    public void A_nickname_in_brackets_after_a_name_ends_the_name()
        => Assert.Equal(new[] { "Rudi Hartono" }, People("Gubernur Jawa Tengah Rudi Hartono (Rudi) meninjau pasar."));
    [Theory]
    [InlineData("Rapat dihadiri Kepala Dinas Perhubungan Yogi Hermawan dan Kepala Biro Umum Hermawan Adi Saputra.", new[] { "Hermawan Adi Saputra", "Yogi Hermawan" })]
    [InlineData("Hadir Bupati Sleman Rina Lestari, Kepala Bagian Umum Lestari Dewi Anggraini, dan warga.", new[] { "Lestari Dewi Anggraini", "Rina Lestari" })]
    public void A_given_name_that_is_another_persons_surname_stays_in_the_name(string text, string[] names)
        => Assert.Equal(names, People(text));
    [Theory]
    [InlineData("Kasat Reskrim Polres Sleman, AKP Darwin HSB, mengatakan pelaku sudah ditahan.", "Darwin HSB")]
    [InlineData("Penangkapan dipimpin Iptu Rahmat SPT dan timnya di pelabuhan.", "Rahmat SPT")]
    public void A_short_word_in_capitals_after_a_rank_and_a_name_is_the_surname(string text, string name)
        => Assert.Equal(new[] { name }, People(text));

    [Fact]
    public void A_body_acronym_after_a_ranked_name_stays_out_of_it()
        => Assert.DoesNotContain("Rahmat KPK", People("Penangkapan dipimpin Iptu Rahmat KPK dan timnya di pelabuhan."));
    [Theory]
    [InlineData("\"Stok beras aman sampai akhir bulan,\" tegsnya.")]
    [InlineData("\"Stok beras aman sampai akhir bulan,\" trangnya Selasa (5/9/2023).")]
    public void An_unknown_word_in_nya_alone_after_the_quote_is_its_cue(string quote)
    {
        var q = Article("Kepala Bulog Hendra Gunawan meninjau gudang beras.", quote).Quotes.Single();
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(new[] { "Hendra Gunawan" }, q.Speakers.ToArray());
    }

    [Fact]
    public void A_word_in_nya_that_goes_on_into_a_clause_is_no_cue()
        => Assert.NotEqual("nya-cue-slot", Article("Kepala Bulog Hendra Gunawan meninjau gudang.", "\"Stok aman,\" selanjutnya pedagang menutup kios.").Quotes.Single().Rule);

    [Theory]
    [InlineData("\"Tradisi ini warisan leluhur kami,\" Ketua Panitia Sedekah bumi Desa Sukamaju, Darto.", "Darto")]
    [InlineData("\"Tradisi ini warisan leluhur kami,\" Kepala Dusun Krajan, Darto.", "Darto")]
    public void An_office_and_its_holder_after_the_quote_without_a_verb_speak(string quote, string speaker)
    {
        var a = Article("Warga Desa Sukamaju menggelar sedekah bumi.", quote, "Lebih lanjut, Darto menjelaskan acara digelar tiap tahun.");
        Assert.Equal(QuoteKind.Direct, a.Quotes[0].Kind);
        Assert.Equal(new[] { speaker }, a.Quotes[0].Speakers.ToArray());
        Assert.Contains(speaker, a.People);
    }
    [Theory]
    [InlineData("\"Harga gabah akan kami pantau,\" ujar bupati asal Desa Sukamaju, Kecamatan Cibaru ini.")]
    [InlineData("\"Harga gabah akan kami pantau,\" kata bupati kelahiran Kota Sleman itu.")]
    public void An_office_described_by_its_holders_home_then_ini_is_the_person_last_speaking(string quote)
        => Assert.Equal(new[] { "Rina Wulandari" }, Article("Bupati Sleman Rina Wulandari mengatakan panen tahun ini melimpah.", quote).Quotes.Single().Speakers.ToArray());

    [Fact]
    public void A_person_introduced_as_one_of_a_group_speaks_the_next_nya_quote()
    {
        var a = Article("Harga cabai di pasar Cibaru naik dua kali lipat.", "Kenaikan itu membuat Wulan salah satu pedagang pasar mengeluh.",
            "\"Pembeli makin sepi sejak pekan lalu,\" ujarnya.");
        Assert.Contains("Wulan", a.People);
        Assert.Equal(new[] { "Wulan" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void An_adverb_opening_the_sentence_before_salah_seorang_is_no_name()
        => Assert.Empty(People("Tiba-tiba salah seorang warga berteriak minta tolong."));
    [Theory]
    [InlineData("Deklarasi diteken kedua pasangan, yaitu Rina Hartati \u2013 Doni Saputra (nomor urut 1) dan Yudha Pratama \u2013 Sri Lestari Wulan (nomor urut 2).",
        new[] { "Doni Saputra", "Rina Hartati", "Sri Lestari Wulan", "Yudha Pratama" })]
    [InlineData("Pasangan calon Rina Hartati - Doni Saputra unggul di tiga kecamatan.", new[] { "Doni Saputra", "Rina Hartati" })]
    public void Two_names_joined_by_a_dash_standing_apart_and_numbered_are_candidates(string text, string[] names)
        => Assert.Equal(names, People(text));

    [Fact]
    public void Two_places_joined_by_a_dash_are_no_candidates()
        => Assert.Empty(People("Jalur Bandung \u2013 Cianjur ditutup sejak pagi karena longsor."));
    [Theory]
    [InlineData("Kepala Dinas Kesehatan Sleman, Rina Wulandari, meninjau puskesmas.", "\"Stok vaksin cukup,\" kata Kadinkes.", "Rina Wulandari")]
    [InlineData("Nota itu diteken Kepala Kejaksaan Negeri Sleman Yudha Pratama.", "\"Kami siap mendampingi,\" tegas Kajari.", "Yudha Pratama")]
    [InlineData("Hadir Kepala Kejaksaan Tinggi Jawa Tengah, Darto Wibisono.", "\"Kami mendukung penuh,\" tegas Kajati.", "Darto Wibisono")]
    public void An_office_written_short_is_the_holder_of_the_office_written_out(string first, string quote, string speaker)
        => Assert.Equal(new[] { speaker }, Article(first, quote).Quotes.Single().Speakers.ToArray());

    [Fact]
    public void An_office_written_short_that_spells_no_office_of_the_article_names_nobody()
        => Assert.Empty(Article("Kepala Dinas Pertanian Sleman, Rina Wulandari, meninjau sawah.", "\"Stok vaksin cukup,\" kata Kadinkes.").Quotes.Single().Speakers);
    [Theory]
    [InlineData("Nota itu diteken Rektor Sukamaju State University Ivan Petrovsky di Moskow.", "Ivan Petrovsky")]
    [InlineData("Kunjungan itu disambut Direktur Cibaru Institute Markus Lindqvist kemarin.", "Markus Lindqvist")]
    public void A_name_after_an_office_and_a_school_named_in_English_order_is_the_holder(string text, string name)
        => Assert.Equal(new[] { name }, People(text));

    [Theory]
    [InlineData("Hadir Duta Besar RI untuk Jerman Hendra Gunawan beserta jajarannya.", "Hendra Gunawan")]
    [InlineData("Acara dibuka Duta Besar RI untuk Chile merangkap Bolivia Hendra Gunawan di aula kedutaan.", "Hendra Gunawan")]
    public void An_envoy_to_a_country_is_an_office_before_its_holder(string text, string name)
        => Assert.Equal(new[] { name }, People(text));
    [Fact]
    public void A_capitalised_word_of_a_lower_case_phrase_the_article_uses_is_no_name()
        => Assert.Equal(new[] { "Darto Wibisono" }, People("Warga Sukamaju menggelar sedekah bumi di balai desa.",
            "Acara dibuka Ketua Panitia Sedekah bumi Desa Sukamaju bersama Kepala Desa Darto Wibisono."));
}
