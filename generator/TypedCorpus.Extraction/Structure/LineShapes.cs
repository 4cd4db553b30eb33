using System.Text.RegularExpressions;
using static TypedCorpus.Extraction.Structure.LinePattern;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>The shapes of a line: its words, whether it reads as a headline, a sub-heading or prose, a list marker.</summary>
    internal static class LineShapes
    {
        internal static readonly AnchoredPattern ListMarker = new AnchoredPattern("-*0123456789", new Regex(@"^(?:(?<b>[-•*·▪●◦‣–—])\s+(?=\S)|(?<n>\d{1,3})[.)](?:\s+(?=\S)|(?=\p{Lu}\p{Ll})))", Opt, Timeout));

        /// <summary>A line as the structure reads it: no-break spaces as spaces, trimmed.</summary>
        internal static string Normalize(string raw) => raw.Replace('\u00A0', ' ').Trim();

        /// <summary>
        /// The words of <paramref name="s"/> from <paramref name="start"/> on (as of <c>s.Substring(start)</c>), counted up to
        /// <paramref name="atMost"/>: a caller that compares the count with a bound reads no further than the bound's word.
        /// </summary>
        internal static int WordCount(string s, int start = 0, int atMost = int.MaxValue)
        {
            int n = 0;
            bool inWord = false;
            for (int k = start; k < s.Length; k++)
            {
                if (char.IsWhiteSpace(s[k])) inWord = false;
                else if (!inWord) { inWord = true; if (++n == atMost) return n; }
            }
            return n;
        }

        internal static bool StartsWithQuote(string s) => s.Length > 0 && "\"“”'‘’«".IndexOf(s[0]) >= 0;

        /// <summary>A headline-like line: short, no sentence-final period, not a quote or list item.</summary>
        internal static bool IsTitleLike(string n)
        {
            if (n.Length < 3 || n.Length > 200) return false;
            int words = WordCount(n, atMost: 26);
            if (words < 2 || words > 25) return false;
            char last = n[n.Length - 1];
            if (".,;:".IndexOf(last) >= 0) return false;
            // "… sejumlah rumah terendam.”": a sentence closed inside its quote marks
            if ((last == '"' || last == '\u201D') && n.Length >= 2 && ".,;:".IndexOf(n[n.Length - 2]) >= 0) return false;
            if (StartsWithQuote(n) || ListMarker.IsMatch(n)) return false;
            return char.IsLetterOrDigit(n[0]);
        }

        /// <summary>A sub-heading-like line: shorter still.</summary>
        internal static bool IsHeadingLike(string n)
        {
            if (n.Length < 3 || n.Length > 100) return false;
            int words = WordCount(n, atMost: 13);
            if (words > 12) return false;
            char last = n[n.Length - 1];
            if (".,;:!\"”’)".IndexOf(last) >= 0) return false;
            if (StartsWithQuote(n)) return false;
            return char.IsUpper(n[0]) || char.IsDigit(n[0]);
        }

        /// <summary>A line with a letter or a digit: one without ("|", "•••", "//") is page layout.</summary>
        internal static bool HasLetterOrDigit(string n)
        {
            foreach (char c in n) if (char.IsLetterOrDigit(c)) return true;
            return false;
        }

        internal static bool IsProseLike(string n)
        {
            int words = WordCount(n, atMost: 25);
            if (words >= 25) return true;
            if (words < 6) return false;
            char last = n[n.Length - 1];
            return ".!?\"”’)".IndexOf(last) >= 0;
        }

        internal static string Clip(string s) => s.Length <= 60 ? s : s.Substring(0, 57) + "…";

        /// <summary>Do the words of <paramref name="n"/> from <paramref name="from"/> (past spaces) go on in small letters?</summary>
        internal static bool GoesOnInSmallLetters(string n, int from)
        {
            while (from < n.Length && n[from] == ' ') from++;
            return from < n.Length && char.IsLower(n[from]);
        }
    }
}
