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
    [InlineData("Mbah Sarmo", "Sarmo")]
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
    public void A_person_who_undergoes_after_the_age_and_its_comma_is_no_subject_for_a_later_cue()
    {
        var a = Article("General Manager PT Pelabuhan Sejahtera, Dwi Haryanto, mengatakan kapal belum berlayar.",
                        "Dwi memastikan makanan gratis disediakan. Seorang penumpang lansia, Mbah Sarinah (71), sempat dilarikan ke klinik karena kelelahan.",
                        "\"Kami terus memantau cuaca setiap jam,\" ujarnya.");
        Assert.Equal(new[] { "Dwi Haryanto" }, a.Quotes.Single().Speakers.ToArray());
    }

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
    [InlineData("Kepala Desa Zulkifli Watoni", "Toni", "Zulkifli Watoni")]
    [InlineData("Ketua Karang Taruna, Ferdian Reza Alvisa,", "Alvis", "Ferdian Reza Alvisa")]
    [InlineData("Bidan Rahany Eka Pratiwi", "Hany", "Rahany Eka Pratiwi")]
    public void A_nickname_clipping_a_word_of_the_full_name_is_that_person(string introduced, string nickname, string full)
    {
        var a = Article(introduced + " mengatakan warga sudah menerima bantuan.", "\"Semua sudah tersalurkan,\" ujar " + nickname + " kepada wartawan.");
        Assert.Equal(new[] { full }, a.People.ToArray());
        Assert.Equal(new[] { full }, a.Quotes.Single().Speakers.ToArray());
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
    [InlineData("Wakil Bupati Mempawah, Drs. Rudi Hartono M.M., M.H., meresmikan masjid itu.", "Rudi Hartono")]
    public void Degrees_glued_after_the_name_are_no_part_of_it(string text, string name)
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
}
