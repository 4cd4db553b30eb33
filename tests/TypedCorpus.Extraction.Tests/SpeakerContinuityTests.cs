using TypedCorpus.Extraction;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>
/// Who goes on speaking across sentences: initials that do not end a sentence, offices written for a holder the article
/// introduced, and when the speaker is nobody the article names (texts written for each rule, with invented names and places).
/// </summary>
public class SpeakerContinuityTests
{
    private static ArticleModel Article(string body) => TestText.Extract("Judul Berita Uji\n\nSurabaya, Kabar - " + body + "\n");

    private static string[] Speakers(string body, int quote = 0) => Article(body).Quotes[quote].Speakers.ToArray();

    [Fact]
    public void Glued_initials_in_a_companions_name_do_not_open_a_sentence()
        => Assert.Equal(new[] { "Bagus Santoso" }, Speakers("\"Kami menyita lima kilogram,\" kata Kapolres Sukamaju AKBP Bagus Santoso didampingi "
            + "Kasat Narkoba AKP R.M Tarigas dan Kasubbag Humas Iptu Dani Hutapea.\n\n\"Kami butuh dukungan warga,\" jelasnya.", 1));

    [Theory]
    // a former office ("mantan …") and "ini"/"itu" describe the person last speaking
    [InlineData("\"Kami menyita lima kilogram,\" kata Kapolres Sukamaju AKBP Bagus Santoso.\n\n"
        + "\"Program ini mendekatkan polisi dengan warga,\" terang mantan Kasat Reskrim Polres Wanareja ini.", "Bagus Santoso")]
    [InlineData("\"Kami menyita lima kilogram,\" kata Kapolres Sukamaju AKBP Bagus Santoso.\n\n"
        + "\"Ini luar biasa,\" ucap mantan Kepala Badan Narkotika Nasional (BNN) itu.", "Bagus Santoso")]
    public void A_former_office_and_an_anaphor_is_the_last_speaker(string body, string speaker)
        => Assert.Equal(new[] { speaker }, Speakers(body, 1));

    [Fact]
    public void A_former_office_alone_is_not_its_present_holder()
        => Assert.Empty(Speakers("Bupati Sukamaju Arif Wibowo meninjau pasar.\n\n\"Harga stabil,\" kata Arif.\n\n\"Dulu tidak begini,\" kata mantan Bupati.", 1));

    [Fact]
    public void A_name_in_another_spelling_is_the_person_the_article_introduced()
    {
        var a = Article("Kapolres Sukamaju AKBP Wayan Yudha Pratama memimpin konferensi pers.\n\n\"Kami menyita lima kilogram,\" kata AKBP Wayan Yuda.");
        Assert.Equal(new[] { "Wayan Yudha Pratama" }, a.Quotes[0].Speakers.ToArray());
        Assert.DoesNotContain("Wayan Yuda", a.People);
    }

    [Fact]
    public void A_spelling_shared_by_two_persons_stays_apart()
        => Assert.Equal(new[] { "Dedi Jayadi" }, Speakers("Ketua RT Dedy Jayadi Putra dan Ketua RW Dedy Jayadi Saputra hadir.\n\n\"Kami siap,\" kata Dedi Jayadi."));

    [Theory]
    // the holder in apposition between commas, then the verb of saying: the sentence's speaker, whatever opens the paragraph
    // the age in brackets after a one-word name, then the verb of saying
    [InlineData("Pedagang sayur di Pasar Baru Kota Wanareja, Sarni (45) mengatakan, harga cabai masih tinggi.\n\nHarganya naik tiap hari.\n\n"
        + "\"Sejak seminggu terakhir harganya naik.\"", "Sarni")]
    public void The_speaker_of_an_earlier_sentence_goes_on(string body, string speaker)
        => Assert.Equal(new[] { speaker }, Speakers(body));

    [Fact]
    public void A_role_with_nya_before_a_name_in_apposition_is_that_name()
        => Assert.Equal(new[] { "Hendra Siagian" }, Speakers("Pengadilan menjatuhkan hukuman kepada Rudi Lasmana.\n\n"
            + "\"Keduanya kena delapan bulan penjara,\" terang penasihat hukumnya, Hendra Siagian kepada pers, Selasa (22/11) malam."));

