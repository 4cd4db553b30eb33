using System;
using System.Collections.Generic;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>A party to an agreement: a country, organisation, person or bare name.</summary>
    internal sealed class Party
    {
        public Party(string name, EntType type) { Name = name; Type = type; }
        public string Name { get; }
        public EntType Type { get; }
    }

    /// <summary>
    /// The article's person names: the people step's, then every person the mention rules find. Whether a bare name is a
    /// person's and a person's fullest name are asked only once the set is complete (<see cref="Complete"/>), so an answer
    /// never changes and is kept.
    /// </summary>
    internal sealed class PartyNames
    {
        private readonly IReadOnlyList<string> _people;
        private readonly HashSet<string> _persons = new HashSet<string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string[]> _words = new Dictionary<string, string[]>(StringComparer.Ordinal);
        private readonly Dictionary<string, bool> _personLike = new Dictionary<string, bool>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _full = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly HashSet<string> _orgs = new HashSet<string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _inFull = new Dictionary<string, string>(StringComparer.Ordinal);
        // The words of every person name (in the set's order) and of the people step's names (in its order), made on the first
        // question: the set is complete by then and does not change.
        private List<(string Name, string[] Words)>? _personWords;
        private List<(string Name, string[] Words)>? _peopleWords;

        public PartyNames(IReadOnlyList<string> people)
        {
            _people = people;
            foreach (var p in people) _persons.Add(p);
        }

        /// <summary>Person → country, collected from titles by the mention rules.</summary>
        public Dictionary<string, string> Nationality { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>The people step's names with their words, in the set's order (for the mention rules).</summary>
        public List<(string Name, string[] Words)> Known()
        {
            var known = new List<(string Name, string[] Words)>(_persons.Count);
            foreach (var p in _persons) known.Add((p, Words(p))); // (kept: the person words below reuse them)
            return known;
        }

        /// <summary>Adds the persons of the scanned sentences: the set is then complete.</summary>
        public void Complete(List<List<Sent>> blocks)
        {
            foreach (var sents in blocks)
                foreach (var s in sents)
                    foreach (var e in s.Ents)
                        if (e.Type == EntType.Person) _persons.Add(e.Name);
                        else if (e.Type == EntType.Org) _orgs.Add(e.Name);
        }

        /// <summary>
        /// An institution named only by its kind ("Kejaksaan Negeri", "Pengadilan Agama": office words only) is the one the
        /// article names in full ("Kejaksaan Negeri Hulu Sungai"), when it names exactly one; else the name as written.
        /// </summary>
        private string InFull(string name)
        {
            if (!_inFull.TryGetValue(name, out var full)) _inFull[name] = full = ComputeInFull(name);
            return full;
        }

        private string ComputeInFull(string name)
        {
            foreach (var w in Words(name))
                if (!MentionLexicon.IsOrgHead(w) && !MentionLexicon.IsPortfolio(w)) return name;
            string? found = null;
            foreach (var o in _orgs)
            {
                if (o.Length <= name.Length + 1 || !o.StartsWith(name + " ", StringComparison.Ordinal)) continue;
                var whole = AdminQualifier.WithoutBranch(o);
                if (found != null && found != whole) return name;
                found = whole;
            }
            return found ?? name;
        }

        public bool IsPersonLike(string name)
        {
            if (!_personLike.TryGetValue(name, out bool like)) _personLike[name] = like = ComputeIsPersonLike(name);
            return like;
        }

        /// <summary>The fullest article-level form of a person's name ("Putin" → "Vladimir Putin").</summary>
        public string Full(string name)
        {
            if (!_full.TryGetValue(name, out var full)) _full[name] = full = ComputeFull(name);
            return full;
        }

        public Party ToParty(Ent e)
        {
            var type = e.Type == EntType.Name && IsPersonLike(e.Name) ? EntType.Person : e.Type;
            if (e.Type == EntType.Person) return new Party(AdminQualifier.WithoutDegrees(Full(e.Name)), type);
            var name = AdminQualifier.Trim(AdminQualifier.WithoutResidents(e.Name));
            if (type == EntType.Org) name = InFull(AdminQualifier.WithoutBranch(name));
            return new Party(type is EntType.Person or EntType.Name ? AdminQualifier.WithoutDegrees(name) : name, type);
        }

        /// <summary>The name of <see cref="ToParty"/>(<paramref name="e"/>) when that party is a person, else null; no party is made.</summary>
        public string? PersonPartyName(Ent e) =>
            e.Type == EntType.Person ? Full(e.Name) : e.Type == EntType.Name && IsPersonLike(e.Name) ? e.Name : null;

        private string[] Words(string name)
        {
            if (!_words.TryGetValue(name, out var w)) _words[name] = w = TokenStrings.SplitSpaces(name);
            return w;
        }

        private List<(string Name, string[] Words)> PersonWords() => _personWords ??= WordsOf(_persons, _persons.Count);

        private List<(string Name, string[] Words)> PeopleWords() => _peopleWords ??= WordsOf(_people, _people.Count);

        private List<(string Name, string[] Words)> WordsOf(IEnumerable<string> names, int count)
        {
            var list = new List<(string, string[])>(count);
            foreach (var p in names) list.Add((p, Words(p)));
            return list;
        }

        private bool ComputeIsPersonLike(string name)
        {
            if (_persons.Contains(name)) return true;
            if (name.IndexOf(' ') < 0)
            {
                // a name of one word is its only word (what Split gives): it is in a person's words, with no split made
                foreach (var (_, pt) in PersonWords())
                    if (Array.IndexOf(pt, name) >= 0) return true;
                return false;
            }
            var toks = Words(name);
            foreach (var (_, pt) in PersonWords())
                if (ContainsTokens(pt, toks)) return true;
            return false;
        }

        private string ComputeFull(string name)
        {
            var toks = Words(name);
            string best = name;
            foreach (var (p, pt) in PeopleWords())
                if (p.Length > best.Length && ContainsTokens(pt, toks)) best = p;
            if (best != name) return best;
            foreach (var (p, pt) in PersonWords())
                if (pt.Length <= 4 && p.Length > best.Length && ContainsTokens(pt, toks)) best = p;
            return best;
        }

        private static bool ContainsTokens(string[] hay, string[] needle)
        {
            for (int i = 0; i + needle.Length <= hay.Length; i++)
            {
                bool ok = true;
                for (int k = 0; k < needle.Length && ok; k++) ok = string.Equals(hay[i + k], needle[k], StringComparison.Ordinal);
                if (ok) return true;
            }
            return false;
        }
    }
}
