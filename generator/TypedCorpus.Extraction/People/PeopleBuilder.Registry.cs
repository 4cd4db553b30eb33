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
                return _rolesOf.TryGetValue(joined, out var own) && _rolesOf.TryGetValue(string.Join(" ", longer), out var other) && !own.Overlaps(other);
            }

            private static bool ShortTitleBefore(TokenList toks, int stop) =>
                stop > 0 && toks[stop - 1].IsWord && toks[stop - 1].Text.Length <= 4 && char.IsUpper(toks[stop - 1].Text[0]);

            /// <summary>How many words before a name its office and rank words may stand ("Ketua TP PKK Kota Madiun, Yuni").</summary>
            private const int RoleReach = 8;

            /// <summary>Notes the office and rank words among the few words before the mention at <paramref name="at"/> (back to a stop or a quotation mark).</summary>
            private void NoteRoles(string name, TokenList toks, int at)
            {
                for (int k = at - 1; k >= 0 && k >= at - RoleReach; k--)
                {
                    var t = toks[k];
                    // (a title's period is no stop: "Gubernur Sukamaju, H. Darmadi")
                    if (!t.IsWord) { if (t.Text is "\"" or "\u201c" or "\u201d" || t.Text == "." && !ShortTitleBefore(toks, k)) break; continue; }
                    if (!(NameLexicon.IsPersonRole(t.Text) || NameLexicon.IsRank(t.Text))) continue;
                    if (!_rolesOf.TryGetValue(name, out var set)) _rolesOf[name] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    set.Add(t.Text);
                }
            }
        }
    }
}
