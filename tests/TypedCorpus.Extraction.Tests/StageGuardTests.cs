using TypedCorpus.Extraction;
using TypedCorpus.Extraction.Agreements;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Each stage of the per-file pipeline runs under a guard: a failure is TC0099 naming the stage, cancellation propagates.</summary>
public class StageGuardTests
{
    private static readonly string SeedText = File.ReadAllText(TestText.SeedFiles.Single(f => Path.GetFileName(f).StartsWith("002", StringComparison.Ordinal)));

    private static ArticleModel ExtractFailingAt(string stage, Exception failure) =>
        ArticleExtractor.Extract("seed.txt", SeedText, s => { if (s == stage) throw failure; }, CancellationToken.None);

    [Theory]
    [InlineData(ArticleStage.Quotes)]
    [InlineData(ArticleStage.People)]
    [InlineData(ArticleStage.Agreements)]
    public void A_failing_analysis_stage_is_TC0099_naming_it_and_the_rest_of_the_article_is_kept(string stage)
    {
        var normal = ArticleExtractor.Extract("seed.txt", SeedText);
        Assert.NotEmpty(normal.Quotes);
        Assert.NotEmpty(normal.Agreements);

        var failed = ExtractFailingAt(stage, new InvalidOperationException("injected"));

        var d = Assert.Single(failed.Diagnostics, x => x.Id == DiagnosticIds.InternalError);
        Assert.Equal((1, DiagnosticSeverity.Error), (d.Line, d.Severity));
        Assert.Contains($"could not extract the {stage} of this article (InvalidOperationException: injected)", d.Message, StringComparison.Ordinal);
        Assert.Equal(normal.Lines, failed.Lines);                 // every line keeps what it is
        Assert.Equal((normal.Title, normal.Date, normal.Paragraphs), (failed.Title, failed.Date, failed.Paragraphs));
        if (stage != ArticleStage.Quotes) Assert.Equal(normal.Quotes, failed.Quotes);
        else Assert.Empty(failed.Quotes);
        if (stage == ArticleStage.Agreements) Assert.Empty(failed.Agreements);
    }

    [Theory]
    [InlineData(ArticleStage.FrontMatter)]
    [InlineData(ArticleStage.Structure)]
    [InlineData(ArticleStage.Metadata)]
    [InlineData(ArticleStage.Text)]
    public void A_failing_structure_stage_is_TC0099_naming_it_and_every_line_is_kept(string stage)
    {
        var failed = ExtractFailingAt(stage, new IndexOutOfRangeException("injected"));

        var d = Assert.Single(failed.Diagnostics);
        Assert.Equal((DiagnosticIds.InternalError, 1), (d.Id, d.Line));
        Assert.Contains($"its {stage} stage failed (IndexOutOfRangeException: injected)", d.Message, StringComparison.Ordinal);
        var nonBlank = SeedText.Split('\n').Select((l, i) => (Line: i + 1, Text: l.TrimEnd('\r'))).Where(l => l.Text.Trim().Length > 0).ToList();
        Assert.Equal(nonBlank.Select(l => (l.Line, LineKind.Paragraph, l.Text)), failed.Lines.Select(l => (l.Number, l.Kind, l.Raw)));
    }

    [Theory]
    [InlineData(ArticleStage.FrontMatter)]
    [InlineData(ArticleStage.Structure)]
    [InlineData(ArticleStage.Metadata)]
    [InlineData(ArticleStage.Text)]
    [InlineData(ArticleStage.Quotes)]
    [InlineData(ArticleStage.People)]
    [InlineData(ArticleStage.Agreements)]
    public void Cancellation_in_any_stage_propagates(string stage)
    {
        Assert.Throws<OperationCanceledException>(() => ExtractFailingAt(stage, new OperationCanceledException()));
    }

    /// <summary>A body that fails when the agreement step reads it.</summary>
    private sealed class FailingBody(Exception failure) : IReadOnlyList<BodyBlock>
    {
        public BodyBlock this[int index] => throw failure;
        public int Count => throw failure;
        public IEnumerator<BodyBlock> GetEnumerator() => throw failure;
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    [Fact]
    public void The_agreement_step_lets_failures_and_cancellation_through_to_the_guard()
    {
        ArticleContext Context(Exception e) => new("x.txt", null, null, new FailingBody(e), new[] { "x" });
        Assert.Throws<InvalidOperationException>(() => AgreementExtractor.Extract(Context(new InvalidOperationException("bug")), new List<string>()));
        Assert.Throws<OperationCanceledException>(() => AgreementExtractor.Extract(Context(new OperationCanceledException()), new List<string>()));
    }
}
