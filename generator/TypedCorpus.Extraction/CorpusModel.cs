namespace TypedCorpus.Extraction
{
    /// <summary>A person of the corpus-wide registry: canonical (fullest) name and the other forms met.</summary>
    public sealed record PersonModel(string Name, EquatableArray<string> Aliases);

    /// <summary>The whole corpus after corpus-level resolution: articles with canonical names, and the people registry.</summary>
    public sealed record CorpusModel(EquatableArray<ArticleModel> Articles, EquatableArray<PersonModel> People);
}
