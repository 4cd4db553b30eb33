using System.Text.RegularExpressions;
using static TypedCorpus.Extraction.Structure.LinePattern;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>
    /// Datelines that name the outlet by a code or brand the other shapes take for a place, or that close the place and the
    /// outlet with a colon, a pipe or nothing at all: "KK – " (a code alone), "KK Sukamaju – " (a code, then the place),
    /// "KK, Sukamaju : " and "Sukamaju, kabar.com: " (a colon), "kabar.com, Sukamaju | " (a pipe), "Sukamaju, kabar.com Warga …"
    /// (no separator).
    /// </summary>
    internal static class DatelineCodes
    {
        /// <summary>Up to three words of a place or an outlet's name: capitalised words, or a domain in any case.</summary>
        private const string Piece = @"(?:[\p{Lu}\d][\p{L}\d.]*(?:\s[\p{Lu}\d][\p{L}\d.]*){0,2}|(?i:" + DatelineShapes.Domain + "))";

        // "KK, Sukamaju : Warga …", "Sukamaju, kabar.com: Warga …", "kabar.com, Sukamaju | Warga …", "Sukamaju, kabar.com |Warga …"
        private static readonly Regex PairClosed = new Regex(@"^(?<x>" + Piece + @")\s*,\s*(?<y>" + Piece + @")\s*(?::|\|{1,2})\s*(?=\p{Lu})", Opt, Timeout);

        // "Sukamaju, kabar.com Warga …": a known place in mixed case, a comma, the outlet's domain, the sentence without a separator
        private static readonly Regex PlaceDomainBare = new Regex(@"^(?<x>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s*,\s*(?<y>(?i:" + DatelineShapes.Domain + @"))\s+(?=\p{Lu}\p{Ll})", Opt, Timeout);

        /// <summary>
        /// A place and an outlet around a comma, closed by a colon, a pipe or nothing: one of the two is a known
        /// place, the other no place and read as an outlet (a domain, a code in capitals, a brand); the rest of the line is prose.
        /// </summary>
        public static bool TryPair(string n, out string? outlet, out string? city, out int prefixLen)
        {
            outlet = null; city = null; prefixLen = 0;
            int comma = n.IndexOf(',');
            if (comma < 2 || comma > 40 || n.Length < 30) return false;
            var m = PairClosed.Match(n);
            if (!m.Success) m = PlaceDomainBare.Match(n);
            if (!m.Success || m.Length > 70 || !LineShapes.IsProseLike(n.Substring(m.Length))) return false;
            string x = m.Groups["x"].Value, y = m.Groups["y"].Value;
            if (Datelines.IsKnownPlace(x) && !Datelines.IsKnownPlace(y) && NamesOutlet(y)) (outlet, city) = (y, x);
            else if (Datelines.IsKnownPlace(y) && !Datelines.IsKnownPlace(x) && NamesOutlet(x)) (outlet, city) = (x, y);
            else return false;
            city = Datelines.TitleCaseIfCaps(city);
            prefixLen = m.Length;
            return true;
        }

        // "(kabar.com), Warga …", "(kabar.com) – Warga …": the outlet's domain in brackets opening the lead
        private static readonly Regex BracketedDomain = new Regex(@"^\((?<y>(?i:" + DatelineShapes.Domain + @"))\)\s*(?:,|:|-{1,2}|–|—)?\s*(?=\p{Lu})", Opt, Timeout);

        // "Sukamaju/KabarKita-Warga …", "Sukamaju/KabarNews – Warga …": a known place, a slash, a brand, a dash (glued or spaced)
        private static readonly Regex PlaceSlashBrand = new Regex(@"^(?<x>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s?/\s?(?<y>[\p{L}\d][\p{L}\d.]{2,30})\s*(?:-{1,2}|–|—)\s*(?=\p{Lu})", Opt, Timeout);

        /// <summary>
        /// The outlet's domain in brackets opening the lead (no place), or a known place, a slash and a brand (a domain, a name
        /// written with a capital inside, a name ending in a word of the news) before a dash; the rest of the line is prose.
        /// </summary>
        public static bool TryBracketOrSlash(string n, out string? outlet, out string? city, out int prefixLen)
        {
            outlet = null; city = null; prefixLen = 0;
            if (n.Length < 30) return false;
            if (n[0] == '(' && BracketedDomain.Match(n) is { Success: true } b && LineShapes.IsProseLike(n.Substring(b.Length)))
            {
                outlet = b.Groups["y"].Value;
                prefixLen = b.Length;
                return true;
            }
            int slash = n.IndexOf('/');
            if (slash < 3 || slash > 30 || !(PlaceSlashBrand.Match(n) is { Success: true } m) || !Datelines.IsKnownPlace(m.Groups["x"].Value)
                || !Datelines.IsOutletLike(m.Groups["y"].Value) || !LineShapes.IsProseLike(n.Substring(m.Length))) return false;
            (outlet, city, prefixLen) = (m.Groups["y"].Value, m.Groups["x"].Value, m.Length);
            return true;
        }

        /// <summary>An outlet's name where a place might stand: a domain, a brand (<see cref="Datelines.IsOutletLike"/>), a code in capitals, or words of the news.</summary>
        private static bool NamesOutlet(string s) => Datelines.IsOutletLike(s) || IsCode(s) || DatelineShapes.NamesOutlet(s);

        /// <summary>
        /// "KK", "THI.": an outlet's code, two to five capitals with one vowel at most (a stop after them may close it), that is
        /// no known place, no label of an image, no rubric and no word that opens a sentence.
        /// </summary>
        internal static bool IsCode(string s)
        {
            var code = s.EndsWith(".", System.StringComparison.Ordinal) ? s.Substring(0, s.Length - 1) : s;
            if (code.Length < 2 || code.Length > 5) return false;
            int vowels = 0;
            foreach (char c in code)
                if (!(c >= 'A' && c <= 'Z')) return false;
                else if (c is 'A' or 'E' or 'I' or 'O' or 'U') vowels++;
            // a town's name in capitals alternates its vowels ("MABA", "POSO"); a code has one at most ("KBR", "THI")
            if (vowels > 1) return false;
            // a body's acronym ("KPK", "DPRD", "TNI") names who acts, no outlet
            return !Datelines.IsKnownPlace(code) && !Datelines.ImageLabels.Contains(code) && !DatelineShapes.Rubrics.Contains(code) && !DatelineBrands.NoPlaceWords.Contains(code)
                && !Lexicon.NameLexicon.IsOrgWord(code) && !Lexicon.NameLexicon.OrgAbbreviations.Contains(code) && !Lexicon.NameLexicon.BodyNames.Contains(code);
        }

        /// <summary>
        /// "KK Sukamaju", "THI. Sukamaju", "KK Kita Sukamaju": an outlet's code, maybe a word of its name, then a known place; the
        /// index where the place starts, else -1.
        /// </summary>
        internal static int CodeThenPlace(string a)
        {
            int sp = a.IndexOf(' ');
            if (sp < 2 || !IsCode(a.Substring(0, sp)) || Datelines.IsKnownPlace(a)) return -1;
            for (int at = sp + 1; at < a.Length; at = a.IndexOf(' ', at) + 1)
            {
                if (Datelines.IsKnownPlace(a.Substring(at))) return at;
                if (a.IndexOf(' ', at) < 0) break;
            }
            return -1;
        }

        // "Sukamaju – kabarkotahits" alone on its line: a place, a dash and one word in small letters, the site's name
        internal static readonly Regex PlaceDashBrandAlone = new Regex(@"^(?<a>(?-i:\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?))\s*(?:-{1,2}|–|—)\s*(?<b>(?-i:\p{Ll}[\p{Ll}\d]{6,29}))$", Opt | RegexOptions.IgnoreCase, Timeout);

        /// <summary>"kabarkotahits", "harianbaliku": a word of the news opening the word, or a known place of five letters or more inside it ("kemarin", "informasi", "bulanan" hold neither).</summary>
        internal static bool HoldsBrandWord(string w)
        {
            // "kabarbalihits": a word of the news of five letters or more opening it with four letters or more after it
            // ("informasi", "wartawan", "jurnalis" are words of their own)
            foreach (var brand in Datelines.BrandEndings)
                if (brand.Length >= 5 && w.Length >= brand.Length + 4 && w.StartsWith(brand, System.StringComparison.OrdinalIgnoreCase)) return true;
            for (int i = 0; i + 5 <= w.Length; i++)
                for (int j = i + 5; j <= w.Length; j++) if (Lexicon.NameLexicon.IsGazetteerPlace(w.Substring(i, j - i))) return true;
            return false;
        }

    }
}
