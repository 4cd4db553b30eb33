using System.Linq;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>
/// Who a "-nya" or a description points back to when a clause opens with something other than its subject: a scene-setting
/// clause in small letters before the subject's comma, or a person's noun that names nobody; invented names.
/// </summary>
public class SpeakerOpeningClauseTests
{
    private static string[] Speakers(string body, int quote = 0)
        => TestText.Extract("Judul Berita Uji\n\nSukamaju, Kabar - " + body + "\n").Quotes[quote].Speakers.ToArray();

    [Fact]
    public void The_subject_after_an_opening_clause_in_small_letters_is_the_one_a_nya_cue_points_back_to()
        => Assert.Equal(new[] { "Wiratmo Hadisaputro" }, Speakers(
            "Miliki daerah administratif terbanyak se-Indonesia, Ketua KPU Provinsi Sukamaju, Wiratmo Hadisaputro membuka rapat pleno lebih awal. Yakni dimulai pada Minggu dan dijadwalkan selesai Jumat.\n\n"
            + "\"Kami mencoba menyelenggarakan rapat lebih awal,\" ungkapnya."));

    [Fact]
    public void A_person_noun_acting_unnamed_leaves_a_later_description_without_a_name()
        => Assert.Empty(Speakers(
            "Menjelang siang, pintu ruang senat terbuka. Sekretaris panitia, Hj. Rahmawati Sukmono, S.Sos., membacakan hasil pemungutan suara.\n\n"
            + "Seusai pengumuman, rektor terpilih menyalami kedua pesaingnya. \"Saya akan merangkul semua pihak,\" ujar guru besar teknik sipil itu."));

    [Fact]
    public void Without_an_unnamed_actor_the_description_is_the_subject()
        => Assert.Equal(new[] { "Rahmawati Sukmono" }, Speakers(
            "Menjelang siang, pintu ruang senat terbuka. Sekretaris panitia, Hj. Rahmawati Sukmono, S.Sos., membacakan hasil pemungutan suara.\n\n"
            + "\"Saya akan merangkul semua pihak,\" ujar guru besar teknik sipil itu."));

    [Theory]
    [InlineData("Menteri Pariwisata Ardiman Yahyadi meluncurkan festival itu.\n\nMenpar mengatakan, \"Kunjungan wisman terus meningkat.\"")]
    [InlineData("Menteri Pariwisata Ardiman Yahyadi meluncurkan festival itu.\n\nMenteri juga menegaskan: \"Kunjungan wisman terus meningkat.\"")]
    public void An_office_alone_before_its_verb_of_saying_speaks_through_its_one_holder(string body)
        => Assert.Equal(new[] { "Ardiman Yahyadi" }, Speakers(body));

    [Fact]
    public void An_office_the_article_gives_no_holder_names_nobody_before_its_verb()
        => Assert.Empty(Speakers("Menteri Pariwisata Ardiman Yahyadi meluncurkan festival itu.\n\nKapolres mengatakan, \"Pengamanan festival sudah siap.\""));

    [Theory]
    [InlineData("Ketua Komisi Pemilihan Umum Provinsi Jawa Timur, Ardiman Yahyadi, membuka rapat pleno.\n\nRapat berlangsung lancar. \"Sisanya masih melangsungkan rapat,\" ujar Ketua KPU Jatim.")]
    [InlineData("Kepala Badan Penanggulangan Bencana Daerah Kabupaten Sigi, Ardiman Yahyadi, meninjau lokasi.\n\nWarga mengungsi. \"Kami siapkan tenda,\" kata Kepala BPBD Sigi.")]
    public void An_office_written_short_is_the_one_the_article_wrote_long(string body)
        => Assert.Equal(new[] { "Ardiman Yahyadi" }, Speakers(body));

    [Fact]
    public void A_short_form_whose_initials_do_not_match_names_nobody()
        => Assert.Empty(Speakers("Kepala Badan Penanggulangan Bencana Daerah Kabupaten Sigi, Ardiman Yahyadi, meninjau lokasi.\n\nWarga mengungsi. \"Kami siapkan tenda,\" kata Kepala Dinsos Sigi."));

    [Fact]
    public void A_name_described_at_length_without_commas_then_a_verb_of_saying_takes_the_turn()
        => Assert.Equal(new[] { "Susilowati" }, Speakers(
            "\"Lama sekali menunggu,\" ucap Arbawati Lestari, salah seorang saksi.\n\n"
            + "Tak hanya Arbawati, hal sama dialami Susilowati salah satu pengunjung yang datang ke pengadilan untuk mendampingi keluarganya menuturkan, sidang belum juga dimulai.\n\n"
            + "\"Dari pukul 11.00 sampai 16.00 sidangnya belum mulai juga,\" cetusnya.", 1));

    [Fact]
    public void A_sentence_opened_by_menurut_and_an_office_reports_the_holder_not_the_person_acting_inside_it()
        => Assert.Equal(new[] { "Samsuri Dahlan" }, Speakers(
            "Bupati Fakfak Samsuri Dahlan memimpin rapat kepala kampung.\n\n"
            + "Menurut Bupati, Presiden Republik Indonesia, Prabowo Subianto, dalam pertemuan nasional secara tegas meminta pengawasan ketat terhadap dana kampung.\n\n"
            + "\"Sukamaju harus jadi contoh daerah yang bersih,\" ucapnya."));
}
