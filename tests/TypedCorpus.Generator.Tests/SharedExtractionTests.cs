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

public class SlimModelTests
{
    private const string Text =
        "Warga Rayakan Panen Raya\n\n"
        + "Garut, Warta Desa - Ratusan petani di Lembah Hijau merayakan panen raya pada Sabtu, 6 April 2024.\n\n"
        + "\"Hasil tahun ini lebih baik dari tahun lalu,\" kata Kepala Desa Lembah Hijau Asep Sunandar.\n\n"
        + "Asep menambahkan bahwa panen berikutnya dimulai bulan depan.\n";

    [Fact]
    public void The_shared_model_keeps_only_the_first_line_and_the_mentions_of_the_full_one()
    {
        // what the compiler keeps for the whole build (the cache lives as long as the file's text): no lines but the first,
        // with the lines naming each person computed from the full model
        var full = TypedCorpus.Extraction.ArticleExtractor.Extract("panen.txt", Text);
        Assert.True(full.Lines.Count > 1);
        var text = Microsoft.CodeAnalysis.Text.SourceText.From(Text);
        var (model, mentions) = TypedCorpus.Generator.SharedExtraction.Extract(text, "panen.txt", Text, TypedCorpus.Generator.SharedExtraction.Consumer.Generator, default);
        Assert.Equal(new[] { full.Lines[0] }, model.Lines);
        Assert.Equal(full with { Lines = model.Lines }, model);
        Assert.Equal(PersonMentions.Of(full), mentions);
        Assert.NotEmpty(mentions);
        // the corpus step's key is the same as from the full model
        Assert.Equal(ArticleKey.From(new ParsedFile("/c/panen.txt", full)), ArticleKey.From(new ParsedFile("/c/panen.txt", model) { Mentions = mentions }));
    }

    [Fact]
    public void Once_the_generator_was_served_the_cache_keeps_no_body_and_the_generator_extracts_again()
    {
        var text = Microsoft.CodeAnalysis.Text.SourceText.From(Text);
        var g = TypedCorpus.Generator.SharedExtraction.Consumer.Generator;
        var a = TypedCorpus.Generator.SharedExtraction.Consumer.Analyzer;
        var (first, _) = TypedCorpus.Generator.SharedExtraction.Extract(text, "panen.txt", Text, g, default);
        Assert.NotEmpty(first.Paragraphs);
        // the analyzer, served next, gets the model without the body it never reads
        var (forAnalyzer, _) = TypedCorpus.Generator.SharedExtraction.Extract(text, "panen.txt", Text, a, default);
        Assert.Empty(forAnalyzer.Paragraphs);
        Assert.Equal(TypedCorpus.Generator.SharedExtraction.WithoutBody(first), forAnalyzer);
        // an analyzer run again on the same text gets the same model while it is alive
        var (again, _) = TypedCorpus.Generator.SharedExtraction.Extract(text, "panen.txt", Text, a, default);
        Assert.Same(forAnalyzer, again);
        // a generator run again on the same text gets the whole model (extracted again)
        var (regenerated, _) = TypedCorpus.Generator.SharedExtraction.Extract(text, "panen.txt", Text, g, default);
        Assert.Equal(first, regenerated);
    }

    [Fact]
    public void An_analyzer_served_first_leaves_the_body_for_the_generator()
    {
        // the order of an IDE, where the analyzer may run before the generator: the body stays until the generator took it
        var text = Microsoft.CodeAnalysis.Text.SourceText.From(Text);
        var (forAnalyzer, _) = TypedCorpus.Generator.SharedExtraction.Extract(text, "panen.txt", Text, TypedCorpus.Generator.SharedExtraction.Consumer.Analyzer, default);
        var (forGenerator, _) = TypedCorpus.Generator.SharedExtraction.Extract(text, "panen.txt", Text, TypedCorpus.Generator.SharedExtraction.Consumer.Generator, default);
        Assert.NotEmpty(forGenerator.Paragraphs);
        Assert.Same(forAnalyzer, forGenerator);
    }

    [Fact]
    public void Once_both_were_served_the_cache_does_not_keep_the_model_alive()
    {
        // what a command-line build needs: the compiler keeps the text (so the entry) until it exits, and the model must not
        // live that long through the cache
        var text = Microsoft.CodeAnalysis.Text.SourceText.From(Text);
        var served = ServeBoth(text);
        for (int i = 0; i < 3 && IsAlive(served); i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        Assert.False(IsAlive(served), "the cache kept the model alive");
        GC.KeepAlive(text);
        // and the next analyzer run over the same text still gets its model (extracted again)
        var (model, _) = TypedCorpus.Generator.SharedExtraction.Extract(text, "panen.txt", Text, TypedCorpus.Generator.SharedExtraction.Consumer.Analyzer, default);
        Assert.Equal("Warga Rayakan Panen Raya", model.Title);
    }

    // checked in a method of its own: a target read into the test's own frame could stay alive there until it returns
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static bool IsAlive(WeakReference<TypedCorpus.Extraction.ArticleModel> weak) => weak.TryGetTarget(out _);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference<TypedCorpus.Extraction.ArticleModel> ServeBoth(Microsoft.CodeAnalysis.Text.SourceText text)
    {
        TypedCorpus.Generator.SharedExtraction.Extract(text, "panen.txt", Text, TypedCorpus.Generator.SharedExtraction.Consumer.Generator, default);
        TypedCorpus.Generator.SharedExtraction.Extract(text, "panen.txt", Text, TypedCorpus.Generator.SharedExtraction.Consumer.Analyzer, default);
        // what the cache holds now: the model a further run over the same text is given
        var (model, _) = TypedCorpus.Generator.SharedExtraction.Extract(text, "panen.txt", Text, TypedCorpus.Generator.SharedExtraction.Consumer.Analyzer, default);
        return new WeakReference<TypedCorpus.Extraction.ArticleModel>(model);
    }

    [Fact]
    public void The_analyzer_reports_the_same_with_its_bodiless_models()
    {
        // duplicates (TC0009) and identifier collisions (TC0010) come from the corpus check over the analyzer's own results
        var texts = new[] { AnalyzerHarness.File("a.txt", Text), AnalyzerHarness.File("b.txt", Text) };
        var ids = AnalyzerHarness.Run(texts).Select(d => d.Id).ToList();
        Assert.Contains("TC0009", ids);
        Assert.Contains("TC0010", ids);
    }

    [Fact]
    public void The_parse_step_holds_the_slim_model()
    {
        var (_, _, result) = GeneratorHarness.Run(new[] { new InMemoryText("/corpus/seeds/panen.txt", Text) });
        var parse = result.Results.Single().TrackedSteps[TypedCorpusGenerator.Steps.Parse];
        var parsed = (ParsedFile)parse.Single().Outputs.Single().Value;
        Assert.Single(parsed.Model.Lines);
        Assert.NotNull(parsed.Mentions);
    }
}
