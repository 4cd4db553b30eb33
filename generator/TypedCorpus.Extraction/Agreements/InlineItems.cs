using System.Collections.Generic;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// A numbered list written on one line, as pages often flatten it: "1. Nota A; 2. Protokol B; 3. Perjanjian C." (also
    /// "1) …, 2) …"; the first number may be gone, taken by the page's structure). Its items are split at each next number,
    /// which must count up from one after a ';' or ',' (or at the line's start); a line that is not such a list is one item.
    /// </summary>
    internal static class InlineItems
    {
        /// <summary>The items of <paramref name="text"/> (offset and text, without their numbers and separators), or null when it holds fewer than two.</summary>
        public static List<(int Start, string Text)>? Split(string text)
        {
            var starts = new List<(int Mark, int Body)>();
            int n = 1, i = SkipSpaces(text, 0);
            // a list item whose first number the page's structure already took ("Nota A; 2. Protokol B")
            if (NumberAt(text, i, 1) == null && i < text.Length && char.IsUpper(text[i]))
            {
                starts.Add((i, i));
                n = 2;
                i = NextNumber(text, i, n);
            }
            while (NumberAt(text, i, n) is int body)
            {
                starts.Add((i, body));
                n++;
                i = NextNumber(text, body, n);
                if (i < 0) break;
            }
            if (starts.Count < 2) return null;
            var items = new List<(int Start, string Text)>(starts.Count);
            for (int k = 0; k < starts.Count; k++)
            {
                int end = k + 1 < starts.Count ? starts[k + 1].Mark : text.Length;
                string part = text.Substring(starts[k].Body, end - starts[k].Body);
                items.Add((starts[k].Body, Clean(part, k + 1 == starts.Count)));
            }
            return items;
        }

        /// <summary>The item's text without the separator before the next number; the last one ends at its first period ("…Lanjut. (ATN)").</summary>
        private static string Clean(string part, bool last)
        {
            if (last)
            {
                int dot = part.IndexOf(". ", System.StringComparison.Ordinal);
                if (dot > 0) part = part.Substring(0, dot);
            }
            return part.Trim().TrimEnd(';', ',', '.', ' ');
        }

        /// <summary>Where number <paramref name="n"/> comes next after a ';' or ',' from <paramref name="from"/>, or -1.</summary>
        private static int NextNumber(string text, int from, int n)
        {
            for (int k = from; k < text.Length; k++)
            {
                if (text[k] != ';' && text[k] != ',') continue;
                int at = SkipSpaces(text, k + 1);
                if (NumberAt(text, at, n) != null) return at;
            }
            return -1;
        }

        /// <summary>"n." or "n)" followed by a space and a capital at <paramref name="i"/>: the index of the item's first letter; else null.</summary>
        private static int? NumberAt(string text, int i, int n)
        {
            string digits = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (i < 0 || i + digits.Length + 2 > text.Length || string.CompareOrdinal(text, i, digits, 0, digits.Length) != 0) return null;
            int k = i + digits.Length;
            if (text[k] != '.' && text[k] != ')') return null;
            int body = SkipSpaces(text, k + 1);
            return body > k + 1 && body < text.Length && char.IsUpper(text[body]) ? body : (int?)null;
        }

        private static int SkipSpaces(string text, int i)
        {
            while (i < text.Length && text[i] == ' ') i++;
            return i;
        }
    }
}
