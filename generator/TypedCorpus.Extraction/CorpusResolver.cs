using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;

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
            // every person name of the corpus, with how often it is used
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var a in ordered)
            {
                foreach (var p in a.People) Add(counts, p);
                foreach (var q in a.Quotes) foreach (var s in q.Speakers) if (IsPersonLike(s)) Add(counts, s);
            }
            var names = counts.Keys.ToList();
            var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var n in names) canonical[n] = Canonical(n, names, counts);

            string Map(string s) => canonical.TryGetValue(s, out var c) ? c : s;

            var resolved = new List<ArticleModel>(ordered.Length);
            foreach (var a in ordered)
            {
                var people = a.People.Select(Map).Distinct(StringComparer.Ordinal).ToEquatableArray();
                var quotes = a.Quotes.Select(q => q with
                {
                    Speakers = q.Speakers.Select(Map).Distinct(StringComparer.Ordinal).ToEquatableArray(),
                    Addressee = q.Addressee == null ? null : Map(q.Addressee),
                }).ToEquatableArray();
                var agreements = a.Agreements.Select(g => g with
                {
                    Parties = g.Parties.Select(Map).Distinct(StringComparer.Ordinal).ToEquatableArray(),
                }).ToEquatableArray();
                resolved.Add(a with { People = people, Quotes = quotes, Agreements = agreements });
            }

            var registry = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            foreach (var a in resolved)
            {
                foreach (var p in a.People) if (!registry.ContainsKey(p)) registry[p] = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var q in a.Quotes) foreach (var s in q.Speakers)
                    if (IsPersonLike(s) && !registry.ContainsKey(s)) registry[s] = new SortedSet<string>(StringComparer.Ordinal);
            }
            foreach (var kv in canonical)
                if (kv.Key != kv.Value && registry.TryGetValue(kv.Value, out var aliases)) aliases.Add(kv.Key);
            var people2 = registry.Select(kv => new PersonModel(kv.Key, kv.Value.ToEquatableArray())).ToList();
            return new CorpusModel(resolved.ToEquatableArray(), people2.ToEquatableArray());
        }

        private static void Add(Dictionary<string, int> counts, string name)
        {
            counts.TryGetValue(name, out var c);
            counts[name] = c + 1;
        }

        private static bool IsPersonLike(string s) => s.Length > 0 && Countries.Resolve(s) == null;

        private static string[] Tokens(string s) => s.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);

        /// <summary>The fullest name whose words include all words of <paramref name="name"/> (the most used when several do).</summary>
        private static string Canonical(string name, List<string> names, Dictionary<string, int> counts)
        {
            var tokens = Tokens(name);
            string best = name;
            int bestLen = tokens.Length, bestCount = -1;
            foreach (var other in names)
            {
                var ot = Tokens(other);
                if (ot.Length <= tokens.Length) continue;
                if (!tokens.All(t => ot.Contains(t, StringComparer.Ordinal))) continue;
                int c = counts[other];
                if (ot.Length > bestLen && bestCount < 0 || c > bestCount || c == bestCount && ot.Length > bestLen)
                {
                    best = other; bestLen = ot.Length; bestCount = c;
                }
            }
            return best;
        }

        /// <summary>Findings that need the whole corpus: duplicate articles (same content).</summary>
        public static IEnumerable<(string File, DiagnosticModel Diagnostic)> CorpusDiagnostics(CorpusModel corpus)
        {
            var firstByHash = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var a in corpus.Articles)
            {
                // a file that is not text has TC0001 only, and takes no part in the duplicate check
                if (a.Lines.Count == 0 || a.ContentHash.Length == 0 || TextDecoding.IsUnreadable(a)) continue;
                if (firstByHash.TryGetValue(a.ContentHash, out var first))
                    yield return (a.File, Diagnostics.Create(DiagnosticIds.DuplicateArticle, a.Lines[0].Number, 0, 0,
                        $"this article has the same content as '{first}'; delete one of the two files"));
                else firstByHash[a.ContentHash] = a.File;
            }
        }
    }
}
