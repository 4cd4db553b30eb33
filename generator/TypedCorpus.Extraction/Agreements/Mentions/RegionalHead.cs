using System;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// "Bupati Gresik menandatangani …", "Pj Wali Kota Kendari dan …": the head of a region named by the office and its place
    /// alone, with no holder's name, signs for the region's government; the party is "Pemerintah Kabupaten Gresik" ("Kota" for a
    /// mayor, "Provinsi" for a governor), not the place read as a name. A holder named after the place ("Bupati Gresik Fandi
    /// Yani") stays the person.
    /// </summary>
    internal static class RegionalHead
    {
        public const string Id = "regional-head";
        public const string Description = "an office of a regional head and a known place with no name after it (Bupati Gresik): the region's government";

        /// <summary>
        /// The government the office ending right before <paramref name="place"/> heads, when the tokens from
        /// <paramref name="place"/> to <paramref name="end"/> are exactly a known place; else null.
        /// </summary>
        public static string? Government(TokenList toks, int place, int end)
        {
            // "Wali Kota Makassar": the title scan may stop at "Kota", the office's second word
            if (place >= 1 && place < end && toks[place].Lower == "kota" && toks[place - 1].Lower == "wali") place++;
            if (place <= 0 || end <= place || end - place > 4) return null;
            string? level = Level(toks, place);
            if (level is null) return null;
            var words = new string[end - place + 1];
            for (int k = place; k < end; k++) words[k - place] = toks[k].Text;
            words[words.Length - 1] = "";
            return NameLexicon.KnownPlaceAt(words) == end - place ? "Pemerintah " + level + " " + AgreementText.Join(toks, place, end) : null;
        }

        /// <summary>The level of the region whose head's office ends right before <paramref name="place"/>: "Kabupaten", "Kota", "Provinsi", or null.</summary>
        private static string? Level(TokenList toks, int place)
        {
            string last = toks[place - 1].Lower;
            if (last is "bupati") return "Kabupaten";
            if (last is "walikota" || last == "kota" && place >= 2 && toks[place - 2].Lower == "wali") return "Kota";
            if (last is "gubernur") return "Provinsi";
            return null;
        }
    }
}
