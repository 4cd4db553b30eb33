using System.Linq;
using Xunit;
using static TypedCorpus.Extraction.Tests.InventedArticle;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Shapes of real pages, each written anew with invented names: a name alone after a quote, origins, places before holders.</summary>
public class PeopleRealShapes23Tests
{
    [Fact]
    public void A_persons_short_name_alone_after_the_quotes_comma_is_the_speaker()
    {
        var a = Article("Kontingen itu disambut Kepala Dinas Pendidikan Sukamaju, Moh Rahmat Hidayat SPd, di kantornya.",
                        "\"Alhamdulillah atas capaian kontingen kita. Dengan tujuh medali emas ini kita bangga,\" Rahmat.");
        var q = a.Quotes.Single();
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(new[] { "Moh Rahmat Hidayat" }, q.Speakers.ToArray());
    }

    [Fact]
    public void A_word_alone_after_the_quotes_comma_that_names_nobody_of_the_article_names_no_speaker()
    {
        var a = Article("Kontingen itu disambut Kepala Dinas Pendidikan Sukamaju, Moh Rahmat Hidayat SPd, di kantornya.",
                        "Warga lain ikut menyambut. \"Kami bangga sekali dengan capaian ini,\" Sukamaju.");
        Assert.DoesNotContain("Sukamaju", a.Quotes.Single().Speakers);
    }

