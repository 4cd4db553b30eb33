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
    /// Every name is at most <see cref="MaxIdentifierBytes"/> UTF-8 bytes (see <see cref="Cap"/>): the compiler refuses a metadata
    /// name over 1,023 bytes (CS7013) and the article's name is also part of its generated file's name (255 bytes on most file systems).
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

        /// <summary>
        /// The longest identifier emitted, in UTF-8 bytes (80 ASCII letters; fewer letters of other scripts): an article's or person's
        /// member, the corpus class, each namespace segment. A generated file's name (<c>{Class}.Articles.{Article}.g.cs</c>) is then
        /// at most 175 bytes.
        /// </summary>
        public const int MaxIdentifierBytes = 80;

        /// <summary>The longest namespace emitted, in UTF-8 bytes (so namespace and class stay far below the metadata limit of 1,023).</summary>
        public const int MaxNamespaceBytes = 512;

        /// <summary>Hex digits of the hash that ends a shortened name.</summary>
        private const int HashDigits = 8;

        /// <summary>
        /// <paramref name="name"/> itself when it has at most <paramref name="maxBytes"/> UTF-8 bytes; else its start, cut at a word
        /// start (an upper-case letter or <c>_</c>) when one is near, then <c>_</c> and 8 hex digits of a stable hash of the whole name
        /// (FNV-1a), so that distinct long names stay distinct and a name is the same in every build.
        /// </summary>
        public static string Cap(string name, int maxBytes = MaxIdentifierBytes)
        {
            if (Utf8Length(name) <= maxBytes) return name;
            var tag = "_" + StableHash(name);
            return Cut(name, maxBytes - tag.Length) + tag;
        }

        /// <summary><paramref name="name"/> followed by <paramref name="suffix"/>, its start shortened so that the whole fits <see cref="MaxIdentifierBytes"/>.</summary>
        private static string WithSuffix(string name, string suffix) =>
            Utf8Length(name) + Utf8Length(suffix) <= MaxIdentifierBytes ? name + suffix : Cut(name, MaxIdentifierBytes - Utf8Length(suffix)) + suffix;

        /// <summary>The UTF-8 length of <paramref name="s"/> (a lone surrogate counts 3, as its replacement character).</summary>
        public static int Utf8Length(string s)
        {
            int n = 0;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c < 0x80) n++;
                else if (c < 0x800) n += 2;
                else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { n += 4; i++; }
                else n += 3;
            }
            return n;
        }

        /// <summary>The longest start of <paramref name="name"/> of at most <paramref name="maxBytes"/> UTF-8 bytes, backed off to a word start in its last 16 characters.</summary>
        private static string Cut(string name, int maxBytes)
        {
            int bytes = 0, end = 0;
            while (end < name.Length)
            {
                bool pair = char.IsHighSurrogate(name[end]) && end + 1 < name.Length && char.IsLowSurrogate(name[end + 1]);
                int b = pair ? 4 : name[end] < 0x80 ? 1 : name[end] < 0x800 ? 2 : 3;
                if (bytes + b > maxBytes) break;
                bytes += b;
                end += pair ? 2 : 1;
            }
            int cut = end;
            for (int k = end; k > 1 && k > end - 16; k--)
                if (char.IsUpper(name[k]) || name[k] == '_') { cut = k; break; }
            return name.Substring(0, cut).TrimEnd('_');
        }

        /// <summary>FNV-1a (32 bits) of the UTF-16 code units, as 8 lower-case hex digits: the same on every machine and run.</summary>
        private static string StableHash(string s)
        {
            uint h = 2166136261;
            foreach (char c in s) { h ^= c; h *= 16777619; }
            return h.ToString("x" + HashDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        /// <summary>
        /// The namespace of the generated class from an MSBuild value: each dot-separated part a valid identifier (kept as written
        /// when it is one), each at most <see cref="MaxIdentifierBytes"/>; a namespace longer than <see cref="MaxNamespaceBytes"/>
        /// keeps its first parts and ends with a part that hashes the whole.
        /// </summary>
        public static string Namespace(string value)
        {
            var parts = value.Split('.').Select(part => Cap(Valid(Pascal(part).Length > 0 && part.All(ch => char.IsLetterOrDigit(ch) || ch == '_') ? part : Pascal(part), "Ns"))).ToList();
            var ns = string.Join(".", parts);
            if (Utf8Length(ns) <= MaxNamespaceBytes) return ns;
            var tail = "Ns_" + StableHash(ns);
            var kept = new List<string>();
            int bytes = tail.Length;
            foreach (var p in parts)
            {
                if (bytes + Utf8Length(p) + 1 > MaxNamespaceBytes) break;
                kept.Add(p);
                bytes += Utf8Length(p) + 1;
            }
            kept.Add(tail);
            return string.Join(".", kept);
        }

        /// <summary>The corpus class name from an MSBuild value: a valid identifier of at most <see cref="MaxIdentifierBytes"/>.</summary>
        public static string ClassName(string value) => Cap(Valid(value, "Corpus"));

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
            return Cap(Valid(name, "Article"));
        }

        public static string PersonBase(string name) => Cap(Valid(Pascal(name), "Person"));

        /// <summary>
        /// Makes names unique in order: the first keeps its name, later ones get _2, _3…
        /// Uniqueness ignores case, because the names also become hint names (file names), which Roslyn compares ignoring case.
        /// A suffixed name still fits <see cref="MaxIdentifierBytes"/> (its start is shortened).
        /// </summary>
        public static string[] Unique(IReadOnlyList<string> names, out List<(int Index, string Wanted, string Given)> collisions)
        {
            collisions = new List<(int, string, string)>();
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            // the next suffix to try per wanted name, so that thousands of equal names cost linear time, not quadratic
            var next = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var result = new string[names.Count];
            for (int i = 0; i < names.Count; i++)
            {
                var n = names[i];
                if (used.Add(n)) { result[i] = n; continue; }
                int k = next.TryGetValue(n, out var from) ? from : 2;
                string given;
                while (!used.Add(given = WithSuffix(n, "_" + k.ToString(CultureInfo.InvariantCulture)))) k++;
                next[n] = k + 1;
                result[i] = given;
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
            s = UnicodeText.Nfc(s); // a name typed decomposed (e + U+0308) gives the same identifier as composed (ë)
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
