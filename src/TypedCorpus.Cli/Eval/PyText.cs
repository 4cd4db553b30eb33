using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace TypedCorpus.Cli.Eval
{
    /// <summary>
    /// The text rules of <c>eval/score.py</c>, as Python 3 runs them: <c>norm</c>, <c>norm_quote</c>, <c>norm_loose</c>,
    /// <c>str.casefold</c>, <c>str.isspace</c> (what <c>\s</c> and <c>strip()</c> match), <c>repr</c> of strings and lists
    /// (the differences it prints), slices by code point and <c>sorted</c> by code point.
    /// </summary>
    public static class PyText
    {
        /// <summary>What <c>norm_quote</c> strips from both ends besides a space.</summary>
        public const string QuoteMarks = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb";

        private static readonly Dictionary<int, string> Folds = ReadFolds();

        /// <summary><c>norm</c>: NFKC, U+00A0 as a space, runs of white space as one space, trimmed; null stays null.</summary>
        public static string? Norm(string? s)
        {
            if (s is null) return null;
            s = Nfkc(s).Replace('\u00a0', ' ');
            var sb = new StringBuilder(s.Length);
            bool space = false;
            foreach (char c in s)
            {
                if (IsSpace(c)) { space = true; continue; }
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(c);
            }
            return sb.ToString();
        }

        /// <summary><c>norm_quote</c>: normalised, quotation marks and trailing punctuation stripped until nothing changes, case-folded.</summary>
        public static string NormQuote(string? s)
        {
            s = Norm(s) ?? "";
            while (true)
            {
                var t = Strip(s, c => QuoteMarks.IndexOf(c) >= 0 || c == ' ');
                int end = t.Length;
                while (end > 0 && (IsSpace(t[end - 1]) || t[end - 1] is ',' or ';' or ':' or '.')) end--;
                t = t[..end];
                if (t == s) return Casefold(s);
                s = t;
            }
        }

        /// <summary><c>norm_loose</c>: normalised, a leading section number (<c>2. </c>) and trailing <c> .:</c> removed, case-folded.</summary>
        public static string? NormLoose(string? s)
        {
            s = Norm(s);
            if (s is null) return null;
            int i = 0;
            while (i < s.Length && Rune.TryGetRuneAt(s, i, out var r) && Rune.IsDigit(r)) i += r.Utf16SequenceLength;
            if (i > 0 && i < s.Length && s[i] == '.')
            {
                i++;
                while (i < s.Length && IsSpace(s[i])) i++;
                s = s[i..];
            }
            return Casefold(s.TrimEnd(' ', '.', ':'));
        }

        /// <summary><c>str.casefold</c>: Python's full case folding.</summary>
        public static string Casefold(string s)
        {
            var sb = new StringBuilder(s.Length);
            for (int i = 0; i < s.Length; i++)
            {
                if (!Rune.TryGetRuneAt(s, i, out var r)) { sb.Append(s[i]); continue; }   // a lone surrogate stays
                if (Folds.TryGetValue(r.Value, out var folded)) sb.Append(folded);
                else sb.Append(Rune.ToLowerInvariant(r).ToString());
                if (r.Utf16SequenceLength == 2) i++;
            }
            return sb.ToString();
        }

        /// <summary><c>str.isspace</c> of one UTF-16 unit (no white space lies outside the BMP): .NET's white space and U+001C–U+001F.</summary>
        public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001c' and <= '\u001f';

        /// <summary>The first <paramref name="n"/> code points (<c>s[:n]</c>).</summary>
        public static string Head(string s, int n)
        {
            int i = 0;
            for (int count = 0; i < s.Length && count < n; count++)
                i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            return s[..i];
        }

        /// <summary>Python's order of strings (by code point; null, which Python cannot sort with strings, first).</summary>
        public static readonly IComparer<string?> CodePointOrder = Comparer<string?>.Create((a, b) =>
            a is null ? (b is null ? 0 : -1) : b is null ? 1 : CompareByCodePoint(a, b));

        private static int CompareByCodePoint(string a, string b)
        {
            var x = a.EnumerateRunes().GetEnumerator();
            var y = b.EnumerateRunes().GetEnumerator();
            while (true)
            {
                bool more = x.MoveNext(), other = y.MoveNext();
                if (!more || !other) return more.CompareTo(other);
                int c = x.Current.Value.CompareTo(y.Current.Value);
                if (c != 0) return c;
            }
        }

        /// <summary><c>repr</c> of a string, or <c>None</c>.</summary>
        public static string Repr(string? s)
        {
            if (s is null) return "None";
            char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
            var sb = new StringBuilder(s.Length + 2).Append(quote);
            for (int i = 0; i < s.Length; i++)
            {
                int cp = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? char.ConvertToUtf32(s[i], s[++i]) : s[i];
                sb.Append(Escape(cp, quote));
            }
            return sb.Append(quote).ToString();
        }

        /// <summary><c>repr</c> of a list of strings (<c>['a', 'b']</c>) or of numbers (<c>[1, 2]</c>).</summary>
        public static string Repr<T>(IEnumerable<T> items) =>
            "[" + string.Join(", ", items.Select(x => x is string or null ? Repr(x as string) : Convert.ToString(x, CultureInfo.InvariantCulture))) + "]";

        private static string Escape(int cp, char quote)
        {
            if (cp == quote || cp == '\\') return "\\" + (char)cp;
            if (cp == '\t') return "\\t";
            if (cp == '\n') return "\\n";
            if (cp == '\r') return "\\r";
            if (IsPrintable(cp)) return char.ConvertFromUtf32(cp);
            if (cp <= 0xff) return "\\x" + cp.ToString("x2", CultureInfo.InvariantCulture);
            return cp <= 0xffff ? "\\u" + cp.ToString("x4", CultureInfo.InvariantCulture) : "\\U" + cp.ToString("x8", CultureInfo.InvariantCulture);
        }

        /// <summary><c>str.isprintable</c>: not a control, format, surrogate, private-use, unassigned or separator character, except the space.</summary>
        public static bool IsPrintable(int cp) => cp == ' ' || (cp is < 0xd800 or > 0xdfff && CharUnicodeInfo.GetUnicodeCategory(cp) is not (
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator));

        /// <summary><c>s.strip(chars)</c>.</summary>
        private static string Strip(string s, Func<char, bool> strip)
        {
            int start = 0, end = s.Length;
            while (start < end && strip(s[start])) start++;
            while (end > start && strip(s[end - 1])) end--;
            return s[start..end];
        }

        /// <summary>NFKC; a lone surrogate (which .NET refuses to normalise and Python keeps) stays, the text around it is normalised.</summary>
        private static string Nfkc(string s)
        {
            if (s.IsNormalized(NormalizationForm.FormKC)) return s;
            try
            {
                return s.Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                var sb = new StringBuilder(s.Length);
                int start = 0;
                for (int i = 0; i <= s.Length; i++)
                {
                    if (i < s.Length && !IsLoneSurrogate(s, i)) { if (char.IsHighSurrogate(s[i])) i++; continue; }
                    sb.Append(s[start..i].Normalize(NormalizationForm.FormKC));
                    if (i < s.Length) sb.Append(s[i]);
                    start = i + 1;
                }
                return sb.ToString();
            }
        }

        private static bool IsLoneSurrogate(string s, int i) => char.IsSurrogate(s[i]) && !(char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]));

        private static Dictionary<int, string> ReadFolds()
        {
            using var stream = typeof(PyText).Assembly.GetManifestResourceStream("TypedCorpus.Cli.Eval.casefold.txt")
                ?? throw new InvalidOperationException("the casefold table is not embedded");
            using var reader = new StreamReader(stream);
            var folds = new Dictionary<int, string>();
            for (var line = reader.ReadLine(); line != null; line = reader.ReadLine())
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var cps = line.Split(' ').Select(h => int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
                folds[cps[0]] = string.Concat(cps.Skip(1).Select(char.ConvertFromUtf32));
            }
            return folds;
        }
    }
}
