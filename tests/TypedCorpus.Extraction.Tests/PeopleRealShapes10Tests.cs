using System.Linq;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Name shapes met on real pages (round 10): classes of names and non-names, texts written for each rule, invented names.</summary>
public class PeopleRealShapes10Tests
{
    private static string[] People(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - " + string.Join("\n\n", paragraphs)).People.OrderBy(p => p, System.StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("Rudi Hartono mengatakan turnamen sepak bola Bupati Cup Tahun 2024 dibuka hari ini.")]
    [InlineData("Rudi Hartono menegaskan Wali Kota Cup Tahun depan digelar lagi.")]
    [InlineData("Rudi Hartono mengatakan Camat Cup Futsal digelar pekan depan.")]
    [InlineData("Rudi Hartono, Koordinator Calendar of Event Wilayah Timur, mengatakan acara itu ramai.")]
    public void Competition_and_event_words_are_no_part_of_a_name(string text)
        => Assert.Equal(new[] { "Rudi Hartono" }, People(text));

    [Theory]
    [InlineData("Diskusi juga menekankan pentingnya kerja sama kedua negara.")]
    [InlineData("Resolusi juga menegaskan sikap kedua pihak.")]
    [InlineData("Ekspresi juga mengatakan banyak hal, tulisnya.")]
    public void A_loanword_in_usi_or_esi_opening_a_sentence_is_no_name(string text)
        => Assert.Empty(People(text));

    [Theory]
    [InlineData("Rapat itu dihadiri Bupati Sukamaju Sri Rahayu Mas dan para camat.", "Sri Rahayu Mas")]
    [InlineData("Acara itu dibuka oleh Camat Depok Lestari Wulan Mas, Senin.", "Lestari Wulan Mas")]
    public void A_title_word_closing_a_name_of_two_words_is_a_surname(string text, string name)
        => Assert.Equal(new[] { name }, People(text));

    [Theory]
    [InlineData("Laporan itu disampaikan oleh ketuanya, Abdul Hamid. Laporan tersebut memuat hasil final.", "Abdul Hamid")]
    [InlineData("Perusahaan itu diwakili direkturnya, Yohana Sitompul, dalam sidang.", "Yohana Sitompul")]
    public void A_role_with_nya_before_a_comma_introduces_the_holder_in_apposition(string text, string name)
        => Assert.Equal(new[] { name }, People(text));

    [Theory]
    [InlineData("Rapat dihadiri Wakil Wali Kota Bogor Irwansyah, Sekretaris Kota Bogor Iqbal Rahmatullah, para asisten, dan camat.", new[] { "Iqbal Rahmatullah", "Irwansyah" })]
    [InlineData("Rapat dihadiri Kepala Dinas Kesehatan Rina Wulandari, Sekretaris Daerah Yudha Pratama, para asisten, dan camat.", new[] { "Rina Wulandari", "Yudha Pratama" })]
    public void In_a_list_of_offices_with_their_holders_the_next_office_is_no_apposition(string text, string[] names)
        => Assert.Equal(names, People(text));

    [Fact]
    public void An_office_in_apposition_after_a_plain_name_still_names_no_person()
        => Assert.Equal(new[] { "Budi Harjono" }, People("Acara itu dihadiri Ketua DPRD Budi Harjono, Ketua Koperasi Sumber Rejeki, kemarin."));

    [Theory]
    [InlineData("Kebun itu digarap Darto Wibisono, seorang petani, sejak lama.", "Darto Wibisono")]
    [InlineData("Perkara itu menimpa Sopian Siregar, juga seorang pedagang sayur di pasar.", "Sopian Siregar")]
    [InlineData("Mayat itu dikenali sebagai Lestiana Rahmadani, berusia 34 tahun, dari kampung sebelah.", "Lestiana Rahmadani")]
    [InlineData("Rumah itu milik Darwis Tambunan, yang berumur 71 tahun.", "Darwis Tambunan")]
    [InlineData("Turut hadir Wartono Sugeng selaku ketua karang taruna setempat.", "Wartono Sugeng")]
    public void A_person_classifier_an_age_with_its_verb_or_a_capacity_after_the_name_makes_a_person(string text, string name)
        => Assert.Equal(new[] { name }, People(text));

    [Theory]
    [InlineData("Proyek itu dikerjakan PT Sinar Jaya selaku kontraktor pelaksana.")]
    [InlineData("Kabupaten Cibaru selaku tuan rumah menyiapkan lapangan.")]
    public void A_body_or_a_place_before_selaku_is_no_person(string text)
        => Assert.Empty(People(text));

    [Theory]
    [InlineData("Pandangan akhir diawali oleh Rosita Lubis dari Fraksi Hanura.", "Rosita Lubis")]
    [InlineData("Sambutan kedua dibawakan Rina Wulandari dari Dinas Pendidikan Cibaru.", "Rina Wulandari")]
    [InlineData("Tim peneliti itu dipimpin Bambang Sutejo dari Universitas Cibaru.", "Bambang Sutejo")]
    public void A_plain_name_then_dari_and_a_body_is_a_member_of_the_body(string text, string name)
        => Assert.Equal(new[] { name }, People(text));

    [Fact]
    public void A_place_after_di_then_dari_and_a_body_is_no_person()
        => Assert.Empty(People("Bantuan itu dikirim ke Taman Sari dari Dinas Sosial kemarin."));

    [Theory]
    [InlineData("Perundingan itu mempertemukan perusahaan dan masyarakat Lembayung di kantor camat.", "Kuasa hukum masyarakat Lembayung Harianto, SH mengatakan perusahaan tidak membawa data.")]
    [InlineData("Bantuan itu dibagikan kepada penduduk Sukaraja, Kecamatan Cibaru.", "Wakil penduduk Sukaraja Harianto mengatakan bantuan itu cukup.")]
    public void A_word_standing_after_a_community_noun_is_a_place_and_opens_no_name(string first, string second)
        => Assert.Equal(new[] { "Harianto" }, People(first, second));

    [Theory]
    [InlineData("Surat itu ditembuskan kepada Kapolsek, Koramil di Cibaru dan Kodim Sukamaju, kata Rudi Hartono.")]
    [InlineData("Rapat warga itu juga diikuti Babinsa, Bhabhinkamtibmas dan perangkat desa, kata Rudi Hartono.")]
    [InlineData("Pameran dibuka oleh Kabid Disbud (Dinas Kebudayaan Cibaru), Drs. Rudi Hartono pada pagi hari.")]
    public void Short_names_of_offices_and_commands_are_no_persons(string text)
        => Assert.Equal(new[] { "Rudi Hartono" }, People(text));
}
