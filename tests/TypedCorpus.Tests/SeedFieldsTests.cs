using TypedCorpus;

namespace TypedCorpus.Tests;

/// <summary>This project's own typed front matter: the seeds have none, so every field keeps the record's default.</summary>
[CorpusFields]
public sealed record SeedFields
{
    /// <summary>The desk (front matter 'desk:').</summary>
    public string? Desk { get; init; }

    /// <summary>Tags (front matter 'tags: a, b').</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Whether the story is a feature (front matter 'feature: true').</summary>
    public bool Feature { get; init; } = true;
}

public class SeedFieldsTests
{
    [Fact]
    public void Fields_of_articles_without_front_matter_are_the_record_defaults()
    {
        Assert.All(Corpus.Articles, a =>
        {
            var f = a.Fields();
            Assert.Null(f.Desk);
            Assert.Empty(f.Tags);
            Assert.True(f.Feature);
            Assert.Empty(a.FrontMatter);
            Assert.Same(f, a.Fields());
        });
    }
}
