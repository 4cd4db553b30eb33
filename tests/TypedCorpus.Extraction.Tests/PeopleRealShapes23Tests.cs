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

    [Fact]
    public void A_name_with_its_origin_in_apposition_opening_the_report_is_a_person_its_short_form_the_speaker()
    {
        var a = Article("Wahyu Sabila Nur Ikhsan, asal Mojorejo, Kecamatan Jetis, siswa kelas VIII, meraih medali emas olimpiade sains.",
                        "Kepada wartawan, Wahyu mengatakan dia hanya mencoba. \"Saya senang membaca,\" sambung Wahyu.");
        Assert.Contains("Wahyu Sabila Nur Ikhsan", a.People);
        Assert.Equal(new[] { "Wahyu Sabila Nur Ikhsan" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_thing_opening_a_later_sentence_with_its_origin_is_no_person()
        => Assert.Empty(PeopleOf("Harga mobil naik lagi. Produk Toyota Avanza, asal Jepang, tetap laris di pasaran."));

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
}
