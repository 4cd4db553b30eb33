using System;
using System.Collections.Generic;
using System.Linq;

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
            /// with her husband's after it), is a person of its own, not that name's short form ("Wali Kota Bodewin Wattimena …
            /// ujar Wali Kota Wattimena" refers back).
            /// </summary>
            private bool OwnTail(string[] name, string[] longer, (int Block, int Pos) longerMet)
            {
                int extra = longer.Length - name.Length;
                if (extra < 2 || !_introducedNames.TryGetValue(string.Join(" ", name), out var at) || at.CompareTo(longerMet) >= 0) return false;
                for (int k = 0; k < name.Length; k++) if (!string.Equals(name[k], longer[extra + k], StringComparison.Ordinal)) return false;
                return true;
            }
        }
    }
}
