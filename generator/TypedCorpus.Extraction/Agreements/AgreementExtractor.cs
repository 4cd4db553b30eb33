using System.Collections.Generic;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>Finds agreements in an article's body (corpus-model.md §5).</summary>
    public static class AgreementExtractor
    {
        public static IReadOnlyList<AgreementModel> Extract(ArticleContext context, IReadOnlyList<string> people) => new List<AgreementModel>();
    }
}
