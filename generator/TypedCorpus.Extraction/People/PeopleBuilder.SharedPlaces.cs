using System;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public sealed partial class ArticlePeople
    {
        private sealed partial class Builder
        {
            /// <summary>
            /// Rule shared-place-head: "Camat Batu Ketulis Sri Handayani melalui Kasi Trantib Batu Ketulis Aruman": two runs after
            /// offices that open with the same two words or more and go on with different names: those words are the offices'
            /// place, no name's (a given name two persons share opens with a given-name opener or is one word: "Muhammad Ali").
            /// </summary>
            private void AddSharedPlaceHeads()
            {
                for (int i = 0; i < _strong.Count; i++)
                    for (int j = i + 1; j < _strong.Count; j++)
                    {
                        var a = _strong[i].Name;
                        var b = _strong[j].Name;
                        int p = 0;
                        while (p < a.Length && p < b.Length && a[p] == b[p]) p++;
                        if (p < 2 || a.Length == p || b.Length == p || NameLexicon.GivenNameOpeners.Contains(a[0]) || NameLexicon.IsNameParticle(a[0])) continue;
                        if (!AfterOffice(_strong[i].Block, _strong[i].Pos, a[0]) || !AfterOffice(_strong[j].Block, _strong[j].Pos, b[0])) continue;
                        for (int k = 0; k < p; k++) _places.Add(a[k]);
                    }
            }

            /// <summary>An office role (a field word may close it: "Kasi Trantib") stands right before the name's first word.</summary>
            private bool AfterOffice(int block, int pos, string first)
            {
                var toks = _ap.BlockTokens[block];
                int i = FirstTokenAt(toks, pos, first) - 1;
                if (i >= 0 && toks[i].IsWord && toks[i].IsCap && NameLexicon.FieldWords.Contains(toks[i].Text)) i--;
                return i >= 0 && NameScanner.IsOfficeRole(toks[i]);
            }
        }
    }
}
