using System.Linq;
using Xunit;
using static TypedCorpus.Extraction.Tests.InventedArticle;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Sentences written to break the rules of PeopleRealShapes25Tests: where they must not fire.</summary>
public class RealShapeGuards25Tests
{
    [Theory]
    [InlineData("Acara itu dihadiri Kepala Desa I Made Sudarsana dan Sekretaris Desa I Made Artawan.", "I Made Artawan")]
    [InlineData("Acara itu dihadiri Bupati Andi Muhammad Rusdi dan Wakil Bupati Andi Muhammad Yusuf.", "Andi Muhammad Yusuf")]
    public void Two_holders_whose_names_open_with_the_same_words_keep_them(string sentence, string person)
        => Assert.Contains(person, PeopleOf(sentence));

    [Theory]
    [InlineData("Hal itu disampaikan Pertamina melalui keterangan tertulis.")]
    [InlineData("Usai salat, kemudian dibacakan Yasin dan tahlil bersama.")]
    [InlineData("Batik telah diakui Unesco sebagai warisan budaya dunia.")]
    public void A_body_or_a_book_after_a_passive_verb_of_saying_is_no_person(string sentence)
        => Assert.Empty(PeopleOf(sentence));

    [Fact]
    public void A_nickname_given_to_a_new_person_described_after_it_is_not_the_person_named_before()
    {
        var a = Article("Bupati Sukamaju Haryanto Wibowo meresmikan pasar baru.",
                        "Ucok, demikian ia akrab disapa, adalah pedagang sayur di pasar itu.",
                        "\"Sekarang jualan lebih nyaman,\" kata Ucok.");
        Assert.DoesNotContain("Haryanto Wibowo", a.Quotes.Single().Speakers);
    }

    [Theory]
    [InlineData("Budi Santoso Ketua RT 05 mengatakan warga siap.", "kata Ketua Panitia.")]
    [InlineData("Bantuan diserahkan langsung oleh Rina Wulandari Kepala Desa Sukamaju.", "ujar Kepala Sekolah.")]
    public void An_office_alone_finds_no_holder_of_another_office_named_right_before_it(string intro, string cue)
        => Assert.Empty(Article(intro, "Lomba digelar di lapangan desa.", "\"Hadiahnya menarik,\" " + cue).Quotes.Single().Speakers);

    [Fact]
    public void A_short_quotation_with_a_small_letter_cue_after_a_stop_and_a_name_is_speech()
    {
        var q = Article("Panen tahun ini melimpah.", "\"Alhamdulillah, lancar\". ucap Rina Wulandari.").Quotes.Single();
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(new[] { "Rina Wulandari" }, q.Speakers.ToArray());
    }
}
