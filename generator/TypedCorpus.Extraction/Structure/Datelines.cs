using System;
using System.Linq;
using System.Text.RegularExpressions;
using static TypedCorpus.Extraction.Structure.LinePattern;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>The dateline at the start of the lead: "Jakarta (ANTARA) - ", "Moskow, Kabar - ", "KOMPAS.com - ".</summary>
    internal static class Datelines
    {
        private const string Dash = @"(?:-{1,2}|–|—)";

        /// <summary>The separator after a dateline: a spaced hyphen or dash, or an en/em dash that may be glued ("JOGJA—Pemerintah").</summary>
        private const string Sep = @"(?:(?<=[\s,])(?:-{1,2}|–|—)\s+|\s*[–—]\s*)(?=\S)";

        // "Ntvnews.id, Moskow - ", "Jakarta, IDN Times - ", "BEIJING, - ", "Moskow, – ", "REPUBLIKA.CO.ID, MAKASSAR -- "
        internal static readonly Regex DatelineComma = new Regex(
            @"^(?<a>[\p{L}\d][^,()\s]*(?:\s[^,()\s]+){0,3}?)\s*,\s*(?<b>[\p{Lu}\d][^,()\s–—]*(?:\s[^,()\s–—]+){0,3}?)?\s*" + Sep, Opt, Timeout);

        // "Jakarta (ANTARA) - "
        internal static readonly Regex DatelineParen = new Regex(
            @"^(?<a>\p{Lu}[^,()\s]*(?:\s[^,()\s]+){0,3}?)\s*\((?<b>[^()]{2,30})\)\s*" + Sep, Opt, Timeout);

        // "KOMPAS.com - ", "Medan - "
        internal static readonly Regex DatelineSingle = new Regex(
            @"^(?<a>\p{Lu}[^,()\s–—]*(?:\s\p{Lu}[^,()\s–—]*){0,2})(?:\s+" + Dash + @"\s+|\s*[–—]\s*)(?=\S)", Opt, Timeout);

        /// <summary>
        /// A necessary condition of the three dateline patterns, checked without a regex: each ends with an en or em dash, or
        /// with one or two hyphens after a space or comma and before a space (<c>\s</c> is exactly <see cref="char.IsWhiteSpace(char)"/>).
        /// </summary>
        internal static bool HasDatelineSeparator(string n)
        {
            if (n.IndexOf('–') >= 0 || n.IndexOf('—') >= 0) return true;
            for (int i = n.IndexOf('-'); i >= 0; i = n.IndexOf('-', i + 1))
            {
                if (i == 0 || !(char.IsWhiteSpace(n[i - 1]) || n[i - 1] == ',')) continue;
                int after = i + 1 < n.Length && n[i + 1] == '-' ? i + 2 : i + 1;
                if (after < n.Length && char.IsWhiteSpace(n[after])) return true;
            }
            return false;
        }

        internal static bool TryDateline(string n, out string? outlet, out string? city, out int prefixLen)
        {
            outlet = null; city = null; prefixLen = 0;
            if (!HasDatelineSeparator(n)) return false;
            var m = DatelineParen.Match(n);
            if (m.Success)
            {
                city = TitleCaseIfCaps(m.Groups["a"].Value.Trim());
                outlet = m.Groups["b"].Value.Trim();
                prefixLen = m.Length;
                return true;
            }
            m = DatelineComma.Match(n);
            if (m.Success && m.Groups["a"].Length <= 40 && m.Groups["b"].Length <= 40 && (char.IsUpper(m.Groups["a"].Value[0]) || char.IsDigit(m.Groups["a"].Value[0]) || IsDomainLike(m.Groups["a"].Value)))
            {
                var a = m.Groups["a"].Value.Trim();
                var b = m.Groups["b"].Success ? m.Groups["b"].Value.Trim() : "";
                if (b.Length == 0) city = TitleCaseIfCaps(a);
                else if (IsDomainLike(a) && !IsDomainLike(b)) { outlet = a; city = TitleCaseIfCaps(b); }
                else { city = TitleCaseIfCaps(a); outlet = b; }
                prefixLen = m.Length;
                return true;
            }
            m = DatelineSingle.Match(n);
            if (m.Success)
            {
                var a = m.Groups["a"].Value.Trim();
                if (IsDomainLike(a)) outlet = a; else city = TitleCaseIfCaps(a);
                prefixLen = m.Length;
                return true;
            }
            return false;
        }

        // "JAKARTA- ", "MEDAN -Polisi": a dateline with the dash not spaced, which the dateline patterns do not accept.
        internal static readonly Regex NearMiss = new Regex(
            @"^(?<a>\p{Lu}{3,}(?:\s\p{Lu}{3,}){0,2})\s*(?:\([^()]{2,30}\)\s*)?(?:-{1,2}|–|—)\s*(?=\p{Lu})", Opt, Timeout);

        internal static bool IsDomainLike(string s) => Regex.IsMatch(s, @"\.(?:com|id|co|net|org|tv|news|info|my|sg)\b", RegexOptions.IgnoreCase | Opt, Timeout);

        private static string TitleCaseIfCaps(string s)
        {
            if (s.Any(char.IsLower) || !s.Any(char.IsLetter)) return s;
            var words = s.Split(' ');
            for (int i = 0; i < words.Length; i++)
            {
                var w = words[i];
                if (w.Length > 0) words[i] = char.ToUpperInvariant(w[0]) + w.Substring(1).ToLowerInvariant();
            }
            return string.Join(" ", words);
        }
    }
}
