using System.Linq;
using Xunit;
using static TypedCorpus.Extraction.Tests.InventedArticle;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Shapes of real pages, each written anew with invented names: a name before its office, places in long office runs, glued prepositions.</summary>
public class PeopleRealShapes21Tests
{
    [Theory]
    [InlineData("Sementara itu, Rina Wulandari Kepala Desa Sukamaju mengatakan warga sudah siap.", "Sukamaju")]
    [InlineData("Sementara itu, Bagus Pranoto Camat Sukajadi mengatakan warga sudah siap.", "Sukajadi")]
    public void A_name_right_before_its_office_and_place_is_the_holder_and_the_place_is_nobody(string opening, string place)
    {
        var a = Article("Warga berkumpul di balai desa sejak pagi.", opening, "\"Semoga semuanya berjalan lancar,\" tambahnya.");
        var holder = opening.Split(", ")[1].Split(' ').Take(2);
        Assert.Equal(new[] { string.Join(" ", holder) }, a.People.ToArray());
        Assert.DoesNotContain(place, a.People);
        Assert.Equal(new[] { string.Join(" ", holder) }, a.Quotes.Single().Speakers.ToArray());
    }

    [Theory]
    // a document named after an office
    [InlineData("Penyidikan berdasarkan Surat Perintah Kepala Kejaksaan Negeri Kabupaten Sukamaju Nomor: Print-572/M.3.43 tanggal 3 Juli.", new string[0])]
    // the office names its own holder after its body: the words before it are a field, not a name
    [InlineData("Hadir pula Urban Environment Officer USAID Ryan Weddle dalam acara itu.", new[] { "Ryan Weddle" })]
    public void Words_before_an_office_are_no_holder_where_they_name_a_document_or_a_field(string sentence, string[] people)
        => Assert.Equal(people, Article(sentence, "\"Semua sudah siap,\" katanya.").People.ToArray());

    [Fact]
    public void A_name_cut_from_a_long_office_run_does_not_start_with_a_place_of_the_article()
    {
        var a = Article("Sementara itu, Ketua Takmir Masjid Taqwa Ngemplak Gebang Suparno mengatakan pengajian berjalan lancar. Pengajian digelar di Dukuh Ngemplak, Desa Gondang, Kecamatan Gebang.",
                        "\"Semoga membawa berkah,\" jelasnya.");
        Assert.Equal(new[] { "Suparno" }, a.People.ToArray());
        Assert.Equal(new[] { "Suparno" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Theory]
    [InlineData("Yana, Pengelola Pantai Cipanon, di Desa Tanjung Jaya, mengatakan, wisatawan naik hingga 70 persen.")]
    [InlineData("Yana, pengelola pantai, mengatakan wisatawan naik hingga 70 persen.")]
    public void A_manager_in_apposition_makes_a_one_word_name_a_person_and_the_subject(string opening)
    {
        var a = Article(opening, "\"Sekarang membludak,\" katanya saat ditemui wartawan.");
        Assert.Equal(new[] { "Yana" }, a.People.ToArray());
        Assert.Equal(new[] { "Yana" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Theory]
    [InlineData("disepanjang")]
    [InlineData("disekitar")]
    [InlineData("dikawasan")]
    public void A_preposition_glued_to_its_noun_before_a_place_is_no_passive_naming_a_stranger(string glued)
    {
        var a = Article("Andi (35), penjaga loket di pantai itu, mengatakan pengunjung mulai ramai. \"Pengunjung meningkat,\" katanya kepada wartawan.",
                        $"Menurutnya, pada hari biasa kawasan pantai {glued} Merak Belantung itu sepi. \"Untuk libur ini sudah lebih dari 100 pengunjung,\" ujar pria bertopi ini.");
        Assert.Equal(new[] { "Andi" }, a.Quotes.Last().Speakers.ToArray());
    }

    [Fact]
    public void A_passive_verb_before_a_name_still_names_a_stranger_whom_a_described_speaker_may_be()
    {
        var a = Article("Andi (35), penjaga loket di pantai itu, mengatakan pengunjung mulai ramai. \"Pengunjung meningkat,\" katanya kepada wartawan.",
                        "Menurutnya, pantai itu dikunjungi Rahmat Hidayat kemarin. \"Untuk libur ini sudah lebih dari 100 pengunjung,\" ujar pria bertopi ini.");
        Assert.Empty(a.Quotes.Last().Speakers);
    }

    [Theory]
    [InlineData("Kuncinya")]
    [InlineData("Harapannya")]
    public void A_long_word_closing_with_nya_after_a_quote_is_no_speaker(string word)
    {
        var a = Article("Saat pelantikan itu Mayjen Rahmat Hidayat menyampaikan pesan kepada prajurit.",
                        $"\"Jadilah prajurit yang profesional, rendah hati dan sopan\", {word}.");
        Assert.DoesNotContain(word, a.People);
        Assert.DoesNotContain(word, a.Quotes.Single().Speakers);
    }

    [Fact]
    public void A_name_in_brackets_is_no_person_the_next_quotation_goes_on_with()
    {
        var a = Article("Sementara itu salah satu orang tua siswa Burhanuddin (49) tahun yang berpenghasilan tani menyampaikan terima kasih kepada Pangdam yang telah mendidik anaknya (Prada Faisal) menjadi anggota TNI. \"Terima kasih pak, semoga anak saya bertugas dengan baik\".");
        Assert.DoesNotContain("Faisal", a.Quotes.Single().Speakers);
    }
}
