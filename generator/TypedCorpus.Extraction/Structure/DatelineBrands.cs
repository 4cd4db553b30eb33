using System.Text.RegularExpressions;
using static TypedCorpus.Extraction.Structure.LinePattern;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>
    /// Datelines whose separator is missing, glued or unusual, and the outlet's brand written around the place: a domain in
    /// capitals after the place and no separator ("SUKAMAJU,KABARKOTA.COM Warga …"), a domain glued to the sentence
    /// ("Kabarkota.id-Warga …"), a place in capitals with a hyphen glued to the sentence ("SUKAMAJU -Warga …"), a domain or
    /// brand closed by a stop, the place's edition of a domain, a province after the town, an outlet named after its region,
    /// an outlet's code after the place ("Medan-BP: ").
    /// </summary>
    internal static class DatelineBrands
    {
        private const string CapsPlace = @"\p{Lu}{3,}(?:\s\p{Lu}{3,}){0,2}";

        // "SUKAMAJU,KABARKOTA.COM Warga …": a place in capitals, a comma, the outlet's domain, the sentence without a separator
        private static readonly Regex CapsCommaDomainBare = new Regex(
            @"^(?<a>" + CapsPlace + @")\s*,\s*(?<b>(?i:" + DatelineShapes.Domain + @"))\s+(?=\p{Lu}\p{Ll})", Opt, Timeout);

        // "Kabarkota.id-Angka perceraian …", "KABAR.com-DPRD …": the outlet's domain glued to the sentence's first word by a hyphen
        private static readonly Regex DomainGluedHyphen = new Regex(@"^(?<b>(?i:" + DatelineShapes.Domain + @"))-(?=\p{Lu}[\p{L}])", Opt, Timeout);

        // "SUKAMAJU -Pemerintah …": a place in capitals, a space, a hyphen glued to the sentence's first word
        private static readonly Regex CapsSpaceGluedHyphen = new Regex(@"^(?<a>" + CapsPlace + @")\s+-(?=\p{Lu}\p{Ll})", Opt, Timeout);

        // after an outlet's name, "Kabar Kota – Sukamaju – Warga …": a known place in mixed case and a spaced dash
        internal static readonly Regex KnownCityDash = new Regex(@"^(?<c>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s+(?:-{1,2}|–|—)\s+(?=\p{Lu})", Opt, Timeout);

        /// <summary>
        /// "KABAR PAPUA", "Suara Sukamaju": two or three words, the last a known place, the first no place unit, compass word or
        /// place, and the whole no known place: an outlet named after its region (not "Kabupaten Sukamaju", "Papua Barat").
        /// </summary>
        internal static bool EndsWithRegion(string a)
        {
            var words = a.Trim().Split(' ');
            if (words.Length < 2 || words.Length > 3 || Datelines.IsKnownPlace(a.Trim())) return false;
            var first = words[0];
            return Datelines.IsKnownPlace(words[words.Length - 1]) && !Datelines.IsKnownPlace(first) && !Lexicon.NameLexicon.IsPlaceUnit(first)
                && !Lexicon.NameLexicon.PlaceWords.Contains(first);
        }

        private static readonly System.Collections.Generic.HashSet<string> Provinces = Lexicon.LexiconResource.WordSet("provinces");

        /// <summary>
        /// "VIRALKALTIM – ", "KABARPATI – ": one word the gazetteer does not know, made of a word of the news (outlet-words.txt:
        /// "Kabar", "Viral", "Kanal") and a known place or province glued after it, is an outlet's brand named after its region,
        /// not a place. Towns written as one word ("Blangpidie", "Pasarwajo", "Bandaaceh") open with no word of the news.
        /// </summary>
        internal static bool IsRegionBrand(string word)
        {
            if (word.Length < 8 || word.IndexOf(' ') >= 0 || Datelines.IsKnownPlace(word)) return false;
            foreach (char c in word) if (!char.IsLetter(c)) return false;
            for (int k = 3; k <= word.Length - 4; k++)
            {
                var tail = char.ToUpperInvariant(word[k]) + word.Substring(k + 1).ToLowerInvariant();
                if (!(Datelines.IsKnownPlace(tail) || IsProvince(tail)) || NotAPlaceAlone.Contains(tail)) continue;
                if (DatelineShapes.IsOutletWord(word.Substring(0, k))) return true;
            }
            return false;
        }

        /// <summary>Words of the place lists that name no place alone ("Barat" of "Lampung Barat", "Raya", "Nusa"; Resources/place-qualifiers.txt).</summary>
        private static readonly System.Collections.Generic.HashSet<string> NotAPlaceAlone = Lexicon.LexiconResource.WordSet("place-qualifiers");


        /// <summary>"Sumut", "Jawa Timur": one of Indonesia's provinces (provinces.txt).</summary>
        internal static bool IsProvince(string name) => Provinces.Contains(name);

        /// <summary>
        /// "Situbondo Jawa Timur", "Tanjungbalai Sumut": a known town and its province (provinces.txt) after it; the town is the
        /// place. A known place of several words ("Jakarta Selatan") or one the gazetteer does not know stays whole.
        /// </summary>
        internal static string? WithoutProvince(string? city)
        {
            if (city is null || city.IndexOf(' ') < 0 || Datelines.IsKnownPlace(city)) return city;
            var words = city.Split(' ');
            int known = Lexicon.NameLexicon.KnownPlaceAt(words);
            return known > 0 && Provinces.Contains(string.Join(" ", words, known, words.Length - known)) ? string.Join(" ", words, 0, known) : city;
        }

        // "SUKAMAJU-KABARKITA : Warga …": a known place in capitals, a hyphen, the outlet's name in capitals and a colon
        private static readonly Regex CapsCityOutletColon = new Regex(@"^(?<a>\p{Lu}{3,}(?:\s\p{Lu}{3,})?)-(?<b>\p{Lu}{2,12})\s*:\s+(?=\S)", Opt, Timeout);

        // "Sukamaju.kabarkita.com. Pemerintah …", "SUKAMAJU.KABARKITA.ASIA — Harga …", "SUKAMAJU.kabarkita.id-Perguruan …": a known
        // place glued to the outlet's domain as its edition, a stop or a dash after it
        private static readonly Regex PlaceDotDomainStop = new Regex(@"^(?<a>\p{Lu}\p{Ll}+|\p{Lu}{3,})\.(?<b>(?i:" + DatelineShapes.Domain + @"))(?:\.\s+|\s*(?:-{1,2}|–|—)\s*)(?=\p{Lu})", Opt, Timeout);

        // "Sukamaju, KabarkitaTV. Harga …": a known place, a comma, a brand written with a capital inside, a stop
        private static readonly Regex PlaceCommaBrandStop = new Regex(@"^(?<a>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?),\s*(?<b>\p{Lu}\p{Ll}+\p{Lu}[\p{L}\d]*)\.\s+(?=\p{Lu})", Opt, Timeout);

        // "Kabarkita.co.id. Komisi …": the outlet's domain closed by a stop
        private static readonly Regex DomainStop = new Regex(@"^(?<b>(?i:" + DatelineShapes.Domain + @"))\.\s+(?=\p{Lu}\p{Ll})", Opt, Timeout);

        // "SUKAMAJU, Jumat (15/10/2021) kabarkita-news.com – …": a place, the day of filing, the outlet's domain and a dash
        private static readonly Regex PlaceDayDomainDash = new Regex(
            @"^(?<a>\p{Lu}{3,}(?:\s\p{Lu}{3,})?),\s*(?:\p{L}{4,6}'?\p{L}{0,2},?\s*)?\(\d{1,2}/\d{1,2}/\d{2,4}\)\s+(?<b>(?i:" + DatelineShapes.Domain + @"))\s*(?:-{1,2}|–|—)\s*(?=\p{Lu})", Opt, Timeout);

        internal static readonly System.Collections.Generic.HashSet<string> NoPlaceWords = Lexicon.LexiconResource.WordSet("non-place-openers");

        /// <summary>"SUKAMAJU" before "-Pemerintah …": a known place, or a word of six letters or more that is no acronym ("KPU", "PDAM") or exclamation.</summary>
        private static bool MayBePlace(string a)
            => Datelines.IsKnownPlace(a) || a.Length >= 6 && a.IndexOf(' ') < 0 && !NoPlaceWords.Contains(a) && !Lexicon.NameLexicon.IsOrgWord(a);

        /// <summary>The first of these shapes that name the place or the outlet in a way the others do not read.</summary>
        private static Match More(string n, int comma)
        {
            if (comma > 2 && comma < 30 && PlaceCommaBrandStop.Match(n) is { Success: true } pb && Datelines.IsKnownPlace(pb.Groups["a"].Value)) return pb;
            if (comma > 2 && comma < 30 && n.IndexOf('(') > comma) { var pd = PlaceDayDomainDash.Match(n); if (pd.Success) return pd; }
            int dot = n.IndexOf('.');
            return dot > 2 && dot < 40 ? DomainStop.Match(n) : Match.Empty;
        }

        /// <summary>Words of a domain's ending that name no site ("Garut.info.id", "Lampung.co.id", "Surabaya.go.id": the place is the site's own name).</summary>
        private static readonly System.Collections.Generic.HashSet<string> EndingWords = new System.Collections.Generic.HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        { "co", "or", "my", "web", "info", "net", "org", "com", "news", "asia", "today", "online", "tv", "id", "go", "ac", "sch", "desa", "mil", "ponpes" };

        /// <summary>The domain after the place has a name of its own before its ending ("kabarkita.com", not "info.id").</summary>
        private static bool OwnName(string domain) => !EndingWords.Contains(domain.Substring(0, domain.IndexOf('.')));

        /// <summary>The first of these shapes that <paramref name="n"/> opens with, the rest of the line reading as prose.</summary>
        public static bool TryAny(string n, out string? outlet, out string? city, out int prefixLen)
        {
            outlet = null; city = null; prefixLen = 0;
            if (n.Length < 30 || !char.IsUpper(n[0])) return false;
            int comma = n.IndexOf(','), hyphen = n.IndexOf('-');
            Match m = Match.Empty;
            if (comma > 2 && comma < 40) m = CapsCommaDomainBare.Match(n);
            if (!m.Success && hyphen > 4 && hyphen < 40) m = DomainGluedHyphen.Match(n);
            if (!m.Success && hyphen > 3 && hyphen < 40 && n[hyphen - 1] == ' ' && CapsSpaceGluedHyphen.Match(n) is { Success: true } cs && MayBePlace(cs.Groups["a"].Value)) m = cs;
            if (!m.Success && n.IndexOf('.') is int dot && dot > 2 && dot < 30 && char.IsLetter(n[dot + 1]) && PlaceDotDomainStop.Match(n) is { Success: true } pd && Datelines.IsKnownPlace(pd.Groups["a"].Value) && OwnName(pd.Groups["b"].Value)) m = pd;
            if (!m.Success && hyphen > 2 && hyphen < 30 && CapsCityOutletColon.Match(n) is { Success: true } cc && Datelines.IsKnownPlace(cc.Groups["a"].Value) && !Datelines.IsKnownPlace(cc.Groups["b"].Value)) m = cc;
            if (!m.Success) m = More(n, comma);
            if (!m.Success || !LineShapes.IsProseLike(n.Substring(m.Length))) return false;
            outlet = m.Groups["b"].Success ? m.Groups["b"].Value : null;
            city = m.Groups["a"].Success ? Datelines.TitleCaseIfCaps(m.Groups["a"].Value) : null;
            prefixLen = m.Length;
            return true;
        }

        // "Medan-BP: ": a known city, a hyphen, the outlet's short code and a colon (the code names no publication)
        private static readonly Regex DatelineCode = new Regex(@"^(?<a>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)-\p{Lu}{2,5}\s*:\s+(?=\S)", Opt, Timeout);

        /// <summary>"Medan-BP: ": a known place, the outlet's code after a hyphen, a colon.</summary>
        internal static bool TryCityCode(string n, out string? city, out int prefixLen)
        {
            city = null; prefixLen = 0;
            int colon = n.IndexOf(':');
            if (colon <= 3 || colon >= 30 || !(DatelineCode.Match(n) is { Success: true } code) || !Datelines.IsKnownPlace(code.Groups["a"].Value)) return false;
            city = code.Groups["a"].Value;
            prefixLen = code.Length;
            return true;
        }
    }
}
