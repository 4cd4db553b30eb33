using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public sealed partial class ArticlePeople
    {
        private sealed partial class Builder
        {
            /// <summary>Each person once, under its fullest name: longer names first, a shorter one joins the person it fits.</summary>
            private void Register(List<(string[] Name, int Block, int Pos, string? Country)> trimmed)
            {
                var firstMet = new Dictionary<PersonEntry, (int Block, int Pos)>();
                foreach (var s in trimmed.OrderByDescending(x => x.Name.Length).ThenBy(x => x.Block).ThenBy(x => x.Pos))
                {
                    PersonEntry? p = null;
                    bool own = s.Name.Length == 1 && _aged.Contains(s.Name[0]);
                    foreach (var x in _ap.Persons) if (own ? x.Tokens.Length == 1 && x.Tokens[0] == s.Name[0] : x.Contains(s.Name) && !OwnTail(s.Name, x.Tokens, firstMet[x])) { p = x; break; }
                    if (p == null) { _ap.Persons.Add(p = new PersonEntry { Tokens = s.Name, Country = s.Country }); firstMet[p] = (s.Block, s.Pos); }
                    if (p.Country == null) p.Country = s.Country;
                }
            }

            /// <summary>
            /// Rule own-tail: "Wali Kota Madiun, Maidi dan Ketua TP PKK, Yuni Setyawati Maidi": a name the article introduces with a
            /// role of its own before it first names a longer one that ends with it, two or more words before it (a wife's name
            /// with her husband's after it), is a person of its own, not that name's short form, when the two are given different
            /// offices. Not a reference back ("Wali Kota Bodewin Wattimena … ujar Wali Kota Wattimena"), one office or rank given to
            /// both ("Bupati Badung, Giri Prasta … Bupati I Nyoman Giri Prasta"), nor a Balinese name's birth-order words before it.
            /// </summary>
            private bool OwnTail(string[] name, string[] longer, (int Block, int Pos) longerMet)
            {
                int extra = longer.Length - name.Length;
                string joined = string.Join(" ", name);
                if (extra < 2 || !_introducedNames.TryGetValue(joined, out var at) || at.CompareTo(longerMet) >= 0) return false;
                for (int k = 0; k < name.Length; k++) if (!string.Equals(name[k], longer[extra + k], StringComparison.Ordinal)) return false;
                for (int k = 0; k < extra && NameLexicon.IsNameOpener(longer[k]); k++) if (k == extra - 1) return false;
                return _rolesOf.TryGetValue(joined, out var own) && _rolesOf.TryGetValue(string.Join(" ", longer), out var other) && !SameOffice(own, other);
            }

            private static bool ShortTitleBefore(TokenList toks, int stop) =>
                stop > 0 && toks[stop - 1].IsWord && toks[stop - 1].Text.Length <= 4 && char.IsUpper(toks[stop - 1].Text[0]);

            /// <summary>How many words before a name its office may take ("Ketua TP PKK Kota Madiun").</summary>
            private const int RoleReach = 8;

            /// <summary>
            /// Do two names hold one office: a role or rank word in common, with the same body after it or none written for one
            /// of them ("Bupati" and "Bupati Badung"; not "Ketua DPRD Kudus" and "Ketua Dekranasda Kudus")?
            /// </summary>
            private static readonly HashSet<string> RoleModifiers = new HashSet<string>(LexiconResource.WordSet("role-modifiers"), StringComparer.OrdinalIgnoreCase)
            { "pj", "pjs", "plh", "penjabat" };

            private static bool SameOffice(List<(string Role, string Body)> a, List<(string Role, string Body)> b)
            {
                foreach (var x in a)
                    foreach (var y in b)
                        if (string.Equals(x.Role, y.Role, StringComparison.OrdinalIgnoreCase) && (x.Body.Length == 0 || y.Body.Length == 0 || string.Equals(x.Body, y.Body, StringComparison.OrdinalIgnoreCase))) return true;
                return false;
            }

            /// <summary>
            /// Notes the office written right before the mention at <paramref name="at"/> ("Ketua TP PKK Kota Madiun, Yuni …": the
            /// role "Ketua" and its body "TP PKK Kota Madiun"; "istrinya, Yuni …": the relation), past the holder's short titles and
            /// one comma; its role and rank words, each with the body words after it.
            /// </summary>
            private void NoteRoles(string name, TokenList toks, int at)
            {
                int k = at - 1;
                while (k >= 1 && (toks[k].Text == "." && ShortTitleBefore(toks, k) || toks[k].IsWord && NameLexicon.IsTitle(toks[k].Text))) k -= toks[k].Text == "." ? 2 : 1;
                if (k >= 0 && toks[k].Text == ",") k--;
                if (k < 0 || !toks[k].IsWord) return;
                var found = new List<(string Role, string Body)>();
                if (!toks[k].IsCap && NameLexicon.IsRelationNoun(toks[k].Text)) found.Add((toks[k].Text, ""));
                int start = k + 1;
                while (start - 1 >= 0 && toks[start - 1].IsWord && (toks[start - 1].IsCap || NameLexicon.IsPersonRole(toks[start - 1].Text)) && k - start < RoleReach) start--;
                for (int r = start; r <= k; r++)
                {
                    // ("Pj", "Plt", "Wakil": a modifier of an office, no office of its own)
                    if (!(NameLexicon.IsPersonRole(toks[r].Text) || NameLexicon.IsRank(toks[r].Text)) || RoleModifiers.Contains(toks[r].Text)) continue;
                    var body = new List<string>();
                    for (int q = r + 1; q <= k && !(NameLexicon.IsPersonRole(toks[q].Text) || NameLexicon.IsRank(toks[q].Text)); q++) body.Add(toks[q].Text);
                    found.Add((toks[r].Text, string.Join(" ", body)));
                }
                if (found.Count == 0) return;
                if (!_rolesOf.TryGetValue(name, out var list)) _rolesOf[name] = list = new List<(string Role, string Body)>();
                list.AddRange(found);
            }
        }
    }
}
