using System;
using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;
using TypedCorpus.Extraction.People;

namespace TypedCorpus.Extraction.Quotes
{
    /// <summary>An office written short ("Kajati", "Kadinkes") for the office the article wrote out ("Kepala Kejaksaan Tinggi …"), and office words written after a name ("Kata X Kejari Y").</summary>
    internal sealed partial class Attribution
    {
        /// <summary>
        /// Rule short-office-holder: "tegas Kajati" after "Kepala Kejaksaan Tinggi Sukamaju, Rudi Hartono": an office word "Ka…"
        /// whose rest spells the first words after "Kepala" of an office the article wrote out (a piece of the first word, then
        /// the start of each next one, or the end of the last: "jati" = ke·JAksaan + TInggi, "dinkes" = DINas + KESehatan, "jari" =
        /// ke·JAksaan + negeRI) is that office; its holder is
        /// the one person the article named after it, else null.
        /// </summary>
        private string? HolderOfShortOffice(string office)
        {
            var w = office.ToLowerInvariant();
            if (w.Length < 5 || !w.StartsWith("ka", StringComparison.Ordinal)) return null;
            var rest = w.Substring(2);
            string? found = null;
            for (int b = 0; b < _people.BlockMentions.Count; b++)
            {
                var toks = _people.BlockTokens[b];
                foreach (var m in _people.BlockMentions[b])
                {
                    if (!SpelledOfficeBefore(toks, m.TokenIndex, rest) || FindPerson(m.Name) is not { } p) continue;
                    if (found != null && found != p.Name) return null;
                    found = p.Name;
                }
            }
            return found;
        }

        /// <summary>Does "Kepala" stand before the name at <paramref name="at"/> (its office's capitalised words between) with words that <paramref name="rest"/> spells?</summary>
        private static bool SpelledOfficeBefore(TokenList toks, int at, string rest)
        {
            int r = at - 1;
            if (r >= 0 && toks[r].Text == ",") r--;
            int end = r;
            while (r >= 0 && r > at - 10 && toks[r].IsWord && toks[r].IsCap && !toks[r].Is("kepala")) r--;
            if (r < 0 || !toks[r].Is("kepala") || end <= r) return false;
            var words = new List<string>();
            for (int i = r + 1; i <= end; i++) words.Add(toks[i].Text.ToLowerInvariant());
            return Spells(rest, words, 0, true);
        }

        /// <summary>
        /// Is <paramref name="rest"/> a piece of words[<paramref name="i"/>] (anywhere in the first word, two letters or more),
        /// then the start of each next word, over two words or more ("jati": "kejaksaan", "tinggi")? The words after are the place.
        /// </summary>
        private static bool Spells(string rest, List<string> words, int i, bool first)
        {
            if (rest.Length == 0) return i >= 2;
            if (i >= words.Count) return false;
            var word = words[i];
            for (int len = Math.Min(rest.Length, word.Length); len >= (first ? 2 : 1); len--)
            {
                var chunk = rest.Substring(0, len);
                // the last piece may end its word: "jari" = ke·JAksaan + negeRI
                bool fits = first ? word.IndexOf(chunk, StringComparison.Ordinal) >= 0
                    : word.StartsWith(chunk, StringComparison.Ordinal) || len == rest.Length && word.EndsWith(chunk, StringComparison.Ordinal);
                if (fits && Spells(rest.Substring(len), words, i + 1, false)) return true;
            }
            return false;
        }

        /// <summary>
        /// "Kata Budiman Kejari Sukamaju": right after the cue, the name words of a person of the article, then capitalised office
        /// or body words that cut the name run (so no mention holds the name); else null.
        /// </summary>
        private PersonEntry? PersonBeforeOfficeWords(TokenList toks, int from)
        {
            int k = from;
            while (k < toks.Count && k < from + 3 && toks[k].IsWord && toks[k].IsCap && !NameLexicon.IsNonName(toks[k].Text)) k++;
            if (k == from || k >= toks.Count || !toks[k].IsWord || !toks[k].IsCap || !NameLexicon.IsNonName(toks[k].Text) || NameLexicon.IsTitle(toks[k].Text)) return null;
            var name = new string[k - from];
            for (int i = from; i < k; i++) name[i - from] = toks[i].Text;
            return FindPerson(name);
        }

        /// <summary>
        /// The office's unit stands at <paramref name="i"/>: the word itself, or for a school a school's short name ("Kepala SMPN 1
        /// Siak" for "ujar Kepsek"; <c>school-units.txt</c>).
        /// </summary>
        private static bool UnitAt(TokenList toks, int i, string unit)
            => i < toks.Count && (toks[i].Is(unit) || unit == "sekolah" && SchoolUnits.Contains(toks[i].Text));

        /// <summary>"Kepala SMPN 1 Siak": a school's number after its short name is a word of the office too.</summary>
        private static bool SchoolNumber(TokenList toks, int r)
            => r > 0 && toks[r].IsWord && toks[r].HasDigit && toks[r].Text.Length <= 3 && SchoolUnits.Contains(toks[r - 1].Text);

        private static HashSet<string> SchoolUnits => NameLexicon.SchoolUnits;
    }
}
