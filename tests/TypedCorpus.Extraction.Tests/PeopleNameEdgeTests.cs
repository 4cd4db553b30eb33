using System.Linq;
using TypedCorpus.Extraction;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Where an article-level trim must not cut a name the mention holds whole (patronyms, initials).</summary>
public class PeopleNameEdgeTests
{
    private static string[] People(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nJakarta, Kabar - " + string.Join("\n\n", paragraphs) + "\n").People.ToArray();

    [Fact]
    public void Patronym_keeps_the_given_names_before_bin()
    {
        Assert.Equal(new[] { "Rudi Hartono bin Sulaiman" },
            People("Perkara itu terhadap Tersangka Rudi Hartono bin Sulaiman yang disangka mencuri. Tersangka Rudi Hartono kini ditahan."));
        Assert.Equal(new[] { "Rosli Zaki bin Yusof" },
            People("Perdana Menteri (PM) Malaysia Dato’ Sri Rosli Zaki bin Yusof tiba di Bogor. Presiden dan PM Rosli Zaki membahas perbatasan."));
    }

    [Fact]
    public void An_initial_opening_a_name_is_no_glued_head()
        => Assert.Equal(new[] { "Budi M Siregar", "M Rizal Fahmi" },
            People("Kapolres AKBP Budi M Siregar hadir. Kasat Reskrim AKP M Rizal Fahmi menjelaskan kronologi."));

    [Fact]
    public void A_middle_initial_keeps_the_given_name_before_it()
        => Assert.Equal(new[] { "Hendro J. Saputra" }, People("Kepala Kejari Tanjung Sari Hendro J. Saputra menjelaskan perkara itu."));

    [Fact]
    public void A_title_written_in_capitals_is_no_pair_of_initials()
        => Assert.Equal(new[] { "Rini Astuti Wardhani" }, People("Menteri Perdagangan DR Rini Astuti Wardhani membuka pameran itu."));

    [Fact]
    public void Letters_and_periods_only_are_a_degree_not_a_person()
        => Assert.Equal(new[] { "Yosef Kaleb Manuhutu" }, People("Kapolres Sukamaju AKBP Yosef Kaleb Manuhutu, S.I.K turun langsung memediasi warga."));

    [Theory]
    [InlineData("Hadir Kepala Desa Sukamaju, Rahmat Hidayat, Babinsa, Kasi Pemerintahan, Tokoh Adat, Agama dan masyarakat.", "Rahmat Hidayat")]
    [InlineData("Rapat dihadiri Babinsa, Kepala Wilayah (Kawil), Klian Adat, dan kedua belah pihak.", null)]
    [InlineData("Rapat dihadiri Kabid Media dan Humas Sutrisno Wibowo beserta wakilnya.", "Sutrisno Wibowo")]
    [InlineData("Undangan meliputi Kepala OPD, organisasi masyarakat, Forkopimda, DPRD, camat dan kepala puskesmas.", null)]
    public void Customary_roles_desks_and_forums_are_no_persons(string text, string? person)
        => Assert.Equal(person == null ? new string[0] : new[] { person }, People(text));

    [Fact]
    public void A_house_of_worship_named_after_a_person_is_no_person()
        => Assert.Empty(People("Salat Idulfitri digelar di Masjid Raya KH Ahmad Zainuri di Jakarta Barat."));

    [Fact]
    public void After_a_middle_initial_a_word_shaped_like_an_abstract_noun_is_the_surname()
        => Assert.Equal(new[] { "Wisnu C. Pemalangan" }, People("Pj Bupati Wisnu C. Pemalangan menyambut baik kerja sama ini."));

    [Theory]
    [InlineData("Bupati Karangwulan Sadewo Pranata meninjau sawah. \"Panen tahun ini baik,\" kata Sadewo.", "Sadewo Pranata")]
    [InlineData("Menurut Kapolsek Lembahsari Teguh Aryanto, jalan itu sudah dibuka. \"Arus lalu lintas lancar,\" ujar Aryanto.", "Teguh Aryanto")]
    [InlineData("Wali Kota Pasirluhur Gilang Mahardika membuka pameran. Gilang menyebut pameran digelar tiap tahun.", "Gilang Mahardika")]
    [InlineData("Bupati Karangwulan H. Sadewo Pranata meninjau sawah. \"Panen tahun ini baik,\" kata Sadewo.", "Sadewo Pranata")]
    public void After_an_office_that_names_its_place_the_first_of_three_words_is_the_place(string text, string person)
        => Assert.Equal(new[] { person }, People(text));

    [Theory]
    // the article never uses the second or third word alone: nothing shows the first is a place
    [InlineData("Bupati Karangwulan Sadewo Pranata meninjau sawah bersama petani.", "Karangwulan Sadewo Pranata")]
    // the first word is used alone: it is the person's name
    [InlineData("Bupati Sadewo Pranata Wijaya meninjau sawah. \"Panen tahun ini baik,\" kata Sadewo. Wijaya adalah nama keluarganya.", "Sadewo Pranata Wijaya")]
    // no office that names a place before the run: a middle name used alone keeps the whole name
    [InlineData("Pengusaha Rudi Sadewo Pranata meninjau sawah. \"Panen tahun ini baik,\" kata Sadewo.", "Rudi Sadewo Pranata")]
    public void Without_the_office_or_a_short_form_the_three_words_stay_a_name(string text, string person)
        => Assert.Equal(new[] { person }, People(text));

    [Theory]
    [InlineData("Camat Hendra Wijaya membuka lomba itu di Sukadamai. Iapun berharap pesertanya bertambah.", "Hendra Wijaya")]
    [InlineData("Camat Hendra Wijaya membuka lomba itu di Sukadamai. Sembari meninjau stan, ia menyapa peserta.", "Hendra Wijaya")]
    [InlineData("Bantuan itu, menurut Ir. Hendra Wijaya, M.Erg, sudah disalurkan ke tiga desa.", "Hendra Wijaya")]
    [InlineData("Ditempat itu pula Kepala Dinas Sosial Hendra Wijaya menyerahkan bantuan beras.", "Hendra Wijaya")]
    public void Glued_particles_prepositions_and_degrees_are_no_names(string text, string person)
        => Assert.Equal(new[] { person }, People(text));

    [Fact]
    public void Names_listed_after_saudara_are_persons()
        => Assert.Equal(new[] { "Jamil", "Rahmat", "Yono" },
            People("Api itu merambat ke kios saudara Rahmat, Yono dan Jamil di ujung gang.").OrderBy(x => x));

    [Fact]
    public void An_english_office_or_agency_word_names_a_body_not_a_person()
        => Assert.Equal(new[] { "Hendra Wijaya" },
            People("Rombongan disambut Kepala Office of Global Relations Universitas Lestari, Hendra Wijaya, di ruang rapat."));

    [Fact]
    public void Ny_and_Tn_are_titles_before_a_name()
        => Assert.Equal(new[] { "Ratna Sari Dewi" },
            People("Lomba masak itu dibuka Ketua Dharma Wanita Sukamaju, Ny. Ratna Sari Dewi, Sabtu pagi."));

    [Fact]
    public void A_police_unit_after_its_head_is_no_person()
        => Assert.Empty(People("Patroli malam itu dipimpin Kanit Intel bersama dua anggota Polsek setempat."));

    [Fact]
    public void A_name_ending_in_lah_stays_a_name()
        => Assert.Equal(new[] { "Kamilah Sari" }, People("Bantuan itu disalurkan oleh Kamilah Sari, warga setempat, kepada para lansia."));
}