    [Fact]
    public void The_holder_in_apposition_before_the_verb_speaks_after_the_dateline()
    {
        // the first line is a photo's caption, so the outlet and city stay in the paragraph
        var a = TestText.Extract("KABARKITA.COM - Warga mengungsi di tenda darurat di Wanareja, Jumat (17/2/2023). (Kabarkita.com/Dodi Hartono)\n\n"
            + "Kabarkita.com, WANAREJA\u2013Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Kota Wanareja, "
            + "Niko Agus Prasetyo, menyatakan semua pengungsi sudah pulang, Minggu (19/2/2023).\n\nMereka pulang bertahap. \"Semua sudah pulang ke rumah,\" ujar dia.\n");
        Assert.Equal(new[] { "Niko Agus Prasetyo" }, a.Quotes[0].Speakers.ToArray());
    }

    [Theory]
    // a person the article does not name speaks: the "-nya" after is nobody we can name
    [InlineData("Seorang petugas puskesmas yang enggan disebutkan namanya mengatakan, ruang gawat darurat penuh.")]
    [InlineData("Salah seorang perawat Puskesmas Wanareja mengatakan, ruang gawat darurat penuh.")]
    public void An_unnamed_speaker_ends_the_named_speakers_turn(string sentence)
        => Assert.Empty(Speakers("Kepala Dinas Kesehatan Wanareja Sinta Maharani mengatakan korban sudah ditangani.\n\n"
            + "\"Kondisi anak stabil,\" ujar Sinta.\n\n" + sentence + "\n\n\"Sebagian kami rawat di lorong,\" katanya.", 1));

    [Theory]
    // ordinary people, named by no one, open the clause as the subject of a verb of saying
    [InlineData("Warga lainnya juga menambahkan, air sungai naik sejak subuh.")]
    [InlineData("Masyarakat setempat mengatakan bahwa jalan itu sering rusak.")]
    [InlineData("Sementara itu, pedagang menuturkan, harga beras naik lagi.")]
    public void An_unnamed_group_speaking_ends_the_named_speakers_turn(string sentence)
        => Assert.Empty(Speakers("Lukman Hakim, Camat Wanareja, meninjau lokasi banjir.\n\n"
            + "\"Bantuan sudah kami kirim,\" ujar Lukman.\n\n" + sentence + "\n\n\"Kami belum menerima apa-apa,\" ujarnya.", 1));

    [Fact]
    public void A_group_noun_before_a_named_speaker_does_not_hide_the_name()
        => Assert.Equal(new[] { "Rosita Anggraini" }, Speakers("Lukman Hakim, Camat Wanareja, meninjau lokasi banjir.\n\n"
            + "\"Bantuan sudah kami kirim,\" ujar Lukman.\n\nWarga Desa Kalisari, Rosita Anggraini, mengatakan air masuk rumah.\n\n"
            + "\"Kami mengungsi ke balai desa,\" ujarnya.", 1));

    [Theory]
    // a passive verb of saying, then an office closed by a comma, then the name: that name speaks
    [InlineData("Keterangan yang sama disampaikan Kepala Desa Kalisari, Darmin, di depan posko.", "Darmin")]
    [InlineData("Hal itu juga diungkapkan Kabid Pengairan, Sri Wulandari bahwa tanggul segera diperbaiki.", "Sri Wulandari")]
    [InlineData("Penjelasan serupa dituturkan oleh Sekretaris Camat, Yohanes Ratu, di kantornya.", "Yohanes Ratu")]
    public void The_agent_of_a_passive_saying_after_an_office_speaks_next(string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, Speakers("Lukman Hakim, Camat Wanareja, meninjau lokasi banjir.\n\n"
            + "\"Bantuan sudah kami kirim,\" ujar Lukman.\n\n" + sentence + "\n\n\"Kami pantau terus,\" katanya.", 1));

    [Fact]
    public void A_name_after_a_comma_with_no_office_before_it_is_no_passive_agent()
        => Assert.Equal(new[] { "Lukman Hakim" }, Speakers("Lukman Hakim, Camat Wanareja, meninjau lokasi banjir.\n\n"
            + "\"Bantuan sudah kami kirim,\" ujar Lukman.\n\nHal itu disampaikan kepada warga, Darmin ikut mendengarkan.\n\n"
            + "\"Kami pantau terus,\" katanya.", 1));

    [Theory]
    // the person the words are said to ("kepada X") is not who says them
    [InlineData("Petugas bertanya kepada Ratna Dewi, \u201cApakah rumah ini milik Ibu sendiri?\u201d Ratna lalu mengangguk.")]
    [InlineData("Seorang relawan berkata kepada Yosef Lamanepa, \"Bapak harus segera mengungsi ke balai desa\" sambil menunjuk sungai.")]
    public void The_addressee_of_a_fragment_is_not_its_speaker(string body)
    {
        var q = Article(body).Quotes[0];
        Assert.Empty(q.Speakers);
        Assert.NotNull(q.Addressee);
    }

