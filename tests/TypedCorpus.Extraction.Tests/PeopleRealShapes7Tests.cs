using System.Linq;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Name shapes met on real pages (sets 3, 5, 6; round 7): degrees, initials, lists; texts written for each rule, invented names.</summary>
public class PeopleRealShapes7Tests
{
    private static string[] People(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - " + string.Join("\n\n", paragraphs)).People.OrderBy(p => p, System.StringComparer.Ordinal).ToArray();

    [Fact]
    public void A_degree_after_a_one_word_name_makes_it_a_person()
        => Assert.Equal(new[] { "Danuwarsa", "Hugo Sutrisno" },
            People("Ruang sidang sepi. Hugo Sutrisno SH dan Danuwarsa SH terlihat meninggalkan ruangan bersama pengunjung."));

    [Fact]
    public void A_degree_after_the_names_comma_makes_it_a_person()
        => Assert.Equal(new[] { "Fajar Santosa", "Lestari Ayuningtyas" },
            People("Perwakilan fraksi yang hadir, di antaranya Fajar Santosa, S.H., M.H. (Fraksi Sukamaju) dan Lestari Ayuningtyas, SE (Fraksi Cibaru)."));

    [Fact]
    public void Engineering_and_agriculture_degrees_end_the_name()
        => Assert.Equal(new[] { "Fajar Santosa", "Rina Wulandari" },
            People("Pengurus itu terdiri dari Fajar Santosa SP sebagai Bendahara, lalu Rina Wulandari ST tampil menjelaskan program koperasi."));

    [Fact]
    public void A_circulars_number_after_the_acronym_SE_is_no_degree()
        => Assert.Empty(People("Aturan itu merujuk pada Edaran Cibaru SE Nomor 12 yang terbit tahun lalu."));

    [Theory]
    [InlineData("Kepala Kantor Kementerian Agama Kab. Sleman Rudiyanto mengatakan jumlah jemaah naik.", "Rudiyanto")]
    [InlineData("Hadir pula Kepala Otoritas Jasa Keuangan Kantor Regional 2 Jawa Tengah & DIY Hendra Wijaya, kemarin.", "Hendra Wijaya")]
    [InlineData("Medali itu diserahkan Ketua Pengurus Provinsi (Pengprov) Persatuan Dayung & Kano Indonesia (PDKI) Jatim Rudi Hartono.", "Rudi Hartono")]
    public void An_office_whose_body_runs_on_through_brackets_ampersands_numbers_and_abbreviations_introduces_its_holder(string text, string name)
        => Assert.Equal(new[] { name }, People("Warga berkumpul sejak pagi.", text));

    [Theory]
    [InlineData("Ketua RW itu hadir dalam mediasi. Dirinya berharap warga tetap rukun.")]
    [InlineData("Rencana President University membuka fakultas kedokteran disambut baik.")]
    [InlineData("Hadir pula Ketua Sakura Foundation dan utusan khusus Jepang.")]
    [InlineData("Kami bersama warga, petugas Pospam Cibaru, Sat Polair, dan anggota Polsek langsung ke lokasi.")]
    public void Reflexive_pronouns_english_organisation_words_and_short_units_are_no_persons(string text)
        => Assert.Empty(People("Warga berkumpul sejak pagi.", text));

    [Theory]
    [InlineData("Pasangan calon (paslon) Rina Hartati-Doni Saputra (RIDO) unggul dalam rekapitulasi suara.")]
    [InlineData("Saksi pasangan calon bupati dan wakil bupati nomor urut 02 Rina Hartati-Doni Saputra menolak menandatangani hasil rekapitulasi.")]
    [InlineData("Menurut hasil rekapitulasi, Paslon 1: Rina Hartati-Doni Saputra meraih 137.347 suara.")]
    public void A_pair_of_candidates_after_its_description_is_two_persons(string text)
        => Assert.Equal(new[] { "Doni Saputra", "Rina Hartati" }, People("Rekapitulasi berlangsung tujuh jam.", text));

    [Fact]
    public void A_pair_with_a_one_word_half_is_two_persons()
        => Assert.Equal(new[] { "Hartono", "Rina Hartati" }, People("Rekapitulasi berlangsung tujuh jam.", "Paslon 2: Hartono-Rina Hartati meraih 131.264 suara."));

    [Fact]
    public void A_hyphenated_route_after_pasangan_and_other_words_is_no_pair()
        => Assert.Empty(People("Pasangan itu lalu melintasi jalur Cibaru-Sukamaju menuju pantai."));

    [Fact]
    public void A_clipped_first_name_met_after_the_full_name_is_that_person_and_speaks_as_them()
    {
        var a = TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - Wakil Wali Kota Sukamaju, Wulandari Kusuma, Senin menghadiri festival budaya.\n\n"
            + "Menurut Wulan, festival serupa bisa digelar di kotanya.\n\n\"Festival ini layak ditiru,\" kata Wulan.");
        Assert.Equal(new[] { "Wulandari Kusuma" }, a.People.ToArray());
        Assert.Equal(new[] { "Wulandari Kusuma" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_short_name_introduced_on_its_own_stays_another_person()
        => Assert.Equal(new[] { "Andi", "Andika Pratama" },
            People("Kepala Desa Cibaru, Andika Pratama, hadir dalam mediasi.", "Warga bernama Andi (45) juga hadir. Andi mengatakan dirinya setuju."));

    [Fact]
    public void A_goals_minute_in_parentheses_after_a_name_makes_it_a_person()
        => Assert.Equal(new[] { "Hugo Sutrisno", "M Danu", "Rudiyanto" },
            People("Gol tuan rumah dilesakkan lewat Hugo Sutrisno (PG menit 10, 26), Rudiyanto (64'), sedangkan gol tamu dicetak M Danu (menit 76)."));

    [Fact]
    public void A_senior_role_after_sebagai_makes_the_name_a_person()
        => Assert.Equal(new[] { "Rudi Santosa" }, People("Dari pihak perusahaan hadir Rudi Santosa sebagai Senior Manager Area I."));

    [Fact]
    public void Two_capitals_between_name_words_are_middle_initials()
        => Assert.Equal(new[] { "Hendra JW Saragih" }, People("Rapat itu dipimpin Ketua Komisi Cibaru Hendra JW Saragih kemarin."));

    [Fact]
    public void A_plain_one_word_name_in_a_list_of_three_with_a_known_person_is_a_person()
        => Assert.Equal(new[] { "Hendra JW Saragih", "Rudiyanto", "Wulan Kusumawati" },
            People("Acara itu dihadiri tiga pimpinan lembaga, yakni Rudiyanto, Hendra JW Saragih, serta Wulan Kusumawati."));

    [Fact]
    public void A_one_word_member_of_a_list_of_two_stays_unknown()
        => Assert.Equal(new[] { "Hendra Saragih" },
            People("Kepala dusun, Hendra Saragih, hadir.", "Warga dusun Kelapa Tiga dan Sukarena juga hadir, bersama Hendra Saragih dan Pakuwon."));

    [Fact]
    public void Capitalised_words_after_a_lower_case_role_that_follows_a_name_are_the_roles_field()
    {
        var people = People("Ketiga guru honorer itu adalah Rudi Santosa guru Kimia Terapan di sekolah itu dan Wulan Kusumawati guru Seni Musik di sekolah lain.");
        Assert.DoesNotContain("Kimia Terapan", people);
        Assert.DoesNotContain("Seni Musik", people);
    }
}
