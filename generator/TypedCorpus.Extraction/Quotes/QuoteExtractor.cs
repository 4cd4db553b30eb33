using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;
using TypedCorpus.Extraction.People;

namespace TypedCorpus.Extraction.Quotes
{
    /// <summary>Finds quotations in an article's body and attributes them (corpus-model.md §4).</summary>
    public static class QuoteExtractor
    {
        /// <summary>Quotes of the body, in order. Speakers are article-level names (the corpus step canonicalises them).</summary>
        public static IReadOnlyList<QuoteModel> Extract(ArticleContext context)
        {
            var people = ArticlePeople.Analyze(context);
            var spans = QuoteSpans.Find(context, out var masks);
            return new Attribution(context, people, spans, masks).Run();
        }
    }

    /// <summary>A quoted span: its parts (one per paragraph), opening mark and closing mark.</summary>
    public sealed class QuoteSpan
    {
        public int StartBlock;
        public int OpenPos;
        public int EndBlock;
        public int ClosePos;
        public bool Single;
        public readonly List<(int Block, int From, int To)> Parts = new List<(int, int, int)>();
    }
}
