using System.Text.RegularExpressions;
using static TypedCorpus.Extraction.Structure.LinePattern;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>Datelines with a pipe between their parts: "Kota, Wilayah | Kabar.com – ", "Kabar.com | Grobogan, ".</summary>
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
            // "Kabar.com | Grobogan, Dampak …": the outlet's domain, a pipe, a known place and a comma
            return DomainPipeCity.Match(n) is { Success: true } m && Datelines.IsKnownPlace(m.Groups["a"].Value) && DatelineShapes.CityAndOutlet(m, out outlet, out city, out prefixLen);
        }

        private static readonly Regex DomainPipeCity = new Regex(
            @"^(?<b>" + DatelineShapes.Domain + @")\s*\|\s*(?-i:(?<a>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){0,2}))\s*,\s+(?-i:(?=\p{Lu}))", Opt | RegexOptions.IgnoreCase, Timeout);
    }
}
