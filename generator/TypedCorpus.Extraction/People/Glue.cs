using System;
using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public sealed partial class ArticlePeople
    {
        /// <summary>Where each capitalised word stands glued to other capitalised words (built once per article, linear).</summary>
        private sealed class Glue
        {
            private readonly Dictionary<string, HashSet<string>> _next = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            // the capitalised words met right before each word
            private readonly Dictionary<string, HashSet<string>> _before = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);

            // the organisation words met right before each word ("PT Pertamina": "PT")
            private readonly Dictionary<string, HashSet<string>> _orgBefore = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);

            public Glue(List<TokenList> blocks)
            {
                foreach (var toks in blocks)
                {
                    for (int i = 1; i < toks.Count; i++)
                        if (toks[i].IsCap && toks[i - 1].IsWord && NameLexicon.IsOrgWord(toks[i - 1].Text)) Note(_orgBefore, toks[i].Text, toks[i - 1].Text);
                    // a headline in Title Case ("Coach Hans Puji Fighting Spirit Pemain"): its capitals glue nothing
                    if (IsTitleCase(toks)) continue;
                    for (int i = 0; i < toks.Count; i++)
                    {
                        if (!toks[i].IsCap) continue;
                        var word = toks[i].Text;
                        if (i + 1 < toks.Count && toks[i + 1].IsCap && !NameLexicon.IsCalendar(toks[i + 1].Text) && !NameLexicon.IsPersonRole(toks[i + 1].Text))
                            Note(_next, word, toks[i + 1].Text);
                        if (i > 0 && toks[i - 1].IsCap && !NameLexicon.IsNominalisation(toks[i - 1].Text) && !NameLexicon.IsPersonRole(toks[i - 1].Text)
                            && !NameLexicon.IsTitle(toks[i - 1].Text) && !NameLexicon.IsNonName(toks[i - 1].Text))
                            Note(_before, word, toks[i - 1].Text);
                    }
                }
            }

            private static void Note(Dictionary<string, HashSet<string>> map, string word, string other)
            {
                if (!map.TryGetValue(word, out var set)) map[word] = set = new HashSet<string>(StringComparer.Ordinal);
                if (set.Count < 4) set.Add(other);
            }

            /// <summary>
            /// Does <paramref name="word"/> occur inside a capitalised run with a neighbour other than <paramref name="next"/> (and no
            /// role before it)? A word before it counts only when it is not <paramref name="before"/>, the word before this very
            /// occurrence ("Sekretaris Kabinet Teddy Indra Wijaya": "Kabinet" glues no other "Teddy").
            /// </summary>
            public bool GluedElsewhere(string word, string next, string? before = null)
            {
                if (NameLexicon.IsNameOpener(word) || NameLexicon.GivenNameOpeners.Contains(word)) return false;
                if (_before.TryGetValue(word, out var prev)) foreach (var p in prev) if (!string.Equals(p, before, StringComparison.Ordinal)) return true;
                next = next.TrimEnd('.'); // an initial is kept with its period in a name ("H." of "Adolof H. Lethulur"), not in the text's tokens
                if (_next.TryGetValue(word, out var set)) foreach (var n in set) if (!string.Equals(n, next, StringComparison.Ordinal)) return true;
                return false;
            }

            /// <summary>
            /// Does an organisation word stand right before <paramref name="word"/> somewhere other than this occurrence, whose word
            /// before is <paramref name="before"/> ("Pelatih Bali United Hans Peter Schaller": "United" ends the club's name and names no other "Hans")?
            /// </summary>
            public bool OrgBeforeElsewhere(string word, string before)
            {
                // an organisation word that opens a name ("PT Jakpro") makes the next word the organisation's wherever it stands
                if (!NameScanner.CompanySuffixes.Contains(before)) return true;
                if (!_orgBefore.TryGetValue(word, out var prev)) return true; // named by a company's whole name ("PT Energi Samudra")
                foreach (var p in prev) if (!string.Equals(p, before, StringComparison.Ordinal)) return true;
                return false;
            }

            /// <summary>A block of four or more words where every word longer than three letters is capitalised.</summary>
            private static bool IsTitleCase(TokenList toks)
            {
                int caps = 0;
                foreach (var t in toks)
                {
                    if (!t.IsWord) continue;
                    if (t.IsCap) caps++;
                    else if (t.Text.Length > 3) return false;
                }
                return caps >= 4;
            }
        }
    }
}