    [Theory]
    // a source whose name the article withholds: a name later in the sentence (a place, a meeting, a person) is not the speaker
    [InlineData("\"Jalan ini rusak sejak lama,\" tutur seorang ibu yang minta namanya tidak ditulis, ketika menunggu Lurah Samsul Bahri, Senin (3/2).")]
    [InlineData("\"Stok pupuk sudah habis,\" kata seorang petani yang enggan disebutkan namanya saat rapat dengan Darius Sembiring di balai desa.")]
    [InlineData("\"Kami dilarang bicara,\" ucap pegawai yang meminta identitasnya dirahasiakan, saat Bupati Harun Lasiman lewat.")]
    public void A_source_whose_name_is_withheld_has_no_speaker(string body)
        => Assert.Empty(Speakers(body));

    [Fact]
    public void A_named_speaker_who_withholds_his_full_name_still_speaks()
        => Assert.Equal(new[] { "Bonar" }, Speakers("\"Jalan ini rusak sejak lama,\" ujar Bonar yang enggan menyebut nama lengkapnya."));

    [Fact]
    public void One_of_a_group_named_in_apposition_speaks()
        => Assert.Equal(new[] { "Dodi Hartono" }, Speakers("Kepala Dinas Kesehatan Wanareja Sinta Maharani mengatakan korban sudah ditangani.\n\n"
            + "Salah seorang warga, Dodi Hartono, mengatakan anaknya muntah.\n\n\"Anak saya lemas,\" katanya."));

    [Fact]
    public void A_double_mark_typed_as_two_single_marks_opens_a_full_quotation()
    {
        var q = Article("Kepala Dinas Perhubungan Joko Santoso menambahkan kesepakatan itu berlaku mulai kemarin.\n\n"
            + "\u2018\u2019Pengemudi boleh menurunkan penumpang di terminal. Tapi penjemputan dibatasi 500 meter,\u2019\u2019 terangnya.").Quotes[0];
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(new[] { "Joko Santoso" }, q.Speakers.ToArray());
        Assert.StartsWith("Pengemudi", q.Text);
    }

    [Fact]
    public void A_clipped_first_name_after_the_full_name_is_that_person()
    {
        var a = Article("Wakil Wali Kota Sukamaju, Fitrianti Agustina, menghadiri festival budaya.\n\nMenurut Fitri , festival serupa bisa diterapkan.\n\n"
            + "\"Saya mengapresiasi festival ini,\" ujarnya.\n\nFitri menambahkan, kota itu punya banyak potensi.\n\n\"Lomba perahu bisa dikemas lebih baik,\" katanya.");
        Assert.All(a.Quotes, q => Assert.Equal(new[] { "Fitrianti Agustina" }, q.Speakers.ToArray()));
        Assert.DoesNotContain("Fitri", a.People);
    }

    [Fact]
    public void A_one_word_name_met_before_the_longer_one_stays_its_own_person()
        => Assert.Equal(new[] { "Hendra" }, Speakers("Pedagang sayur, Hendra, mengeluhkan harga.\n\nKetua paguyuban Hendrawan Saputra menemui pedagang.\n\n"
            + "\"Harga naik terus,\" kata Hendra."));

    [Fact]
    public void An_office_written_as_one_short_word_is_the_holder_the_article_introduced()
        => Assert.Equal(new[] { "Hamdani" }, Speakers("Calon jemaah mendapat penjelasan dari Kepala Kanwil Kementerian Agama Prov. Sukamaju Barat Hamdani dalam "
            + "pertemuan di aula.\n\n\"Saya pastikan keberangkatan sesuai urutan,\" tegas Hamdani.\n\n\"Itu ulah orang yang ingin menipu,\" tegas Kakanwil.", 1));

    [Fact]
    public void A_cue_cut_off_by_the_pages_end_is_still_a_cue()
    {
        var q = Article("Didit Haryanto, saksi dari pasangan Maju, menilai tudingan itu hanya asumsi. \"Tidak ada kejadian khusus di tingkat kecamatan,\" uja").Quotes[0];
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(new[] { "Didit Haryanto" }, q.Speakers.ToArray());
        Assert.Null(q.Verb);
    }

    [Fact]
    public void A_word_before_more_text_is_no_cut_cue()
        => Assert.Empty(Speakers("Didit Haryanto, saksi dari pasangan Maju, menilai tudingan itu hanya asumsi. \"Tidak ada kejadian khusus di tingkat kecamatan,\" uja\n\n"
            + "Rapat ditutup pukul 16.00."));

