namespace TypedCorpus.Generator.Tests;

/// <summary>Tests that read the process-wide extraction counter: they run alone, not beside tests that extract in parallel.</summary>
[CollectionDefinition(nameof(SerialTests), DisableParallelization = true)]
public sealed class SerialTests { }

[Collection(nameof(SerialTests))]
public class SharedExtractionTests
{
    [Fact]
    public void Generator_and_analyzer_extract_each_text_once()
    {
        // The compiler hands the generator and the analyzer the same SourceText of a file: the second asks the cache.
        // (Other tests may run extractions in parallel, so the count is checked for these texts only: unique content.)
        var tag = Guid.NewGuid().ToString("N");
        var texts = Enumerable.Range(0, 3).Select(i => AnalyzerHarness.File($"shared{i}.txt",
            $"Judul Berita Bersama {i}\n\nJakarta, Kabar - Warga berkumpul di balai kota untuk rapat ke-{i} ({tag}).\n")).ToList();
        var before = TypedCorpus.Generator.SharedExtraction.Extractions;
        GeneratorHarness.Run(texts);
        var afterGenerator = TypedCorpus.Generator.SharedExtraction.Extractions;
        var diagnostics = AnalyzerHarness.Run(texts);
        var afterAnalyzer = TypedCorpus.Generator.SharedExtraction.Extractions;
        Assert.True(afterGenerator - before >= 3, $"the generator extracted {afterGenerator - before} texts");
        // the analyzer found the three models in the cache: no new extraction for these texts (others may run concurrently,
        // so allow them, but the analyzer's own three must not add up)
        Assert.True(afterAnalyzer - afterGenerator < 3, $"the analyzer extracted again: {afterAnalyzer - afterGenerator}");
        Assert.DoesNotContain(diagnostics, d => d.Id == "TC0099");
    }
}
