using System.Linq;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>Dashes of headlines that are no dateline's.</summary>
    internal static class HeadlineDashes
    {
        /// <summary>
        /// Rule dash-joins-words: "Rute Pekanbaru–Penang Resmi Dibuka, …", "Laga Persib–Persija Ditunda …": a dash glued to the
        /// words on both sides, after two or three words in title case that name no known place, joins two names of a headline
        /// (a route, a match); it opens no dateline ("JAKARTA–Presiden …" and "Jakarta Selatan–…" still do).
        /// </summary>
        internal static bool JoinsWords(string n, int end, string a)
        {
            int dash = end - 1;
            if (dash < 1 || end >= n.Length || !(n[dash] == '–' || n[dash] == '—') || !char.IsLetter(n[dash - 1]) || !char.IsLetter(n[end])) return false;
            return a.IndexOf(' ') > 0 && a.Any(char.IsLower) && !Datelines.IsKnownPlace(a);
        }
    }
}
