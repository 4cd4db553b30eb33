using TypedCorpus.Extraction.Structure;

namespace TypedCorpus.Extraction.Tests;

/// <summary>The table of furniture line rules (id, kind, pattern) and the orders the structure stage tries them in.</summary>
public class LineRuleTests
{
    [Fact]
    public void Every_rule_has_a_unique_id_and_the_lists_are_drawn_from_the_table()
    {
        Assert.Equal(LineRules.All.Length, LineRules.All.Select(r => r.Id).Distinct().Count());
        Assert.All(LineRules.Header.Concat(LineRules.Tail), r => Assert.Contains(r, LineRules.All));
    }

    [Theory]
    [InlineData("Penulis: Rina Marlina", "author", FurnitureKind.Author)]
    [InlineData("Dewi Lestari Photo Verified Writer", "writer-block", FurnitureKind.Author)]
    [InlineData("Copyright © 2024 Harian Contoh", "copyright", FurnitureKind.SignOff)]
    [InlineData("Tag: banjir, Palu", "topics", FurnitureKind.Topics)]
    [InlineData("Berita Terkait", "more-news", FurnitureKind.MoreNews)]
    [InlineData("Ikuti kami di kanal resmi", "promo", FurnitureKind.Promo)]
    [InlineData("Simak kabar terbaru di Google News", "promo", FurnitureKind.Promo)]
    public void A_tail_line_is_named_by_the_first_rule_that_matches(string line, string id, FurnitureKind kind)
    {
        var rule = LineRules.FirstMatch(LineRules.Tail, line);
        Assert.NotNull(rule);
        Assert.Equal(id, rule!.Id);
        Assert.Equal(kind, rule.Kind);
    }

    [Theory]
    [InlineData("Warga Palu membersihkan pantai setelah banjir rob surut.")]
    [InlineData("Foto-foto warga beredar di media sosial sejak pagi.")]
    public void Prose_matches_no_rule(string line) => Assert.Null(LineRules.FirstMatch(LineRules.All, line));

    [Fact]
    public void A_writer_block_is_tried_only_on_a_line_holding_Photo()
    {
        Assert.True(LineRules.WriterBlock.IsMatch("Andi Saputra Photo Writer"));
        Assert.False(LineRules.WriterBlock.Match("Andi Saputra Writer").Success);
    }
}
