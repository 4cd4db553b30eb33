using System.Linq;
using Xunit;
using static TypedCorpus.Extraction.Tests.InventedArticle;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Shapes of real pages, each written anew with invented names: offices in relative clauses, bodies before places, spellings.</summary>
public class PeopleRealShapes20Tests
{
    [Theory]
    [InlineData("Terpisah, Rahmat Hidayat yang merupakan Kepala Balai Konservasi mengatakan tim sudah turun.")]
    [InlineData("Rahmat Hidayat yang juga Ketua RT setempat mengatakan warga sudah mengungsi.")]
    [InlineData("Rahmat Hidayat yang kini menjabat sebagai Kapolsek mengatakan warga sudah mengungsi.")]
    public void An_office_in_a_relative_clause_after_a_name_makes_it_a_person_and_the_subject(string opening)
    {
        var a = Article("\"Kalau gajah datang, kami terpaksa mundur,\" kata Dedi Saputra, warga desa itu.",
                        opening,
                        "\"Nantinya kami menutup jalur itu,\" jelasnya.");
        Assert.Contains("Rahmat Hidayat", a.People);
        Assert.Equal(new[] { "Rahmat Hidayat" }, a.Quotes.Last().Speakers.ToArray());
    }

    [Fact]
    public void A_relative_clause_without_an_office_introduces_nobody()
        => Assert.DoesNotContain("Sinar Jaya", PeopleOf("Sinar Jaya yang merupakan perusahaan lokal itu mengatakan siap membantu."));

    [Theory]
    [InlineData("Serang")]
    [InlineData("Bima")]
    public void A_place_that_is_also_a_word_after_a_police_body_ends_there_and_the_holder_keeps_his_first_name(string place)
        => Assert.Equal(new[] { "Dedi Adhi Kusuma" },
            Article($"\"Kerangka itu sudah dievakuasi,\" kata Kasat Reskrim Polres {place} Dedi Adhi Kusuma, Senin.").Quotes.Single().Speakers.ToArray());

    [Fact]
    public void A_final_q_written_k_is_the_same_name()
    {
        var a = Article("Sekretaris Dinas Lingkungan Hidup, Agus Rohman Rozaq, menjelaskan kondisi itu.",
                        "Selain itu, Rozak menyoroti perilaku warga yang membuang sampah di luar kontainer.",
                        "\"Sampah jangan dibuang di luar,\" tegasnya.");
        Assert.Equal(new[] { "Agus Rohman Rozaq" }, a.People.ToArray());
        Assert.Equal(new[] { "Agus Rohman Rozaq" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void An_app_named_in_a_description_of_the_speaker_is_no_speaker()
    {
        var a = Article("Penumpang ojek daring bernama Dian juga merasa tak ada perbedaan.",
                        "\"Lancar tadi dapat drivernya,\" kata perempuan berumur 26 tahun yang hampir tiap hari menggunakan aplikasi Gojek untuk bekerja.");
        Assert.DoesNotContain("Gojek", a.Quotes.Single().Speakers);
        Assert.DoesNotContain("Gojek", a.People);
    }

    [Fact]
    public void An_office_and_its_holder_in_apposition_speaking_through_another_holder_is_that_holders_speech()
        => Assert.Equal(new[] { "Rina Siregar" },
            Article("\"Pelaku lain segera kami tangkap,\" kata Kabid Humas Polda Sukamaju, Kombes Dedi Saputra melalui Kasubbid Penmas AKBP Rina Siregar di kantornya.")
                .Quotes.Single().Speakers.ToArray());

    [Fact]
    public void A_one_word_name_described_as_a_person_between_commas_then_a_verb_of_saying_is_the_speaker_of_the_nya_after_it()
    {
        var a = Article("Harga sayur naik lagi di pasar itu sejak pekan lalu.",
                        "Yunita, ibu rumah tangga yang saban hari berbelanja di pasar tersebut, mengaku kesulitan. \"Baru kemarin naik, sekarang naik lagi,\" keluhnya.",
                        "Lastri, pedagang makanan rumahan di Sukamulya, mengungkapkan kegelisahannya.",
                        "\"Modal usaha makin besar,\" ujarnya.");
        Assert.Equal(new[] { "Yunita" }, a.Quotes[0].Speakers.ToArray());
        Assert.Equal(new[] { "Lastri" }, a.Quotes[1].Speakers.ToArray());
    }

    [Fact]
    public void A_sentence_adverb_before_a_comma_and_a_group_is_nobody()
        => Assert.Empty(PeopleOf("Akhirnya, warga desa yang hadir dalam rapat itu, mengatakan setuju."));

    [Fact]
    public void A_social_handle_after_the_cue_names_the_one_person_whose_name_it_holds()
    {
        var a = Article("Ustadz Tengku Zulkarnain menanggapi pernyataan itu lewat akun media sosialnya.",
                        "\"Fatwa itu tidak akan dicabut,\" tegas @UstadTengku.");
        Assert.Equal(new[] { "Tengku Zulkarnain" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_social_handle_that_holds_no_name_of_the_article_names_nobody()
        => Assert.Empty(Article("Ustadz Tengku Zulkarnain menanggapi pernyataan itu.", "\"Fatwa itu tidak akan dicabut,\" tulis @KabarUmat.").Quotes.Single().Speakers);

    [Theory]
    [InlineData("Juara itu diraih Dewi Sabila Nur Aini, siswa kelas VIII SMPN 26 Sukamaju.")]
    [InlineData("Juara itu diraih Dewi Sabila Nur Aini, santri pondok pesantren di Sukamaju.")]
    public void A_name_of_several_words_described_after_its_comma_by_a_noun_of_persons_is_a_person(string text)
        => Assert.Contains("Dewi Sabila Nur Aini", PeopleOf(text));

    [Theory]
    [InlineData("Senada diungkap Misiran, masih warga setempat. Ia mengatakan hujan deras turun saat itu.")]
    [InlineData("Hal itu dibenarkan Misiran. Ia mengatakan hujan deras turun saat itu.")]
    [InlineData("Kerusakan itu diakui Misiran. Ia mengatakan hujan deras turun saat itu.")]
    public void The_agent_of_more_passive_verbs_of_saying_is_a_person_and_the_subject_after_them(string agent)
    {
        var a = Article("\"Atap rumah saya terbang,\" kata Suyono Hadi, salah seorang warga.", agent, "\"Waktunya lama sekali,\" ucapnya.");
        Assert.Contains("Misiran", a.People);
        Assert.Equal(new[] { "Misiran" }, a.Quotes.Last().Speakers.ToArray());
    }
}
