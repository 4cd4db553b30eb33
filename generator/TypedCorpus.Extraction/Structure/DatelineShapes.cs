using System;
using System.Linq;
using System.Text.RegularExpressions;
using static TypedCorpus.Extraction.Structure.LinePattern;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>
    /// Dateline shapes of smaller sites beyond <see cref="Datelines"/>' three: "Jakarta: " (a known place and a colon),
    /// "Kota,Wilayah|KODE- " (a place, its region, a pipe and the outlet's code), and the settling of what a dateline gave:
    /// an outlet's regional subdomain, a region glued before the outlet's domain, a brand alone where a city would stand.
    /// </summary>
    internal static class DatelineShapes
    {
        // "Jakarta: Polri memastikan …": a known place, a colon, then the sentence
        private static readonly Regex CityColon = new Regex(@"^(?<a>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s*:\s+(?=\p{Lu})", Opt, Timeout);

        // "PRAYA kabar.com – …": a city in capitals, then the outlet's domain, then a dash
        /// <summary>An outlet's domain as datelines write it: "kabar.com", "Kabarku.co.id", "KABAR.ID".</summary>
        /// (a subdomain may stand before it: "timex.kabar.co.id")
        internal const string Domain = @"[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d][\p{L}\d-]*)?\.(?:" + Endings + ")";
        /// <summary>The endings of the domains Indonesian outlets use, as one alternation (longer ones first: "co\.id" before "co").</summary>
        internal const string Endings = @"com|co\.id|or\.id|my\.id|web\.id|id|net|co|news|asia|today|info|org|tv|online";

        private static readonly Regex CityDomain = new Regex(@"^(?<a>\p{Lu}{3,}(?:\s\p{Lu}{3,})?)\s+(?<b>" + Domain + @")\s*(?:-{1,2}|–|—)\s*(?=\p{Lu})", Opt, Timeout);

        /// <summary>"PRAYA kabar.com – ": a city written in capitals and the outlet's domain, no comma between them.</summary>
        public static bool TryCityDomain(string n, out string? outlet, out string? city, out int prefixLen)
        {
            outlet = null; city = null; prefixLen = 0;
            return n.IndexOf('.') >= 3 && char.IsUpper(n[0]) && CityAndOutlet(CityDomain.Match(n), out outlet, out city, out prefixLen);
        }

        // "BIREUEN- Kejaksaan …", "GROBOGAN-Sudah …": a place in capitals with the hyphen glued to it
        // also "Yogyakarta- Kapolsek …": a place in mixed case, the hyphen glued to it and a space after it
        // and "Semarang-Kabid Humas …": the hyphen glued on both sides (not a route: "Jakarta-Bandung" joins two places)
        private static readonly Regex CapsCityHyphen = new Regex(@"^(?:(?<a>\p{Lu}{3,}(?:\s\p{Lu}{3,}){0,2})-\s*|(?<a>\p{Lu}\p{Ll}{2,}(?:\s\p{Lu}\p{Ll}{2,})?)-(?<s>\s+)?)(?=(?<w>\p{Lu}\p{Ll}+))", Opt, Timeout);

        /// <summary>"BIREUEN- ", "GROBOGAN-", "Yogyakarta- ", "Semarang-Kabid": a known place with the hyphen glued to it, before the sentence.</summary>
        public static bool TryCapsCityHyphen(string n, out string? city, out int prefixLen)
        {
            city = null; prefixLen = 0;
            int hyphen = n.IndexOf('-');
            if (n.Length < 6 || hyphen < 3 || hyphen > 30 || !char.IsUpper(n[0]) || !(CapsCityHyphen.Match(n) is { Success: true } m) || !Datelines.IsKnownPlace(m.Groups["a"].Value)) return false;
            bool glued = char.IsLower(n[1]) && !m.Groups["s"].Success;
            if (glued && (Datelines.IsKnownPlace(m.Groups["w"].Value) || !LineShapes.IsProseLike(n.Substring(m.Length)))) return false;
            city = Datelines.TitleCaseIfCaps(m.Groups["a"].Value);
            prefixLen = m.Length;
            return true;
        }

        // "KabarKota- Rapat …", "KABARKOTA.ID-  20 tim …": an outlet's brand or domain with the hyphen glued to it
        private static readonly Regex BrandHyphen = new Regex(@"^(?<b>[\p{L}\d][\p{L}\d.]{2,30})-\s+(?=[\p{Lu}\d])", Opt, Timeout);

        /// <summary>"KabarKota- ", "KABARKOTA.ID- ": a name only an outlet has (a domain, a brand in mixed case) and a glued hyphen, before the sentence.</summary>
        public static bool TryBrandHyphen(string n, out string? outlet, out int prefixLen)
        {
            outlet = null; prefixLen = 0;
            int hyphen = n.IndexOf('-');
            if (hyphen < 3 || hyphen > 32 || hyphen + 1 >= n.Length || n[hyphen + 1] != ' ' || !(BrandHyphen.Match(n) is { Success: true } m)
                || !Datelines.IsOutletLike(m.Groups["b"].Value) || !LineShapes.IsProseLike(n.Substring(m.Length))) return false;
            outlet = m.Groups["b"].Value;
            prefixLen = m.Length;
            return true;
        }

        // "KABARKOTA.COM, SUKAMAJU." alone on its line: the outlet's domain, a comma and a place in capitals
        private static readonly Regex DomainCityAlone = new Regex(@"^(?<b>" + Domain + @")\s*,\s*(?<a>\p{Lu}{3,}(?:\s\p{Lu}{3,}){0,2})\.?$", Opt | RegexOptions.IgnoreCase, Timeout);

        /// <summary>"KABARKOTA.COM, SUKAMAJU." on a line of its own: the outlet and the place, the lead on the next line.</summary>
        public static bool TryDomainCityAlone(string n, out string? outlet, out string? city)
        {
            outlet = null; city = null;
            if (n.Length > 60 || n.IndexOf(',') < 4 || !(DomainCityAlone.Match(n) is { Success: true } m) || m.Groups["a"].Value.Any(char.IsLower)) return false;
            return CityAndOutlet(m, out outlet, out city, out _);
        }

        // "Medan (Kabar Kota)" alone on its line: a place and the outlet in brackets
        private static readonly Regex CityParenAlone = new Regex(@"^(?<a>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)\s*\((?<b>\p{L}[^()]{1,29})\)$", Opt, Timeout);

        /// <summary>"Medan (Kabar Kota)" or "KABARKOTA.COM (Sukamaju)" on a line of its own: a place and its outlet, the lead on the next line.</summary>
        public static bool TryCityParenAlone(string n, out string? outlet, out string? city)
        {
            outlet = null; city = null;
            if (n.Length > 50 || n[n.Length - 1] != ')') return false;
            if (DatelineVariants.TryDomainParenCityAlone(n, out outlet, out city)) return true;
            if (!(CityParenAlone.Match(n) is { Success: true } m) || !Datelines.IsKnownPlace(m.Groups["a"].Value)) return false;
            return CityAndOutlet(m, out outlet, out city, out _);
        }

        // "Mataram, 4/9 (Kabar Kota) – ", "Jakarta, 1 September (KK) - ": a place, the day it was filed, the outlet in brackets
        private static readonly Regex CityDateParen = new Regex(
            @"^(?<a>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){0,2}),\s*(?:\d{1,2}\s+(?:" + IndonesianDates.MonthNames + @")(?:\s+\d{4})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\s*\((?<b>\p{L}[^()]{1,29})\)\s*(?:-{1,2}|–|—)\s*(?=\S)",
            Opt | RegexOptions.IgnoreCase, Timeout);

        /// <summary>"Mataram, 4/9 (Kabar Kota) – ": the place and the outlet in brackets, the filing day between them.</summary>
        public static bool TryCityDateParen(string n, out string? outlet, out string? city, out int prefixLen)
        {
            outlet = null; city = null; prefixLen = 0;
            int paren = n.IndexOf('(');
            return paren > 6 && paren < 50 && char.IsUpper(n[0]) && CityAndOutlet(CityDateParen.Match(n), out outlet, out city, out prefixLen);
        }

        // "Kabar Bali – Tabanan, 10 September 2024 — ": the outlet, a dash, the place and the full date, another dash
        private static readonly Regex OutletCityDate = new Regex(
            @"^(?<b>\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3})\s*[–—-]\s*(?<a>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?),\s*(?:(?:" + IndonesianDates.WeekdayNames + @"),?\s*)?\d{1,2}\s+(?:" + IndonesianDates.MonthNames + @")\s+\d{4}\s*(?:-{1,2}|–|—)\s*(?=\p{Lu})",
            Opt, Timeout);

        private static readonly char[] DashChars = { '-', '–', '—' };

        // "Sukamaju — 3 Maret 2025 — Warga …": the day the report was filed, between the dateline and the sentence
        private static readonly Regex FilingDateDash = new Regex(
            @"^(?:(?:" + IndonesianDates.WeekdayNames + @"),?\s*)?\d{1,2}\s+(?:" + IndonesianDates.MonthNames + @")\s+\d{4}\s*(?:-{1,2}|–|—)\s*(?=\p{Lu})", Opt, Timeout);

        /// <summary>Where the sentence starts after a dateline that ends at <paramref name="prefixLen"/>: after a filing date and its dash, if one follows.</summary>
        public static int AfterFilingDate(string n, int prefixLen)
        {
            if (prefixLen >= n.Length || !char.IsDigit(n[prefixLen]) && !char.IsUpper(n[prefixLen])) return prefixLen;
            var m = FilingDateDash.Match(n.Substring(prefixLen));
            return m.Success ? prefixLen + m.Length : prefixLen;
        }

        /// <summary>"Kabar Bali – Tabanan, 10 September 2024 — ": the outlet before the place and the day it was filed.</summary>
        public static bool TryOutletCityDate(string n, out string? outlet, out string? city, out int prefixLen)
        {
            outlet = null; city = null; prefixLen = 0;
            int comma = n.IndexOf(',');
            int dash = n.IndexOfAny(DashChars);
            return comma > 6 && comma < 60 && dash > 0 && dash < comma && char.IsUpper(n[0]) && CityAndOutlet(OutletCityDate.Match(n), out outlet, out city, out prefixLen);
        }

        // "kabarkita, Sukamaju – ": a site's name in small letters, a comma, a known place
        private static readonly Regex LowerBrandCity = new Regex(@"^(?<b>\p{Ll}[\p{Ll}\d]{3,20}),\s*(?<a>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s*(?:-{1,2}|–|—)\s+(?=\p{Lu})", Opt, Timeout);

        // "Jakarta, Badan Pengawas Kota- Satu tahun …": a known place, a comma, the outlet's name, a hyphen glued to it
        private static readonly Regex CityOutletGlued = new Regex(@"^(?<a>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?),\s*(?<b>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){0,4})-\s+(?=\p{Lu})", Opt, Timeout);

        // "KABAR, Bogor- Warga …": the outlet, a comma, a known place with the hyphen glued to it
        private static readonly Regex OutletCityGlued = new Regex(@"^(?<b>\p{Lu}[\p{L}\d.]*(?:\s\p{Lu}[\p{L}\d.]*){0,2}),\s*(?<a>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)-\s+(?=\p{Lu})", Opt, Timeout);

        /// <summary>
        /// "kabarkita, Sukamaju – " (the site's name in small letters), "Jakarta, Badan Pengawas Kota- " or "KABAR, Bogor- " (the
        /// hyphen glued to the outlet's or the place's name): a dateline only when the place is known.
        /// </summary>
        public static bool TryOutletCityOddCase(string n, out string? outlet, out string? city, out int prefixLen)
        {
            outlet = null; city = null; prefixLen = 0;
            int comma = n.IndexOf(',');
            if (comma < 3 || comma > 25) return false;
            var m = char.IsLower(n[0]) ? LowerBrandCity.Match(n) : CityOutletGlued.Match(n);
            if (!(m.Success && Datelines.IsKnownPlace(m.Groups["a"].Value)) && char.IsUpper(n[0])) m = OutletCityGlued.Match(n); // "KABAR, Bogor- "
            return m.Success && Datelines.IsKnownPlace(m.Groups["a"].Value) && CityAndOutlet(m, out outlet, out city, out prefixLen);
        }

        /// <summary>
        /// "BENGKULU KK - ": a known place in capitals and the outlet's code of two to four capitals after it (the code is the
        /// outlet, the place the city); false when the whole is a known place.
        /// </summary>
        internal static bool SplitCityCode(string a, ref string? outlet, ref string? city)
        {
            int sp = a.LastIndexOf(' ');
            if (sp < 3 || a.Length - sp - 1 is < 2 or > 4 || a.Any(char.IsLower) || Datelines.IsKnownPlace(a)) return false;
            var place = a.Substring(0, sp);
            if (!Datelines.IsKnownPlace(place)) return false;
            outlet = a.Substring(sp + 1);
            city = Datelines.TitleCaseIfCaps(place);
            return true;
        }

        /// <summary>A dateline match's place (group <c>a</c>, title-cased if in capitals) and outlet (group <c>b</c>).</summary>
        internal static bool CityAndOutlet(Match m, out string? outlet, out string? city, out int prefixLen)
        {
            outlet = null; city = null; prefixLen = 0;
            if (!m.Success) return false;
            city = Datelines.TitleCaseIfCaps(m.Groups["a"].Value);
            outlet = m.Groups["b"].Value;
            prefixLen = m.Length;
            return true;
        }

        /// <summary>"Jakarta: " before a sentence: only a known place, and only before prose (a headline "Jakarta: Banjir …" is none).</summary>
        public static bool TryCityColon(string n, out string? city, out int prefixLen)
        {
            city = null; prefixLen = 0;
            int colon = n.IndexOf(':');
            if (colon < 3 || colon > 25) return false;
            var m = CityColon.Match(n);
            if (!m.Success || !Datelines.IsKnownPlace(m.Groups["a"].Value) || !LineShapes.IsProseLike(n.Substring(m.Length))) return false;
            city = m.Groups["a"].Value;
            prefixLen = m.Length;
            return true;
        }

        // "SERANG – Kabar.com || Warga …", "Sukamaju, Kaltim – Kabar.com. Warga …": the outlet's domain after the place, then a separator
        private static readonly Regex DomainAfterCity = new Regex(@"^(?<b>" + Domain + @")\s*(?:\|{1,2}|-{1,2}|–|—|[.:])\s*(?=\p{Lu})", Opt | RegexOptions.IgnoreCase, Timeout);

        /// <summary>The outlet's domain written after a dateline that named only the place; the prefix then covers it.</summary>
        public static string? OutletAfterCity(string n, ref int prefixLen)
        {
            if (prefixLen >= n.Length || !char.IsLetterOrDigit(n[prefixLen]) || n.IndexOf('.', prefixLen) < 0 || !(DomainAfterCity.Match(n.Substring(prefixLen)) is { Success: true } m)) return null;
            prefixLen += m.Length;
            return m.Groups["b"].Value;
        }

        private static System.Collections.Generic.HashSet<string> PlaceUnits => Lexicon.NameLexicon.PlaceUnits;

        // "Simalungun -kabar.id": a region glued before the outlet's domain by a hyphen
        private static readonly Regex GluedRegion = new Regex(@"^\p{Lu}[\p{L} ]*\s-(?<d>[\p{L}\d][\p{L}\d.-]*)$", Opt, Timeout);

        /// <summary>What a dateline gave, settled: the outlet's regional subdomain dropped, a glued region dropped, a brand alone taken as the outlet.</summary>
        public static void Settle(ref string? outlet, ref string? city, string n, int prefixLen)
        {
            if (outlet != null && GluedRegion.Match(outlet) is { Success: true } g && Datelines.IsDomainLike(g.Groups["d"].Value)) outlet = g.Groups["d"].Value;
            if (outlet != null) outlet = WithoutRegionalSubdomain(outlet.IndexOf("  ", StringComparison.Ordinal) > 0 ? Regex.Replace(outlet, @"\s{2,}", " ", Opt, Timeout) : outlet);
            if (outlet != null && city is null) DatelineVariants.PlaceSubdomain(ref outlet, ref city);
            if (outlet is null && city != null && (IsBrandAlone(n, city, prefixLen) || NamesOutlet(city) || DatelineBrands.IsRegionBrand(city))) { outlet = city; city = null; }
            // "SuaraNews, Kupang Nusa Tenggara Timur – ": the outlet's name first, then a known place and its province
            if (outlet != null && city != null && NamesOutlet(city) && !NamesOutlet(outlet) && LeadingKnownPlace(outlet) is { } place) { outlet = city; city = place; }
            // "Halosukamaju, Talang—": an outlet's one-word name made of a known place (read first as the place), then the place
            if (outlet != null && city != null && n.StartsWith(city, StringComparison.Ordinal) && DatelineVariants.BrandBeforePlace(city, outlet)) (outlet, city) = (city, outlet);
            if (outlet is null && city != null && Datelines.IsDomainLike(city) && city.IndexOf(' ') < 0) { outlet = city; city = null; } // "kabar.com,- "
            if (outlet != null && outlet.Length <= 5 && outlet.EndsWith(".", StringComparison.Ordinal)) outlet = outlet.TrimEnd('.'); // "Kota, KB.- ": the code's stop
            if (outlet != null && outlet.EndsWith("-", StringComparison.Ordinal) && Datelines.IsDomainLike(outlet.TrimEnd('-'))) outlet = outlet.TrimEnd('-'); // "Kota, kabar.com-(Jatim) – ": the domain's glued hyphen
            // "Nasional, kabarkota – ": a site's rubric where the place stands names no place
            // (also "Advertorial DPRD Kota, kabarkota – ", a rubric opening the words; "REGIONAL, SUKAMAJU: ", a rubric where the outlet stands)
            if (outlet != null && city != null && (Rubrics.Contains(city) || city.IndexOf(' ') > 0 && Rubrics.Contains(city.Substring(0, city.IndexOf(' '))) && !Datelines.IsKnownPlace(city))) city = null;
            if (outlet != null && city != null && Rubrics.Contains(outlet)) outlet = null;
            SplitPipeLetters(ref outlet, ref city);
            city = DatelineBrands.WithoutProvince(DatelineVariants.WithoutFiledDay(city));
        }

        // "kabar.com I KOTA", "KOTA II Kabar.id": a capital I (or two) typed for a pipe between the outlet and the place
        private static readonly Regex PipeLetters = new Regex(@"^(?:(?<d>" + Domain + @")\s+(?-i:I{1,2})\s+(?<p>(?-i:\p{Lu}).*)|(?<p>(?-i:\p{Lu})[^|]*?)\s+(?-i:I{1,2})\s+(?<d>" + Domain + @"))$", Opt | RegexOptions.IgnoreCase, Timeout);

        /// <summary>Splits an outlet or city written with "I" or "II" for a pipe ("kabar.com I KOTA") into the domain and the place.</summary>
        private static void SplitPipeLetters(ref string? outlet, ref string? city)
        {
            if (city != null && city.StartsWith("I ", StringComparison.Ordinal) && outlet != null && Datelines.IsDomainLike(outlet)) { city = city.Substring(2).Trim(); return; }
            if (outlet is null || outlet.IndexOf(" I", StringComparison.Ordinal) < 0 || !(PipeLetters.Match(outlet) is { Success: true } m)) return;
            outlet = m.Groups["d"].Value;
            city ??= Datelines.TitleCaseIfCaps(m.Groups["p"].Value.Trim());
        }

        /// <summary>"jateng.kabar.com" is kabar.com's regional edition: the outlet is kabar.com ("kabar.co.id" keeps its three parts).</summary>
        internal static string WithoutRegionalSubdomain(string outlet)
        {
            var parts = outlet.Split('.');
            if (parts.Length != 3 || parts[2].Length < 2 || parts[1].Length <= 3 || !IsLowerWord(parts[0]) || !IsLowerWord(parts[1])) return outlet;
            return parts[1] + "." + parts[2];
        }

        private static bool IsLowerWord(string s)
        {
            if (s.Length == 0) return false;
            foreach (char c in s) if (!char.IsLower(c)) return false;
            return true;
        }

        /// <summary>
        /// "Jejamo – " alone before the sentence: one word in mixed case that no gazetteer knows, written where a city stands,
        /// is the outlet's brand (a city is known, or written in capitals: "MABA – "; names of two words or more are the
        /// outlet's only with a word of the news: <see cref="NamesOutlet"/>).
        /// </summary>
        private static bool IsBrandAlone(string n, string city, int prefixLen)
        {
            var head = n.Substring(0, Math.Min(prefixLen, n.Length));
            if (head.IndexOf(',') >= 0 || head.IndexOf('(') >= 0 || head.IndexOf(':') >= 0 || !head.StartsWith(city, StringComparison.Ordinal)) return false;
            bool caps = true;
            foreach (char c in city) if (char.IsLower(c)) { caps = false; break; }
            // "Kota Solok": a place unit opens a place's name
            // "Tanjung Cendana – ": two words or more in mixed case without a word of the news are a place the gazetteer lacks
            return !caps && !Datelines.IsKnownPlace(city) && !PlaceUnits.Contains(city.Split(' ')[0]) && city.IndexOf(' ') < 0;
        }

        /// <summary>The known place that opens <paramref name="s"/> ("Kupang" of "Kupang Nusa Tenggara Timur"), title-cased, else null.</summary>
        private static string? LeadingKnownPlace(string s)
        {
            var words = Datelines.TitleCaseIfCaps(s).Split(' ');
            int known = Lexicon.NameLexicon.KnownPlaceAt(words);
            if (known > 0) return string.Join(" ", words, 0, known);
            return Datelines.IsKnownPlace(words[0]) ? words[0] : null;
        }

        private static readonly System.Collections.Generic.HashSet<string> OutletWords = Lexicon.LexiconResource.WordSet("outlet-words");

        /// <summary>"KABAR CENDANA", "Pantau Kota", "SuaraNews": a name with a word of the news in it (or ending a one-word brand) is an outlet's, unless the gazetteer knows it.</summary>
        internal static readonly System.Collections.Generic.HashSet<string> Rubrics = Lexicon.LexiconResource.WordSet("rubrics");

        /// <summary>A word of the news that names outlets ("Kabar", "Viral"), ignoring case (outlet-words.txt).</summary>
        internal static bool IsOutletWord(string word) => OutletWords.Contains(word);

        internal static bool NamesOutlet(string city)
        {
            if (Datelines.IsKnownPlace(city)) return false;
            foreach (var w in city.Split(' ')) if (OutletWords.Contains(w)) return true;
            return Datelines.IsOutletLike(city);
        }
    }
}
