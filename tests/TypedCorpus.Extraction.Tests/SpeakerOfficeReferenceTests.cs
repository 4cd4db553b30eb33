using System.Linq;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Speakers named by an office, a short form or a well-known short name, resolved to the holder the article names; invented names.</summary>
public class SpeakerOfficeReferenceTests
{
    private static string[] Speakers(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - " + string.Join("\n\n", paragraphs)).Quotes.Last().Speakers.ToArray();

    [Theory]
    [InlineData("Wakil Bupati Cibaru, Irwan Tarmizi mengatakan festival akan digelar pekan depan.", "Wabup menambahkan, acara ini diikuti seluruh kabupaten.", "Irwan Tarmizi")]
    [InlineData("Wakil Gubernur Sukamaju Barat, Dewi Lestari Hasan, meninjau lokasi banjir.", "Wagub menegaskan, bantuan segera dikirim.", "Dewi Lestari Hasan")]
    [InlineData("Kepala Desa Cibaru Rudi Hartono mengatakan jalan itu rusak.", "Kades menambahkan, perbaikan dimulai pekan depan.", "Rudi Hartono")]
    public void An_office_written_short_as_a_subject_speaks_for_its_holder(string intro, string office, string holder)
        => Assert.Equal(new[] { holder }, Speakers(intro, office, "“Semua sudah siap,” terangnya."));

    [Theory]
    [InlineData("Rudi Sinaga, selaku Ketua Panitia Piala Camat, mengungkapkan hal itu usai rapat.", "Ketua Panitia juga menegaskan bahwa rapat dihadiri semua tim.", "Rudi Sinaga")]
    [InlineData("Hal itu disampaikan Dewi Lestari, Ketua Koperasi Sumber Makmur, kemarin.", "Ketua juga menjelaskan bahwa simpanan anggota naik.", "Dewi Lestari")]
    public void An_office_held_in_apposition_after_the_name_names_its_holder(string intro, string office, string holder)
        => Assert.Equal(new[] { holder }, Speakers(intro, office, "“Pertandingan awal digelar Minggu,” ungkapnya."));

    [Fact]
    public void An_office_held_in_apposition_by_two_persons_names_nobody()
        => Assert.Empty(Speakers("Rudi Sinaga, selaku Ketua Panitia, hadir.", "Dewi Lestari, Ketua Koperasi, juga hadir.", "Ketua juga menjelaskan bahwa rapat lancar.", "“Semua lancar,” ungkapnya."));

    [Fact]
    public void A_well_known_short_name_after_an_office_is_the_person_not_a_place()
        => Assert.Equal(new[] { "Joko Widodo" }, Speakers("Presiden Joko Widodo bertemu Presiden Xi Jinping. Presiden Jokowi mendorong kerja sama.",
            "“Momentum ini harus kita manfaatkan,” ujar Presiden Jokowi."));

    [Fact]
    public void An_office_names_the_holder_introduced_before_the_quote_not_one_named_later()
    {
        var a = TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - Bupati Cibaru Ratna Kusumadewi membuka pameran hasil bumi di Cibaru, Senin.\n\n"
            + "“Pameran ini kami gelar setiap tahun,” kata Bupati dalam sambutannya.\n\n"
            + "Hadir pula Bupati Lembahsari Dodi Kurniawan dan sejumlah kepala dinas dari Lembahsari.\n\n"
            + "“Semua stan sudah penuh,” ujar Bupati kemudian.\n");
        Assert.Equal(new[] { "Ratna Kusumadewi" }, a.Quotes[0].Speakers);
        // after the second holder is introduced, the office names either of them: nobody
        Assert.Empty(a.Quotes[1].Speakers);
    }

