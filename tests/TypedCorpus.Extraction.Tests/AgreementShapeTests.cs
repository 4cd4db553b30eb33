using TypedCorpus.Extraction;
using TypedCorpus.Extraction.Agreements;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Shapes of agreements in local and diplomatic news: terms of one deal, failures, sides of a dispute, signings that seal a deal.</summary>
public class AgreementShapeTests
{
    private static IReadOnlyList<AgreementModel> Find(params (BodyBlockKind Kind, string Text)[] blocks)
    {
        var body = blocks.Select((b, i) => new BodyBlock(i + 1, b.Kind, b.Text, 0)).ToList();
        return AgreementExtractor.Extract(new ArticleContext("t.txt", null, null, body, blocks.Select(b => b.Text).ToList()), new List<string>());
    }

    private static IReadOnlyList<AgreementModel> Find(params string[] paragraphs) =>
        Find(paragraphs.Select(p => (BodyBlockKind.Paragraph, p)).ToArray());

    [Fact]
    public void The_points_of_one_agreement_are_its_terms_not_agreements()
    {
        var found = Find((BodyBlockKind.Paragraph, "Koperasi Tani Makmur dan PT Sawit Jaya menandatangani perjanjian harga beli sawit."),
            (BodyBlockKind.Paragraph, "Berikut poin-poin kesepakatan yang dicapai:"),
            (BodyBlockKind.ListItem, "Harga beli naik lima persen mulai Maret."),
            (BodyBlockKind.ListItem, "Pembayaran dilakukan setiap dua minggu."));
        var a = Assert.Single(found);
        Assert.Equal(1, a.Line);
    }

    [Fact]
    public void A_difficulty_in_reaching_agreement_is_no_agreement() =>
        Assert.Empty(Find("Warga Desa Sukaraja dan Desa Mekarsari mengalami kesulitan mencapai kesepakatan damai."));
}
