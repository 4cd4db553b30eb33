using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    /// <summary>A person of one article: fullest name in the article, mention count and first mention.</summary>
    public sealed class PersonEntry
    {
        public string[] Tokens = Array.Empty<string>();
        /// <summary>The tokens joined by spaces (joined again only when <see cref="Tokens"/> is replaced).</summary>
        public string Name
        {
            get
            {
                var known = _name; // one reference holds the tokens and their joined name, so they are read together
                if (known != null && ReferenceEquals(known.Of, Tokens)) return known.Name;
                var tokens = Tokens;
                _name = known = new JoinedName(tokens, string.Join(" ", tokens));
                return known.Name;
            }
        }
        private JoinedName? _name;
        private sealed class JoinedName
        {
            public JoinedName(string[] of, string name) { Of = of; Name = name; }
            public string[] Of { get; }
            public string Name { get; }
        }
        public int Count;
        public int FirstBlock = int.MaxValue;
        public int FirstPos = int.MaxValue;
        public string? Country;
        /// <summary>Some mention introduces the person by this very name (an office before it, a role in apposition after it).</summary>
        public bool Introduced;

        /// <summary>The nickname the article gives the person ("Dadang Sutisna atau yang akrab disapa Kang Ebod"), if any.</summary>
        public string[]? Alias;

        /// <summary>The person's name written in other spellings ("Putu Yuda" of "Putu Yudha Prawira"), if any.</summary>
        public List<string[]>? Variants;

        public bool Contains(string[] tokens) => AllIn(tokens, Tokens) || Alias != null && AllIn(tokens, Alias) || Variants != null && InVariant(tokens);

        // a loop, not a lambda: a lambda capturing the tokens would allocate on every call, variants or not
        private bool InVariant(string[] tokens)
        {
            foreach (var v in Variants!) if (AllIn(tokens, v)) return true;
            return false;
        }

        /// <summary>Is <paramref name="t"/> an initial of the name word <paramref name="u"/> ("M" or "M." of "Mohammad")?</summary>
        private static bool Abbreviates(string t, string u)
            => NameLexicon.IsInitial(t) && u.Length > 2 && u[0] == t[0] && !NameLexicon.IsInitial(u);

        /// <summary>Is every one of <paramref name="tokens"/> one of <paramref name="within"/> (an initial stands for its word)?</summary>
        internal static bool AllIn(string[] tokens, string[] within)
        {
            foreach (var t in tokens)
            {
                bool found = false;
                foreach (var u in within) if (string.Equals(t, u, StringComparison.Ordinal) || Abbreviates(t, u)) { found = true; break; }
                if (!found) return false;
            }
            return true;
        }
    }

    /// <summary>The persons of one article's body, found from roles and titles, cues, ages, appositions and saying verbs.</summary>
    public sealed partial class ArticlePeople
    {
        public readonly List<PersonEntry> Persons = new List<PersonEntry>();

        /// <summary>Words this article uses as places ("Kabupaten Sleman", "di Maros"): never person names here.</summary>
        public HashSet<string> Places { get; private set; } = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>Runs of office and name words the people step cut to a holder's name, by their words joined ("Taqwa Ngemplak Gebang Suparno" → "Suparno").</summary>
        internal Dictionary<string, string[]> TrimmedRuns { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal);

        /// <summary>Names of two words or more that the article gives a body or a place ("Polsek Tondon Nanggala"): never a person here.</summary>
        public HashSet<string> BodyNames { get; } = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>The words of <see cref="BodyNames"/>.</summary>
        public HashSet<string> BodyWords { get; } = new HashSet<string>(StringComparer.Ordinal);
        /// <summary>
        /// The tokens of every body block (<see cref="AnalysedBlock.Tokens"/> of the article's analysed text, read-only): the
        /// quote step reads them too.
        /// </summary>
        public readonly List<TokenList> BlockTokens = new List<TokenList>();

        /// <summary>
        /// <c>NameScanner.Mentions</c> of every body block. Only <see cref="Mention.Strong"/> is changed afterwards (by this step):
        /// the quote step reuses the other fields (<c>Name</c>, <c>Start</c>, <c>End</c>, <c>TokenIndex</c>, <c>EndTokenIndex</c>,
        /// <c>OrgOrPlace</c>) as <c>Mentions</c> made them, and its proofs of equivalence (<c>Attribution.OpaqueBound</c>) rest on
        /// how <c>Mentions</c> looks at neighbouring tokens.
        /// </summary>
        public readonly List<List<Mention>> BlockMentions = new List<List<Mention>>();

        public static ArticlePeople Analyze(ArticleContext context) => context.PeopleAnalysis ??= Compute(context);

        private static ArticlePeople Compute(ArticleContext context) => new Builder().Build(context);

        /// <summary>One-word names right after a cue of saying ("ujar Sambodo"): persons, whatever else the word is glued to.</summary>
        private static HashSet<string> CueSingles(ArticlePeople ap)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            for (int b = 0; b < ap.BlockMentions.Count; b++)
            {
                var toks = ap.BlockTokens[b];
                foreach (var m in ap.BlockMentions[b])
                    if (m.Name.Length == 1 && m.Strong && m.TokenIndex > 0 && toks[m.TokenIndex - 1].IsWord
                        && NameScanner.Cue(toks[m.TokenIndex - 1].Text) is { Nya: false }) set.Add(m.Name[0]);
            }
            return set;
        }

        /// <summary>Is a person other than <paramref name="p"/> named by words all within <paramref name="name"/>?</summary>
        private bool AnyOtherWithin(PersonEntry p, string[] name)
        {
            foreach (var o in Persons) if (o != p && PersonEntry.AllIn(o.Tokens, name)) return true;
            return false;
        }

        /// <summary>How many words of a name are not particles ("da", "bin", "van").</summary>
        private static int NameWords(string[] name)
        {
            int n = 0;
            foreach (var t in name) if (!NameLexicon.IsNameParticle(t)) n++;
            return n;
        }

        /// <summary>Does some person's fullest name start with <paramref name="word"/>?</summary>
        private bool AnyPersonStartsWith(string word)
        {
            foreach (var p in Persons) if (string.Equals(p.Tokens[0], word, StringComparison.Ordinal)) return true;
            return false;
        }

        /// <summary>"Korban mengaku", "Pelaku menegaskan": words the article writes in lower case (a sentence-opening one is a common noun).</summary>
        private static HashSet<string> LowerWords(List<TokenList> blocks)
        {
            var lower = new HashSet<string>(StringComparer.Ordinal);
            foreach (var toks in blocks) foreach (var t in toks) if (t.IsWord && t.Text.Length > 0 && char.IsLower(t.Text[0])) lower.Add(t.Text);
            return lower;
        }

        /// <summary>"PT Pertamina (Persero)" … "Pertamina menegaskan": a word met right after an organisation word names an organisation.</summary>
        private static HashSet<string> OrgNamedWords(List<TokenList> blocks)
        {
            var orgNamed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var toks in blocks)
                for (int i = 1; i < toks.Count; i++)
                {
                    if (!toks[i].IsCap || !toks[i - 1].IsWord || !NameLexicon.IsOrgWord(toks[i - 1].Text)) continue;
                    orgNamed.Add(toks[i].Text);
                    // a company's whole name: "PT Energi Samudra (Persero)"
                    if (NameScanner.CompanyPrefixes.Contains(toks[i - 1].Text))
                        for (int j = i + 1; j < toks.Count && j < i + 3 && toks[j].IsCap && !NameLexicon.IsPersonRole(toks[j].Text)
                            && !NameLexicon.IsInitial(toks[j].Text); j++) orgNamed.Add(toks[j].Text); // an initial opens a holder's name
                }
            return orgNamed;
        }

        /// <summary>The person whose fullest name holds all these tokens (the most mentioned when several do), or null.</summary>
        public PersonEntry? Find(string[] tokens)
        {
            if (tokens.Length == 0) return null;
            tokens = NameLexicon.KnownFullName(tokens) ?? tokens;
            // "Taqwa Ngemplak Gebang Suparno": a run the people step cut to its holder's name is that name
            if (TrimmedRuns.Count > 0 && tokens.Length >= 2 && TrimmedRuns.TryGetValue(string.Join(" ", tokens), out var cut)) tokens = cut;
            PersonEntry? best = null;
            // a person of one word beside a longer name with that word ("Santoso (48)" and "Dwi Santoso Nugraha") is that word's
            // (so is a person named exactly so beside a longer name ending with it: "Darmadi Lubis" and "Ratna Sari Darmadi Lubis")
            foreach (var p in Persons)
                if (SameWords(p.Tokens, tokens)) return p;
            foreach (var p in Persons)
                if (p.Contains(tokens) && (best == null || p.Count > best.Count)) best = p;
            if (best != null || tokens.Length < 2) return best;
            // a longer run around a known name ("Maju Jaya Rudi Hartono" → "Rudi Hartono")
            foreach (var p in Persons)
                if (p.Tokens.Length >= 2 && PersonEntry.AllIn(p.Tokens, tokens) && (best == null || p.Tokens.Length > best.Tokens.Length)) best = p;
            // "Kepala Desa Sukamaju Rudi" when "Sukamaju" is a place of the article: the person "Rudi" after the place words
            int lead = 0;
            while (best == null && lead < tokens.Length - 1 && Places.Contains(tokens[lead])) lead++;
            return lead > 0 ? Find(tokens.Skip(lead).ToArray()) : best;
        }

        private static bool SameWords(string[] a, string[] b)
        {
            if (a.Length != b.Length) return false;
            for (int k = 0; k < a.Length; k++) if (!string.Equals(a[k], b[k], StringComparison.Ordinal)) return false;
            return true;
        }

        /// <summary>
        /// "SBY", "AHY": two to four capitals that are the initials of exactly one person of the article with as many name
        /// words ("Susilo Bambang Yudhoyono"), else null.
        /// </summary>
        public PersonEntry? ByInitials(string word)
        {
            if (word.Length < 2 || word.Length > 4) return null;
            foreach (var c in word) if (c < 'A' || c > 'Z') return null;
            PersonEntry? found = null;
            foreach (var p in Persons)
            {
                if (!AreInitialsOf(word, p.Tokens)) continue;
                if (found != null) return null;
                found = p;
            }
            return found;
        }

        /// <summary>Is <paramref name="acronym"/> the first letters of the words of <paramref name="name"/>, one each ("SBY" of "Susilo Bambang Yudhoyono")?</summary>
        internal static bool AreInitialsOf(string acronym, string[] name)
        {
            if (acronym.Length != name.Length) return false;
            for (int i = 0; i < acronym.Length; i++) if (name[i].Length < 2 || name[i][0] != acronym[i]) return false;
            return true;
        }

        /// <summary>A speaker name as the article knows it: a country's canonical name, a person's fullest name, else the name.</summary>
        public string Resolve(string[] tokens)
        {
            var joined = string.Join(" ", tokens);
            var c = Countries.Resolve(joined);
            if (c != null) return c;
            var p = Find(tokens);
            return p != null ? p.Name : joined;
        }

        /// <summary>The article's two principal persons (most mentioned, then first met), for "kedua pemimpin", "keduanya", "mereka".</summary>
        public IReadOnlyList<string> Principals()
        {
            if (Persons.Count < 2) return Persons.Select(p => p.Name).ToList();
            var top = Persons.Select((p, i) => (p, i)).OrderByDescending(x => x.p.Count).ThenBy(x => x.i).Take(2).OrderBy(x => x.i).Select(x => x.p.Name).ToList();
            return top;
        }

        /// <summary>The two countries of the principals (from their titles), else the two most named countries.</summary>
        public IReadOnlyList<string> PrincipalCountries(ArticleContext context)
        {
            var result = new List<string>();
            var principals = Principals();
            foreach (var name in principals)
            {
                var p = Persons.First(x => x.Name == name);
                if (p.Country != null && !result.Contains(p.Country)) result.Add(p.Country);
            }
            if (result.Count == 2) return result;
            var counts = new Dictionary<string, (int Count, int First)>();
            int order = 0;
            for (int b = 0; b < BlockTokens.Count; b++)
            {
                var toks = BlockTokens[b];
                for (int i = 0; i < toks.Count; i++)
                {
                    if (!toks[i].IsCap) continue;
                    string? c = null;
                    if (i + 1 < toks.Count && toks[i + 1].IsCap) c = Countries.Canonical(toks[i].Text + " " + toks[i + 1].Text);
                    c ??= Countries.Resolve(toks[i].Text);
                    if (c == null) continue;
                    counts.TryGetValue(c, out var v);
                    counts[c] = (v.Count + 1, v.Count == 0 ? order++ : v.First);
                }
            }
            foreach (var kv in counts.OrderByDescending(x => x.Value.Count).ThenBy(x => x.Value.First))
            {
                if (result.Count >= 2) break;
                if (!result.Contains(kv.Key)) result.Add(kv.Key);
            }
            return result;
        }
    }
}
