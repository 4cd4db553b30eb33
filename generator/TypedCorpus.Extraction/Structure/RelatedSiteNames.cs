using System;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>
    /// Rule related-site-name: "Warga Gotong Royong Bangun Jalan » Kabar Kita": a related link's title that ends with its
    /// site's name after "»" names this site, the outlet; the title is what comes before the mark.
    /// </summary>
    internal static class RelatedSiteNames
    {
        /// <summary>The title without a trailing "» Site" and the site's name (null when the title has none).</summary>
        public static string Split(string title, out string? site)
        {
            site = null;
            int mark = title.LastIndexOf(" » ", StringComparison.Ordinal);
            if (mark <= 10 || !IsSiteName(title.Substring(mark + 3))) return title;
            site = title.Substring(mark + 3);
            return title.Substring(0, mark).Trim();
        }

        /// <summary>One to four capitalised words or a domain: a site's name after a title.</summary>
        private static bool IsSiteName(string s)
        {
            if (Datelines.IsDomainLike(s) && s.IndexOf(' ') < 0) return true;
            var words = s.Split(' ');
            foreach (var w in words) if (w.Length == 0 || !char.IsUpper(w[0])) return false;
            return words.Length <= 4;
        }
    }
}
