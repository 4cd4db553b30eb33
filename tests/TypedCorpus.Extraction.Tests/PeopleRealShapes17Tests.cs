using System.Linq;
using TypedCorpus.Extraction;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Name and speaker shapes met on real pages (round 17), each with texts written for its rule (invented names).</summary>
public class PeopleRealShapes17Tests
{
    private static ArticleModel Article(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - " + string.Join("\n\n", paragraphs) + "\n");

    [Fact]
    public void A_name_introduced_before_a_longer_name_ending_with_it_is_a_person_of_its_own()
    {
        var a = Article("Gubernur Sukamaju, H. Darmadi Lubis hadir dan melepas peserta karnaval budaya pagi ini.",
            "Turut mendampingi istri sekaligus Ketua TP PKK Sukamaju, Ratna Sari Darmadi Lubis.",
            "\"Kegiatan ini bagian dari hari jadi provinsi,\" ucap Darmadi Lubis.");
        Assert.Equal(new[] { "Darmadi Lubis", "Ratna Sari Darmadi Lubis" }, a.People);
        Assert.Equal(new[] { "Darmadi Lubis" }, Assert.Single(a.Quotes).Speakers);
    }

    [Fact]
    public void An_office_holder_named_by_one_word_in_a_list_of_offices_is_introduced()
    {
        var a = Article("Wali Kota Sukamaju, Sutrisno dan Ketua TP PKK Kota Sukamaju, Wulan Sari Sutrisno hadir dalam penilaian.",
            "\"Semua fasilitas di kota ini mengarah ke kota layak anak,\" tutur Sutrisno.");
        Assert.Contains("Sutrisno", a.People);
        Assert.Equal(new[] { "Sutrisno" }, Assert.Single(a.Quotes).Speakers);
    }

    [Fact]
    public void A_surname_after_the_office_later_refers_back_to_the_full_name()
    {
        var a = Article("Wali Kota Ambon, Johan Petrus Latumahina melakukan kunjungan kerja ke beberapa instansi.",
            "\"Hari ini kita bersilaturahmi bersama Forkopimda,\" ujar Wali Kota Latumahina usai kunjungan.");
        Assert.Equal(new[] { "Johan Petrus Latumahina" }, a.People);
        Assert.Equal(new[] { "Johan Petrus Latumahina" }, Assert.Single(a.Quotes).Speakers);
    }

    [Fact]
    public void A_verb_of_saying_written_with_a_capital_is_no_name()
    {
        var a = Article("Sementara Walikota Sukamaju Budi Hartono Selaku Ketua Panitia Mtq Sukamaju Ke 43 Mengatakan, \u201cBersyukur Acara Ini Berjalan Dengan Sukses Sehingga Tetap Terselenggara Dengan Baik\u201d.");
        Assert.DoesNotContain("Mengatakan", a.People);
        Assert.DoesNotContain("Mengatakan", Assert.Single(a.Quotes).Speakers);
    }

    [Fact]
    public void Bahwa_written_with_a_capital_is_no_name()
    {
        var a = Article("Bupati Sukamaju Drs. H. Budi Hartono Dalam Sambutannya Mengatakan Bahwa. \u201d Menindak Lanjuti Pengajuan Kerjasama Antar Daerah Oleh Pemerintah Kabupaten Hilir Baru Hari Ini Bisa Terlaksana.");
        Assert.DoesNotContain("Bahwa", a.People);
    }

    [Theory]
    [InlineData("\"Kami bayar tidak pernah telat tapi listrik sering padam,\" terang salah satu warga di Tanjung Mulia.", new string[0])]
    [InlineData("\"Kami bayar tidak pernah telat tapi listrik sering padam,\" ujar Kepala Dinas Pendidikan di Kabupaten Sukamaju, Budi Hartono.", new[] { "Budi Hartono" })]
    public void A_place_after_di_in_the_attribution_is_no_speaker(string text, string[] speakers)
        => Assert.Equal(speakers, Assert.Single(Article(text).Quotes).Speakers);

    [Fact]
    public void The_controlling_officer_is_an_office_and_the_holder_follows_the_rank()
    {
        var a = Article("\"Kita mengamankan alat berat di desa itu,\" kata Perwira Pengendali (Padal) Pengamanan Polda Sukamaju Kompol Darsono yang dikonfirmasi di Kandangan.");
        Assert.Equal(new[] { "Darsono" }, Assert.Single(a.Quotes).Speakers);
    }

    [Fact]
    public void An_office_whose_holder_ends_the_sentence_after_a_comma_is_the_holders()
    {
        var a = Article("\"Kita ada program bedah rumah,\" ujar Wali Kota, Budi Hartono.",
            "Dalam hal ini ia menyampaikan agar masyarakat tetap bersyukur.",
            "\"Kalau hatinya nyaman, tetap bahagia,\" jelas Walikota.");
        Assert.Equal(new[] { "Budi Hartono" }, a.Quotes[1].Speakers);
    }

    [Fact]
    public void Balinese_birth_order_words_before_a_name_introduced_first_are_the_same_persons()
    {
        var a = Article("Bupati Gianyar, Suardana, meninjau lokasi banjir di Desa Lebih.",
            "I Made Suardana menyebut bantuan sudah disalurkan kepada warga.",
            "\"Kami terus memantau kondisi warga,\" ujar Suardana.");
        Assert.Equal(new[] { "I Made Suardana" }, a.People);
        Assert.Equal(new[] { "I Made Suardana" }, Assert.Single(a.Quotes).Speakers);
    }

    [Fact]
    public void One_rank_given_to_a_short_and_a_longer_name_is_one_person()
    {
        var a = Article("Kapolres Kendal, AKBP Hendra Wijaya, memimpin apel pasukan.",
            "AKBP Muhammad Rizal Hendra Wijaya menyebut dua ratus personel disiagakan.",
            "\"Semua personel siap,\" kata Hendra Wijaya.");
        Assert.Single(a.People);
    }

    [Theory]
    [InlineData("Antropolog Universitas Leiden, Juara Ginting, menilai tradisi itu perlu dijaga.", "Juara Ginting")]
    [InlineData("Guru SD di Karo, Andi Perwira Sitepu, menilai tradisi itu perlu dijaga.", "Andi Perwira Sitepu")]
    public void Juara_and_Perwira_stay_name_words(string text, string name)
    {
        var a = Article(text, $"\"Tradisi ini warisan leluhur,\" ujar {name}.");
        Assert.Contains(name, a.People);
        Assert.Equal(new[] { name }, Assert.Single(a.Quotes).Speakers);
    }

    [Fact]
    public void A_name_after_dari_in_the_attribution_stays_the_speaker()
    {
        var a = Article("\"Kami sudah mengabdi belasan tahun,\" tulis surat dari Nur Aini, guru honorer asal Brebes.");
        Assert.Equal(new[] { "Nur Aini" }, Assert.Single(a.Quotes).Speakers);
    }

    [Fact]
    public void A_one_word_name_after_a_roles_comma_and_a_verb_of_saying_is_complete_in_its_article()
    {
        var trader = TestText.Extract("Harga Cabai Naik\n\nSukamaju, Kabar - Pedagang cabai, Arif mengatakan, harga cabai rawit naik tajam.\n\n\"Terus naik sejak pekan lalu,\" sebut Arif.\n", "a.txt");
        var official = TestText.Extract("Pelantikan Pejabat\n\nSukamaju, Kabar - Sekretaris Daerah Sukamaju Arif Yahya melantik pejabat baru.\n\n\"Bekerjalah dengan jujur,\" kata Arif Yahya.\n", "b.txt");
        var corpus = CorpusResolver.Resolve(new[] { trader, official });
        var a = corpus.Articles.Single(x => x.File == "a.txt");
        Assert.Equal(new[] { "Arif" }, Assert.Single(a.Quotes).Speakers);
    }

    [Theory]
    [InlineData("Kadisperta")]
    [InlineData("Kadisnaker")]
    public void The_head_of_an_agency_named_by_its_fields_short_form_is_an_office(string office)
    {
        var a = Article($"Rektor Universitas Lestari dan {office} Provinsi Sukamaju Ir. Amrin Hakim, M.Si menandatangani kerja sama.",
            $"{office} juga menyampaikan bahwa kerja sama ini penting. \u201cKerja sama ini sangat penting bagi petani,\u201d ungkapnya.");
        Assert.DoesNotContain(office, a.People);
        Assert.Equal(new[] { "Amrin Hakim" }, Assert.Single(a.Quotes).Speakers);
    }

    [Fact]
    public void A_person_named_by_one_letter_who_acts_takes_the_saying_from_the_speaker_before()
    {
        var a = Article("Lurah Sukamaju Jaya, Budi Hartono saat dikonfirmasi mengatakan bahwa kegiatan itu dilakukan setiap bulan.",
            "\"Program ini dilakukan setiap bulan sekali.\" Ujarnya, Kamis (14/04/2022).",
            "Sedangkan, H sebagai penerima bantuan tersebut, saat di lokasi terlihat sumringah.",
            "\"Saya sangat berterima kasih karena ini membantu kebutuhan sehari-hari.\" Ujarnya merasa bersyukur.");
        Assert.Equal(new[] { "Budi Hartono" }, a.Quotes[0].Speakers);
        Assert.Empty(a.Quotes[1].Speakers);
    }

    [Fact]
    public void A_suspects_initials_leave_the_officers_account_going_on()
    {
        var a = Article("Kapolres Sukamaju AKBP Budi Hartono menjelaskan kasus pengancaman itu.",
            "\"Pelaku bisa dikenakan pasal pengancaman melalui media,\" terangnya.",
            "AWK selaku pemilik akun itu masih menjalani pemeriksaan intensif.",
            "\"Setelah diperiksa, baru ada proses berikutnya,\" urainya.");
        Assert.Equal(new[] { "Budi Hartono" }, a.Quotes[1].Speakers);
    }

    [Theory]
    [InlineData("selaku Lurah Sukamaju")]
    [InlineData("sebagai Camat Tanggul")]
    public void An_office_describing_someone_named_before_is_followed_by_its_place(string office)
    {
        var a = Article($"Budi Hartono, {office} saat dikonfirmasi mengatakan bahwa kegiatan itu dilakukan setiap bulan.",
            "\"Program ini dilakukan setiap bulan sekali,\" ujarnya.");
        Assert.Equal(new[] { "Budi Hartono" }, a.People);
        Assert.Equal(new[] { "Budi Hartono" }, Assert.Single(a.Quotes).Speakers);
    }

    [Theory]
    [InlineData("Wali Kota Sukamaju, Sutrisno, meninjau posyandu didampingi istrinya, Wulan Sari Sutrisno.", "Sutrisno")]
    [InlineData("Ketua DPRD Kudus, Masan, hadir bersama Ketua Dekranasda Kudus, Endang Sulistyowati Masan.", "Masan")]
    [InlineData("Bupati Blora, Arief dan Ketua PKK, Ainia Shalichah Arief hadir dalam pameran itu.", "Arief")]
    public void A_wife_named_with_her_husbands_name_is_a_person_of_her_own(string text, string husband)
    {
        var a = Article(text, $"\"Kami mendukung penuh kegiatan ini,\" kata {husband}.");
        Assert.Equal(new[] { husband }, Assert.Single(a.Quotes).Speakers);
    }

    [Fact]
    public void A_letter_introduced_before_as_a_suspect_leaves_the_officers_account_going_on()
    {
        var a = Article("Kasat Reskrim Polres Sukamaju, AKP Ahmad Zaenal mengatakan, pelaku berinisial N (29) sudah ditahan.",
            "N selaku admin arisan menjanjikan keuntungan besar kepada para anggota.",
            "\"Korbannya mencapai 80 orang,\" katanya.");
        Assert.Equal(new[] { "Ahmad Zaenal" }, Assert.Single(a.Quotes).Speakers);
    }

    [Fact]
    public void A_place_after_dari_and_a_noun_of_ordinary_people_is_no_speaker()
        => Assert.Empty(Assert.Single(Article("\"Harga cabai naik terus sejak pekan lalu,\" ujar seorang pedagang dari Pasar Johar Baru.").Quotes).Speakers);

    [Fact]
    public void One_person_written_short_with_an_office_and_long_with_the_same_office_spelt_out_is_one()
    {
        var a = Article("Kadinkes Batang, Santoso, meninjau posko kesehatan di pesisir.",
            "Kepala Dinas Kesehatan Kabupaten Batang Didiek Budi Santoso mengatakan stok obat cukup.",
            "\"Kami siagakan tenaga kesehatan,\" kata Santoso.");
        Assert.Equal(new[] { "Didiek Budi Santoso" }, a.People);
        Assert.Equal(new[] { "Didiek Budi Santoso" }, Assert.Single(a.Quotes).Speakers);
    }

    [Fact]
    public void A_wife_called_Ny_and_her_husbands_name_keeps_the_quote_from_her_husband()
    {
        var a = Article("Bupati Klaten, Hendra Wijaya, meresmikan pasar rakyat itu.",
            "Ketua TP PKK Klaten, Ratih Kusuma Hendra Wijaya, turut mendampingi.",
            "\"Kami ingin pasar ini ramah anak,\" ujar Ny. Hendra Wijaya.");
        Assert.NotEqual(new[] { "Hendra Wijaya" }, Assert.Single(a.Quotes).Speakers);
    }
}
