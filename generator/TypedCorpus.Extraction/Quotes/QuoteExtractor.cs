using System.Collections.Generic;

namespace TypedCorpus.Extraction.Quotes
{
    /// <summary>Finds quotations in an article's body and attributes them (corpus-model.md §4).</summary>
    public static class QuoteExtractor
    {
        /// <summary>Quotes of the body, in order. Speakers are article-level names (the corpus step canonicalises them).</summary>
        public static IReadOnlyList<QuoteModel> Extract(ArticleContext context) => new List<QuoteModel>();
    }
}
