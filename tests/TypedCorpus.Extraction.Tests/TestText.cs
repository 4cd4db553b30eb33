using TypedCorpus.Extraction;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Helpers for small inline texts and the seed files copied next to the tests.</summary>
public static class TestText
{
    public static ArticleModel Extract(string text, string file = "test.txt") => ArticleExtractor.Extract(file, text);

    public static string SeedsDir => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static IEnumerable<string> SeedFiles => Directory.GetFiles(SeedsDir, "*.txt").OrderBy(f => f, StringComparer.Ordinal);

    public static ArticleModel Seed(string prefix)
    {
        var path = SeedFiles.Single(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));
        return ArticleExtractor.Extract(Path.GetFileName(path), File.ReadAllBytes(path));
    }

    public static CorpusModel SeedCorpus() =>
        CorpusResolver.Resolve(SeedFiles.Select(p => ArticleExtractor.Extract(Path.GetFileName(p), File.ReadAllBytes(p))));
}
