using TypedCorpus.Extraction;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>
/// Speakers named through asides, titles with periods and relatives; sources written in lower case (texts written for each
/// rule, with invented names and places).
/// </summary>
public class SpeakerAsideTests
{
    private static ArticleModel Article(string body) => TestText.Extract("Judul Berita Uji\n\nSurabaya, Kabar - " + body + "\n");

    private static string[] Speakers(string body, int quote = 0) => Article(body).Quotes[quote].Speakers.ToArray();

    [Theory]
    // titles written with their periods between the office and the holder's name
    [InlineData("Presiden Republik Sukamaju Ir. H. Bagus Sutomo (Bagus) dan Perdana Menteri Ali Rahman membahas perbatasan.\n\n"
        + "\"Kita telah bersepakat,\" ungkap Presiden di Istana Negara, Senin.", "Bagus Sutomo")]
    // a title in two glued parts ("Dr.Eng."): its second part is no holder of the office
    [InlineData("Kampus itu menandatangani MoU. Ditandatangani oleh Rektor Institut Sukamaju Prof. Dr.Eng. Ir. Bagus Sutomo, M.SEE dan Direktur PT Maju, Rudi Hartono.\n\n"
        + "\"Kami harus bekerja sama,\" kata rektor, Rabu (31/03/2021).", "Bagus Sutomo")]
    // "Wakil Bupati" holds another office than "Bupati"
    [InlineData("MoU ditandatangani oleh Bupati Sukamaju Arif Wibowo, disaksikan Wakil Bupati Sukamaju Danu Prasetyo.\n\n"
        + "\"Kami mengimbau semua pihak taat aturan,\" kata Bupati.", "Arif Wibowo")]
    // an office written as one short word ("Penjagub", an acting governor) before the short name
    [InlineData("Penjabat Gubernur Tomi Lasena menengahi persoalan harga.\n\n\"Perusahaan membeli dengan bagi hasil,\" kata Penjagub Tomi saat memimpin rapat.", "Tomi Lasena")]
    public void AnOfficeNamesItsHolder(string body, string speaker)
        => Assert.Equal(new[] { speaker }, Speakers(body));

    [Theory]
    // how the reporter reached the person stands between the name and the verb of saying
    [InlineData("Kepala Seksi Surveilans Dinas Kesehatan Kabupaten Sleman Warsini dikonfirmasi Jumat (29/12) mengatakan warga keracunan.\n\n"
        + "\"Warga mengeluh sakit perut,\" katanya.", "Warsini")]
    // … written apart ("di konfirmasi"), after "saat"; the office's place is named after a unit in lower case
    [InlineData("Puluhan warga di desa Mekar, kecamatan Wanasari, keracunan makanan.\n\n"
        + "Kapolpos Wanasari Bagus Sutomo saat di konfirmasi via telepon membenarkan kejadian itu.\n\n\"Ada 43 orang dirawat,\" ucapnya.", "Bagus Sutomo")]
    // … and makes the name a person: the subject of the verb of saying
    [InlineData("Puluhan warga keracunan makanan.\n\nSementara itu, Bagus Sutomo saat di konfirmasi via telepon mengatakan kejadian itu benar.\n\n"
        + "\"Ada 43 orang dirawat,\" ucapnya.", "Bagus Sutomo")]
    // a lower-case representative and the group it speaks for
    [InlineData("Perwakilan ojek, Hamdan Saleh mengatakan ada lima butir kesepakatan. \"Kita setuju,\" katanya.\n\n"
        + "Sementara itu, Rudi Harsono perwakilan sopir angkot mengatakan juga sepakat untuk berdamai.\n\n\"Ya intinya sudah disepakati,\" jelasnya.", "Rudi Harsono", 1)]
    // the name closes an aside between commas ("melalui juru bicaranya …,") before the verb of saying: the body speaks through it
    [InlineData("Fraksi Nasdem diwakili oleh Bobi Jayadi.\n\nFraksi Nasdem, melalui juru bicaranya Bobi Jayadi, menyatakan dukungan penuh.\n\n"
        + "\"Kami menyetujui rancangan ini,\" ujarnya.", "Bobi Jayadi")]
    public void AnAsideBeforeTheVerbKeepsTheSpeaker(string body, string speaker, int quote = 0)
        => Assert.Equal(new[] { speaker }, Speakers(body, quote));

    [Fact]
    public void A_degree_before_the_apposition_keeps_the_full_name()
        => Assert.Equal(new[] { "Abdul Warsito" }, Speakers("Abdul Warsito PhD, Plt Kepala Pusat Data BNPB mengatakan, banjir sudah surut.\n\n"
            + "\"Air sudah surut sekarang,\" ujar Warsito, Kamis (21/10)."));

    [Fact]
    public void A_name_after_a_relation_noun_is_the_relative_not_the_speaker()
        => Assert.Empty(Speakers("Jaksa Ratna Siregar meninggalkan ruang sidang.\n\n"
            + "\"Mana ini katanya suruh tunggu,\" ucap seorang jaksa wanita yang merupakan rekan Ratna, saat bertanya kepada wartawan."));

    [Fact]
    public void An_offices_short_form_in_brackets_is_no_speaker_its_holder_after_the_long_title_is()
        => Assert.Equal(new[] { "Abdul Jawad Sutrisno" }, Speakers("Tim binaraga meraih dua emas.\n\n\"Persiapan panjang terbayar,\" jelas manajer tim sekaligus Ketua Pengurus Provinsi "
            + "(Pengprov) Persatuan Binaraga Indonesia (PBI) Sukamaju Barat Abdul Jawad Sutrisno."));

    [Theory]
    [InlineData("\"Air sudah surut,\" terang Pramono seperti dikutip beritacom, Minggu (29/11/20).", "beritacom")]
    [InlineData("\"Kita telah bersepakat,\" ungkap Pramono dikutip dari kabarsukamaju.com, Senin.", "kabarsukamaju.com")]
    [InlineData("\"Haji milik kita bersama,\" ujarnya, dilansir haji.sukamaju.go.id.", "haji.sukamaju.go.id")]
    public void A_source_written_in_lower_case_as_its_web_name_is_the_via(string body, string via)
        => Assert.Equal(via, Article(body).Quotes[0].Via);
}
