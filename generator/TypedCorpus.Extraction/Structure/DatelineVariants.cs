using System;
using System.Linq;
using System.Text.RegularExpressions;
using static TypedCorpus.Extraction.Structure.LinePattern;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>
    /// Dateline shapes whose separator or outlet is written unusually: a pipe after the outlet ("BOGOR, KABAR | "), a place
    /// and a pipe ("Cianjur | "), the outlet in brackets before a colon ("Tanggamus (Kabar) : "), a domain glued to the
    /// sentence ("LAMONGAN, Kabar.co-Untuk"), a site's name in small letters after a place in capitals ("PEMALANG, kabarku – ").
    /// </summary>
    internal static class DatelineVariants
    {
        private const string Domain = DatelineShapes.Domain;
        private const string CapsPlace = @"\p{Lu}{3,}(?:\s\p{Lu}{3,}){0,2}";

        // "BOGOR, KABARKU | Warga …": a place, a comma, the outlet and a spaced pipe
        private static readonly Regex CommaPipe = new Regex(
            @"^(?<a>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){0,2}),\s*(?<b>[\p{L}\d][^,()|\s]*(?:\s[^,()|\s]+){0,2}?)\s+\|\s+(?=\p{Lu})", Opt, Timeout);

        // "Cianjur | Final turnamen …": a known place and a spaced pipe
        private static readonly Regex PlacePipe = new Regex(@"^(?<a>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)\s+\|\s+(?=\p{Lu})", Opt, Timeout);

        // "Tanggamus (Kabar) : Bupati …": a known place, the outlet in brackets, a colon
        private static readonly Regex ParenColon = new Regex(@"^(?<a>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)\s*\((?<b>\p{L}[^()]{1,29})\)\s*:\s+(?=\p{Lu})", Opt, Timeout);

        // "LAMONGAN, Kabarku.co-Untuk …": a place in capitals, a comma, the outlet's domain glued to the sentence by a hyphen
        private static readonly Regex DomainGlued = new Regex(@"^(?<a>" + CapsPlace + @"),\s*(?<b>(?i:" + Domain + @"))-(?=\p{Lu})", Opt, Timeout);

        // "PEMALANG, kabarku – Komisi …": a place in capitals, a comma, a site's name in small letters, a spaced dash
        private static readonly Regex CapsPlaceLowerBrand = new Regex(@"^(?<a>" + CapsPlace + @"),\s*(?<b>\p{Ll}[\p{Ll}\d]{2,20})\s*(?:-{1,2}|–|—)\s+(?=\p{Lu})", Opt, Timeout);

        // "SUKAMAJU,KABAR POS-Polisi …", "KABARKU, SUKAMAJU-Direktorat …": a place and an outlet, both in capitals, around a comma,
        // the hyphen glued to the sentence's first word
        private static readonly Regex CapsPairGlued = new Regex(@"^(?<x>\p{Lu}{3,}(?:\s\p{Lu}{2,}){0,2})\s*,\s*(?<y>\p{Lu}{3,}(?:\s\p{Lu}{2,}){0,2})-\s*(?=\p{Lu}\p{Ll})", Opt, Timeout);

        // "S U K A M A J U – (Kabar), Warga …": a place with its capitals spaced apart, a dash, the outlet in brackets may follow
        private static readonly Regex SpacedCaps = new Regex(@"^(?<a>\p{Lu}(?:\s\p{Lu}){3,})\s*(?:-{1,2}|–|—)\s*(?:\((?<b>[^()]{1,30})\)\s*,?\s*)?(?=\p{Lu})", Opt, Timeout);

        // "Kabar Kota Indonesia.net. SUKAMAJU - Warga …": the outlet's name ending in its domain, a period, then the place in capitals
        private static readonly Regex DomainStopCaps = new Regex(
            @"^(?<b>(?-i:(?:\p{Lu}\p{L}*\s){0,3})" + Domain + @")\.\s+(?<a>(?-i:" + CapsPlace + @"))\s*(?:-{1,2}|–|—)\s*(?=\p{Lu})", Opt | RegexOptions.IgnoreCase, Timeout);

        // "KOTAnews, Sukamaju: Warga …", "Kabarkota.com (KK), SUKAMAJU: …": an outlet's one-word name (its code in brackets after it), a comma, a known place and a colon
        private static readonly Regex OutletCommaPlaceColon = new Regex(@"^(?<b>\p{L}[\p{L}\d.]{3,30})(?:\s\(\p{Lu}{2,6}\))?,\s*(?<a>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)\s*:\s+(?=\p{Lu})", Opt, Timeout);

        // "KABARKOTA.COM (KK), SUKAMAJU – Warga …": the outlet's domain, its code in brackets, a comma, the place in capitals, a dash
        private static readonly Regex DomainCodeCommaCaps = new Regex(
            @"^(?<b>" + Domain + @")\s*\([^()]{1,10}\)\s*,\s*(?<a>(?-i:" + CapsPlace + @"))\s*(?:-{1,2}|–|—)\s*(?=(?-i:\p{Lu}))", Opt | RegexOptions.IgnoreCase, Timeout);

        // "SUKAMAJU,KabarKota.id: Warga …": a place in capitals, a comma, the outlet's domain and a colon
        private static readonly Regex CapsCommaDomainColon = new Regex(
            @"^(?<a>(?-i:" + CapsPlace + @")),\s*(?<b>" + Domain + @")\s*:\s+(?=(?-i:\p{Lu}))", Opt | RegexOptions.IgnoreCase, Timeout);

        /// <summary>
        /// Shapes tried before the others, because a shorter shape would read part of them wrong: "KABARKOTA.COM (KK),
        /// SUKAMAJU – " (the code in brackets is no place) and "SUKAMAJU,KabarKota.id: " (a colon after the domain).
        /// </summary>
        public static bool TryFirst(string n, out string? outlet, out string? city, out int prefixLen)
        {
            outlet = null; city = null; prefixLen = 0;
            int dot = n.IndexOf('.');
            if (dot < 2 || dot > 40 || n.Length < 30) return false;
            int paren = n.IndexOf('(');
            if (paren > dot && paren < 50 && Take(DomainCodeCommaCaps.Match(n), n, needKnown: false, out outlet, out city, out prefixLen)) return true;
            int comma = n.IndexOf(',');
            return comma > 2 && comma < dot && char.IsUpper(n[1]) && Take(CapsCommaDomainColon.Match(n), n, needKnown: false, out outlet, out city, out prefixLen);
        }

        // "kabarjabar – ": one word in lower case opening the lead (an outlet's name if <see cref="IsLowerBrand"/> says so)
        private static readonly Regex LowerSingle = new Regex(@"^(?<a>\p{Ll}[\p{Ll}\d]{6,29})(?:\s+(?:-{1,2}|–|—)\s+|\s*[–—]\s*)(?=\p{Lu})", Opt, Timeout);

        /// <summary>
        /// An outlet's name written as one word in lower case ("kabarjabar", "hallosukamaju", "garutupdate"): it ends with an
        /// outlet word of four letters or more, or a known place of four letters or more opens or closes it with three letters
        /// or more beside it, or a region's word of five letters or more closes it ("kabarsulawesi").
        /// </summary>
        internal static bool IsLowerBrand(string w)
        {
            if (w.Length < 7 || w.Length > 30) return false;
            foreach (char c in w) if (!(char.IsLower(c) || char.IsDigit(c))) return false;
            foreach (var brand in Datelines.BrandEndings) if (w.Length >= brand.Length + 3 && w.EndsWith(brand, StringComparison.OrdinalIgnoreCase)) return true;
            for (int k = 3; k + 4 <= w.Length; k++)
                if (Lexicon.NameLexicon.IsGazetteerPlace(w.Substring(k)) || Lexicon.NameLexicon.IsGazetteerPlace(w.Substring(0, w.Length - k))) return true;
            // "kabarsulawesi", "infokalimantan": a region or island of five letters or more (place-words.txt) closing it
            for (int k = 3; k + 5 <= w.Length; k++)
                if (Lexicon.NameLexicon.PlaceWords.Contains(w.Substring(k))) return true;
            return false;
        }

        /// <summary>
        /// <paramref name="first"/> is one capitalised word, written so (not in capitals), that is no known place but holds one with
        /// a prefix or suffix (<see cref="IsLowerBrand"/>: "Halosukamaju"), and <paramref name="second"/> one
        /// capitalised word, not in capitals, that names no outlet.
        /// </summary>
        internal static bool BrandBeforePlace(string first, string second) =>
            first.IndexOf(' ') < 0 && second.IndexOf(' ') < 0 && first.Length > 1 && char.IsUpper(first[0]) && char.IsLower(first[1])
            && !Datelines.IsKnownPlace(first) && IsLowerBrand(first.ToLowerInvariant()) && HasBrandWord(first.ToLowerInvariant()) && !DatelineShapes.NamesOutlet(second)
            && second.Length > 1 && char.IsUpper(second[0]) && char.IsLower(second[1]);

        /// <summary>A word that opens or closes a brand made of a place: an outlet word ("kabar", "suara") or a greeting ("halo").</summary>
        private static readonly string[] BrandWords = Lexicon.LexiconResource.Entries("outlet-words").Concat(new[] { "halo", "hallo", "hello" }).ToArray();

        /// <summary>"halobantul", "kabarsleman", "bantulnews": the word beside the place is an outlet's (not "Banjarsari", "Batujajar").</summary>
        private static bool HasBrandWord(string w)
        {
            foreach (var b in BrandWords) if (w.Length > b.Length + 3 && (w.StartsWith(b, StringComparison.Ordinal) || w.EndsWith(b, StringComparison.Ordinal))) return true;
            return false;
        }

        // "kabarkota, SUKAMAJU – Warga …": a site's name in small letters, a comma, a known place in capitals, a dash
        private static readonly Regex LowerBrandCommaCaps = new Regex(@"^(?<b>\p{Ll}[\p{Ll}\d]{3,29}),\s*(?<a>" + CapsPlace + @")\s*(?:-{1,2}|–|—)\s+(?=\p{Lu})", Opt, Timeout);

        // "(Kabar, Jambi) – Pemerintah …": the outlet and a known place together in brackets opening the lead, a dash after them
        private static readonly Regex BracketedOutletPlace = new Regex(@"^\((?<b>\p{Lu}[\p{L}\d.]{1,30}(?:\s\p{Lu}[\p{L}\d.]{1,20})?),\s*(?<a>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)\)\s*(?:-{1,2}|–|—)\s+(?=\p{Lu})", Opt, Timeout);

        /// <summary>"(Kabar, Jambi) – Warga …": the outlet and a known place in brackets opening the lead.</summary>
        public static bool TryBracketedOutletPlace(string n, out string? outlet, out string? city, out int prefixLen)
        {
            outlet = null; city = null; prefixLen = 0;
            return n.Length > 20 && n[0] == '(' && Take(BracketedOutletPlace.Match(n), n, needKnown: true, out outlet, out city, out prefixLen);
        }

        /// <summary>"kabarjabar – Warga …": an outlet's one-word name in lower case opening the lead, a place after it if one follows.</summary>
        public static bool TryLowerBrand(string n, out string? outlet, out string? city, out int prefixLen)
        {
            outlet = null; city = null; prefixLen = 0;
            // "kabarkota, SUKAMAJU – ": the name, then the known place the dateline gives
            if (n.IndexOf(',') is int comma && comma > 3 && comma < 31 && Take(LowerBrandCommaCaps.Match(n), n, needKnown: true, out outlet, out city, out prefixLen)) return true;
            if (!(LowerSingle.Match(n) is { Success: true } lower) || !IsLowerBrand(lower.Groups["a"].Value)) return false;
            outlet = lower.Groups["a"].Value;
            prefixLen = lower.Length;
            city = Datelines.CityAfterOutlet(n, ref prefixLen);
            return true;
        }

        /// <summary>"S U K A M A J U – ": the spaced capitals are the place, written as one word.</summary>
        private static bool TrySpacedCaps(string n, out string? outlet, out string? city, out int prefixLen)
        {
            outlet = null; city = null; prefixLen = 0;
            if (n[1] != ' ' || !char.IsUpper(n[2]) || !(SpacedCaps.Match(n) is { Success: true } m) || !LineShapes.IsProseLike(n.Substring(m.Length))) return false;
            city = Datelines.TitleCaseIfCaps(m.Groups["a"].Value.Replace(" ", ""));
            outlet = m.Groups["b"].Success ? m.Groups["b"].Value.Trim() : null;
            prefixLen = m.Length;
            return true;
        }

        /// <summary>The first of the variant shapes that <paramref name="n"/> opens with; each is tried behind a cheap gate.</summary>
        public static bool TryAny(string n, out string? outlet, out string? city, out int prefixLen)
        {
            outlet = null; city = null; prefixLen = 0;
            if (n.Length < 30 || !char.IsUpper(n[0])) return false;
            if (TrySpacedCaps(n, out outlet, out city, out prefixLen)) return true;
            int pipe = n.IndexOf(" | ", StringComparison.Ordinal);
            if (pipe > 2 && pipe < 50 && (Take(CommaPipe.Match(n), n, needKnown: false, out outlet, out city, out prefixLen)
                || Take(PlacePipe.Match(n), n, needKnown: true, out outlet, out city, out prefixLen))) return true;
            int comma = n.IndexOf(',');
            if (comma > 2 && comma < 40 && char.IsUpper(n[1]) && (Take(DomainGlued.Match(n), n, needKnown: false, out outlet, out city, out prefixLen)
                || Take(CapsPlaceLowerBrand.Match(n), n, needKnown: false, out outlet, out city, out prefixLen) || TryCapsPairGlued(n, out outlet, out city, out prefixLen))) return true;
            int stop = n.IndexOf(". ", StringComparison.Ordinal);
            if (stop > 3 && stop < 50 && Take(DomainStopCaps.Match(n), n, needKnown: false, out outlet, out city, out prefixLen)) return true;
            int colon = n.IndexOf(':');
            if (comma > 3 && colon > comma && colon < 50 && OutletCommaPlaceColon.Match(n) is { Success: true } oc && (Datelines.IsOutletLike(oc.Groups["b"].Value) || DatelineShapes.Rubrics.Contains(oc.Groups["b"].Value))
                && Take(oc, n, needKnown: true, out outlet, out city, out prefixLen)) return true;
            return colon > 5 && colon < 50 && n.IndexOf('(') > 0 && Take(ParenColon.Match(n), n, needKnown: true, out outlet, out city, out prefixLen);
        }

        /// <summary>"SUKAMAJU,KABAR POS-", "KABARKU, SUKAMAJU-": the one of the two the gazetteer knows is the place, the other the outlet.</summary>
        private static bool TryCapsPairGlued(string n, out string? outlet, out string? city, out int prefixLen)
        {
            outlet = null; city = null; prefixLen = 0;
            if (!(CapsPairGlued.Match(n) is { Success: true } m) || !LineShapes.IsProseLike(n.Substring(m.Length))) return false;
            string x = m.Groups["x"].Value, y = m.Groups["y"].Value;
            bool xPlace = Datelines.IsKnownPlace(x), yPlace = Datelines.IsKnownPlace(y);
            if (xPlace == yPlace || !ReadsAsOutlet(xPlace ? y : x)) return false; // "CIKEMBAR, SUKABUMI-": a village and its regency
            city = Datelines.TitleCaseIfCaps(xPlace ? x : y);
            outlet = xPlace ? y : x;
            prefixLen = m.Length;
            return true;
        }

        /// <summary>An outlet's name: a domain, a brand (<see cref="Datelines.IsOutletLike"/>), words with an outlet word ("KABAR POS") or one word opening with one ("KABARKU").</summary>
        private static bool ReadsAsOutlet(string name)
            => Datelines.IsOutletLike(name) || name.Split(' ').Any(w => OutletWords.Contains(w))
               || name.IndexOf(' ') < 0 && Datelines.BrandEndings.Any(w => name.Length > w.Length && name.StartsWith(w, StringComparison.OrdinalIgnoreCase)); // "KABARKU"

        private static readonly System.Collections.Generic.HashSet<string> OutletWords = Lexicon.LexiconResource.WordSet("outlet-words");

        /// <summary>A match's place and outlet, when prose follows it (and, for the shapes a sentence could open with, the place is known).</summary>
        private static bool Take(Match m, string n, bool needKnown, out string? outlet, out string? city, out int prefixLen)
        {
            outlet = null; city = null; prefixLen = 0;
            if (!m.Success || !LineShapes.IsProseLike(n.Substring(m.Length))) return false;
            var a = m.Groups["a"].Value;
            bool caps = !a.Any(char.IsLower);
            if ((needKnown || !caps) && !Datelines.IsKnownPlace(a)) return false;
            city = Datelines.TitleCaseIfCaps(a);
            outlet = m.Groups["b"].Success && m.Groups["b"].Length > 0 ? m.Groups["b"].Value : null;
            prefixLen = m.Length;
            return true;
        }

        private const string AloneSeparator = @"\s*(?:-{1,2}|–|—|\|)\s*";
        private const string AlonePlace = @"(?<a>(?-i:\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?))";
        private const string AloneOutlet = @"(?<b>(?-i:(?:\p{Lu}\p{L}*\s)?)" + Domain + @")";

        // "Sukamaju – Kabar KOTA.COM –", "KabarKota.Com - Sukamaju :" or "Sukamaju Barat|kabarku.com" alone on its line: a place
        // and the outlet's domain (a word of its name may stand before it) around a dash or a pipe, either first; a dash or a
        // colon may close the line
        private static readonly Regex PlaceDashDomainAlone = new Regex(
            @"^(?:" + AlonePlace + AloneSeparator + AloneOutlet + "|" + AloneOutlet + AloneSeparator + AlonePlace + @")\s*(?:-{1,2}|–|—|:)?$", Opt | RegexOptions.IgnoreCase, Timeout);

        /// <summary>"Sukamaju – Kabar KOTA.COM –", "KabarKota.Com - Sukamaju :", "Sukamaju – kabarkotahits" on a line of their own: the place and the outlet.</summary>
        public static bool TryPlaceDashDomainAlone(string n, out string? outlet, out string? city)
        {
            outlet = null; city = null;
            // the place is one the gazetteer knows: "Nasional - Kabar.com", "Berita Terkini – Kabar.com" are a section and a site
            if (n.Length > 60) return false;
            var m = DatelineCodes.PlaceDashBrandAlone.Match(n);
            if (m.Success && !DatelineCodes.HoldsBrandWord(m.Groups["b"].Value)) m = Match.Empty;
            if (!m.Success && n.IndexOf('.') >= 3) m = PlaceDashDomainAlone.Match(n);
            if (!m.Success || !Datelines.IsKnownPlace(m.Groups["a"].Value)) return false;
            city = Datelines.TitleCaseIfCaps(m.Groups["a"].Value);
            outlet = m.Groups["b"].Value;
            return true;
        }

        // "YOGYAKARTA-Kabarku.ID" alone on its line: a place in capitals, a dash and the outlet's domain
        private static readonly Regex CityDomainAlone = new Regex(@"^(?<a>" + CapsPlace + @")\s*(?:-{1,2}|–|—)\s*(?<b>" + Domain + @")$", Opt | RegexOptions.IgnoreCase, Timeout);

        /// <summary>"YOGYAKARTA-Kabarku.ID" on a line of its own: the place and the outlet, the lead on the next line.</summary>
        public static bool TryCityDomainAlone(string n, out string? outlet, out string? city)
        {
            outlet = null; city = null;
            if (n.Length > 60 || n.IndexOf('.') < 5 || !(CityDomainAlone.Match(n) is { Success: true } m) || m.Groups["a"].Value.Any(char.IsLower)) return false;
            city = Datelines.TitleCaseIfCaps(m.Groups["a"].Value);
            outlet = m.Groups["b"].Value;
            return true;
        }

        // "KABARKOTA.COM (Sukamaju)" alone on its line: the outlet's domain and the place in brackets
        private static readonly Regex DomainParenCityAlone = new Regex(@"^(?<b>" + Domain + @")\s*\((?<a>(?-i:\p{Lu})\p{L}+(?:\s(?-i:\p{Lu})\p{L}+)?)\)$", Opt | RegexOptions.IgnoreCase, Timeout);

        /// <summary>"KABARKOTA.COM (Sukamaju)" on a line of its own: the outlet's domain and its place in brackets.</summary>
        public static bool TryDomainParenCityAlone(string n, out string? outlet, out string? city)
        {
            outlet = null; city = null;
            // a place the gazetteer knows: "Kabar.com (Advertorial)", "(Rilis)", "(Istimewa)" name no place
            if (!(DomainParenCityAlone.Match(n) is { Success: true } m) || !Datelines.IsKnownPlace(m.Groups["a"].Value)) return false;
            city = Datelines.TitleCaseIfCaps(m.Groups["a"].Value);
            outlet = m.Groups["b"].Value;
            return true;
        }

        private static readonly Regex FiledDayAfterPlace = new Regex(@"\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?$", Opt, Timeout);

        /// <summary>"Denpasar 22/8" (from "DENPASAR 22/8 (Kabar) - "): the place without the day it was filed.</summary>
        public static string? WithoutFiledDay(string? city)
            => city != null && city.IndexOf('/') > 0 && FiledDayAfterPlace.Match(city) is { Success: true } day ? city.Substring(0, day.Index) : city;

        /// <summary>
        /// "Beijing.kabar.com – ", "Kabar.co.id.Malang – ", "KABAR.COM: SUKAMAJU – ": a known place written as the domain's first
        /// part, glued after it by a stop, or after its colon is the dateline's place.
        /// </summary>
        internal static void PlaceSubdomain(ref string? outlet, ref string? city)
        {
            int cut = Math.Max(outlet!.LastIndexOf('.'), outlet.LastIndexOf(": ", StringComparison.Ordinal));
            if (cut > 3 && cut + 2 < outlet.Length && outlet.Substring(cut + 1).Trim() is var tail && char.IsUpper(tail[0])
                && Datelines.IsKnownPlace(tail) && Datelines.IsDomainLike(outlet.Substring(0, cut)))
            {
                city = Datelines.TitleCaseIfCaps(tail);
                outlet = outlet.Substring(0, cut);
                return;
            }
            int dot = outlet.IndexOf('.');
            if (dot < 3 || outlet.IndexOf('.', dot + 1) is int second && second < 0 || !char.IsUpper(outlet[0]) || !Datelines.IsDomainLike(outlet.Substring(dot + 1))) return;
            // "Lampung.co.id", "Garut.info.id": the place is the site's own name before a country's domain
            if (second - dot - 1 <= 4) return;
            var head = outlet.Substring(0, dot);
            if (!Datelines.IsKnownPlace(head) && Lexicon.Countries.Resolve(head) is null) return;
            city = Datelines.TitleCaseIfCaps(head);
            outlet = outlet.Substring(dot + 1);
        }
    }
}
