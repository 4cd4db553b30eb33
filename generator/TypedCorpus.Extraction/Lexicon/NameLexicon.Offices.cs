using System;
using System.Collections.Generic;
using System.Linq;

namespace TypedCorpus.Extraction.Lexicon
{
    // Offices written as one abbreviated word: a deputy's or a head's prefix before an office or body the lexicon knows.
    public static partial class NameLexicon
    {
        /// <summary>
        /// Offices written as one abbreviated word from a known office: "Wamenpar", "Wamenkeu" (a deputy minister), "Kakanwil",
        /// "Kakankemenag" (the head of an office), "Wakapolres", "Wawali" (a deputy of a role the lexicon knows).
        /// </summary>
        /// <summary>The short forms of the fields regional agencies are named by, after "Dis" (Resources/agency-fields.txt: "Disperta", "Disnaker").</summary>
        private static readonly HashSet<string> AgencyFields = LexiconResource.WordSet("agency-fields");

        private static bool IsCompoundOffice(string word)
        {
            if (word.Length < 5 || !char.IsLetter(word[0])) return false;
            var w = TokenStrings.LowerOf(word);
            if (w.StartsWith("wamen", StringComparison.Ordinal) && w.Length > 5) return true;
            if (w.StartsWith("kakan", StringComparison.Ordinal) && w.Length > 5 && w != "kakanda") return true;
            // "Kapolresta", "Kadisdik", "Kabappeda": the head ("Ka-") of a body the lexicon knows by its short name
            if (w.StartsWith("ka", StringComparison.Ordinal) && OrgAbbreviations.Contains(TokenStrings.Of(w, 2, w.Length - 2))) return true;
            // "Kadisperta", "Kadisnaker": the head of a regional agency ("Dinas") named by its field's short form
            if (w.StartsWith("kadis", StringComparison.Ordinal) && AgencyFields.Contains(TokenStrings.Of(w, 5, w.Length - 5))) return true;
            if (!w.StartsWith("wa", StringComparison.Ordinal)) return false;
            var office = TokenStrings.Of(w, 2, w.Length - 2);
            // "Wakapolresta": the deputy of such a head
            return PersonRoles.Contains(office) || office.StartsWith("ka", StringComparison.Ordinal) && office.Length > 4
                && OrgAbbreviations.Contains(TokenStrings.Of(office, 2, office.Length - 2));
        }
    }
}
