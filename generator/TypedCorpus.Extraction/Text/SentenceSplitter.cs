using System;
using System.Collections.Generic;

namespace TypedCorpus.Extraction
{
    /// <summary>Splits a block's text into sentences: at '.', '!' or '?' before a capital, a quote or a bracket (not after an abbreviation or an initial).</summary>
    /// <remarks>
    /// The sentences of <see cref="AnalysedText"/>, made before any step runs. The quote step's attribution bounds sentences
    /// its own way (<c>Quotes/Attribution.Sentences</c>): its bounds depend on the quotations that step finds (a stop inside a
    /// quotation ends no sentence there; a closing mark after a stop may), so they cannot be made before it.
    /// </remarks>
    internal static class SentenceSplitter
    {
        private static readonly string[] Abbrev =
        { "dr", "drs", "prof", "ir", "no", "st", "jl", "hj", "h", "mr", "mrs", "ms", "sdr", "bpk", "kol", "jend", "brigjen", "mayjen", "letjen", "pt", "tbk", "vs", "dll", "dsb", "a.n", "u.s" };

        /// <summary>Is <c>s[start..start+length)</c> one of <see cref="Abbrev"/> (ignoring case, as a set with OrdinalIgnoreCase would)? No substring is made.</summary>
        private static bool IsAbbrev(string s, int start, int length)
        {
            foreach (var a in Abbrev)
                if (a.Length == length && string.Compare(s, start, a, 0, length, StringComparison.OrdinalIgnoreCase) == 0) return true;
            return false;
        }

        private static readonly char[] EndMarks = { '.', '!', '?' };

        /// <summary>Splits a block's text into sentences (start offsets and texts), into <paramref name="res"/> (cleared first).</summary>
        public static void Split(string s, List<(int Start, string Text)> res)
        {
            res.Clear();
            int start = 0, n = s.Length;
            for (int i = 0; i < n; i++)
            {
                // straight to the next end mark: the loop does nothing for any other character
                i = s.IndexOfAny(EndMarks, i);
                if (i < 0) break;
                char c = s[i];
                if (c == '.')
                {
                    // abbreviation or initial before the dot
                    int w = i - 1;
                    while (w >= 0 && char.IsLetter(s[w])) w--;
                    int wordLength = i - w - 1;
                    if (wordLength == 1 && char.IsUpper(s[w + 1])) continue;
                    if (IsAbbrev(s, w + 1, wordLength)) continue;
                    if (i + 1 < n && char.IsDigit(s[i + 1])) continue;
                }
                int j = i + 1;
                while (j < n && (s[j] == '"' || s[j] == '”' || s[j] == '’' || s[j] == '\'' || s[j] == ')')) j++;
                int k = j;
                while (k < n && char.IsWhiteSpace(s[k])) k++;
                if (k >= n) break;
                bool glued = k == j;
                char next = s[k];
                bool opens = char.IsUpper(next) || next == '"' || next == '“' || next == '(' || (!glued && char.IsDigit(next));
                if (!opens) continue;
                if (glued && !(c == '.' && char.IsUpper(next) && i > 0 && char.IsLower(s[i - 1]) || j > i + 1)) continue;
                // "Ph.D resmi …", "M.Agr.Sc., …": a glued capital alone, or up to three letters closed by a stop or comma, goes on a degree
                if (glued && c == '.' && j == i + 1 && DegreePart(s, i, k)) continue;
                res.Add((start, s.Substring(start, j - start)));
                start = k;
                i = k - 1;
            }
            if (start < n && !IsBlank(s, start)) res.Add((start, s.Substring(start)));
        }

        /// <summary>
        /// After a short abbreviation ("Ph", "Agr": three letters at most, a capital first) and its stop at <paramref name="dot"/>,
        /// at <paramref name="k"/> one capital letter before a space or the end ("D" of "Ph.D"), or a capital and at most two more
        /// letters before a stop or comma ("Sc." of "M.Agr.Sc."). "Yana.Nah," and "bersih.A. Rahman" end their sentences.
        /// </summary>
        private static bool DegreePart(string s, int dot, int k)
        {
            int b = dot - 1;
            while (b >= 0 && char.IsLetter(s[b])) b--;
            if (dot - b - 1 > 3 || !char.IsUpper(s[b + 1])) return false;
            int e = k + 1;
            while (e < s.Length && char.IsLetter(s[e])) e++;
            return e == k + 1 && (e == s.Length || char.IsWhiteSpace(s[e])) || e - k <= 3 && e > k + 1 && e < s.Length && (s[e] == '.' || s[e] == ',');
        }

        /// <summary>True when <c>s.Substring(start)</c> is all white space (what <c>Trim().Length == 0</c> tests, without copies).</summary>
        private static bool IsBlank(string s, int start)
        {
            for (int k = start; k < s.Length; k++) if (!char.IsWhiteSpace(s[k])) return false;
            return true;
        }
    }
}