    [Theory]
    [InlineData("Terkait hal itu Kepala Desa Tiron, Sutoyo bersama petugas puskesmas memeriksa kesehatan lansia.")]
    [InlineData("Terkait hal itu Babinsa Desa Tiron, Kodim 0803/Madiun Sertu Sutoyo bersama petugas puskesmas memeriksa kesehatan lansia.")]
    public void The_word_after_a_village_office_before_its_holder_in_apposition_is_the_village(string sentence)
    {
        var a = Article(sentence, "\"Kesehatan lansia harus dijaga,\" pungkasnya.");
        Assert.Equal(new[] { "Sutoyo" }, a.People.ToArray());
        Assert.Equal(new[] { "Sutoyo" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void An_office_with_its_unit_after_a_holders_comma_opens_another_holder_not_an_apposition()
        => Assert.Equal(new[] { "Anang Pramudya", "Herman Suryadi" },
            PeopleOf("Hadir dalam upacara itu Sekda Kabupaten Sumedang Herman Suryadi, Kasdim 0610/Sumedang Mayor Inf Anang Pramudya dan para pejabat.").OrderBy(n => n).ToArray());

    [Fact]
    public void A_holder_listed_before_others_with_their_degrees_stays_a_person()
        => Assert.Contains("Sutrisno", PeopleOf("Hadir dalam acara itu Kepala Dinas Pendidikan Sutrisno, Rahmat Hidayat SPd, dan Agus Salim MPd."));

    [Fact]
    public void A_surname_alone_after_the_quote_that_two_persons_share_names_nobody()
    {
        var a = Article("Rapat dihadiri Ketua Panitia Budi Santoso dan Bendahara Agus Santoso.",
                        "\"Semua dana sudah kami laporkan,\" Santoso.");
        Assert.Empty(a.Quotes.Single().Speakers);
    }

    [Theory]
    [InlineData("Budi Santoso Kepala Dinas Pendidikan mengatakan sekolah siap dibuka.", "Budi Santoso")]
    [InlineData("Rina Wati Ketua Panitia mengatakan lomba dibuka besok.", "Rina Wati")]
    public void A_name_right_before_an_office_that_names_no_holder_is_its_holder(string sentence, string person)
    {
        var a = Article(sentence, "\"Semua sudah siap,\" katanya.");
        Assert.Equal(new[] { person }, a.People.ToArray());
        Assert.Equal(new[] { person }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_word_of_saying_opening_a_sentence_that_has_a_verb_of_its_own_is_no_cue()
    {
        var a = Article("Pameran itu dibuka Bupati Sukamaju Rahmat Hidayat.",
                        "\"Festival ini milik warga\". Kisah Sutrisno Wibowo, perajin batik, menjadi sorotan pengunjung.");
        Assert.DoesNotContain("Sutrisno Wibowo", a.Quotes.Single().Speakers);
    }

    [Fact]
    public void A_player_of_a_character_described_after_the_cue_points_back_to_the_speaker()
    {
        var a = Article("Ketua Panitia Lomba, Christo Jonathan mengatakan final digelar sore ini. \"Tim putri bertanding pukul 16.00,\" sebut pemeran Ence di kanal Kaboax ini.");
        Assert.Equal(new[] { "Christo Jonathan" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_quoted_title_the_article_also_writes_unquoted_is_a_term()
    {
        var a = Article("Ratusan peserta mengikuti audisi Bintang Pantura di Surabaya, Minggu.",
                        "Terpisah, Kepala Divisi Acara Rahmat Hidayat menambahkan, melalui \"Bintang Pantura\" yang digelar stasiun itu musik dangdut makin dikenal.");
        var q = a.Quotes.Single();
        Assert.Equal(QuoteKind.Term, q.Kind);
        Assert.Empty(q.Speakers);
    }

    [Fact]
    public void A_long_quotation_standing_as_its_own_sentence_is_speech_though_its_first_letter_is_small()
    {
        var a = Article("Hampir 90 persen diakui Rahmat Hidayat, sumur warga mengering meski hujan sempat turun. \"hujan baru dua atau tiga kali, belum mampu, meski sumur warga sudah didalamkan\"");
        var q = a.Quotes.Single();
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(new[] { "Rahmat Hidayat" }, q.Speakers.ToArray());
    }

    [Theory]
    [InlineData("Kasek")]
    [InlineData("Kepsek")]
    public void The_head_of_a_school_named_by_its_short_name_and_number_is_the_one_a_later_kepsek_points_to(string shortOffice)
    {
        var a = Article("Kepala SMPN 1 Sleman Rina Wulandari MPd mengaku bangga atas capaian pelajarnya.",
                        "Siswa lain, Budi, juga meraih medali perak.",
                        $"\"Kami punya program ekstrakurikuler akademik,\" ungkap {shortOffice}.");
        Assert.Equal(new[] { "Rina Wulandari" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Theory]
    [InlineData("Ironisnya Rahmat Hidayat mengaku tidak tahu soal itu.", "Rahmat Hidayat")]
    [InlineData("Sayangnya Rahmat Hidayat mengaku tidak tahu soal itu.", "Rahmat Hidayat")]
    // a name that ends so stays whole
    [InlineData("Sukanya Ratchanok mengaku tidak tahu soal itu.", "Sukanya Ratchanok")]
    public void A_sentence_adverb_in_nya_written_without_its_comma_is_no_part_of_the_name_after_it(string sentence, string person)
        => Assert.Equal(new[] { person }, Article(sentence, "\"Saya baru dengar,\" katanya.").Quotes.Single().Speakers.ToArray());

    [Fact]
    public void A_short_name_two_introduced_persons_share_is_the_one_the_article_speaks_of()
    {
        var a = Article("Sebelumnya, pendiri komunitas peretas, Teguh Aprianto, sempat mencuit soal kebocoran itu.",
                        "Di sisi lain, Dirjen Kependudukan Teguh Setyabudi mengatakan format data yang bocor berbeda.",
                        "\"Format elemen data tidak sama dengan yang ada di database,\" kata Teguh kepada wartawan.");
        Assert.Equal(new[] { "Teguh Setyabudi" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_short_name_two_introduced_persons_share_names_nobody_when_the_article_speaks_of_neither()
    {
        var a = Article("Sebelumnya, pendiri komunitas peretas, Teguh Aprianto, sempat mencuit soal kebocoran itu.",
                        "Di sisi lain, Dirjen Kependudukan Teguh Setyabudi mengatakan format data yang bocor berbeda.",
                        "Menteri Dalam Negeri Rina Wulandari meminta warga tenang.",
                        "\"Format elemen data tidak sama dengan yang ada di database,\" kata Teguh kepada wartawan.");
        Assert.Empty(a.Quotes.Single().Speakers);
    }
}
