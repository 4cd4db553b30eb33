using System.Linq;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>
/// A noun of persons before an apposition's comma ("Salah satu korban, Rudi Hartono,") and the words of English names of bodies
/// ("Center of Reform on Economics"); texts written for the rules, invented names.
/// </summary>
public class PeopleAppositionNounTests
{
    private static ArticleModel Article(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - " + string.Join("\n\n", paragraphs));

    private static string[] People(params string[] paragraphs) => Article(paragraphs).People.OrderBy(p => p, System.StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData("Salah satu korban, Darmaji Sutejo, mengaku lega motornya ditemukan.", "Darmaji Sutejo")]
    [InlineData("Korban, Darmaji Sutejo, mengaku lega motornya ditemukan.", "Darmaji Sutejo")]
    [InlineData("Tetangga korban, Sulastri, mengaku mendengar teriakan.", "Sulastri")]
    [InlineData("Menurut pengakuan seorang pelaku, Wiranto Gading, motor itu dijual ke luar kota.", "Wiranto Gading")]
    public void A_noun_of_persons_before_the_comma_introduces_the_name_in_apposition(string text, string person)
        => Assert.Equal(new[] { person }, People(text));

    [Theory]
    [InlineData("Sebagian korban, Jakarta Utara dan Bekasi, belum menerima bantuan.")]
    [InlineData("Tim menemui para korban, Senin (4/3/2024), di posko.")]
    [InlineData("Rumah korban, Gang Melati, sudah dibersihkan.")]
    public void A_place_or_a_date_after_the_noun_is_no_person(string text)
        => Assert.Empty(People(text));

    [Fact]
    public void The_quote_of_a_described_person_goes_to_the_one_just_introduced_in_apposition()
    {
        var a = Article("Kapolres Sukamaju AKBP Harun Wiratama mengatakan pelaku sudah ditangkap.",
            "Salah satu korban, Darmaji Sutejo, mengaku lega motornya ditemukan.",
            "\"Saya kira sudah hilang,\" ungkap pria yang bekerja sebagai ojek daring itu.");
        Assert.Equal(new[] { "Darmaji Sutejo" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Theory]
    [InlineData("Ekonom Center of Reform on Economics (CORE) Indonesia Yusran Hadi menilai pemerintah perlu berhati-hati.")]
    [InlineData("Peneliti Institute for Development of Economics and Finance Yusran Hadi mengatakan hal serupa.")]
    [InlineData("Head of Research Mandiri Sekuritas Yusran Hadi menilai pasar akan pulih.")]
    public void Words_joined_by_English_function_words_name_a_body_not_a_person(string text)
        => Assert.DoesNotContain(People(text), p => p is "Center" or "Reform" or "Economics" or "Development" or "Finance" or "Head" or "Research");

    [Fact]
    public void A_long_run_after_an_English_joiner_keeps_the_holder_at_its_end()
        => Assert.Equal(new[] { "Katrin Susetyo" },
            People("Chief Economist and Investment Strategist Manulife Aset Manajemen Indonesia Katrin Susetyo menambahkan, investor perlu berhati-hati."));

    [Theory]
    [InlineData("Farhan Alatas, mantan staf penjualan lapangan di Bekasi, mengaku masih memiliki cicilan motor.", "Farhan Alatas")]
    [InlineData("Oktavianus Degei, mahasiswa Program Studi Teknik Sipil asal Nabire, ikut berorasi.", "Oktavianus Degei")]
    [InlineData("Kalin Lepuy, tokoh pemuda dari Kepulauan Aru, menolak rencana itu.", "Kalin Lepuy")]
    public void A_former_role_or_a_noun_of_persons_after_the_comma_introduces_a_name_of_two_words(string text, string person)
        => Assert.Equal(new[] { person }, People(text));

    [Theory]
    [InlineData("Anggaplah, korban berhasil memenangi perang urat saraf.")]
    [InlineData("Para mahasiswa Teknik Sipil ikut berorasi di depan rektorat.")]
    [InlineData("Seorang mahasiswa Kedokteran Hewan ikut berorasi.")]
    public void A_sentence_word_before_a_comma_and_a_field_of_study_are_no_persons(string text)
        => Assert.Empty(People(text));
}
