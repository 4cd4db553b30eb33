using System.Linq;
using Xunit;
using static TypedCorpus.Extraction.Tests.InventedArticle;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Sentences written to break the rules of PeopleRealShapes24/25Tests: where they must not fire.</summary>
public class RealShapeGuards24Tests
{
    [Theory]
    [InlineData("Ratusan siswa SMP Kanisius, Gebog, mengikuti lomba baris-berbaris.")]
    [InlineData("Petugas Puskesmas Tiron, Gebog, mengikuti apel pagi.")]
    [InlineData("Para pekerja PT Sinar Abadi, Kaliwungu, menggelar aksi damai.")]
    public void A_one_word_place_after_a_noun_of_persons_and_its_body_is_no_person(string sentence)
        => Assert.Empty(PeopleOf(sentence));

    [Fact]
    public void A_described_man_with_a_nickname_is_not_the_victim_named_before()
    {
        var a = Article("Korban, Darto (45), ditemukan tewas di sungai.",
                        "Jasad korban pertama kali dilihat oleh seorang pencari rumput.",
                        "\"Saya kaget melihat ada orang mengambang di sungai,\" kata pria yang akrab disapa Ucok ini.");
        Assert.Empty(a.Quotes.Single().Speakers);
    }

    [Theory]
    [InlineData("Acara dihadiri Camat Gebog, Ustaz Ahmad Fauzi dan para tokoh agama.")]
    [InlineData("Acara dihadiri Camat Gebog, Ustaz Ahmad Fauzi serta tokoh pemuda.")]
    public void A_titled_guest_after_an_unnamed_office_in_a_list_does_not_hold_it(string sentence)
    {
        var a = Article(sentence, "\"Kami siap menjaga keamanan,\" kata Camat Gebog.");
        Assert.DoesNotContain("Ahmad Fauzi", a.Quotes.Single().Speakers);
    }

    [Theory]
    [InlineData("\"Romo Paroki ini sangat dekat dengan umat,\" kata Ketua Dewan Paroki, Yohanes Budi.", "Paroki")]
    [InlineData("\"Kita harus menjaga Ibu Pertiwi ini,\" kata Ketua Panitia, Agus Salim.", "Pertiwi")]
    public void A_title_and_a_common_noun_taken_up_by_ini_is_no_person(string paragraph, string word)
    {
        var a = Article("Perayaan itu digelar di halaman gereja.", paragraph);
        Assert.DoesNotContain(word, a.People);
        Assert.DoesNotContain(word, a.Quotes.Single().Speakers);
    }

    [Theory]
    [InlineData("\"Kami sudah lama menunggu,\" kata Rina Wati saat ditemui di rumahnya di Perumahan Griya Asri, Tlogo Mulyo.", "Tlogo Mulyo")]
    [InlineData("\"Acara ini meriah sekali,\" ujar Rina Wulandari usai menonton pertunjukan grup musik, Nada Cinta.", "Nada Cinta")]
    public void A_name_after_the_comma_of_a_named_speakers_aside_is_no_person(string paragraph, string name)
        => Assert.DoesNotContain(name, PeopleOf("Warga memadati lapangan desa.", paragraph));

    [Fact]
    public void A_schools_place_of_two_words_does_not_cut_a_persons_name()
    {
        var a = Article("Lomba itu diikuti siswa SMPN 1 Tanjung Sari.",
                        "Juara pertama diraih Sari Wulandari, siswi kelas IX.",
                        "\"Saya senang sekali,\" kata Sari Wulandari.");
        Assert.Equal(new[] { "Sari Wulandari" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Theory]
    [InlineData("Tulisan pertama berjudul \"Sang Penjaga Sungai\" (Kisah).")]
    [InlineData("Layanan itu bernama \"Sukamaju Melayani\". pesan singkat dikirim ke warga.")]
    public void A_quoted_label_before_a_word_in_brackets_or_a_small_letter_cue_stays_a_term(string paragraph)
        => Assert.Equal(QuoteKind.Term, Article("Redaksi membuka rubrik baru tentang tokoh desa.", paragraph).Quotes.Single().Kind);

    [Fact]
    public void A_time_and_an_event_before_warga_are_no_name()
        => Assert.Empty(PeopleOf("Saat Malam Takbiran warga berkeliling kampung membawa obor."));
}
