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
            // every full (two words or more) person name of the corpus: what a short form of another article may stand for
            var fullNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var a in ordered)
                foreach (var n in PersonNames(a))
                    if (n.IndexOf(' ') > 0) fullNames.Add(n);
            var tokensOf = fullNames.ToDictionary(n => n, Tokens, StringComparer.Ordinal);
            var holdersOf = new Dictionary<string, List<string>>(StringComparer.Ordinal); // word -> the full names holding it
            foreach (var kv in tokensOf.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                foreach (var t in kv.Value.Distinct(StringComparer.Ordinal))
                {
                    if (!holdersOf.TryGetValue(t, out var list)) holdersOf[t] = list = new List<string>();
                    list.Add(kv.Key);
                }
            var canonical = new Dictionary<string, string>(StringComparer.Ordinal); // one-word name -> the one full name, or itself
            string MapShort(string s)
            {
                if (NameLexicon.KnownFullName(new[] { s }) is { } known) return string.Join(" ", known);
                if (s.IndexOf(' ') >= 0 || !IsPersonLike(s)) return s;
                if (!canonical.TryGetValue(s, out var c)) canonical[s] = c = Canonical(s, holdersOf, tokensOf);
                return c;
            }

            var resolved = new List<ArticleModel>(ordered.Length);
            foreach (var a in ordered)
            {
                string Map(string s) => a.IntroducedShortNames.Contains(s) ? s : MapShort(s);
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

        /// <summary>The person names an article uses: its people and its quotes' speakers.</summary>
        private static IEnumerable<string> PersonNames(ArticleModel a)
        {
            foreach (var p in a.People) yield return p;
            foreach (var q in a.Quotes) foreach (var s in q.Speakers) if (IsPersonLike(s)) yield return s;
        }

        /// <summary>More full names than this holding one word are different people (the check is quadratic in them).</summary>
        private const int MaxHolders = 32;

        private static bool IsPersonLike(string s) => s.Length > 0 && Countries.Resolve(s) == null;

        private static string[] Tokens(string s) => s.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);

        /// <summary>
        /// What a one-word name stands for across the corpus (corpus-model §2): the article step has already resolved it to
        /// a fuller name of its own article when there is one, so here it meets only full names of other articles. It becomes
        /// the one full name that holds it ("Putin" → "Vladimir Putin"); with two or more different people to choose from
        /// ("Bambang Soesatyo", "Bambang Brodjonegoro") it stays as written. A fuller form of the same name
        /// ("Vladimir Vladimirovich Putin" beside "Vladimir Putin") is the same person, so it counts once, as its fullest form.
        /// </summary>
        private static string Canonical(string name, Dictionary<string, List<string>> holdersOf, Dictionary<string, string[]> tokensOf)
        {
            // a word held by many full names is a common given name: never one person's
            if (!holdersOf.TryGetValue(name, out var holders) || holders.Count > MaxHolders) return name;
            // the fullest forms: holders no other holder contains
            var fullest = holders.Where(h => !holders.Any(o => !ReferenceEquals(o, h) && tokensOf[o].Length > tokensOf[h].Length
                && tokensOf[h].All(t => Array.IndexOf(tokensOf[o], t) >= 0))).ToList();
            if (fullest.Count != 1) return name;
            return fullest[0];
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
