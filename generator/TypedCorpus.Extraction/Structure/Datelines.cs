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
        private const string Sep = @"(?:(?<=[\s,])(?:-{1,2}|–|—|-–)\s+|\s*[–—]\s*|(?<=\p{Lu})--(?=\p{Lu})|(?<=[\)\]])-\s*(?=\p{Lu})|(?<=\p{Lu}{3})-\s+(?=\p{Lu})|\s*■\s*)(?=\S)";

        // "Ntvnews.id, Moskow - ", "Jakarta, IDN Times - ", "BEIJING, - ", "Moskow, – ", "REPUBLIKA.CO.ID, MAKASSAR -- ", "Sukamaju, kabarjabar – "
        internal static readonly Regex DatelineComma = new Regex(
            @"^(?<a>[\p{L}\d][^,()|\s]*(?:\s[^,()|\s]+){0,3}?)\s*(?:,|\|{1,2})\s*(?<b>(?:[\p{Lu}\d]|[\p{Ll}\d][\p{L}\d-]*\.(?:com|co|id|net|org|tv|news)\b)[^,()|\s–—]*(?:\s[^,()|\s–—]+){0,3}?|\p{Ll}[\p{Ll}\d]{6,29}(?=\s*[-–—]))?\s*,?\s*" + Sep, Opt, Timeout);

        // "Jakarta (ANTARA) - "
        internal static readonly Regex DatelineParen = new Regex(
            @"^(?<a>\p{Lu}[^,()\[\]\s]*(?:\s[^,()\[\]\s]+){0,3}?)\s*(?:\((?<b>[^()]{1,30})\)|\[(?<b>[^\[\]]{1,30})\])\s*,?" + Sep, Opt, Timeout);

        // "KOMPAS.com - ", "Medan - "
        internal static readonly Regex DatelineSingle = new Regex(
            @"^(?<a>\p{Lu}[^,()\s–—]*(?:\s{1,2}\p{Lu}[^,()\s–—]*){0,2})(?:\s+" + Dash + @"\s+|\s*[–—]\s*)(?=\S)", Opt, Timeout);

        /// <summary>
        /// A necessary condition of the three dateline patterns, checked without a regex: each ends with an en or em dash, or
        /// with one or two hyphens after a space or comma and before a space (<c>\s</c> is exactly <see cref="char.IsWhiteSpace(char)"/>).
        /// </summary>
        internal static bool HasDatelineSeparator(string n)
        {
            if (n.IndexOf('–') >= 0 || n.IndexOf('—') >= 0 || n.IndexOf("--", StringComparison.Ordinal) > 0 || n.IndexOf('■') > 0 || n.IndexOf(")-", StringComparison.Ordinal) > 0) return true;
            for (int i = n.IndexOf('-'); i >= 0; i = n.IndexOf('-', i + 1))
            {
                // "KOTA, KABAR- ": a hyphen glued to a name in capitals, a space after it
                if (i >= 3 && char.IsUpper(n[i - 1]) && char.IsUpper(n[i - 2]) && char.IsUpper(n[i - 3]) && i + 1 < n.Length && char.IsWhiteSpace(n[i + 1])) return true;
                if (i == 0 || !(char.IsWhiteSpace(n[i - 1]) || n[i - 1] == ',')) continue;
                int after = i + 1 < n.Length && n[i + 1] == '-' ? i + 2 : i + 1;
                if (after < n.Length && char.IsWhiteSpace(n[after])) return true;
            }
            return false;
        }

        /// <summary>A search tool's date prefix glued before a page's first line: "date 2023-07-01 ".</summary>
        private static readonly Regex SearchPrefix = new Regex(@"^\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s+", Opt, Timeout);

        internal static bool TryDateline(string n, out string? outlet, out string? city, out int prefixLen)
        {
            bool found = TryShape(n, out outlet, out city, out prefixLen) || TryAfterGluedStandfirst(n, out outlet, out city, out prefixLen) || TryAfterDash(n, out outlet, out city, out prefixLen);
            // "ILUSTRASI - Petugas memeriksa …": an image's label where a place would stand opens a caption, no dateline
            if (found && outlet is null && city != null && ImageLabels.Contains(city)) { city = null; prefixLen = 0; return false; }
            if (found) DatelineShapes.Settle(ref outlet, ref city, n, prefixLen);
            if (found) prefixLen = DatelineShapes.AfterFilingDate(n, prefixLen);
            if (found && outlet is null && city != null) outlet = DatelineShapes.OutletAfterCity(n, ref prefixLen);
            return found;
        }

        /// <summary>Labels of an image that open its caption ("Ilustrasi", "Foto", "Infografis"; Resources/image-labels.txt).</summary>
        internal static readonly System.Collections.Generic.HashSet<string> ImageLabels = Lexicon.LexiconResource.WordSet("image-labels");

        /// <summary>"— KOTA SUKAMAJU | Warga …": a dash before the dateline, a place in capitals after it (a list item's dash is followed by prose).</summary>
        private static bool TryAfterDash(string n, out string? outlet, out string? city, out int prefixLen)
        {
            outlet = null; city = null; prefixLen = 0;
            if (n.Length < 30 || !(n[0] == '—' || n[0] == '–' || n[0] == '-') || n[1] != ' ' || !char.IsUpper(n[2]) || !char.IsUpper(n[3])) return false;
            var rest = n.Substring(2);
            if (!TryShape(rest, out outlet, out city, out int len) || !IsUnmistakable(rest, outlet, city, len)) { outlet = null; city = null; return false; }
            prefixLen = len + 2;
            return true;
        }

        /// <summary>
        /// "Dua kelompok nelayan berdamai.PASER – Dua kelompok nelayan berdamai …": the standfirst glued to the dateline (no
        /// space after its stop) and said again after it; the dateline's prefix covers the standfirst too.
        /// </summary>
        private static bool TryAfterGluedStandfirst(string n, out string? outlet, out string? city, out int prefixLen)
        {
            outlet = null; city = null; prefixLen = 0;
            if (n.Length < 60) return false;
            for (int k = 20, end = Math.Min(n.Length - 1, 300); k < end; k++)
            {
                char c = n[k];
                // a word's last letter, the stop, then a place or outlet in capitals (not an initial: "S.H", "Dr.Eng")
                if (!(c == '.' || c == '!' || c == '?') || !char.IsLower(n[k - 1]) || k + 3 >= n.Length || !char.IsUpper(n[k + 1]) || !char.IsUpper(n[k + 2]) || !char.IsUpper(n[k + 3])) continue;
                var rest = n.Substring(k + 1);
                if (!TryShape(rest, out outlet, out city, out int len) || rest.Length - len < 20 || string.CompareOrdinal(rest, len, n, 0, 20) != 0)
                {
                    outlet = null; city = null;
                    return false;
                }
                prefixLen = k + 1 + len;
                return true;
            }
            return false;
        }

        private static bool TryShape(string n, out string? outlet, out string? city, out int prefixLen)
        {
            outlet = null; city = null; prefixLen = 0;
            if (DatelineVariants.TryFirst(n, out outlet, out city, out prefixLen)) return true;
            if (DatelineBrands.TryCityCode(n, out city, out prefixLen) || DatelineShapes.TryCityColon(n, out city, out prefixLen)) return true;
            if (DatelinePipes.TryRegionPipe(n, out outlet, out city, out prefixLen) || DatelinePipes.TrySlashes(n, out outlet, out city, out prefixLen) || DatelineShapes.TryCityDomain(n, out outlet, out city, out prefixLen)) return true;
            if (DatelineShapes.TryCapsCityHyphen(n, out city, out prefixLen) || DatelineShapes.TryBrandHyphen(n, out outlet, out prefixLen) || DatelineShapes.TryOutletCityOddCase(n, out outlet, out city, out prefixLen)) return true;
            if (DatelineBrands.TryAny(n, out outlet, out city, out prefixLen) || DatelineCodes.TryPair(n, out outlet, out city, out prefixLen) || DatelineCodes.TryBracketOrSlash(n, out outlet, out city, out prefixLen)) return true;
            if (!HasDatelineSeparator(n)) return DatelineVariants.TryAny(n, out outlet, out city, out prefixLen) || DatelinePieces.TryRead(n, out outlet, out city, out prefixLen);
            if (n.StartsWith("date ", StringComparison.Ordinal) && SearchPrefix.Match(n) is { Success: true } sp)
            {
                bool found = TryShape(n.Substring(sp.Length), out outlet, out city, out prefixLen);
                if (found) prefixLen += sp.Length;
                return found;
            }
            if (TryParen(n, out outlet, out city, out prefixLen) || DatelineShapes.TryCityDateParen(n, out outlet, out city, out prefixLen)
                || DatelineShapes.TryOutletCityDate(n, out outlet, out city, out prefixLen)) return true;
            if (TryComma(n, out outlet, out city, out prefixLen)) return true;
            var m = DatelineSingle.Match(n);
            if (!m.Success) m = DomainSingle.Match(n);
            if (!m.Success && (DatelineVariants.TryBracketedOutletPlace(n, out outlet, out city, out prefixLen) || DatelineVariants.TryLowerBrand(n, out outlet, out city, out prefixLen))) return true;
            if (m.Success)
            {
                var a = m.Groups["a"].Value.Trim();
                if (HeadlineDashes.JoinsWords(n, m.Length, a)) return false;
                prefixLen = m.Length;
                int slash = a.IndexOfAny(SlashOrUnderscore);
                if (slash > 0 && IsDomainLike(a.Substring(0, slash)) && (a[slash] == '/' || IsKnownPlace(a.Substring(slash + 1)))) { outlet = a.Substring(0, slash); city = PlaceAfterDomain(a.Substring(slash + 1)); }
                else if (slash > 0 && a[slash] == '_') return false; // "kabar.co_redaksi –": no place after the underscore
                else if (slash > 0 && IsDomainLike(a.Substring(slash + 1)) && a.Substring(0, slash).All(char.IsUpper)) { city = TitleCaseIfCaps(a.Substring(0, slash)); outlet = a.Substring(slash + 1); } // "SUKAMAJU/kabar.co.id – "
                else if (IsOutletLike(a)) { outlet = a; city = CityAfterOutlet(n, ref prefixLen); }
                else if (OutletThenPlace(a) is int space) { outlet = a.Substring(0, space); city = TitleCaseIfCaps(a.Substring(space + 1)); } // "Kabarnews Sukamaju - "
                else if (DatelineCodes.CodeThenPlace(a) is int at and > 0) { outlet = a.Substring(0, at - 1).TrimEnd('.'); city = TitleCaseIfCaps(a.Substring(at)); } // "KK Sukamaju – "
                else if (DatelineCodes.IsCode(a)) outlet = a.TrimEnd('.'); // "KK – ": the outlet's code alone
                else if (!IsKnownPlace(a) && CityAfterOutlet(n, ref prefixLen) is string after) { outlet = a; city = after; } // "POST KABAR – SUMSEL Warga …"
                else if (!DatelineShapes.SplitCityCode(a, ref outlet, ref city)) city = TitleCaseIfCaps(a); // "BENGKULU KK – ": a place and the outlet's code
                return true;
            }
            return DatelineVariants.TryAny(n, out outlet, out city, out prefixLen) || DatelinePieces.TryRead(n, out outlet, out city, out prefixLen);
        }

        /// <summary>"Moskow, Kabar - ", "KETIK, JAKARTA – ", "Jakarta, 19 September 2025 – ": a place and an outlet (either first) around a comma.</summary>
        private static bool TryComma(string n, out string? outlet, out string? city, out int prefixLen)
        {
            outlet = null; city = null; prefixLen = 0;
            var m = DatelineComma.Match(n);
            if (!m.Success || m.Groups["a"].Length > 40 || m.Groups["b"].Length > 40 || !(char.IsUpper(m.Groups["a"].Value[0]) || char.IsDigit(m.Groups["a"].Value[0]) || IsDomainLike(m.Groups["a"].Value))) return false;
            var a = m.Groups["a"].Value.Trim();
            var b = m.Groups["b"].Success ? m.Groups["b"].Value.Trim() : "";
            // a word in lower case after the comma is an outlet's name only when it reads as one ("kemarin –" is no outlet)
            if (b.Length > 0 && char.IsLower(b[0]) && !IsDomainLike(b) && !DatelineVariants.IsLowerBrand(b)) return false;
            if (b.Length == 0 || IsFilingDay(b) || IsKnownPlace(a) && IsKnownPlace(b)) city = TitleCaseIfCaps(a); // "Jakarta, 19 September 2025 – ", "Sukamaju, Kaltim – "
            else if (IsDomainLike(a) && !IsDomainLike(b) || IsKnownPlace(b) && !IsKnownPlace(a)) { outlet = a; city = TitleCaseIfCaps(b); } // "KETIK, JAKARTA –"
            else { city = TitleCaseIfCaps(a); outlet = b; }
            prefixLen = m.Length;
            return true;
        }

        // "19 September 2025", "19/9", "Jumat (19/9/2025)": the day the report was filed, written where an outlet may stand
        private static readonly Regex FilingDay = new Regex(@"^(?:\p{L}{3,6},?\s*)?\(?\d{1,2}(?:\s+\p{L}{3,9}(?:\s+\d{4})?|/\d{1,2}(?:/\d{2,4})?)\)?$", Opt, Timeout);

        private static bool IsFilingDay(string b) => char.IsDigit(b[b.Length - 1]) && FilingDay.IsMatch(b);

        private static readonly char[] SlashOrUnderscore = { '/', '_' };

        /// <summary>"Pesawaran" after "kabar.com/", "sukamaju" after "kabar.co_": the place, a word in small letters given its capital.</summary>
        private static string PlaceAfterDomain(string p)
            => (p = p.TrimStart('/', ' ')).Length > 0 && char.IsLower(p[0]) ? char.ToUpperInvariant(p[0]) + p.Substring(1) : TitleCaseIfCaps(p);

        /// <summary>"Jakarta (ANTARA) - ": the city, and the outlet in brackets.</summary>
        private static bool TryParen(string n, out string? outlet, out string? city, out int prefixLen)
        {
            outlet = null; city = null; prefixLen = 0;
            var m = DatelineParen.Match(n);
            if (!m.Success) return false;
            city = TitleCaseIfCaps(m.Groups["a"].Value.Trim().TrimEnd('-', '–', '—', ' ')); // "PACITAN – (Kabar.com)- "
            outlet = m.Groups["b"].Value.Trim();
            if (!outlet.Any(char.IsLetter)) outlet = null; // "JAKARTA (!) –": a logo's mark, no outlet's name
            else if ((IsOutletLike(city) || DatelineShapes.NamesOutlet(city) || DatelineBrands.EndsWithRegion(m.Groups["a"].Value) && !DatelineBrands.IsProvince(outlet)) && IsKnownPlace(outlet)) (city, outlet) = (TitleCaseIfCaps(outlet), m.Groups["a"].Value.Trim()); // "KabarKota (Sukamaju) – ", "KABAR KOTA (SUKAMAJU) – ", "KABAR PAPUA (NABIRE) – "
            prefixLen = m.Length;
            return true;
        }

        // "jpnn.com - ", "www.kabar.id – ", "Infoliputan.com/Pesawaran – ", "kabar.co_sukamaju – ": a domain in lower case opening the lead
        private static readonly Regex DomainSingle = new Regex(
            @"^(?<a>(?:www\.)?[\p{Ll}\d][\p{L}\d-]*\.(?:" + DatelineShapes.Endings + @")(?:/\p{Lu}\p{L}+|_\p{L}{3,})?)(?:\s+" + Dash + @"\s+|\s*[–—]\s*)(?=\S)", Opt, Timeout);

        // the city after an outlet: "KONTAN.CO.ID - JAKARTA. Sejumlah …", "jpnn.com - DEPOK - Lonjakan …", and the paper's code
        // after the city's dash: "kabar.co.id – SUKAMAJU-KK. Bupati …"
        private static readonly Regex CityAfter = new Regex(@"^(?<c>\p{Lu}{3,}(?:\s\p{Lu}{3,}){0,2})(?:\.\s+|-(?!KH\.|PT\.|CV\.|UD\.)\p{Lu}{2,4}\.\s+|\s*(?:-{1,2}|–|—)\s*)(?=\p{Lu})", Opt, Timeout);

        // "Kabar.id - Pematangsiantar | Pemko …": a place and a pipe after the outlet
        private static readonly Regex CityPipeAfter = new Regex(@"^(?<c>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){0,2})\s*\|\s*(?=\p{Lu})", Opt, Timeout);

        // "Kabar–JAKARTA Menjelang …": a place in capitals, no separator, then the sentence's first word
        private static readonly Regex CapsCityBeforeWord = new Regex(@"^(?<c>\p{Lu}{3,}(?:\s\p{Lu}{3,}){0,2})\s+(?=\p{Lu}\p{Ll})", Opt, Timeout);

        // "Kabar.com – Sukamaju. Warga …": a known place in mixed case closed by a stop
        private static readonly Regex KnownCityStop = new Regex(@"^(?<c>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\.\s+(?=\p{Lu})", Opt, Timeout);

        // "Liputan Kota – SURABAYA, Seorang pria …", "KABAR.ID – Sukamaju, Sebanyak …": a known place and a comma after the outlet
        private static readonly Regex KnownCapsCityComma = new Regex(@"^(?<c>\p{Lu}{3,}(?:\s\p{Lu}{3,}){0,2}|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?),\s+(?=\p{Lu})", Opt, Timeout);

        /// <summary>The text opens with a known place's word ("Sleman dan …").</summary>
        private static bool PlaceOpens(string s)
        {
            int end = 0;
            while (end < s.Length && char.IsLetter(s[end])) end++;
            return end > 0 && IsKnownPlace(s.Substring(0, end));
        }

        internal static string? CityAfterOutlet(string n, ref int prefixLen)
        {
            var rest = n.Substring(prefixLen);
            var m = CityAfter.Match(rest);
            if (!m.Success) m = CityPipeAfter.Match(rest);
            if (!m.Success && CapsCityBeforeWord.Match(rest) is { Success: true } caps && IsKnownPlace(caps.Groups["c"].Value)) m = caps;
            if (!m.Success && KnownCityStop.Match(rest) is { Success: true } stop && IsKnownPlace(stop.Groups["c"].Value)) m = stop;
            if (!m.Success && DatelineBrands.KnownCityDash.Match(rest) is { Success: true } dash && IsKnownPlace(dash.Groups["c"].Value)) m = dash;
            // ("KABAR.ID – Bantul, Sleman dan Kulon Progo meraih …": a list of places is the sentence's subject, no dateline)
            if (!m.Success && KnownCapsCityComma.Match(rest) is { Success: true } comma && IsKnownPlace(comma.Groups["c"].Value) && !PlaceOpens(rest.Substring(comma.Length))) m = comma;
            if (!m.Success) return null;
            prefixLen += m.Length;
            return TitleCaseIfCaps(m.Groups["c"].Value);
        }

        // "VIVAnews", "KOTATIMES", "KABARPOST": words that end a publication's name written as one word
        /// <summary>
        /// The words of an outlet's name (<c>outlet-words.txt</c>) that end a one-word name ("Kabarnews", "KOTATIMES"): those of
        /// four letters or more, so that no place's name ends with one ("pos" would take "Tapos").
        /// </summary>
        internal static readonly string[] BrandEndings = Lexicon.LexiconResource.Entries("outlet-words").Where(w => w.Length >= 4).ToArray();

        /// <summary>"Kabarnews Sukamaju": an outlet's one-word name, then a known place; the index of the space between, else null.</summary>
        private static int? OutletThenPlace(string a)
        {
            int space = a.IndexOf(' ');
            if (space <= 0 || a.IndexOf(' ', space + 1) >= 0) return null;
            return IsOutletLike(a.Substring(0, space)) && IsKnownPlace(a.Substring(space + 1)) ? space : null;
        }

        /// <summary>An outlet's name rather than a city: a domain, or a brand written in mixed case ("VIVAnews", "tvOnenews").</summary>
        internal static bool IsOutletLike(string s)
        {
            if (IsDomainLike(s)) return true;
            if (s.IndexOf(' ') >= 0) return false;
            foreach (var brand in BrandEndings) if (s.Length > brand.Length && s.EndsWith(brand, StringComparison.OrdinalIgnoreCase)) return true;
            for (int i = 1; i < s.Length; i++) if (char.IsUpper(s[i]) && char.IsLower(s[i - 1])) return true;
            return false;
        }

        // "JAKARTA- ", "MEDAN -Polisi": a dateline with the dash not spaced, which the dateline patterns do not accept.
        internal static readonly Regex NearMiss = new Regex(
            @"^(?<a>\p{Lu}{3,}(?:\s\p{Lu}{3,}){0,2})\s*(?:\([^()]{2,30}\)\s*)?(?:-{1,2}|–|—)\s*(?=\p{Lu})", Opt, Timeout);

        /// <summary>
        /// A dateline that cannot be a sentence's opening words: its outlet is a domain ("BANDUNG, KOMPAS.com -"), it is written
        /// in capitals ("KABAR CENDANA - "), or its city is known to the gazetteer.
        /// </summary>
        internal static bool IsUnmistakable(string n, string? outlet, string? city, int prefixLen)
        {
            if (outlet != null && IsDomainLike(outlet)) return true;
            var head = n.Substring(0, Math.Min(prefixLen, n.Length));
            bool capitals = head.Any(char.IsLetter) && !head.Where(char.IsLetter).Any(char.IsLower);
            // "KABAR CENDANA - ": an outlet's name in capitals alone
            if (city is null) return outlet != null && capitals;
            return IsKnownPlace(city) || capitals;
        }

        /// <summary>A city or region the gazetteer knows ("Jakarta", "Labuan Bajo"), in any case.</summary>
        internal static bool IsKnownPlace(string s)
        {
            var place = TitleCaseIfCaps(s);
            if (Lexicon.NameLexicon.PlaceWords.Contains(place) || Lexicon.NameLexicon.IsGazetteerPlace(place)) return true;
            // "Kota Garut", "Kabupaten Sukamaju": an administrative unit before a known place
            int sp = place.IndexOf(' ');
            return sp > 0 && AdministrativeUnits.Contains(place.Substring(0, sp)) && IsKnownPlace(place.Substring(sp + 1));
        }

        private static readonly string[] AdministrativeUnitNames = { "Kota", "Kabupaten", "Kab.", "Provinsi" };
        private static readonly System.Collections.Generic.HashSet<string> AdministrativeUnits = new System.Collections.Generic.HashSet<string>(AdministrativeUnitNames, StringComparer.Ordinal);

        // "kabar.com", "KABAR.ID"; also a government or school domain written with spaces ("KABAR. GO. ID")
        internal static bool IsDomainLike(string s) => Regex.IsMatch(s, @"\.(?:" + DatelineShapes.Endings + @"|my|sg)\b|\.\s(?:go|co|ac|or)\.\s?id\b", RegexOptions.IgnoreCase | Opt, Timeout);

        internal static string TitleCaseIfCaps(string s)
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
