using System.Linq;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Name shapes of titles, degrees, offices and lists met on real pages (set 6); texts written for each rule, invented names.</summary>
public class PeopleRealShapes6Tests
{
    private static string[] People(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - " + string.Join("\n\n", paragraphs)).People.OrderBy(p => p, System.StringComparer.Ordinal).ToArray();

    [Fact]
    public void A_lead_adverbial_before_a_comma_and_an_office_is_no_person()
        => Assert.Equal(new[] { "Hendra Wijaya" }, People("Rapat berjalan lancar.", "Terpisah, Sekretaris Partai Sukamaju Hendra Wijaya menyatakan partainya siap."));

    [Theory]
    [InlineData("Rapat dipimpin Penjagub Hendra Wijaya di aula rumah jabatan.")]
    [InlineData("Kapolpos Hendra Wijaya membenarkan adanya laporan warga.")]
    [InlineData("Tuntutan belum dibacakan oleh JPU, Hendra Wijaya, hingga sore.")]
    public void Offices_written_short_introduce_their_holder(string text)
        => Assert.Equal(new[] { "Hendra Wijaya" }, People("Warga berkumpul sejak pagi.", text));

    [Fact]
    public void A_degree_after_the_names_comma_opens_no_name()
        => Assert.Equal(new[] { "Rudi Hartono" }, People("Nota itu diteken oleh Dr. Rudi Hartono, M.Si (Rektor Universitas Sukamaju) kemarin."));

    [Fact]
    public void Degree_parts_written_as_titles_before_the_name_are_no_names()
        => Assert.Equal(new[] { "Hendra Wijaya", "Rudi Hartono" },
            People("Nota itu diteken oleh Rektor Prof. Dr.Eng. Ir. Hendra Wijaya, M.T dan Dr. Drs. Ec. H. Rudi Hartono, M.Si (Rektor Universitas Sukamaju)."));

    [Fact]
    public void A_short_office_in_brackets_after_its_long_form_is_no_person()
        => Assert.Equal(new[] { "Hendra Wijaya" }, People("Kepala Seksi Penerangan Hukum (Kasi Penkum) Kejati Jateng Hendra Wijaya mengatakan hal itu kemarin."));

    [Fact]
    public void A_body_of_two_words_after_a_lower_case_office_with_its_holder_in_apposition_is_no_person()
        => Assert.Equal(new[] { "Hendra Wijaya" }, People("Menurut pelatih kepala Garuda Muda, Hendra Wijaya, para pemain bermain lepas tanpa beban."));

    [Fact]
    public void A_role_word_inside_a_buildings_name_puts_no_person_in_apposition()
        => Assert.Empty(People("Rapat berlangsung di Balairung Raja Sakti Hitam, Cibaru, Senin (18/10/2024)."));

    [Fact]
    public void After_a_name_and_sebagai_the_words_after_the_role_are_its_unit()
        => Assert.Equal(new[] { "Budi Santoso", "Rina Wulandari" },
            People("Dari pihak perusahaan hadir Budi Santoso sebagai Manager Area II dan Rina Wulandari sebagai Manager Kebun Cibaru."));

    [Fact]
    public void Field_words_of_an_office_broken_by_dan_are_no_name()
        => Assert.Equal(new[] { "Hendra Wijaya" }, People("Acara itu difasilitasi Kepala Dinas Ketahanan Pangan dan Pertanian Hendra Wijaya kemarin."));

    [Fact]
    public void A_role_after_the_names_degree_makes_the_name_a_person()
        => Assert.Equal(new[] { "Abdul Hamid", "Rina Wulandari" },
            People("Pengurus yang hadir yaitu Rina Wulandari MH sebagai Sekretaris dan staf kebun.",
                "Abdul Hamid PhD, Plt Kepala Pusat Data dan Informasi BNPB mengatakan banjir sudah surut."));

    [Fact]
    public void A_degree_in_title_case_before_another_degree_and_the_title_HM_are_no_name_words()
        => Assert.Equal(new[] { "Rudi Hartono" }, People("Rapat dihadiri oleh Sekretaris Daerah Cibaru HM Rudi Hartono Ap MSi, dan para kepala dinas."));

    [Fact]
    public void A_place_after_a_lower_case_unit_in_a_chain_of_places_is_no_name_word()
        => Assert.Equal(new[] { "Hendra Wijaya" },
            People("Warga kampung Citere, desa Sukamulya, kecamatan Cibaru, kabupaten Sukamaju mengeluh mual.",
                "Kapolsek Cibaru Hendra Wijaya membenarkan adanya laporan warga."));

    [Fact]
    public void A_pair_of_candidates_joined_by_a_hyphen_is_two_persons()
        => Assert.Equal(new[] { "Doni Saputra", "Rina Wulandari" }, People("Partai itu juga mengusung pasangan Rina Wulandari-Doni Saputra di Pilkada 2020."));

    [Fact]
    public void A_one_word_name_before_alias_is_complete_as_introduced()
        => Assert.Contains("Waluyo", TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - Dua terdakwa, yakni Sugeng alias Juned dan Waluyo alias Adi, mengajukan pembelaan. Waluyo mengatakan dirinya menyesal.").IntroducedShortNames);

    [Fact]
    public void A_plain_name_after_diwakili_oleh_is_a_person()
        => Assert.Equal(new[] { "Hendra Wira Adi Saputra", "Rina Wulandari" },
            People("Fraksi Partai Sukamaju diwakili oleh Rina Wulandari.", "Fraksi Partai Cibaru diwakili oleh Hendra Wira Adi Saputra."));
}
