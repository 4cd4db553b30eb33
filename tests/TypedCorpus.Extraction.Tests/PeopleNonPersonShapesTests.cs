using System.Linq;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Offices' places and bodies, verbs, fields, ranks and titles that are no persons (texts written for each rule, invented names).</summary>
public class PeopleNonPersonShapesTests
{
    private static string[] People(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - " + string.Join("\n\n", paragraphs)).People.OrderBy(p => p, System.StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("Kejaksaan menetapkan Kepala Desa Rawabening berinisial TS sebagai tersangka.")]
    [InlineData("Penyidik memeriksa Sekretaris Desa (Sekdes) Cikaramas berinisial AR pada Senin.")]
    [InlineData("Polisi menahan Lurah Tegalwaru berinisial HN di kantornya.")]
    public void The_word_after_an_office_whose_holder_goes_by_initials_is_its_place(string text)
        => Assert.Empty(People(text));

    [Theory]
    [InlineData("Sejumlah nelayan di Teluk Wanara Selatan mengaku tidak melaut.", "Sudirja")]
    [InlineData("Warga di Kampung Bojonglari mengatakan air belum surut.", "Sudirja")]
    public void A_run_after_the_locative_di_is_a_place(string text, string person)
        => Assert.Equal(new[] { person }, People(text, "\u201CKami menunggu,\u201D kata Sudirja, nelayan setempat."));

    [Theory]
    [InlineData("Drs. Rahmat Hidayat dilantik sebagai Lurah Sindangmulya dan dr. Sri Lestari dilantik sebagai Camat Parungjaya.", "Rahmat Hidayat", "Sri Lestari")]
    [InlineData("Ia menunjuk Agus Salimin sebagai Kepala Dinas Tirta Rahayu, kemarin.", "Agus Salimin", null)]
    [InlineData("Drs. Rahmat Hidayat, S.H. dilantik sebagai Lurah Sindangmulya dan dr. Sri Lestari, M.Kes. dilantik sebagai Lurah Parungjaya.", "Rahmat Hidayat", "Sri Lestari")]
    public void After_sebagai_an_office_and_the_words_closing_the_clause_are_its_place(string text, string a, string? b)
        => Assert.Equal(new[] { a, b }.Where(x => x != null).ToArray(), People(text));

    [Theory]
    [InlineData("Bertindak sebagai pembina apel, Bupati Harun Wiratama membacakan amanat.")]
    [InlineData("Berperan sebagai penengah, Camat Harun Wiratama menemui warga.")]
    [InlineData("Menjabat sebagai ketua sejak 2020, Harun Wiratama dikenal tegas.")]
    public void A_verb_of_taking_a_role_opening_a_sentence_is_no_name(string text)
        => Assert.Equal(new[] { "Harun Wiratama" }, People(text));

    [Theory]
    [InlineData("Apel dipimpin Bupati Harun Wiratama selaku Inspektur Upacara di alun-alun.")]
    [InlineData("Ia dilantik sebagai Staf Ahli Bupati Bidang Sumber Daya Manusia, Harun Wiratama, S.H. dilantik sebagai sekretaris.")]
    [InlineData("Turnamen Bupati Cup dibuka oleh Camat Harun Wiratama.")]
    public void Ceremonies_fields_and_tournaments_are_no_names(string text)
        => Assert.Equal(new[] { "Harun Wiratama" }, People(text));

    [Theory]
    [InlineData("Rapat dihadiri Kepala Kesbangpol dan Inspektorat, serta Camat Harun Wiratama.")]
    [InlineData("Hadir pula Sekdakab Harun Wiratama dan Kepala BPBD setempat.")]
    [InlineData("Razia dipimpin Wakapolresta Sukamaju AKBP Harun Wiratama.")]
    [InlineData("Apel dipimpin Brigjend Harun Wiratama di lapangan.")]
    [InlineData("Hadir Danrem 071 Kolonel Arm Harun Wiratama di markas.")]
    [InlineData("Acara dihadiri Wakil Wali Kota Hi. Harun Wiratama, S.Pi.")]
    public void Regional_bodies_offices_ranks_corps_and_titles_stay_out_of_names(string text)
        => Assert.Equal(new[] { "Harun Wiratama" }, People(text));

    [Fact]
    public void An_office_written_alone_after_a_cue_is_no_person()
        => Assert.Equal(new[] { "Harun Wiratama" },
            People("Wakapolresta Sukamaju AKBP Harun Wiratama memimpin razia.", "\u201CKami akan memburu pelaku,\u201D tegas Wakapolresta."));

    [Theory]
    [InlineData("Kadisdik Harun Wiratama membuka acara.")]
    [InlineData("Kapolrestabes Harun Wiratama membuka acara.")]
    public void The_head_of_a_body_known_by_its_short_name_is_an_office(string text)
        => Assert.Equal(new[] { "Harun Wiratama" }, People(text));
}
