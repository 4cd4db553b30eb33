using System.Text.RegularExpressions;
using static TypedCorpus.Extraction.Structure.LinePattern;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>Datelines with a pipe or a double slash between their parts: "Kota, Wilayah | Kabar.com – ", "Kabar.com | Bantul, ", "Bantul DIY // Kabar Kota. ".</summary>
    internal static class DatelinePipes
    {
        // "Kota,Wilayah|KODE- …", "Kota, Wilayah | Kabar.com – …"
        private static readonly Regex RegionPipe = new Regex(
            @"^(?<a>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){0,2})\s*,\s*\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){0,2}\s*\|\s*(?<b>[\p{L}\d][\p{L}\d.-]{1,30}?)\s*(?:-{1,2}|–|—)\s*(?=\p{Lu})",
            Opt, Timeout);

        /// <summary>"Kota,Wilayah|KODE- ": the place is the city, the part after the pipe the outlet.</summary>
        public static bool TryRegionPipe(string n, out string? outlet, out string? city, out int prefixLen)
        {
            outlet = null; city = null; prefixLen = 0;
            int pipe = n.IndexOf('|');
            if (pipe < 3 || pipe > 60) return false;
            if (DatelineShapes.CityAndOutlet(RegionPipe.Match(n), out outlet, out city, out prefixLen)) return true;
            // "Kabar.com | Bantul, Warga …": the outlet's domain, a pipe, a known place and a comma
            return DomainPipeCity.Match(n) is { Success: true } m && Datelines.IsKnownPlace(m.Groups["a"].Value) && DatelineShapes.CityAndOutlet(m, out outlet, out city, out prefixLen);
        }

        private static readonly Regex DomainPipeCity = new Regex(
            @"^(?<b>" + DatelineShapes.Domain + @")\s*\|\s*(?-i:(?<a>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){0,2}))\s*,\s+(?-i:(?=\p{Lu}))", Opt | RegexOptions.IgnoreCase, Timeout);

        // "Kulon Progo DIY // Kabar Kota. Warga …": a place (its province's short name may follow), a double slash, the
        // outlet's name of up to three words, then a stop or a dash
        private static readonly Regex PlaceSlashesOutlet = new Regex(
            @"^(?<a>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){0,3})\s*//\s*(?<b>[\p{L}\d][\p{L}\d.]*(?:\s[\p{L}\d][\p{L}\d.]*){0,2}?)(?:\.|\s+(?:-{1,2}|–|—))\s+(?=\p{Lu})", Opt, Timeout);

        /// <summary>The place and outlet around a double slash ("Sukamaju Jatim // Kabar Kota. "); the place must be known.</summary>
        public static bool TrySlashes(string n, out string? outlet, out string? city, out int prefixLen)
        {
            outlet = null; city = null; prefixLen = 0;
            int slashes = n.IndexOf("//", System.StringComparison.Ordinal);
            if (slashes < 3 || slashes > 50 || !(PlaceSlashesOutlet.Match(n) is { Success: true } m)) return false;
            var place = m.Groups["a"].Value;
            if (!Datelines.IsKnownPlace(place))
            {
                var words = place.Split(' ');
                int known = Lexicon.NameLexicon.KnownPlaceAt(words);
                if (known == 0 || !Lexicon.NameLexicon.PlaceWords.Contains(string.Join(" ", words, known, words.Length - known))) return false; // "Kulon Progo DIY"
                place = string.Join(" ", words, 0, known);
            }
            city = Datelines.TitleCaseIfCaps(place);
            outlet = m.Groups["b"].Value;
            prefixLen = m.Length;
            return true;
        }
    }
}
