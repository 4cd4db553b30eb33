using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using TypedCorpus.Extraction;

namespace TypedCorpus.Generator
{
    /// <summary>
    /// Readable, stable C# identifiers for articles and people.
    /// Article: <c>{Source}_{yyyy}_{MM}_{dd}_{Dateline}</c>, where Source is the outlet without its domain suffix
    /// (or, without an outlet, the first three words of the headline or of the first paragraph); missing parts are left out.
    /// Person: the canonical name in PascalCase (<c>XiJinping</c>).
    /// Collisions get <c>_2</c>, <c>_3</c>… in file order.
    /// </summary>
    public static class Naming
    {
        private static readonly HashSet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
        {
            "Count", "Item", "Find", "FindByFile", "GetEnumerator", "Equals", "GetHashCode", "ToString", "GetType", "Create", "IndexOf",
            "IndexOfFile", "MemberwiseClone", "Finalize", "ReferenceEquals",
            "ArticleSet", "PersonSet", // the enclosing generated classes (CS0542)
        };

        /// <summary>
        /// Generated names an identifier must not take: <c>Create{N}</c> (CS0102) and the member classes
        /// <c>ArticleSetPart{N}</c> / <c>PersonSetPart{N}</c> (CS0542 for a member of the class of the same name).
        /// </summary>
        private static bool IsFactoryName(string s) => Numbered(s, "Create") || Numbered(s, "ArticleSetPart") || Numbered(s, "PersonSetPart");

        private static bool Numbered(string s, string stem) =>
            s.Length > stem.Length && s.StartsWith(stem, StringComparison.Ordinal) && s.Skip(stem.Length).All(c => c >= '0' && c <= '9');

        public static string ArticleBase(ArticleModel a)
        {
            var parts = new List<string>();
            string source = a.Outlet is { Length: > 0 } o ? Pascal(StripDomain(o)) : "";
            if (source.Length == 0)
            {
                var words = a.Title ?? (a.Paragraphs.Count > 0 ? a.Paragraphs[0].Text : null) ?? "";
                source = Pascal(string.Join(" ", Words(words).Take(3)));
            }
            if (source.Length > 0) parts.Add(source);
            if (a.Date is { Length: 10 } d) parts.Add(d.Replace('-', '_'));
            if (a.Dateline is { Length: > 0 } dl) parts.Add(Pascal(dl));
            var name = string.Join("_", parts.Where(p => p.Length > 0));
            if (name.Length == 0) name = Pascal(System.IO.Path.GetFileNameWithoutExtension(a.File));
            return Valid(name, "Article");
        }

        public static string PersonBase(string name) => Valid(Pascal(name), "Person");

        /// <summary>
        /// Makes names unique in order: the first keeps its name, later ones get _2, _3…
        /// Uniqueness ignores case, because the names also become hint names (file names), which Roslyn compares ignoring case.
        /// </summary>
        public static string[] Unique(IReadOnlyList<string> names, out List<(int Index, string Wanted, string Given)> collisions)
        {
            collisions = new List<(int, string, string)>();
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var result = new string[names.Count];
            for (int i = 0; i < names.Count; i++)
            {
                var n = names[i];
                if (used.Add(n)) { result[i] = n; continue; }
                int k = 2;
                while (!used.Add(n + "_" + k)) k++;
                result[i] = n + "_" + k;
                collisions.Add((i, n, result[i]));
            }
            return result;
        }

        private static string StripDomain(string outlet)
        {
            int dot = outlet.IndexOf('.');
            return dot > 0 ? outlet.Substring(0, dot) : outlet;
        }

        private static IEnumerable<string> Words(string s) =>
            s.Split(new[] { ' ', '\t', '\u00A0', '-', '–', '—', ',', '.', ':', ';', '"', '\'', '“', '”', '(', ')' }, StringSplitOptions.RemoveEmptyEntries)
             .Where(w => w.Any(char.IsLetterOrDigit));

        /// <summary>PascalCase of the letters and digits of <paramref name="s"/>; all-caps words become capitalised words.</summary>
        public static string Pascal(string s)
        {
            var sb = new StringBuilder();
            foreach (var word in Words(s))
            {
                var clean = new string(word.Where(IsPart).ToArray());
                if (clean.Length == 0) continue;
                bool allCaps = clean.Length > 1 && !clean.Any(char.IsLower) && clean.Any(char.IsUpper);
                var rest = allCaps ? clean.Substring(1).ToLowerInvariant() : clean.Substring(1);
                sb.Append(char.ToUpperInvariant(clean[0])).Append(rest);
            }
            return sb.ToString();
        }

        private static bool IsPart(char c)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.LetterNumber:
                case UnicodeCategory.DecimalDigitNumber:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>A valid, non-keyword, non-reserved identifier.</summary>
        public static string Valid(string name, string prefix)
        {
            var clean = new string(name.Where(c => IsPart(c) || c == '_').ToArray());
            if (clean.Length == 0) return prefix;
            if (!SyntaxFacts.IsIdentifierStartCharacter(clean[0])) clean = prefix + "_" + clean;
            if (SyntaxFacts.GetKeywordKind(clean) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(clean) != SyntaxKind.None || Reserved.Contains(clean) || IsFactoryName(clean))
                clean = prefix + "_" + clean;
            return clean;
        }
    }
}
