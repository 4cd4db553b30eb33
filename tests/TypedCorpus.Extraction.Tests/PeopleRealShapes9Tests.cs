using System.Linq;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Name shapes met on real pages (sets 7 and 8; round 9): offices, pairs, streets, degrees; texts written for each rule, invented names.</summary>
public class PeopleRealShapes9Tests
{
    private static string[] People(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - " + string.Join("\n\n", paragraphs)).People.OrderBy(p => p, System.StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("Sidang itu dihadiri Panitera Wulan Kusumawati dan pengunjung.", "Wulan Kusumawati")]
    [InlineData("Nota itu diteken bersama Administrator KPH Cibaru Timur, Rudi Hartono di ruang rapat.", "Rudi Hartono")]
    [InlineData("Kepala Dinkes Kabupaten Sukamaju, drg. Rudiyanto melalui stafnya menjelaskan kasus itu.", "Rudiyanto")]
    public void Court_clerks_administrators_and_lower_case_titles_with_a_period_introduce_a_name(string text, string name)
        => Assert.Equal(new[] { name }, People("Warga berkumpul sejak pagi.", text));

    [Theory]
    [InlineData("Kepala Bagian (Kabag) Tata Pemerintahan (Tapem) Setda Kulon Progo, Rudi Hartono, mengatakan mediasi berjalan.")]
    [InlineData("Hadir pula Kepala Sekolah SMAN 1 Sukarena, Rudi Hartono. Pertemuan di ruang guru SMAN 1 Sukarena itu berjalan lancar.")]
    public void Words_after_a_body_are_its_place_when_the_holder_follows_in_apposition(string text)
        => Assert.Equal(new[] { "Rudi Hartono" }, People(text));

    [Theory]
    [InlineData("Hal itu diungkap keluarga terdakwa Rudiyanto saat ditemui di PN Cibaru, Jl Ap Sukarena, Kamis.")]
    public void A_run_opened_by_a_street_word_names_a_street(string text)
        => Assert.Equal(new[] { "Rudiyanto" }, People(text));

    [Fact]
    public void A_degree_whose_last_period_is_left_out_before_a_comma_makes_the_name_a_person()
        => Assert.Equal(new[] { "Sukarno Adi" },
            People("Perusahaan itu, melalui pengelolanya, Sukarno Adi, S.E, berkomitmen melepas lahan tersebut."));

    [Fact]
    public void Ranked_persons_in_a_list_are_no_office_in_apposition()
        => Assert.Equal(new[] { "Rudi Hartono", "Tigor Sembiring" },
            People("Petugas yang dipimpin Iptu Darmawan Saleh, dibantu Aiptu Rudi Hartono, Bripka Tigor Sembiring, segera ke lokasi.").Except(new[] { "Darmawan Saleh" }).ToArray());

    [Fact]
    public void The_holder_after_a_companys_closing_suffix_is_a_person()
        => Assert.Equal(new[] { "Fadli Saputra Ade" },
            People("Nota itu diteken Kepala Departemen Pengadaan PT Semen Sukamaju (Persero) Tbk Fadli Saputra Ade."));

    [Theory]
    [InlineData("Rapat itu dihadiri anggota KPU Rudiyanto dan Hartawan Bersama sekretaris KPU.", new[] { "Hartawan", "Rudiyanto" })]
    [InlineData("Hakim ketua Budi Santosa didampingi hakim anggota Darmawiyanto dan Rina Kusumawati melanjutkan sidang.", new[] { "Budi Santosa", "Darmawiyanto", "Rina Kusumawati" })]
    [InlineData("Sidang dihadiri Penuntut Umum Kejari Cibaru, Rina Kusumawati dan Wahyu Santosa Putra, serta penasihat hukum terdakwa.", new[] { "Rina Kusumawati", "Wahyu Santosa Putra" })]
    public void A_name_joined_by_dan_to_an_office_holder_shares_the_office(string text, string[] names)
        => Assert.Equal(names, People(text));

    [Fact]
    public void A_one_word_name_paired_after_a_lower_case_noun_may_be_a_place()
        => Assert.Empty(People("Tokoh pemuda Kelapa Tiga dan Sukarena hadir dalam mediasi."));

    [Fact]
    public void A_name_paired_with_a_place_of_the_article_is_a_place()
        => Assert.Empty(People("Warga Desa Segala Baru berkumpul.", "Hadir pula Sekdes, BPD dan BKD Segala Baru dan Ketarem serta tokoh agama."));

    [Theory]
    [InlineData("Tiga paslon hadir, yaitu nomor urut 1 Darmawiyanto dan Sukiman, Paslon nomor urut 2, Hartawan dan Rustamaji.", new[] { "Darmawiyanto", "Hartawan", "Rustamaji", "Sukiman" })]
    [InlineData("Baliho pasangan calon bupati dan wakil bupati, Hartawan – Rustamaji dirusak orang.", new[] { "Hartawan", "Rustamaji" })]
    public void Candidates_paired_by_dan_or_a_spaced_dash_after_their_number_or_description_are_persons(string text, string[] names)
        => Assert.Equal(names, People(text));

    [Fact]
    public void A_sentence_opening_with_an_office_described_at_length_introduces_the_holder_in_apposition()
    {
        var a = TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - Kuasa hukum keempat terdakwa dalam perkara pencurian ternak dan penganiayaan seorang bocah (13) asal Cibaru Hilir, Rudiyanto, meminta hakim menunda putusan.\n\nMenurut Rudiyanto, dakwaan itu lemah.");
        Assert.Equal(new[] { "Rudiyanto" }, a.IntroducedShortNames.ToArray());
    }

    [Fact]
    public void A_water_companys_short_name_with_a_period_is_no_person()
        => Assert.DoesNotContain("Perumda", People("Kemarin Direktur Utama Perumda. Air Minum \"Tirta Sejati\" Kabupaten Sukamaju, Rudi Hartono, menandatangani nota itu."));

    [Fact]
    public void A_name_introduced_by_a_long_office_stays_as_written_beside_a_fuller_name_elsewhere()
    {
        var corpus = CorpusResolver.Resolve(new[]
        {
            TestText.Extract("Judul Satu\n\nSukamaju, Kabar - Nota itu diteken Kepala Desa Cibaru, Rudi Hartawan, di kantornya.", "a.txt"),
            TestText.Extract("Judul Dua\n\nCibaru, Kabar - Kuasa hukum keempat terdakwa dalam perkara pencurian ternak dan penganiayaan seorang bocah (13) asal Cibaru Hilir, Hartawan, meminta hakim menunda putusan.\n\n\"Dakwaan itu lemah,\" kata Hartawan.", "b.txt"),
        });
        Assert.Equal(new[] { "Hartawan" }, corpus.Articles[1].People.ToArray());
    }

    [Theory]
    [InlineData("Apalagi, pelapor telah mencabut laporannya kemarin.")]
    [InlineData("Rektor berterima kasih kepada semua ketua Program Studi, para dosen dan tenaga kependidikan.")]
    [InlineData("Kepala Badan Kesatuan Bangsa dan Politik hadir dalam deklarasi.")]
    public void Sentence_adverbs_and_words_of_bodies_are_no_persons(string text)
        => Assert.Empty(People("Warga berkumpul sejak pagi.", text));

    [Fact]
    public void A_plenary_session_is_no_person()
        => Assert.Equal(new[] { "Rudiyanto" },
            People("\u201cDengan puji syukur kehadirat Tuhan Yang Maha Kuasa, Sidang Paripurna keempat saya nyatakan dibuka,\u201d ujar Ketua DPRD Rudiyanto."));

    [Theory]
    [InlineData("Fraksi Cibaru Maju melalui Wulan Kusumawati menyampaikan dukungan terhadap raperda itu.", "Wulan Kusumawati")]
    [InlineData("Pandangan fraksi itu, yang dibacakan Rudi Hartawan Putra, menyoroti anggaran.", "Rudi Hartawan Putra")]
    [InlineData("Sementara, pandangan Fraksi Sukamaju yang disampaikan Darmawan Saleh, bahwa perda itu penting.", "Darmawan Saleh")]
    public void A_name_a_body_speaks_through_or_that_reads_its_view_is_a_person(string text, string name)
        => Assert.Equal(new[] { name }, People("Rapat paripurna digelar kemarin.", text));

    [Theory]
    [InlineData("Harga cabai naik, kata salah satu pedagang di pasar Cibaru bernama Rudiyanto.", "Rudiyanto")]
    [InlineData("Warga yang meninggal bernama Darmawan Saleh, kata polisi.", "Darmawan Saleh")]
    public void A_name_after_bernama_that_a_noun_of_persons_opens_is_a_person(string text, string name)
        => Assert.Equal(new[] { name }, People("Pasar ramai sejak pagi.", text));

    [Fact]
    public void A_thing_named_by_bernama_is_no_person()
        => Assert.Empty(People("Pasar ramai sejak pagi.", "Kafe itu meluncurkan menu bernama Sukarasa Rudiyanto kemarin.", "Warga membuka kedai bernama Santika di desa itu."));

    [Fact]
    public void An_apposition_closed_by_another_office_introduces_a_holder_opening_with_an_initial()
        => Assert.Equal(new[] { "M Darmawan Saleh", "Rina Kusumawati" },
            People("Nota itu diteken Direktur Penunjang Usaha Sukamaju, M Darmawan Saleh dan Gubernur Cibaru, Rina Kusumawati."));

    [Fact]
    public void Plain_names_listed_before_a_sides_label_are_that_sides_persons()
        => Assert.Equal(new[] { "Darpiani", "Hartawan", "Rustamaji", "Sukiman" },
            People("Perdamaian antara Sukiman, Hartawan, dan Rustamaji (pihak pertama) dan Darpiani (pihak kedua) disaksikan warga."));

    [Fact]
    public void A_name_representing_others_in_apposition_is_a_person()
        => Assert.Equal(new[] { "Rofiqun" }, People("Hal yang sama dikatakan oleh Rofiqun, mewakili kampung sebelah, bahwa warga ingin damai."));

    [Fact]
    public void Two_capitals_after_a_rank_before_the_surname_are_the_persons_initials()
        => Assert.Equal(new[] { "MP Sitompul" }, People("Hal itu disampaikan Kasubid Penmas AKBP MP Sitompul kepada wartawan."));

    [Fact]
    public void After_an_office_and_its_unit_in_lower_case_a_place_and_two_names_hold_the_office()
        => Assert.Equal(new[] { "Rudi Hartono" }, People("Kesepakatan itu diteken penjabat desa Cibaru Rudi Hartono dan tokoh pemuda."));

    [Fact]
    public void A_function_word_right_after_a_rank_before_a_name_word_is_the_first_name()
        => Assert.Equal(new[] { "Tidak Sulistyo" }, People("\"Dua pelaku kami amankan,\" terang Ipda Tidak Sulistyo, Kanit Resmob Polres Cibaru."));
}
