using System.Text.RegularExpressions;
using TypedCorpus.Extraction.Lexicon;
using static TypedCorpus.Extraction.Structure.LinePattern;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>
    /// "Kepala Dinas Pendidikan Kota, Rudi Hartono, S.Pd" alone on a line: a portrait's caption, a person's office, a comma
    /// and the name (degrees may follow), with no verb and no sentence.
    /// </summary>
    internal static class NameCaptions
    {
        private static readonly Regex Shape = new Regex(
            @"^(?<office>\p{Lu}\p{L}+(?:\s+(?:\(?\p{Lu}[\p{L}.()]*|dan|&)){0,8}?)\s*,\s*(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})(?:\s*,\s*\p{Lu}[\p{L}.,\s]{0,24})?$",
            Opt, Timeout);

        /// <summary>True when <paramref name="n"/> is an office (opening with a person's role: "Kepala", "Kapolres") and a name, and nothing else.</summary>
        public static bool IsNameCaption(string n)
        {
            if (n.Length > 100 || n.IndexOf(',') < 6 || n[n.Length - 1] == '.' && !EndsWithDegree(n)) return false;
            return Matches(n);
        }

        /// <summary>
        /// "Kepala Dinas Kota, Rudi Hartono." above the lead: the portrait's caption closed by a stop, the office and the name
        /// only (no degree or words after the name: "Camat X, Suparno, S.Sos., juga hadir." is a sentence). Before the lead
        /// only: in the body such a line is as often an item of a list of those present.
        /// </summary>
        public static bool IsStoppedHeaderCaption(string n)
        {
            if (n.Length > 100 || n.Length < 10 || n[n.Length - 1] != '.' || EndsWithDegree(n) || n.IndexOf(". ", System.StringComparison.Ordinal) >= 0) return false;
            var body = n.Substring(0, n.Length - 1);
            int comma = body.IndexOf(',');
            return comma >= 6 && body.IndexOf(',', comma + 1) < 0 && Matches(body);
        }

        private static bool Matches(string n)
        {
            var m = Shape.Match(n);
            if (!m.Success) return false;
            int space = m.Groups["office"].Value.IndexOf(' ');
            var first = space < 0 ? m.Groups["office"].Value : m.Groups["office"].Value.Substring(0, space);
            if (!NameLexicon.IsPersonRole(first)) return false;
            var words = m.Groups["name"].Value.Split(' ');
            for (int k = 0; k < words.Length; k++)
            {
                // "…, Kombes Winardy": a rank may open the holder's name
                if (k == 0 && words.Length >= 2 && NameLexicon.IsRank(words[0])) continue;
                if (NameLexicon.IsOrgWord(words[k]) || NameLexicon.IsPlaceUnit(words[k]) || NameLexicon.IsPersonRole(words[k])) return false;
            }
            return true;
        }

        private static readonly char[] WordEnds = { ' ', ',' };

        /// <summary>"… M.H." ends with a degree's period, not a sentence's.</summary>
        private static bool EndsWithDegree(string n)
        {
            int space = n.LastIndexOfAny(WordEnds);
            return space > 0 && NameLexicon.IsDegree(n.Substring(space + 1).TrimEnd('.'));
        }
    }
}
