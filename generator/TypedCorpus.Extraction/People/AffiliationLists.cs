using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public static partial class NameScanner
    {
        /// <summary>
        /// Rule affiliation-list: "yaitu: KH Ahmad Sofyan (MUI), Rudi Hartono (PGI), dan Sri Lestari (WALUBI)": a list of three
        /// names or more, each followed by its body in parentheses, one of them a person by other evidence, names persons only;
        /// the bodies in parentheses are no members (and no acronym after a name makes it a body here).
        /// </summary>
        private static void StrengthenAffiliationLists(TokenList toks, List<Mention> result)
        {
            var entries = new List<Mention>();
            for (int r = 0; r < result.Count; r++)
            {
                var m = result[r];
                int close = ParenthesisAfter(toks, m.EndTokenIndex);
                if (close < 0) { FlushAffiliations(entries); continue; }
                if (entries.Count > 0 && !AffiliationJoined(toks, entries[entries.Count - 1], m)) FlushAffiliations(entries);
                entries.Add(m);
                while (r + 1 < result.Count && result[r + 1].TokenIndex < close) r++; // the body in the parentheses
                if (!(close + 1 < toks.Count && (toks[close + 1].Text == "," || toks[close + 1].Is("dan") || toks[close + 1].Is("serta")))) FlushAffiliations(entries);
            }
            FlushAffiliations(entries);
        }

        /// <summary>Marks the entries a list of persons when there are three or more and one is a person already; then clears them.</summary>
        private static void FlushAffiliations(List<Mention> entries)
        {
            bool any = false, plain = entries.Count >= 3;
            foreach (var e in entries)
            {
                any |= e.Strong && !e.OrgOrPlace;
                plain &= e.Name.Length <= 4 && !e.NamesBody && PlainNameWords(e.Name, 2);
            }
            if (any && plain)
                foreach (var e in entries) { e.Strong = true; e.OrgOrPlace = false; e.Evidence ??= "affiliation-list"; }
            entries.Clear();
        }

        /// <summary>The index of the ")" closing a parenthesis that opens right after <paramref name="end"/> (within 8 tokens), else -1.</summary>
        private static int ParenthesisAfter(TokenList toks, int end)
        {
            if (end + 1 >= toks.Count || toks[end + 1].Text != "(") return -1;
            for (int i = end + 2; i < toks.Count && i <= end + 9; i++)
            {
                if (toks[i].Text == ")") return i > end + 2 ? i : -1;
                if (toks[i].Text == "(" || toks[i].Text == "." && !(i > 0 && toks[i].Start == toks[i - 1].End)) return -1;
            }
            return -1;
        }

        /// <summary>After the previous entry's parentheses: ",", "dan", ", dan" and titles only, then the next name.</summary>
        private static bool AffiliationJoined(TokenList toks, Mention prev, Mention next)
        {
            int i = ParenthesisAfter(toks, prev.EndTokenIndex) + 1;
            if (i <= 0) return false;
            int steps = 0;
            while (i < next.TokenIndex && steps++ < 5)
            {
                var t = toks[i];
                if (!(t.Text == "," || t.Is("dan") || t.Is("serta") || t.IsWord && IsTitleAt(toks, i) || t.Text == "." && t.Start == toks[i - 1].End)) return false;
                i++;
            }
            return i == next.TokenIndex;
        }
    }
}
