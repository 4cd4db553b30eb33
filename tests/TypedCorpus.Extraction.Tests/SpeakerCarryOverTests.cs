using TypedCorpus.Extraction;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>
/// Attribution shapes of unseen regional pages: the agent of a passive verb of saying, a name written in lower case after
/// its cue, a person named by "bernama" after a description, a long office title before its holder, and quote kinds without
/// the usual punctuation (texts written for each rule, with invented names and places).
/// </summary>
public class SpeakerCarryOverTests
{
    private static ArticleModel Article(string body) => TestText.Extract("Judul Berita Uji\n\nSukamaju, Kabar - " + body + "\n");

    private static string[] Speakers(string body, int quote = 0) => Article(body).Quotes[quote].Speakers.ToArray();

    [Theory]
    // the agent of a passive verb of saying is a person, and the speaker of the "-nya" cue after it
    [InlineData("Panitia lomba perahu menggelar rapat di gedung koperasi.\n\nUsul jadwal baru disampaikan oleh Ranto, dengan nada tegas.\n\n"
        + "\"Lomba sebaiknya pagi hari saja,\" tuturnya.", "Ranto")]
    [InlineData("Sidang dewan membahas anggaran pasar ikan.\n\nBerikutnya laporan Komisi B, yang dibacakan Dimas Putra Wijaya, ia mengkritik lambatnya lelang.\n\n"
        + "\"Lelang harus dipercepat,\" imbuhnya.", "Dimas Putra Wijaya")]
    public void The_agent_of_a_passive_verb_of_saying_speaks(string body, string speaker)
        => Assert.Equal(new[] { speaker }, Speakers(body));

    [Fact]
    public void A_name_after_bernama_is_the_speaker_not_the_place_of_the_description()
        => Assert.Equal(new[] { "Wulan" }, Speakers("Hasil tangkapan ikan menurun sejak bulan lalu.\n\n"
            + "\"Solar makin susah dicari,\" tutur seorang nelayan dari dermaga Tanjung Wangi bernama Wulan, Rabu (2/8/2023)."));

    [Fact]
    public void Bernama_after_a_person_of_the_article_names_someone_else()
        => Assert.Equal(new[] { "Rudi Hartono" }, Speakers("Kepala Dinas Perikanan Rudi Hartono meninjau dermaga.\n\n"
            + "\"Solar akan ditambah,\" tutur Rudi Hartono kepada nelayan bernama Wulan."));

    [Fact]
    public void A_name_written_in_lower_case_after_the_cue_is_the_person_of_the_article()
        => Assert.Equal(new[] { "Hartono" }, Speakers("Hartono, salah satu nelayan Tanjung Wangi, Senin (7/6/2021), mengeluhkan harga solar.\n\n"
            + "Ia melaut tiga kali sepekan.\n\n\"Kalau solar mahal kami tidak bisa melaut,\" tutur hartono", 0));

    [Fact]
    public void A_lower_case_word_after_the_cue_that_names_nobody_of_the_article_stays_unnamed()
        => Assert.Empty(Speakers("Nelayan memadati dermaga.\n\n\"Kalau solar mahal kami tidak bisa melaut,\" tutur nelayan."));

    [Fact]
    public void A_name_after_a_long_office_title_is_its_holder()
        => Assert.Equal(new[] { "Bima Sakti Wirawan" }, Speakers("Tim renang Jateng menambah tiga emas.\n\n"
            + "\"Latihan keras kami terbayar lunas,\" tutur pelatih renang Jateng sekaligus Ketua Umum Pengurus Daerah (Pengda) "
            + "Ikatan Renang & Loncat Indah Nusantara (IRLIN) Jateng Bima Sakti Wirawan."));

    [Fact]
    public void A_name_far_after_the_cue_in_another_clause_is_no_speaker()
        => Assert.Empty(Speakers("Nelayan memadati dermaga.\n\n\"Latihan keras kami terbayar lunas,\" tutur pengurus yang tidak mau disebut namanya "
            + "karena belum mendapat izin dari atasannya yang bertugas di kantor Bima Sakti Wirawan."));

    [Fact]
    public void A_quote_introduced_by_a_comma_then_a_cue_without_its_comma_is_direct_and_said_by_the_introducer()
    {
        var a = Article("\"Beasiswa ini untuk anak nelayan,\" kata Rektor Universitas Sukamaju Hendra Wiguna.\n\n"
            + "Bupati Sukamaju Ratna Kusuma lalu berpesan kepada para siswa, dan ia menegaskan, \u201D jaga nama baik sekolah kalian di mana pun berada\u201D tuturnya.");
        Assert.Equal(QuoteKind.Direct, a.Quotes[1].Kind);
        Assert.Equal(new[] { "Ratna Kusuma" }, a.Quotes[1].Speakers.ToArray());
    }

    [Fact]
    public void A_nya_cue_after_a_quote_a_person_introduces_is_that_persons()
        => Assert.Equal(new[] { "Ratna Kusuma" }, Speakers("\"Beasiswa ini untuk anak nelayan,\" kata Rektor Universitas Sukamaju Hendra Wiguna.\n\n"
            + "Bupati Sukamaju Ratna Kusuma menambahkan, \"Jaga nama baik sekolah kalian,\" tuturnya.", 1));

    [Fact]
    public void A_paragraph_that_is_one_unpunctuated_quoted_sentence_is_direct()
    {
        var q = Article("Kepala Dinas Pendidikan Ratna Kusuma mengatakan sekolah di pulau kekurangan guru.\n\n\"Kami hanya punya dua guru tetap,\" jelasnya.\n\n"
            + "\"Kami mohon jalan ke sekolah segera diperbaiki oleh dinas\"").Quotes[1];
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(new[] { "Ratna Kusuma" }, q.Speakers.ToArray());
    }

    [Fact]
    public void A_quoted_title_in_title_case_alone_stays_a_term()
        => Assert.Equal(QuoteKind.Term, Article("Warga menggelar lomba perahu.\n\n\"Festival Perahu Hias Tanjung Wangi Raya\"").Quotes[0].Kind);

    [Fact]
    public void A_name_after_a_comma_and_saat_is_who_the_speaker_was_with_not_the_speaker()
        => Assert.Empty(Speakers("Jalan desa tertutup tanah longsor.\n\n\"Tanahnya masih labil,\" kata Kabid Logistik dan Kebencanaan BPBD Kabupaten Sukamaju, "
            + "saat mendampingi Bupati Arif Wibowo meninjau jalan itu, Selasa (3/5)."));

    [Fact]
    public void A_holder_after_the_offices_comma_still_speaks()
        => Assert.Equal(new[] { "Arif Wibowo" }, Speakers("Jalan desa tertutup tanah longsor.\n\n\"Tanahnya masih labil,\" kata Kepala BPBD Sukamaju, Arif Wibowo, "
            + "saat meninjau jalan itu, Selasa (3/5)."));
}
