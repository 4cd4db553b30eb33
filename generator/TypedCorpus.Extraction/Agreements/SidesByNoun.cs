using System;
using System.Collections.Generic;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// Two sides the article designates, called by their common nouns before a verb of agreeing: "pihak perusahaan dan petani
    /// bersepakat untuk …", "pihak sekolah dan pihak orang tua sepakat …". The subject names no party; the pair is "pihak" and
    /// one "dan", in lower case, right before the verb.
    /// </summary>
    internal static class SidesByNoun
    {
        /// <summary>The longest such subject, in words.</summary>
        private const int Span = 6;

        /// <summary>Adverbs that may stand between the subject and the verb.</summary>
        private static readonly HashSet<string> Adverbs = new HashSet<string>(StringComparer.Ordinal)
        { "akhirnya", "telah", "sudah", "juga", "pun", "kemudian", "lalu", "sama-sama", "bersama-sama" };

        /// <summary>Whether the subject of the verb at <paramref name="verb"/> is "pihak X dan (pihak) Y" in common nouns.</summary>
        public static bool Before(Sent s, int verb)
        {
            var toks = s.Toks;
            int end = verb;
            while (end > 0 && Adverbs.Contains(toks[end - 1].Lower)) end--;
            int dan = -1;
            for (int k = end - 1; k >= 0 && k >= end - Span; k--)
            {
                if (toks[k].Upper) return false;
                if (toks[k].Lower == "dan") { if (dan >= 0) return false; dan = k; continue; }
                if (toks[k].Lower == "pihak" && dan > k + 1 && dan < end - 1)
                    return (k == 0 || !toks[k - 1].Upper && toks[k - 1].Lower is not ("para" or "kedua" or "dua" or "antara")) && NoPunctuation(s, k, verb);
            }
            return false;
        }

        private static bool NoPunctuation(Sent s, int from, int to)
        {
            for (int c = s.Toks[from].End; c < s.Toks[to].Start; c++)
            {
                char ch = s.Text[c];
                if (!char.IsLetterOrDigit(ch) && !char.IsWhiteSpace(ch) && ch != '-') return false;
            }
            return true;
        }
    }
}
