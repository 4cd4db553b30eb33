using System.Linq;
using Xunit;
using static TypedCorpus.Extraction.Tests.InventedArticle;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Who speaks when an office speaks through its spokesperson, a parent speaks of a child, a minister has a nickname; invented names.</summary>
public class SpeakerThroughTests
{
    [Fact]
    public void An_office_speaking_through_the_holder_of_another_office_is_the_holders_speech()
    {
        var a = Article("Kepala Kejaksaan Negeri Sukamaju, Budi Santoso, membenarkan kedatangan tim pusat.",
                        "\"Tim datang untuk pengawasan,\" kata Kajari Sukamaju melalui Kasi Intel Rahmat Hidayat, Selasa.");
        Assert.Equal(new[] { "Rahmat Hidayat" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void Melalui_before_a_means_leaves_the_office_holder_the_speaker()
    {
        var a = Article("Kepala Kejaksaan Negeri Sukamaju, Budi Santoso, membenarkan kedatangan tim pusat.",
                        "\"Tim datang untuk pengawasan,\" kata Kajari Sukamaju melalui pesan singkat, Selasa.");
        Assert.Equal(new[] { "Budi Santoso" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void The_parent_of_a_named_child_is_not_the_child()
    {
        var a = Article("Orang tua pasien Reni Aprilia, Adam, juga heran dengan kabar itu.",
                        "\"Anak saya tidak ditahan,\" kata orang tua Renny.");
        Assert.Empty(a.Quotes.Single().Speakers);
    }

    [Fact]
    public void A_nickname_closing_with_an_office_is_the_ministers_own()
    {
        var a = Article("\"Penyaluran bantuan mencakup semua desa,\" kata Menteri Sosial Rahmat Hidayat Lubis di Jakarta.",
                        "Menteri Rahmat atau yang kerap disapa Gus Menteri itu mengatakan penyaluran berjalan lancar.",
                        "Sementara itu, Gus Menteri mengatakan bahwa penyaluran tetap berjalan saat libur.",
                        "\"Meskipun libur, penyaluran jalan terus,\" katanya.");
        Assert.Equal(new[] { "Rahmat Hidayat Lubis" }, a.Quotes.Last().Speakers.ToArray());
        Assert.DoesNotContain("Gus Menteri", a.People);
    }

    [Fact]
    public void A_name_opening_the_sentence_with_its_verb_right_before_the_quote_is_the_speaker_of_a_nya_cue_after_it()
    {
        var a = Article("Budi Santoso, salah satu warga desa itu, menyampaikan \"Kami iuran 500 ribu per keluarga,\" ucapnya.",
                        "Rina Wulandari, salah satu warga Rt 13, menyampaikan \"Sound systemnya dari berbagai daerah mas\" tuturnya.");
        Assert.Equal(new[] { "Budi Santoso" }, a.Quotes[0].Speakers.ToArray());
        Assert.Equal(new[] { "Rina Wulandari" }, a.Quotes[1].Speakers.ToArray());
    }

    [Fact]
    public void Two_named_together_before_the_verb_are_both_the_speakers()
    {
        var a = Article("Warga Budi Santoso dan Rina Wulandari menonton karnaval itu sejak pagi.",
                        "Beberapa warga sekitar, Rina Wulandari dan Budi Santoso menyampaikan \"Kami iuran 500 ribu,\" ucapnya.");
        Assert.Equal(new[] { "Rina Wulandari", "Budi Santoso" }, a.Quotes.Single().Speakers.ToArray());
    }

    [Fact]
    public void A_person_named_with_somebody_the_article_shows_no_person_is_not_the_speaker_alone()
    {
        var a = Article("Warga Budi Santoso menonton karnaval itu sejak pagi.",
                        "Beberapa warga sekitar, Ina dan Budi Santoso menyampaikan \"Kami iuran 500 ribu,\" ucapnya.");
        Assert.Empty(a.Quotes.Single().Speakers);
    }

    [Fact]
    public void An_unnamed_person_who_shouts_a_quote_in_a_relative_clause_leaves_it_without_a_speaker()
    {
        var a = Article("Di tengah keramaian, Ramdan Saputra mendapat semangat dari seorang ibu yang berteriak, \"Ayo, kamu pasti bisa!\"");
        Assert.Equal(QuoteKind.Direct, a.Quotes.Single().Kind);
        Assert.Empty(a.Quotes.Single().Speakers);
    }
}
