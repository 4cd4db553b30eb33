using System.Linq;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>A role in small letters, then the short name of its body, then the holder ("juru bicara KPK Budi Santoso"); invented names.</summary>
public class PeopleRoleBeforeBodyTests
{
    private static string[] People(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - " + string.Join("\n\n", paragraphs)).People.OrderBy(p => p, System.StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("Juru bicara KPK Wiratmo Hadisaputro mengatakan, tim penyidik tengah mendalami kasus itu.")]
    [InlineData("Hal itu disampaikan anggota DPR Wiratmo Hadisaputro kepada wartawan.")]
    [InlineData("Hal itu disampaikan juru bicara KPK Wiratmo Hadisaputro kepada wartawan.")]
    [InlineData("Tuntutan itu dibacakan jaksa KPK Wiratmo Hadisaputro dalam sidang.")]
    public void The_name_after_a_small_letter_role_and_its_bodys_short_name_is_the_holder(string text)
        => Assert.Equal(new[] { "Wiratmo Hadisaputro" }, People(text));

    [Theory]
    [InlineData("Kantor KPK Jakarta Selatan dijaga ketat.")]
    [InlineData("Gedung DPR Senayan dipenuhi massa.")]
    public void A_bodys_short_name_without_a_role_before_it_names_no_person(string text)
        => Assert.Empty(People(text));

    [Theory]
    [InlineData("\"Kami menuntut rektorat mencabut SK,\" tulis Aliansi Mahasiswa Cibaru Menggugat dalam pernyataan sikapnya.")]
    [InlineData("Forum Warga Peduli Sungai Cibaru membawa lima tuntutan.")]
    public void A_run_opened_by_an_organisation_word_without_a_role_is_a_body(string text)
        => Assert.Empty(People(text));

    [Fact]
    public void A_role_before_a_body_still_introduces_its_holder()
        => Assert.Equal(new[] { "Wiratmo Hadisaputro" },
            People("\"Kami menuntut rektorat mencabut SK,\" kata Koordinator Aliansi Mahasiswa Cibaru Menggugat, Wiratmo Hadisaputro."));

    [Theory]
    [InlineData("Kepala KSOP Utama Belawan, Capt. Wahyu Tri Handoko, menuturkan bahwa mediasi dijadwalkan Selasa.", "Wahyu Tri Handoko")]
    [InlineData("Damang Kepala Adat Kecamatan Jabiren Raya, Lewis Uhing, membantah tudingan itu.", "Lewis Uhing")]
    public void A_captain_and_a_customary_chief_are_offices_not_names(string text, string person)
        => Assert.Equal(new[] { person }, People(text));

    [Theory]
    [InlineData("Kepala Bagian Pemberitaan KPK Ahmad Wiratmo Hasibuan mengatakan, tim penyidik tengah mendalami.", "Ahmad Wiratmo Hasibuan")]
    [InlineData("Juru bicara KPK Abdul Wiratmo Hasibuan mengatakan, tim penyidik tengah mendalami.", "Abdul Wiratmo Hasibuan")]
    public void An_Arabic_given_name_after_an_office_and_its_body_stays_with_the_holder(string text, string person)
        => Assert.Equal(new[] { person }, People(text));

    [Fact]
    public void An_air_force_corps_after_a_rank_is_no_part_of_the_name()
        => Assert.Equal(new[] { "Ardiansyah Manurung" },
            People("Juru Bicara BSSN, Kolonel Sus Ardiansyah Manurung, S.T., M.Han., membenarkan pihaknya sudah menerjunkan tim."));

    [Theory]
    [InlineData("Hal itu disampaikan Direktur LPA Kota Mataram, Baiq Nurul Aini, S.Psi. Ia menilai angka itu tinggi.", "Baiq Nurul Aini")]
    [InlineData("Ia duduk satu panel dengan Pemangku Adat Desa Sade, Lalu Ratmaje Wirasentana. Pemangku adat itu menolak.", "Lalu Ratmaje Wirasentana")]
    public void Sasak_openers_and_a_customary_office_introduce_the_whole_name(string text, string person)
        => Assert.Equal(new[] { person }, People(text));

    [Fact]
    public void A_word_before_an_English_joiner_after_menurut_is_no_speaker()
    {
        var a = TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - Simulasi evakuasi digelar, Senin.\n\n"
            + "Menurut peneliti Tsunami and Disaster Mitigation Research Center Universitas Syiah Kuala, Prof. Dr. Munawar bin Ibrahim, \"Waktu evakuasi 14 menit itu sudah baik.\"\n");
        Assert.DoesNotContain("Tsunami", a.Quotes.Single().Speakers);
    }

    [Fact]
    public void Lalu_in_apposition_stays_with_the_name_its_short_form_is_used_for()
        => Assert.Equal(new[] { "Lalu Ratmaje Wirasentana" }, People(
            "Ia duduk satu panel dengan Pemangku Adat Desa Sade, Lalu Ratmaje Wirasentana.",
            "\"Adat kami tidak mewajibkan,\" kata Ratmaje."));

    [Fact]
    public void Lalu_opening_a_sentence_is_then()
        => Assert.DoesNotContain(People("Kepala Desa Sade Ratmaje Wirasentana menolak.", "Lalu Ratmaje Wirasentana pergi ke balai desa.", "\"Kami menolak,\" kata Ratmaje."), p => p.StartsWith("Lalu"));

    [Fact]
    public void An_Islamic_bachelor_s_degree_after_a_name_is_no_person()
        => Assert.DoesNotContain("Lc", People("Ketua Kloter 12, Haris Abdullah Alkatiri, Lc., meminta jemaah menjaga stamina."));
}
