using TypedCorpus.Extraction;
using TypedCorpus.Extraction.Agreements;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Classes of agreement shapes (round 10): lists written on one line, signings with the partner after the document, counted officials.</summary>
public class AgreementClassTests
{
    private static IReadOnlyList<AgreementModel> Find(params (BodyBlockKind Kind, string Text)[] blocks)
    {
        var body = blocks.Select((b, i) => new BodyBlock(i + 1, b.Kind, b.Text, 0)).ToList();
        return AgreementExtractor.Extract(new ArticleContext("t.txt", null, null, body, blocks.Select(b => b.Text).ToList()), new List<string>());
    }

    private static IReadOnlyList<AgreementModel> Find(params string[] paragraphs) =>
        Find(paragraphs.Select(p => (BodyBlockKind.Paragraph, p)).ToArray());

    [Theory]
    [InlineData("1. Nota Kesepahaman Perikanan; 2. Protokol Pelabuhan Bersama; 3. Perjanjian Air Bersih. (KRN)")]
    [InlineData("1) Nota Kesepahaman Perikanan, 2) Protokol Pelabuhan Bersama, 3) Perjanjian Air Bersih")]
    [InlineData("Nota Kesepahaman Perikanan; 2. Protokol Pelabuhan Bersama; 3. Perjanjian Air Bersih")]
    public void A_numbered_list_written_on_one_line_splits_into_its_documents(string item)
    {
        var found = Find((BodyBlockKind.Paragraph, "Chile dan Peru juga menandatangani tiga dokumen kerja sama di Lima."),
            (BodyBlockKind.Paragraph, "Berikut daftar dokumen kerja sama Chile dan Peru yang disaksikan kedua presiden;"),
            (BodyBlockKind.ListItem, item));
        var items = found.Where(a => a.Rule == AgreementRules.SignedList).ToList();
        Assert.Equal(new[] { "Nota Kesepahaman Perikanan", "Protokol Pelabuhan Bersama", "Perjanjian Air Bersih" }, items.Select(a => a.Title));
        Assert.All(items, a => Assert.Equal(new[] { "Chile", "Peru" }, a.Parties));
        Assert.All(items, a => Assert.Equal(3, a.Line));
    }

    [Fact]
    public void A_list_after_a_paragraph_that_signs_documents_lists_them()
    {
        var found = Find((BodyBlockKind.Paragraph, "Chile dan Peru meneken dua naskah kerja sama di Lima."),
            (BodyBlockKind.Paragraph, "Naskah-naskah itu adalah:"),
            (BodyBlockKind.ListItem, "Nota Kesepahaman Perikanan"),
            (BodyBlockKind.ListItem, "Protokol Pelabuhan Bersama"));
        Assert.Equal(2, found.Count(a => a.Rule == AgreementRules.SignedList));
    }

    [Theory]
    [InlineData("Chile dan Peru akan menandatangani dua naskah kerja sama pekan depan.")]
    [InlineData("Chile dan Peru batal menandatangani dua naskah kerja sama.")]
    [InlineData("Chile dan Peru membahas dua naskah kerja sama di Lima.")]
    public void A_list_after_a_planned_or_failed_or_no_signing_is_no_signed_list(string before)
    {
        var found = Find((BodyBlockKind.Paragraph, before),
            (BodyBlockKind.Paragraph, "Naskah-naskah itu adalah:"),
            (BodyBlockKind.ListItem, "Nota Kesepahaman Perikanan"),
            (BodyBlockKind.ListItem, "Protokol Pelabuhan Bersama"));
        Assert.DoesNotContain(found, a => a.Rule == AgreementRules.SignedList);
    }

    [Theory]
    [InlineData("1. Pendahuluan dan tiga hal lain")]
    [InlineData("Nota Kesepahaman Perikanan; Protokol Pelabuhan")]
    [InlineData("1. Nota A; 3. Nota B")]
    [InlineData("Nota A; 3. Nota B")]
    public void A_line_that_does_not_count_up_from_one_is_not_split(string text) =>
        Assert.Null(InlineItems.Split(text));
}
