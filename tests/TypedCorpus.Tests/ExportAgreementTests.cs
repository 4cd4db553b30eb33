using TypedCorpus.Cli;

namespace TypedCorpus.Tests;

/// <summary>The engine at run time (the CLI's export) and the generator at compile time must build the same corpus.</summary>
public class ExportAgreementTests
{
    [Fact]
    public void Cli_export_of_seeds_equals_the_compiled_in_corpus()
    {
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
        var (model, _) = CorpusLoader.Load(seeds);
        var mapper = new ModelMapper(model);
        var fromEngine = ExportJson.Write(mapper.Articles, mapper.People);
        var fromGenerator = ExportJson.Write(Corpus.Articles, Corpus.People);
        Assert.Equal(fromEngine, fromGenerator);
    }

    [Fact]
    public void Report_prints_every_compiled_in_article()
    {
        var report = ReportWriter.Write(TypedCorpus.Cli.Seeds.Corpus.Articles, TypedCorpus.Cli.Seeds.Corpus.People);
        Assert.StartsWith("TypedCorpus: 5 articles", report);
        foreach (var a in Corpus.Articles) Assert.Contains(a.Outlet ?? a.Dateline ?? "-", report);
    }
}
