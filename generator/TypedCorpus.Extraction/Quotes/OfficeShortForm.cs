using System;
using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;
using TypedCorpus.Extraction.People;

namespace TypedCorpus.Extraction.Quotes
{
    /// <summary>
    /// Rule office-short-form: "ujar Ketua KPU Jatim" for the "Ketua Komisi Pemilihan Umum Provinsi Jawa Timur" the article
    /// introduced: an office written short matches the long one word by word, a word in capitals standing for the initials of
    /// as many capitalised words ("KPU", "BPBD"), a province's short form for a province's name ("Jatim"), and the long form's
    /// place units ("Provinsi", "Kabupaten") may be left out.
    /// </summary>
    internal static class OfficeShortForm
    {
        private static readonly HashSet<string> Provinces = LexiconResource.WordSet("provinces");

        /// <summary>
        /// Matches the short office toks[<paramref name="from"/>..<paramref name="to"/>) against the long one from
        /// <paramref name="r"/> (before <paramref name="limit"/>) in <paramref name="lng"/>: where the match ends there, or -1.
        /// </summary>
        public static int Match(TokenList lng, int r, int limit, TokenList toks, int from, int to)
        {
            int i = r;
            for (int j = from; j < to; j++)
            {
                var w = toks[j].Text;
                while (i < limit && lng[i].IsWord && NameLexicon.IsPlaceUnit(lng[i].Text) && !Same(lng[i].Text, w)) i++;
                if (i >= limit || !lng[i].IsWord) return -1;
                if (Same(lng[i].Text, w)) { i++; continue; }
                int n = Initials(lng, i, limit, w);
                if (n == 0) n = ProvinceName(lng, i, limit, w);
                if (n == 0) return -1;
                i += n;
            }
            return i;
        }

        private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

        /// <summary>"KPU" at "Komisi Pemilihan Umum": as many capitalised words as the capitals, each opening with its letter (0: none).</summary>
        private static int Initials(TokenList lng, int i, int limit, string w)
        {
            if (w.Length < 2 || w.Length > 6 || i + w.Length > limit) return 0;
            for (int k = 0; k < w.Length; k++)
                if (!char.IsUpper(w[k]) || !lng[i + k].IsWord || !lng[i + k].IsCap || lng[i + k].Text[0] != w[k]) return 0;
            return w.Length;
        }

        /// <summary>"Jatim" at "Jawa Timur": a province's one-word short form before a province's name of two or three words (0: none).</summary>
        private static int ProvinceName(TokenList lng, int i, int limit, string w)
        {
            if (!Provinces.Contains(w)) return 0;
            for (int n = 3; n >= 2; n--)
            {
                if (i + n > limit) continue;
                var parts = new string[n];
                for (int k = 0; k < n; k++) parts[k] = lng[i + k].Text;
                if (Provinces.Contains(string.Join(" ", parts))) return n;
            }
            return 0;
        }
    }
}