    [Fact]
    public void An_office_with_a_body_s_short_name_speaks_for_the_holder_named_after_titles()
        => Assert.Equal(new[] { "Hendra Wijaya" }, Speakers(
            "Universitas Bahari Lestari (Unbala) menjalin kerja sama riset. Kerja sama itu diteken Rektor Unbala, Prof. Hendra Wijaya, Jumat.",
            "Rektor Unbala mengatakan, kerja sama ini berfokus pada pertukaran dosen. “Kami memperluas jaringan,” katanya."));

    [Theory]
    [InlineData("Asisten pelatih Yohanes Tingang memaparkan kebugaran pemain.")]
    [InlineData("Calon pelatih Yohanes Tingang memaparkan kebugaran pemain.")]
    public void An_assistant_or_a_candidate_does_not_hold_the_office_itself(string other)
    {
        var a = TestText.Extract("Judul Berita Uji\n\nSurabaya, Kabar - " + other + "\n\n"
            + "Salah satu nama yang dicoret adalah penyerang Rafli Hasibuan. \"Saya paham suporter kecewa,\" ucap sang pelatih.\n");
        Assert.Empty(a.Quotes.Single().Speakers);
    }
    [Fact]
    public void An_office_with_its_anaphor_is_the_one_person_the_article_gave_those_office_words()
        => Assert.Equal(new[] { "Iskandar Nasution" }, Speakers(
            "Kepala Pelaksana BPBD Sumsel Iskandar Nasution mengatakan titik panas bertambah.",
            "Prakirawan BMKG, Nur Hidayati Kusuma, memperkirakan hujan baru turun akhir September.",
            "\"Kami minta semua pihak menahan diri,\" tegas Kepala Pelaksana BPBD Sumsel itu."));

    [Fact]
    public void Menurut_and_an_office_ascribe_a_fragment_to_its_holder_not_to_a_group_owning_a_thing()
        => Assert.Equal(new[] { "I Made Suarjana" }, Speakers(
            "Kapolres Rote Ndao, AKBP I Made Suarjana, memimpin evakuasi bersama Letda Laut Hendrikus Benu.",
            "Menurut Kapolres, warga pesisir ikut membantu dengan perahu motor mereka \u201Ctanpa menunggu aba-aba\u201D dari petugas."));
    [Fact]
    public void Sang_and_an_office_in_small_letters_is_the_one_person_given_an_office_opening_with_those_words()
        => Assert.Equal(new[] { "Ahmad Syarifuddin" }, Speakers(
            "Kepala Suku Dinas Pendidikan Wilayah II, H. Ahmad Syarifuddin, M.Pd., mengatakan timnya telah turun ke sekolah.",
            "Ironisnya, sekolah itu tahun lalu menyandang predikat \u201CSekolah Ramah Anak\u201D dari Pemerintah Provinsi.",
            "\u201CKalau terbukti ada pembiaran, guru akan kami beri sanksi,\u201D ujar sang kepala suku dinas."));
}

/// <summary>A place's compass word written in small letters after an office's place: the place is no person.</summary>
public class SpeakerPlaceDirectionTests
{
    private static string[] Speakers(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - " + string.Join("\n\n", paragraphs)).Quotes.Last().Speakers.ToArray();

    [Theory]
    [InlineData("Tanjung Jabung", "barat")]
    [InlineData("Tapanuli", "tengah")]
    public void A_place_completed_by_a_compass_word_in_small_letters_is_no_speaker(string place, string direction)
    {
        var speakers = Speakers($"Ketua DPRD kabupaten itu, Budiman Saleh, mendampingi bupati.", $"“Kita baru saja menandatangani nota kesepahaman,” ujar Ketua DPRD {place} {direction}.");
        Assert.DoesNotContain(place, speakers);
    }

    [Fact]
    public void A_name_before_a_compass_word_that_makes_no_place_stays_a_name()
        => Assert.Equal(new[] { "Budiman Saleh" }, Speakers("“Kita baru saja menandatangani nota kesepahaman,” ujar Budiman Saleh barat kantor desa."));

}
