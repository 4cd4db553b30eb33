using System.Linq;
using Xunit;
using static TypedCorpus.Extraction.Tests.InventedArticle;

namespace TypedCorpus.Extraction.Tests;

/// <summary>
/// Shapes of real pages, each written anew with invented names: what a verb of saying opens, places of several words after an
/// office, schools named without a number, words of address, the cue "Kata" opening a sentence, a person who undergoes.
/// </summary>
public class PeopleRealShapes26Tests
{
    [Fact]
    public void A_capitalised_run_after_a_verb_of_saying_and_its_comma_is_no_apposition()
    {
        var a = Article("Ketua Perkumpulan Sinar Abadi, Ruben Santoso mengatakan, Pesta Lomban merupakan puncak perayaan Syawalan.",
                        "\"Tradisi ini kami rawat bersama warga pesisir,\" ujarnya.");
        Assert.Equal(new[] { "Ruben Santoso" }, a.People.ToArray());
        Assert.Equal(new[] { "Ruben Santoso" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Theory]
    [InlineData("Ketua KPU Indragiri Hilir Yeni Marlina", "Yeni Marlina")]
    [InlineData("Bupati Aceh Tamiang H. Sukiman", "Sukiman")]
    [InlineData("Kepala Dinas Pertanian Rokan Hulu Darmawan Saputra", "Darmawan Saputra")]
    public void A_place_of_several_words_after_an_office_is_no_part_of_its_holders_name(string office, string holder)
    {
        var a = Article("\"Semua tahapan berjalan lancar,\" kata " + office + " di kantornya, Sabtu.");
        Assert.Equal(new[] { holder }, a.People.ToArray());
        Assert.Equal(new[] { holder }, a.Quotes.Single().Speakers.ToArray());
    }

    [Theory]
    [InlineData("Bupati Aceh Jaya Sulaiman", "Sulaiman")]
    [InlineData("Bupati Rokan Hulu Sukiman", "Sukiman")]
    public void A_holder_of_one_word_after_a_place_of_several_words_is_no_part_of_it(string office, string holder)
        => Assert.Equal(new[] { holder }, PeopleOf("\"Semua posko sudah siap,\" kata " + office + " di kantornya, Sabtu."));

    [Fact]
    public void An_office_ending_in_a_place_of_two_words_holds_no_one_named_by_its_last_word()
    {
        var a = Article("Kepala Dinas Pendidikan Kabupaten Kapuas Hulu, mengaku kecewa dengan guru yang mangkir. \"Kami akan turun ke sekolah,\" tegas Kepala Dinas Pendidikan Kabupaten Kapuas Hulu.");
        Assert.Empty(a.People);
        Assert.Empty(a.Quotes.Single().Speakers);
    }

    [Fact]
    public void A_school_named_without_a_number_and_closed_elsewhere_opens_no_name()
    {
        var a = Article("Kepala sekolah SDN Sukorejo Rina Astuti mengungkapkan atap kelas ambruk pada malam hari.",
                        "Menurut Rina, ruang kelas SDN Sukorejo sudah lama tidak diperbaiki. \"Kami sudah melapor ke dinas,\" katanya.");
        Assert.Equal(new[] { "Rina Astuti" }, a.People.ToArray());
        Assert.Equal(new[] { "Rina Astuti" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Theory]
    [InlineData("Nek Sarinah", "Sarinah")]
    [InlineData("Bung Rendi Saputra", "Rendi Saputra")]
    [InlineData("Kak Wulandari", "Wulandari")]
    public void A_word_of_address_before_a_name_is_no_part_of_it(string written, string canonical)
    {
        var a = Article("\"Saya sudah tinggal di sini sejak muda,\" kata " + written + " kepada wartawan.");
        Assert.Equal(new[] { canonical }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_word_of_address_in_small_letters_before_a_stop_ends_its_sentence()
        => Assert.Empty(PeopleOf("Akun @warga_kota menulis, \"Iya bener pak. Udah ya pak, tolong jangan diganti lagi.\""));

    [Fact]
    public void The_cue_kata_opening_a_sentence_is_no_word_of_the_name_after_it()
    {
        var a = Article("Kepala BKD Sumanto mengatakan banyak peserta lulus seleksi.",
                        "Kata Sumanto, pegawai honorer tidak mengambil formasi di instansi lain. \"Persaingannya memang ketat,\" ucapnya.");
        Assert.Equal(new[] { "Sumanto" }, a.People.ToArray());
        Assert.Equal(new[] { "Sumanto" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void The_leader_of_a_meeting_is_named_without_the_meeting()
    {
        var a = Article("Pimpinan Rapat H. Sutarjo menyampaikan \"Materi perubahan anggaran dibahas di badan anggaran,\" katanya.");
        Assert.Equal(new[] { "Sutarjo" }, a.People.ToArray());
    }

    [Fact]
    public void The_scripture_is_no_speaker()
    {
        var a = Article("Pengasuh pesantren, Ahmad Fauzan, membuka acara wisuda.",
                        "\"Menghafal Qur’an itu tidak mudah,\" katanya.",
                        "Di tempat yang sama, pengajar program tahfizh Qur’an menyampaikan pesannya. \"Jangan membuang waktu,\" pesan lelaki asal Yaman itu.");
        Assert.DoesNotContain("Qur’an", a.People);
        Assert.DoesNotContain("Qur’an", a.Quotes.Last().Speakers);
    }

    [Fact]
    public void A_victim_named_with_an_age_may_speak_next()
    {
        var a = Article("Kapolsek Sukamaju AKP Anton Wijaya mengatakan puluhan warga keracunan.",
                        "Salah satu korban, Sukarti (60), sempat dirawat di puskesmas.",
                        "\"Perut saya mual setelah makan nasi kotak,\" ujarnya.");
        Assert.Equal(new[] { "Sukarti" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Theory]
    [InlineData("Park Ki Tae")]
    [InlineData("Lee Ki Seong")]
    public void Ki_inside_a_korean_name_is_no_title(string name)
        => Assert.Equal(new[] { name }, PeopleOf("\"Kami senang bermain di sini,\" kata pelatih asal Korea Selatan, " + name + ", Senin."));

    [Theory]
    [InlineData("Sesepuh Desa Sukamaju Ki Sarmadi", "Sarmadi")]
    [InlineData("Dalang kondang Ki Utoro Wijayanto", "Utoro Wijayanto")]
    public void Ki_opening_a_name_after_a_place_or_a_role_is_a_title(string written, string name)
    {
        var a = Article(written + " membuka pagelaran wayang semalam suntuk.", "\"Wayang harus tetap hidup,\" ujar Ki " + name.Split(' ')[0] + ".");
        Assert.Equal(new[] { name }, a.People.ToArray());
    }

    [Fact]
    public void An_award_after_peraih_is_no_person()
        => Assert.DoesNotContain("Adipura", PeopleOf("Kota Sukamaju, peraih Adipura tahun lalu, kembali menata taman kota."));

    [Theory]
    [InlineData("Kepala Dinas PU, Budi Santoso menjelaskan, Jembatan Kali Serayu ditutup sementara.")]
    [InlineData("Bupati Sukamaju, Budi Santoso berharap, Masjid Al-Ikhlas bisa menjadi masjid yang nyaman.")]
    public void A_thing_named_after_a_verb_of_saying_and_its_comma_is_no_person(string text)
        => Assert.Equal(new[] { "Budi Santoso" }, PeopleOf(text));

    [Fact]
    public void A_short_cue_sentence_with_a_passive_verb_later_is_still_the_cue()
    {
        var a = Article("Kapolsek Sukamaju AKP Wahyu Hidayat memastikan pelaku segera ditangkap. Motor milik Darto hilang di parkiran.",
                        "\"Kami sudah mengantongi rekaman kamera pengawas.\" Ujar Kapolsek saat dikonfirmasikan.");
        Assert.Equal(new[] { "Wahyu Hidayat" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Theory]
    [InlineData("Juru Bicara MA Sutrisna mengatakan putusan itu sudah final.", "Sutrisna")]
    [InlineData("Guru honorer SD Sumarni mengatakan gajinya belum dibayar.", "Sumarni")]
    public void A_court_or_a_school_without_a_number_before_a_name_keeps_the_name(string text, string name)
        => Assert.Contains(name, PeopleOf(text, "Di tempat lain, MA Sutrisna dan SD Sumarni tidak disebut lagi."));

    [Fact]
    public void A_person_described_after_the_age_and_its_comma_may_speak_next()
    {
        var a = Article("Petugas posyandu mengatakan angka stunting turun.",
                        "Cerita lain datang dari Sutrisno bin Karta (38), yang akrab disapa Pak Tris, warga Desa Sungai Duren.",
                        "\"Dulu saya tidak paham soal gizi anak,\" tutur ayah dua anak itu.");
        Assert.Equal(new[] { "Sutrisno bin Karta" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_noun_of_time_alone_after_a_run_of_capitals_is_no_name()
        => Assert.Empty(PeopleOf("Petani Binaan Si Jago Merah Mengamuk Lagi Tengah Malam di Pemukiman Warga, Belasan Rumah Ludes"));

    [Theory]
    [InlineData("Rina", "Marina Lestari")]
    [InlineData("Mardi", "Sumardi Hadiwijoyo")]
    [InlineData("Santo", "Budi Santoso")]
    public void A_one_word_name_that_clips_a_later_word_of_another_name_stays_its_own_person(string shortName, string official)
    {
        var a = Article("Kepala Desa " + official + " mengatakan bantuan sudah disalurkan.",
                        shortName + " mengaku belum menerima bantuan. \"Saya belum dapat apa-apa,\" ujar " + shortName + ".");
        Assert.Equal(new[] { shortName }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_nickname_introduced_with_a_role_of_its_own_stays_another_person()
    {
        var a = Article("Kepala Desa Zulkifli Watoni mengatakan warga sudah menerima bantuan.",
                        "Ketua RT 03, Toni, membenarkan hal itu. \"Semua sudah tersalurkan,\" ujar Toni kepada wartawan.");
        Assert.Equal(new[] { "Toni" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Theory]
    [InlineData("Kapolres Sukamaju AKBP Dedi Kurniawan S.IK menjelaskan, pihaknya mengevakuasi dua warga.", "Dedi Kurniawan")]
    [InlineData("Ketua Panitia Budi Hartono, S.STP, M.AP meresmikan masjid itu.", "Budi Hartono")]
    public void Degrees_glued_after_the_name_are_no_part_of_it(string text, string name)
        => Assert.Contains(name, PeopleOf(text));

    [Theory]
    [InlineData("Ketua Lembaga Adat S.M. Tohir mengatakan musyawarah digelar pekan depan.", "S.M. Tohir")]
    [InlineData("Koordinator warga D.M. Siregar mengatakan musyawarah digelar pekan depan.", "D.M. Siregar")]
    public void Initials_glued_by_their_periods_stay_in_the_name(string text, string name)
        => Assert.Equal(new[] { name }, PeopleOf(text));

    [Fact]
    public void A_line_repeating_the_headline_and_going_on_in_small_letters_is_the_lead_not_a_caption()
    {
        var a = TestText.Extract("Siti Rahma, Kepala UPTD PPA Purworejo\nPURWOREJO – Kasus kekerasan terhadap anak masih tinggi.\n"
            + "Siti Rahma, Kepala UPTD PPA Purworejo mengungkapkan, jumlah kasus naik tahun ini.\n"
            + "\u201CKalau tahun lalu hanya 96 kasus, sekarang 116 kasus,\u201D ungkapnya.\n");
        Assert.Empty(a.Captions);
        Assert.Equal(new[] { "Siti Rahma" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void An_achiever_and_a_medal_are_no_names()
    {
        var a = Article("Atlet dayung peraih medali Emas, Desi Wulandari, dan Sisma Rahayu peraih Perunggu mengikuti konferensi pers.",
                        "\"Kami bersyukur bisa membawa pulang medali,\" ujar Peraih medali emas itu.");
        Assert.DoesNotContain("Emas", a.People);
        Assert.DoesNotContain("Peraih", a.Quotes.Single().Speakers);
    }

    [Fact]
    public void A_sport_in_an_offices_title_is_no_part_of_its_holders_name()
        => Assert.Equal(new[] { "Suparman" }, PeopleOf("\"Lima rekor berhasil dipecahkan,\" kata Technical Delegate (TD) Renang Suparman, Jumat."));

    [Fact]
    public void A_place_written_after_di_before_its_district_opens_no_name_after_warga()
    {
        var a = Article("Banjir menggenangi rumah warga di Sukamulya Kecamatan Kibin, Kabupaten Serang.",
                        "Warga Sukamulya Rikardo mengatakan air masuk sejak subuh. \"Drainase mampet,\" katanya.");
        Assert.Equal(new[] { "Rikardo" }, a.People.ToArray());
    }

    [Fact]
    public void A_holder_in_apposition_after_a_long_office_title_with_commas_is_a_person()
    {
        var a = Article("\"Kita masuk sepuluh besar,\" kata Kepala Bidang Pembinaan Keolahragaan Dinas Pemuda, Olahraga, Kebudayaan dan Pariwisata (Disporapar) Kota Depok, Raden Arya M Pratama, Selasa.",
                        "Raden mengatakan, kota itu mendapatkan 13 medali emas. \"Renang menyumbang enam emas,\" ujarnya.");
        Assert.Equal(new[] { "Raden Arya M Pratama" }, a.People.ToArray());
        Assert.All(a.Quotes, q => Assert.Equal(new[] { "Raden Arya M Pratama" }, q.Speakers.ToArray()));
    }

    [Fact]
    public void The_village_after_a_person_and_salah_satu_warga_is_not_who_says()
    {
        var a = Article("Dian (26) salah satu warga Karangsari mengaku merasakan rumahnya bergetar.",
                        "\"Saya berasa di lantai dua rumah,\" kata dia.");
        Assert.Equal(new[] { "Dian" }, a.People.ToArray());
        Assert.Equal(new[] { "Dian" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void One_resident_named_after_salah_satu_warga_with_no_person_before_still_says()
        => Assert.Equal(new[] { "Budiono" }, PeopleOf("Menurut polisi, salah satu warga Budiono mengaku melihat pelaku kabur."));

    [Theory]
    [InlineData("Ketua Umum KONI Sukamaju Drs Edwin H Simanjuntak menyatakan gembira.", "Edwin H Simanjuntak")]
    [InlineData("Kapolres Sukamaju AKBP Budi S Hartono menyatakan gembira.", "Budi S Hartono")]
    [InlineData("Bupati Sukamaju H Sulaiman menyatakan gembira.", "Sulaiman")]
    public void A_capital_without_its_period_between_name_words_after_a_title_is_an_initial(string text, string name)
        => Assert.Equal(new[] { name }, PeopleOf(text));
}