    [Theory]
    // a pronoun opening the sentence after one that introduced a person (an office and a name, first met there) and gave no subject
    [InlineData("Hadir juga Kementerian Pariwisata yang diwakili Deputi Kementerian Pariwisata, Nirwasa. Dia mengatakan, festival masuk agenda nasional.", "Nirwasa")]
    // … "Deputy", the office written in English
    [InlineData("Hadir juga Kementerian Pariwisata yang diwakili Deputy Kementerian Pariwisata, Nirwasa. Dia mengatakan, festival masuk agenda nasional.", "Nirwasa")]
    // … but the person the sentence opens with stays its subject
    [InlineData("Ratna Dewi juga menemui Deputi Kementerian Pariwisata, Nirwasa. Dia mengatakan, festival masuk agenda nasional.", "Ratna Dewi")]
    public void A_pronoun_after_an_introduction_is_the_person_introduced(string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, Speakers("Wakil Wali Kota Sukamaju, Ratna Dewi, menghadiri festival budaya.\n\n\"Saya mengapresiasi festival ini,\" ujarnya.\n\n"
            + sentence + "\n\n\"Festival ini sudah masuk kalender nasional,\" imbuhnya.", 1));

    [Fact]
    public void A_title_written_short_before_the_subject_leaves_the_subject_opening_its_clause()
        => Assert.Equal(new[] { "Park Min Ho" }, Speakers("Menteri Budi Santoso mengunjungi kampus itu pada Senin.\n\n"
            + "\"Kami berharap kerja sama ini berjalan baik,\" kata Budi.\n\n"
            + "Dr. Park Min Ho menerima rombongan menteri di laboratorium bahasa.\n\n"
            + "\"Kampus kami sangat terbuka untuk bekerja sama,\" ujarnya.", 1));

    [Fact]
    public void An_office_holder_with_short_titles_after_the_comma_opens_the_clause()
        => Assert.Equal(new[] { "Suryadi" }, Speakers("Bupati Sukamaju, Ir. H. Suryadi, MT., menyampaikan bahwa kerja sama itu penting.\n\n"
            + "Acara itu dihadiri para kepala dinas.\n\n\"Perjanjian ini mempererat hubungan kedua lembaga\", ujarnya.", 0));

    [Fact]
    public void A_new_name_acting_as_the_subject_leaves_the_next_pronoun_cue_unnamed()
        => Assert.Empty(Speakers("Menteri Budi Santoso mengunjungi kampus itu pada Senin.\n\n"
            + "\"Kami berharap kerja sama ini berjalan baik,\" kata Budi.\n\n"
            + "Rahmat Widodo menerima rombongan menteri di laboratorium bahasa.\n\n"
            + "\"Kampus kami sangat terbuka untuk bekerja sama,\" ujarnya.", 1));

    [Fact]
    public void An_adverb_before_an_office_is_no_new_name()
        => Assert.Equal(new[] { "Bagus Santoso" }, Speakers("Kapolres Sukamaju AKBP Bagus Santoso memimpin pemantauan pasar.\n\n"
            + "\"Stok aman,\" tandas Kapolres.\n\nSelebihnya Kapolres menuturkan, patroli digelar di tiga pasar.\n\n"
            + "\"Kami cek setiap pekan,\" jelasnya.", 1));

    [Fact]
    public void A_resident_who_highlights_a_problem_speaks_next()
        => Assert.Equal(new[] { "Darto" }, Speakers("Warga Kampung Baru, Yanti berharap jalan segera diperbaiki.\n\n"
            + "\"Jalan ini rusak sejak lama,\" kata Yanti.\n\nLalu, pedagang Pasar Lama, Darto menyoroti harga beras yang terus naik.\n\n"
            + "\"Tolong harga beras diturunkan,\" ujarnya.", 1));

    [Fact]
    public void Menurut_before_an_office_written_short_and_its_holder_makes_the_holder_the_speaker()
        => Assert.Equal(new[] { "Rina S Wulandari" }, Speakers("Kadiskes Garut Rina S Wulandari meninjau posko darurat asap di kota itu.\n\n"
            + "\"Posko kami siap,\" kata relawan Budi Santoso.\n\n"
            + "Posko tersebut menurut kadiskes Garut Rina S Wulandari bergabung dengan posko provinsi.\n\n"
            + "\"Kami bergabung dengan dinas provinsi,\" ujarnya.", 1));

}
