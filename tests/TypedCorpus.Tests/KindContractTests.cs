using TypedCorpus.Cli;
using TypedCorpus.Extraction;
using Engine = TypedCorpus.Extraction;

namespace TypedCorpus.Tests;

/// <summary>Quote and agreement kinds: one mapping from the engine to the library, fixed export names, unknown values are errors.</summary>
public class KindContractTests
{
    [Fact]
    public void Export_names_are_the_documented_strings()
    {
        Assert.Equal(new[] { "direct", "partial", "term" }, Enum.GetValues<QuoteKind>().Select(Enums.Name));
        Assert.Equal(new[] { "signed", "commitment", "declaration", "joint-statement" }, Enum.GetValues<AgreementKind>().Select(Enums.Name));
    }

    [Fact]
    public void Every_engine_kind_maps_to_the_library_kind_of_the_same_name()
    {
        foreach (var k in Enum.GetValues<Engine.QuoteKind>()) Assert.Equal(k.ToString(), Enums.Map(k).ToString());
        foreach (var k in Enum.GetValues<Engine.AgreementKind>()) Assert.Equal(k.ToString(), Enums.Map(k).ToString());
        foreach (var k in Enum.GetValues<Engine.FurnitureKind>()) Assert.Equal(k.ToString(), Enums.Map(k).ToString());
    }

    [Fact]
    public void An_unknown_kind_is_an_error_not_a_default()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Enums.Map((Engine.QuoteKind)3));
        Assert.Throws<ArgumentOutOfRangeException>(() => Enums.Map((Engine.AgreementKind)4));
        Assert.Throws<ArgumentOutOfRangeException>(() => Enums.Map((Engine.FurnitureKind)(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Enums.Name((QuoteKind)7));
        Assert.Throws<ArgumentOutOfRangeException>(() => Enums.Name((AgreementKind)7));

        var quote = new QuoteModel(1, 0, "x", (Engine.QuoteKind)5, EquatableArray<string>.Empty, null, null, null);
        var article = new ArticleModel { File = "a.txt", Quotes = new[] { quote }.ToEquatableArray() };
        var corpus = new CorpusModel(new[] { article }.ToEquatableArray(), EquatableArray<PersonModel>.Empty);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ModelMapper(corpus));
    }
}
