using System.Linq;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Words that are no persons and names cut wrong, met on real pages (texts written for each rule, invented names).</summary>
public class PeoplePrecisionTests
{
    private static string[] People(params string[] paragraphs) =>
        TestText.Extract("Judul Berita Contoh\n\nSukamaju, Kabar - " + string.Join("\n\n", paragraphs)).People.OrderBy(p => p, System.StringComparer.Ordinal).ToArray();

    [Fact]
    public void A_word_cut_off_by_the_end_of_the_page_is_no_person()
        => Assert.Equal(new[] { "Ismanto Rahardi", "Wirana" },
            People("Presiden Wirana bertemu PM Ismanto Rahardi di istana.", "\u201CKami membuka diri,\u201D kata Ismanto.", "Selain isu tersebut, Presiden Wirana dan PM Ism"));

    [Fact]
    public void A_last_word_that_starts_no_longer_word_stays_a_person()
        => Assert.Equal(new[] { "Darsono", "Wirana" }, People("Presiden Wirana hadir di istana.", "Hal itu perlu diingat, kata Darsono"));

    [Fact]
    public void A_long_name_after_an_office_keeps_the_first_word_the_article_starts_a_name_with()
        => Assert.Contains("Wirana Adi Bayu Sakti",
            People("Perjanjian itu diteken oleh Bupati Wirana Adi Bayu Sakti dan Rektor Hanif Gunawan.",
                "Perjanjian diteken oleh Bupati Sleman Wirana Adi Bayusakti atas nama Pemkab Sleman.",
                "\u201CKami membuka diri,\u201D kata Bupati Wirana Adi Bayu Sakti."));

    [Fact]
    public void Initials_in_apposition_after_an_office_and_one_word_make_that_word_the_place()
        => Assert.Empty(People("Polisi mendamaikan konflik antara Kepala Desa Karangsari, MS, dengan seorang sopir berinisial AH.",
            "Kades Karangsari, MS, dalam wawancaranya menyampaikan permohonan maaf."));

    [Fact]
    public void A_degree_between_commas_after_a_full_name_stays_a_degree()
        => Assert.Contains("Sahat Sinagar", People("Mediasi dihadiri Aiptu Rio Saragih dan Aipda Sahat Sinagar, SH, serta warga."));

    [Fact]
    public void A_name_after_a_body_numbered_in_roman_keeps_its_first_word()
        => Assert.Equal(new[] { "Sarwo Adi Lestiana" },
            People("Acara juga dihadiri Kepala PJA I Sarwo Adi Lestiana di Jakarta.", "\u201CKami siap,\u201D kata Kepala PJA I Sarwo Adi Lestiana."));

    [Fact]
    public void A_name_after_a_club_name_ending_in_its_suffix_keeps_its_first_word()
        => Assert.Equal(new[] { "Hendrik Jan Vermeulen" },
            People("Usai pertandingan, Pelatih Sukamaju United Hendrik Jan Vermeulen mengaku senang dengan hasil yang diraih."));

    [Fact]
    public void A_headline_in_title_case_glues_no_name_to_an_organisation()
        => Assert.Equal(new[] { "Hendrik Jan Vermeulen" },
            People("Coach Hendrik Puji Semangat Pemain Sukamaju", "Usai laga, pelatih kepala Hendrik Jan Vermeulen mengaku senang dengan hasil yang diraih."));

    [Theory]
    // an agency's short name written as one word ("Badan Ekonomi Kreatif") and a regional police command glued to its province
    [InlineData("Hadir pula Kepala Bekraf Darmaji Sutopo dalam acara itu.", "Darmaji Sutopo")]
    [InlineData("Kabid Humas Poldasu melalui Kasubid Penmas AKBP Darmaji Sutopo mengatakan kasus itu masih diselidiki.", "Darmaji Sutopo")]
    public void A_short_organisation_name_written_as_one_word_is_no_name_word(string text, string person)
        => Assert.Equal(new[] { person }, People(text));

    [Fact]
    public void An_office_written_as_one_word_is_the_holder_of_its_two_word_spelling()
    {
        var a = TestText.Extract("Judul Berita Uji\n\nSukamaju, Kabar - Wali Kota Sukamaju Darmaji Sutopo meneken nota kesepahaman dengan universitas.\n\n"
            + "\u201CKerja sama ini penting bagi warga,\u201D ucap walikota.\n\nMenurut Wako, nota itu memajukan kesejahteraan warga.\n");
        Assert.Equal(new[] { "Darmaji Sutopo" }, a.Quotes[0].Speakers.ToArray());
        Assert.Equal(new[] { "Darmaji Sutopo" }, a.People.ToArray());
    }
}
