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
            var shortNames = new ShortNames(ordered);
            var resolved = new List<ArticleModel>(ordered.Length);
            foreach (var a in ordered) resolved.Add(ResolveArticle(a, shortNames));
            return new CorpusModel(resolved.ToEquatableArray(), Registry(resolved, shortNames.Canonical).ToEquatableArray());
        }

        /// <summary>One-word person names and the one full name of the corpus each stands for (spec §2, step 2).</summary>
        private sealed class ShortNames
        {
            private readonly Dictionary<string, string[]> _tokensOf;
            private readonly Dictionary<string, List<string>> _holdersOf = new Dictionary<string, List<string>>(StringComparer.Ordinal); // word -> the full names holding it

            /// <summary>One-word name -> the one full name, or itself (filled as names are asked for).</summary>
            public readonly Dictionary<string, string> Canonical = new Dictionary<string, string>(StringComparer.Ordinal);

            public ShortNames(ArticleModel[] ordered)
            {
                // every full (two words or more) person name of the corpus: what a short form of another article may stand for
                var fullNames = new HashSet<string>(StringComparer.Ordinal);
                foreach (var a in ordered)
                    foreach (var n in PersonNames(a))
                        if (n.IndexOf(' ') > 0) fullNames.Add(n);
                _tokensOf = fullNames.ToDictionary(n => n, Tokens, StringComparer.Ordinal);
                foreach (var kv in _tokensOf.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                    foreach (var t in kv.Value.Distinct(StringComparer.Ordinal))
                    {
                        if (!_holdersOf.TryGetValue(t, out var list)) _holdersOf[t] = list = new List<string>();
                        list.Add(kv.Key);
                    }
            }

            public string Map(string s)
            {
                if (NameLexicon.KnownFullName(new[] { s }) is { } known) return string.Join(" ", known);
                if (s.IndexOf(' ') >= 0 || !IsPersonLike(s)) return s;
                if (!Canonical.TryGetValue(s, out var c)) Canonical[s] = c = CorpusResolver.Canonical(s, _holdersOf, _tokensOf);
                return c;
            }
        }

        /// <summary>An article with its people, speakers, addressees and parties under their canonical names.</summary>
        private static ArticleModel ResolveArticle(ArticleModel a, ShortNames shortNames)
        {
            string Map(string s) => a.IntroducedShortNames.Contains(s) ? s : shortNames.Map(s);
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
            return a with { People = people, Quotes = quotes, Agreements = agreements };
        }

        /// <summary>The corpus's persons (people and person-like speakers), each with the short forms resolved to it.</summary>
        private static List<PersonModel> Registry(List<ArticleModel> resolved, Dictionary<string, string> canonical)
        {
            var registry = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            foreach (var a in resolved)
            {
                foreach (var p in a.People) if (!registry.ContainsKey(p)) registry[p] = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var q in a.Quotes) foreach (var s in q.Speakers)
                    if (IsPersonLike(s) && !registry.ContainsKey(s)) registry[s] = new SortedSet<string>(StringComparer.Ordinal);
            }
            foreach (var kv in canonical)
                if (kv.Key != kv.Value && registry.TryGetValue(kv.Value, out var aliases)) aliases.Add(kv.Key);
            return registry.Select(kv => new PersonModel(kv.Key, kv.Value.ToEquatableArray())).ToList();
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
