using System.Linq;
using TypedCorpus.Extraction;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Name and speaker shapes met on real pages (round 18), each with texts written for its rule (invented names).</summary>
public class PeopleRealShapes18Tests
{
    private static ArticleModel Article(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - " + string.Join("\n\n", paragraphs) + "\n");

    [Fact]
    public void A_programme_of_professional_companions_is_no_person()
    {
        var a = Article("Koordinator Provinsi Tenaga Pendamping Profesional, Rudi Hartono SH mengatakan pendampingan desa terus dilakukan.",
            "Dirinya berharap tidak ada lagi desa yang terlambat menyalurkan dana desa.",
            "\"Tahun ini desa wajib menganggarkan bantuan langsung tunai,\" terangnya.");
        Assert.DoesNotContain(a.People, p => p.Contains("Profesional") || p.Contains("Pendamping"));
        Assert.Equal(new[] { "Rudi Hartono" }, a.Quotes.Last().Speakers);
    }

    [Fact]
    public void A_companion_named_after_the_role_is_a_person()
    {
        var a = Article("Pendamping lokal, Ani Wulandari mengatakan laporan keuangan desa sudah lengkap.",
            "\"Semua desa sudah melapor,\" ujar Ani Wulandari.");
        Assert.Contains("Ani Wulandari", a.People);
        Assert.Equal(new[] { "Ani Wulandari" }, Assert.Single(a.Quotes).Speakers);
    }

    [Theory]
    [InlineData("“Tolak tambang di desa kami,” tulis tuntutan aksi yang diperoleh KabarkuSultra.com.")]
    [InlineData("“Tolak tambang di desa kami,” tulis tuntutan aksi yang diterima Kabarsultra.id.")]
    public void A_web_site_glued_to_its_domain_is_no_speaker(string text)
    {
        var a = Article("Warga menggelar unjuk rasa di depan kantor bupati.", text);
        Assert.Empty(Assert.Single(a.Quotes).Speakers);
        Assert.Empty(a.People);
    }

    [Fact]
    public void A_person_speaking_to_a_web_site_stays_the_speaker()
    {
        var a = Article("“Semua sudah siap,” ujar Rudi Hartono kepada Kabarsultra.id, Senin.");
        Assert.Equal(new[] { "Rudi Hartono" }, Assert.Single(a.Quotes).Speakers);
        Assert.Equal(new[] { "Rudi Hartono" }, a.People);
    }

    [Fact]
    public void A_trader_named_after_the_place_of_the_trade_and_speaking_to_an_outlet_is_the_speaker()
    {
        var a = Article("Bupati Sukamaju, Rudi Hartono, meninjau kebun karet warga pekan lalu.",
            "Salah satu petani karet Kabupaten Sarolangun, Lukman, kepada Kabar Times mengatakan, harga selalu turun menjelang Lebaran.",
            "“Kini harga karet di pabrik hanya tujuh ribu rupiah,” ujarnya.");
        Assert.Contains("Lukman", a.People);
        Assert.DoesNotContain("Kabar Times", a.People);
        Assert.Equal(new[] { "Lukman" }, a.Quotes.Last().Speakers);
    }

    [Theory]
    [InlineData("Sukamaju Times")]
    [InlineData("Kabar Daily")]
    public void A_run_ending_in_an_outlet_word_is_no_person(string outlet)
    {
        var a = Article($"Hal itu dikatakan Rudi Hartono kepada {outlet}, Senin.", "“Harga terus turun,” ujarnya.");
        Assert.DoesNotContain(outlet, a.People);
        Assert.Equal(new[] { "Rudi Hartono" }, a.Quotes.Last().Speakers);
    }

    [Fact]
    public void A_residents_place_in_apposition_is_no_person()
    {
        var a = Article("Warga perumahan Taman Asri RW 06, Wiyung, mengaku terganggu unjuk rasa buruh di depan rumah.");
        Assert.DoesNotContain("Wiyung", a.People);
    }

    [Fact]
    public void A_hearer_between_a_name_and_a_comma_before_the_verb_keeps_the_name_the_speaker()
    {
        var a = Article("Ketua Koperasi Sumber Makmur, Rudi Hartono, meninjau gudang.",
            "Petani kopi, Budiman, kepada wartawan, menjelaskan panen tahun ini turun.",
            "“Hujan terus sejak Maret,” katanya.");
        Assert.Equal(new[] { "Budiman" }, a.Quotes.Last().Speakers);
    }

    [Theory]
    [InlineData("“Saya tidak menemukan apa-apa di kandang,” kata Budiman, Pemilik Ternak Sapi.", "Ternak Sapi")]
    [InlineData("“Harga naik sejak pekan lalu,” ujar Budiman, pemilik Toko Sinar Jaya.", "Toko Sinar Jaya")]
    public void What_an_owner_owns_is_no_person(string text, string owned)
    {
        var a = Article(text);
        Assert.Equal(new[] { "Budiman" }, Assert.Single(a.Quotes).Speakers);
        Assert.DoesNotContain(a.People, p => p.Contains(owned));
    }

    [Fact]
    public void An_owner_named_after_a_comma_is_a_person()
    {
        var a = Article("Pemilik warung, Siti Aminah, mengatakan dagangannya sepi.", "“Pembeli berkurang,” katanya.");
        Assert.Equal(new[] { "Siti Aminah" }, a.Quotes.Last().Speakers);
    }

    [Theory]
    [InlineData("Andreas Pos")]
    [InlineData("Hendrik Post")]
    public void Post_and_Pos_are_surnames_too(string name)
    {
        var a = Article($"Salah seorang warga, {name}, mengatakan jalan itu rusak sejak Maret.", $"“Kami sudah lapor berkali-kali,” kata {name}.");
        Assert.Contains(name, a.People);
        Assert.Equal(new[] { name }, a.Quotes.Last().Speakers);
    }

    [Fact]
    public void A_sentence_glued_to_a_name_is_no_domain()
    {
        var a = Article("“Pelaku sudah kami amankan,” kata Kapolsek Tahunan, Iptu Rudi Hartono.Info yang dihimpun, kerugian mencapai Rp 20 juta.");
        Assert.Equal(new[] { "Rudi Hartono" }, Assert.Single(a.Quotes).Speakers);
    }

    [Theory]
    [InlineData("Sejumlah pedagang kaki lima Kelurahan Kampung Rawa, Johar Baru mengeluhkan penertiban.", "Johar Baru")]
    [InlineData("Para petani di Desa Sukamulya, Tempuran Hilir menolak rencana tambang.", "Tempuran Hilir")]
    public void A_place_of_two_words_after_a_trades_place_is_no_person(string text, string place)
        => Assert.DoesNotContain(place, Article(text).People);

    [Theory]
    [InlineData("Rudi yang dilaporkan Siti Aminah kepada polisi mengatakan tidak pernah menipu.")]
    [InlineData("Sumarni, ibu dari Dimas Pratama, kepada wartawan mengatakan anaknya pamit bermain.")]
    public void A_passives_agent_or_a_relative_before_the_hearer_is_no_speaker(string text)
    {
        var a = Article(text, "“Saya tidak menyangka,” katanya.");
        Assert.DoesNotContain("Siti Aminah", a.Quotes.Last().Speakers);
        Assert.DoesNotContain("Dimas Pratama", a.Quotes.Last().Speakers);
    }

    [Theory]
    [InlineData("“Karena itu Pasar Beringharjo mulai sepi,” keluh Sutinah.", "Beringharjo")]
    [InlineData("Bupati menerima kunjungan Ketua Kamar Dagang dan Industri Sukamaju.", "Kamar")]
    [InlineData("Apel digelar dalam rangka Pemilihan Kepala Desa Serentak di Kabupaten Sukamaju.", "Serentak")]
    [InlineData("Warga diminta menjauhi lokasi kejadian. Sekarang sudah ada korban yang dievakuasi.", "Sekarang")]
    public void Markets_chambers_and_adverbs_are_no_persons(string text, string word)
        => Assert.DoesNotContain(Article(text).People, p => p.Contains(word));

    [Fact]
    public void A_vice_president_in_english_is_an_office_before_its_holder()
    {
        var a = Article("Rombongan terdiri dari Vice President Mr Zhou Liang dan Director of International Office.");
        Assert.DoesNotContain(a.People, p => p.Contains("Vice"));
    }

    [Fact]
    public void A_sasak_noble_opener_after_an_offices_comma_opens_the_name()
    {
        var a = Article("Hal ini disampaikan Gubernur NTB, Lalu Ahmad Fauzan usai penandatanganan nota kesepahaman.", "“Kerja sama ini penting,” katanya.");
        Assert.Contains("Lalu Ahmad Fauzan", a.People);
        Assert.Equal(new[] { "Lalu Ahmad Fauzan" }, a.Quotes.Last().Speakers);
    }

    [Fact]
    public void Lalu_opening_a_sentence_stays_then()
    {
        var a = Article("Warga berkumpul di balai desa. Lalu Ahmad Fauzan datang membawa bantuan.");
        Assert.DoesNotContain("Lalu Ahmad Fauzan", a.People);
    }

    [Theory]
    [InlineData("Dalam forum itu, Kang Ebod — sapaan akrab Gubernur Sukamaju — menegaskan pentingnya kerja sama.")]
    [InlineData("Dalam forum itu, Kang Ebod, sapaan akrab Dadang Sutisna, menegaskan pentingnya kerja sama.")]
    [InlineData("Dalam forum itu, Kang Ebod (sapaan Dadang Sutisna) menegaskan pentingnya kerja sama.")]
    public void A_nickname_followed_by_sapaan_is_the_persons(string text)
    {
        var a = Article("Gubernur Sukamaju H. Dadang Sutisna memaparkan peluang investasi di depan para investor.", text,
            "“Hari ini kita bergerak dari dialog menuju kemitraan,” ujar Kang Ebod.");
        Assert.Equal(new[] { "Dadang Sutisna" }, a.People);
        Assert.Equal(new[] { "Dadang Sutisna" }, a.Quotes.Last().Speakers);
    }

    [Fact]
    public void A_greeting_called_sapaan_names_nobody()
    {
        var a = Article("Horas, sapaan khas warga Batak, terdengar di mana-mana saat festival dibuka.");
        Assert.Empty(a.People);
    }

    [Theory]
    [InlineData("Kang Ebod — sapaan akrab Gubernur Sukamaju — meminta Bupati Cibaru Rudi Hartono menyiapkan lahan.", "Kang Ebod")]
    [InlineData("Kang Ebod, sapaan akrab Gubernur Sukamaju, hadir bersama Wakil Gubernur Sukamaju Fadhlan Rasyid.", "Kang Ebod")]
    [InlineData("Mak Tini, sapaan akrab istri Rudi Hartono, sudah 30 tahun berjualan gudeg.", "Tini")]
    public void A_nickname_whose_person_the_article_does_not_give_stays_its_own(string text, string nick)
    {
        var a = Article(text, $"“Kami siap membantu,” kata {nick}.");
        Assert.DoesNotContain("Rudi Hartono", a.Quotes.Last().Speakers);
        Assert.DoesNotContain("Fadhlan Rasyid", a.Quotes.Last().Speakers);
    }

    [Fact]
    public void Lalu_after_a_comma_that_closes_no_office_is_then()
    {
        var a = Article("Ia memasang kamera di pohon, Lalu Sutarno melihat ular itu.", "“Ularnya besar sekali,” kata Sutarno.");
        Assert.DoesNotContain("Lalu Sutarno", a.People);
    }

    [Fact]
    public void An_agencys_fields_before_its_place_and_holder_are_no_name()
    {
        var a = Article("“Harga gabah turun di bawah HPP,” kata Plt Kepala Dinas Pertanian Tanaman Pangan dan Hortikultura Grobogan Budiman di Purwodadi.");
        Assert.Equal(new[] { "Budiman" }, Assert.Single(a.Quotes).Speakers);
    }

    [Fact]
    public void A_plain_name_in_whose_name_something_stands_is_a_person()
    {
        var a = Article("Perolehan suara terbanyak pada pemilu legislatif atas nama Dinar Ratna Sari dari daerah pemilihan V.");
        Assert.Equal(new[] { "Dinar Ratna Sari" }, a.People);
    }

    [Theory]
    [InlineData("Bantuan itu diserahkan atas nama Pemerintah Kabupaten Sukamaju kepada warga.")]
    [InlineData("Surat itu ditandatangani atas nama Bank Sentosa Makmur oleh direksi.")]
    public void A_body_in_whose_name_something_stands_is_no_person(string text) => Assert.Empty(Article(text).People);

    [Fact]
    public void Lainnya_closing_a_role_before_its_holder_leaves_the_holder_the_subject()
    {
        var a = Article("Ketua Fraksi Golkar, Rudi Hartono, meminta rapat ditunda.", "“Kami belum siap,” ucapnya.",
            "Senada, anggota Fraksi Amanat lainnya, Budiman Saleh meminta pimpinan dewan menunda keputusan.", "“Jangan dulu diputuskan,” ucapnya.");
        Assert.Equal(new[] { "Budiman Saleh" }, a.Quotes.Last().Speakers);
    }
}
