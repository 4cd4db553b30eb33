using System.Linq;
using TypedCorpus.Extraction;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Name shapes and person evidence met on real regional pages (texts written for each rule, invented names).</summary>
public class PeopleRealShapeTests
{
    private static string[] People(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - " + string.Join("\n\n", paragraphs) + "\n").People.OrderBy(p => p, System.StringComparer.Ordinal).ToArray();

    private static string[] Speakers(string body, int quote = 0) =>
        TestText.Extract("Judul Berita Uji\n\nSukamaju, Kabar - " + body + "\n").Quotes[quote].Speakers.ToArray();

    [Theory]
    [InlineData("Hal itu disampaikan Kepala Kantor Kemenag Sukamaju, Moh. Rizal Fadli saat rapat. Rizal Fadli mengatakan semua siap.", "Moh. Rizal Fadli")]
    [InlineData("Pertemuan digelar di rumah Wakil Bupati Sleman Hamdan HM. Yasin pada Senin malam.", "Hamdan HM. Yasin")]
    public void A_given_name_written_short_keeps_its_period_in_the_name(string text, string person)
        => Assert.Equal(new[] { person }, People(text));

    [Fact]
    public void A_roman_numeral_after_a_body_acronym_numbers_the_body()
        => Assert.Equal(new[] { "Hendra Wijaya" }, People("Direktur Operasional PJA I Hendra Wijaya hadir dalam acara itu."));

    [Fact]
    public void A_degree_alone_after_a_comma_is_no_person()
        => Assert.Equal(new[] { "Rahmatullah" }, People("Nota itu ditandatangani oleh Bupati Sleman Rahmatullah, S.T., dan para pejabat."));

    [Fact]
    public void Names_listed_after_atas_nama_are_persons()
        => Assert.Equal(new[] { "Dwi Anggraeni", "Sutrisno", "Yohana Wulan Sari" },
            People("Dalam kesempatan itu diserahkan surat keputusan atas nama Yohana Wulan Sari, Sutrisno, dan Dwi Anggraeni."));

    [Fact]
    public void Names_each_with_a_body_in_parentheses_in_a_list_with_one_person_are_persons()
        => Assert.Equal(new[] { "Bagus Harimurti", "Joko Santosa", "Lestari Ningrum", "Rahmat Wijaya" },
            People("Deklarasi dibacakan enam perwakilan, yaitu: KH Rahmat Wijaya (Majelis Ulama Sukamaju), Bagus Harimurti (Parisada Sukamaju), "
                + "Lestari Ningrum (PERMASUKA), dan Xs Joko Santosa (MATASUKA)."));

    [Fact]
    public void A_name_before_cs_is_a_person_and_not_the_speaker_of_the_next_quote()
    {
        Assert.Equal(new[] { "Gilang Pratama" }, People("Dengan hasil ini, Gilang Pratama cs harus puas di posisi kedua."));
        Assert.Equal(new[] { "Hasan Basri" }, Speakers("Pelatih Hasan Basri mengatakan laga sangat berat. Meski hanya sepuluh pemain, Gilang Pratama cs tetap menyerang.\n\n"
            + "\u201CMereka perlu diapresiasi,\u201D urainya."));
    }

    [Fact]
    public void One_of_the_evacuees_in_apposition_is_a_person_who_speaks()
    {
        var body = "Sementara itu Sumarto, salah satu pengungsi banjir mengatakan ia masih khawatir.\n\n\u201CKami ikuti saran pemerintah,\u201D pungkasnya.";
        Assert.Equal(new[] { "Sumarto" }, People(body));
        Assert.Equal(new[] { "Sumarto" }, Speakers(body));
    }

    [Fact]
    public void An_age_in_parentheses_may_carry_its_unit()
        => Assert.Equal(new[] { "Darto" }, People("Ketika itu pemuda bernama Darto ( 24th,) diduga mabuk di jalan."));

    [Fact]
    public void A_one_word_name_with_sendiri_before_a_verb_of_saying_is_a_person()
        => Assert.Equal(new[] { "Wiryanto" }, People("Kedua kelompok sepakat damai. Wiryanto sendiri menegaskan akan menindak tegas."));

    [Theory]
    // a cue misspelled, before a person the article names: the word is the verb, the person the speaker
    [InlineData("Kepala Divisi Usaha PDAM Sukamaju, Rina Dewi Lestari menyampaikan kerja sama itu penting.\n\n\u201CKami berharap banyak,\u201D kta Rina Dewi, Sabtu (2/3/2024).", "kta", "Rina Dewi Lestari")]
    // a Balinese name after the word in the cue's place
    [InlineData("Tim kuasa hukum akan mengajukan banding.\n\n\u201CKami kecewa dengan putusan itu,\u201D ungakp I Nyoman Sudarsa kepada wartawan.", "ungakp", "I Nyoman Sudarsa")]
    public void A_word_in_the_cue_place_before_a_person_is_the_verb(string body, string verb, string speaker)
    {
        var q = TestText.Extract("Judul Berita Uji\n\nSukamaju, Kabar - " + body + "\n").Quotes[0];
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(verb, q.Verb);
        Assert.Equal(new[] { speaker }, q.Speakers.ToArray());
    }

    [Fact]
    public void A_word_in_the_cue_place_before_a_place_gives_no_speaker()
        => Assert.NotEqual(QuoteKind.Direct, TestText.Extract("Judul Berita Uji\n\nSukamaju, Kabar - Warga menunggu bantuan.\n\n\u201CKami butuh air bersih,\u201D tulisan spanduk Sukamaju.\n").Quotes[0].Kind);
}
