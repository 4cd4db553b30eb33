using System;
using System.Text.RegularExpressions;
using static TypedCorpus.Extraction.Structure.LinePattern;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>Photo captions: a line that repeats the headline before more text, or ends with a credit in brackets ("(ANTARA/Budi)").</summary>
    internal static class Captions
    {
        private static readonly Regex CreditAtEndRegex = new Regex(@"\((?<credit>[^()]{3,100})\)\s*$", Opt | RegexOptions.RightToLeft, Timeout);

        /// <summary>A credit in brackets at the end of a line: only a line whose last visible character is ')' can hold one.</summary>
        private static Match MatchCreditAtEnd(string n)
        {
            int k = n.Length - 1;
            while (k >= 0 && char.IsWhiteSpace(n[k])) k--;
            return k >= 0 && n[k] == ')' ? CreditAtEndRegex.Match(n) : Match.Empty;
        }

        public static bool LooksLikeCaption(ArticleLines lines, string n)
        {
            string? title = lines.Title;
            if (title != null && n.Length > title.Length + 3 && n.StartsWith(title, StringComparison.Ordinal)) return true;
            var m = MatchCreditAtEnd(n);
            return m.Success && IsCredit(m.Groups["credit"].Value) && !LineShapes.StartsWithQuote(n) && LineShapes.WordCount(n) >= 4;
        }

        private static bool IsCredit(string c) =>
            !Regex.IsMatch(c, @"^[a-z0-9]{1,6}(?:/[a-z0-9]{1,6}){1,4}$", Opt, Timeout) &&
            c.IndexOf('/') >= 0 && !Regex.IsMatch(c, @"^\d{1,2}/\d{1,2}(?:/\d{2,4})?$", Opt, Timeout) || Datelines.IsDomainLike(c);

        /// <summary>Line <paramref name="i"/> (<paramref name="n"/>) as a caption: its text without the headline, and its credit.</summary>
        public static void Add(ArticleLines lines, int i, string n)
        {
            lines.Mark(i, LineKind.Caption);
            var text = n;
            string? title = lines.Title;
            if (title != null && text.Length > title.Length && text.StartsWith(title, StringComparison.Ordinal))
                text = text.Substring(title.Length).Trim();
            string? credit = null;
            var m = MatchCreditAtEnd(text);
            if (m.Success && IsCredit(m.Groups["credit"].Value))
            {
                credit = m.Groups["credit"].Value.Trim();
                text = text.Substring(0, m.Index).Trim();
            }
            lines.Captions.Add(new CaptionModel(i + 1, text, credit));
        }
    }
}
