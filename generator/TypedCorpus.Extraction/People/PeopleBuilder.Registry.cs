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
            /// <summary>
            /// Is the first word of a long name a club, company or place the article glues to other words? (A body written short
            /// in capitals, "DPR", "KPK", is whole: the word after it here names no part of it: "anggota DPR Budi Setiawan Hartono".)
            /// </summary>
            private bool GluedHead(string[] name, bool bare, string before) =>
                !_singles.Contains(name[0]) && !NameLexicon.IsInitial(name[0]) && !IsMiddleInitial(name, 1) && !IsSurnameOfAnother(name) && (GlueOf().GluedElsewhere(name[0], name[1], before)
                || OrgNamed().Contains(name[0]) && !bare && !WholeBodyShort(before) && GlueOf().OrgBeforeElsewhere(name[0], before));

            private static bool WholeBodyShort(string before)
                => before.Length >= 3 && NameLexicon.IsAcronym(before) && NameLexicon.IsOrgWord(before) && !NameScanner.CompanyPrefixes.Contains(before);

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
            /// Rule own-tail: "Wali Kota Sukamaju, Sutrisno dan Ketua TP PKK, Wulan Sari Sutrisno": a name the article introduces with a
            /// role of its own before it first names a longer one that ends with it, two or more words before it, is a person of its
            /// own when the longer name is given a spouse's or child's office and the shorter is not: a relation ("istrinya,
            /// putranya") or the chair of the organisations officials' wives lead by custom (PKK, Dharma Wanita, Dekranasda,
            /// Bhayangkari, Persit). One person written short and long ("Kadinkes Batang, Santoso … Kepala Dinas Kesehatan Didiek Budi
            /// Santoso"), a reference back ("ujar Wali Kota Lubis") and Balinese birth-order words stay one person.
            /// </summary>
            private bool OwnTail(string[] name, string[] longer, (int Block, int Pos) longerMet)
            {
                int extra = longer.Length - name.Length;
                string joined = string.Join(" ", name);
                if (extra < 2 || !_introducedNames.TryGetValue(joined, out var at) || at.CompareTo(longerMet) >= 0) return false;
                for (int k = 0; k < name.Length; k++) if (!string.Equals(name[k], longer[extra + k], StringComparison.Ordinal)) return false;
                for (int k = 0; k < extra && NameLexicon.IsNameOpener(longer[k]); k++) if (k == extra - 1) return false;
                // ("Ny. Hendra Wijaya": the article calls the wife by her husband's name too; which one speaks is not known apart)
                return _spouseOffice.Contains(string.Join(" ", longer)) && !_spouseOffice.Contains(joined) && !_wifeForms.Contains(joined);
            }

            /// <summary>"Ny. Hendra Wijaya", "Nyonya Hendra": the mention at <paramref name="at"/> follows "Ny" or "Nyonya" (a period between).</summary>
            private static bool AfterNyonya(TokenList toks, int at)
            {
                int k = at - 1;
                if (k >= 0 && toks[k].Text == ".") k--;
                return k >= 0 && (toks[k].Text is "Ny" or "Nyonya" or "NY");
            }

            private static bool ShortTitleBefore(TokenList toks, int stop) =>
                stop > 0 && toks[stop - 1].IsWord && toks[stop - 1].Text.Length <= 4 && char.IsUpper(toks[stop - 1].Text[0]);

            /// <summary>How many words before a name its office may take ("Ketua TP PKK Kota Sukamaju").</summary>
            private const int RoleReach = 8;

            /// <summary>The organisations officials' wives chair by custom (Resources/spouse-bodies.txt: PKK, Dharma Wanita, Dekranasda …).</summary>
            private static readonly HashSet<string> SpouseBodies = LexiconResource.WordSet("spouse-bodies");

            /// <summary>
            /// Notes a name whose mention at <paramref name="at"/> comes right after a spouse's or child's office: a relation noun
            /// before its comma ("istrinya, Wulan …") or, past the holder's short titles and one comma, office words naming one of
            /// <see cref="SpouseBodies"/> ("Ketua TP PKK Kota Sukamaju, Wulan …").
            /// </summary>
            private void NoteSpouseOffice(string name, TokenList toks, int at)
            {
                int k = at - 1;
                while (k >= 1 && (toks[k].Text == "." && ShortTitleBefore(toks, k) || toks[k].IsWord && NameLexicon.IsTitle(toks[k].Text))) k -= toks[k].Text == "." ? 2 : 1;
                if (k >= 0 && toks[k].Text == ",") k--;
                if (k < 0 || !toks[k].IsWord) return;
                bool spouse = !toks[k].IsCap && NameLexicon.IsRelationNoun(toks[k].Text);
                for (int r = k; !spouse && r >= 0 && r > k - RoleReach && (toks[r].IsWord && toks[r].IsCap || toks[r].Text == "-"); r--)
                    spouse = SpouseBodies.Contains(toks[r].Text);
                if (spouse) _spouseOffice.Add(name);
            }
        }
    }
}
