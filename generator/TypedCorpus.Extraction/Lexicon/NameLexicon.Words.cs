using System;
using System.Collections.Generic;

namespace TypedCorpus.Extraction.Lexicon
{
    // Word shapes several steps share: counting words, the prefix of an active verb, places joined by a hyphen, services' short names.
    public static partial class NameLexicon
    {
        /// <summary>Words that count what follows them ("tiga provinsi", "beberapa hal"): <c>count-words.txt</c>.</summary>
        public static readonly HashSet<string> CountWords = LexiconResource.WordSet("count-words");

        /// <summary>Schools' short names ("SDN", "SMPN", "MTs"): <c>school-units.txt</c>.</summary>
        public static readonly HashSet<string> SchoolUnits = LexiconResource.WordSet("school-units");

        private static readonly HashSet<string> AddressWords = LexiconResource.WordSet("address-words");

        /// <summary>Is <paramref name="word"/> a title that is a whole word of address ("pak", "kak"; <c>address-words.txt</c>), no abbreviation?</summary>
        public static bool IsWordOfAddress(string word) => AddressWords.Contains(word);

        /// <summary>Nouns of time or occasion ("malam", "pagi"): <c>time-nouns.txt</c>.</summary>
        public static readonly HashSet<string> TimeNouns = LexiconResource.WordSet("time-nouns");

        /// <summary>Words said of one sex only, nouns of persons and name openers ("Lalu", "Teuku"; "Ni", "ibu"): <c>male-words.txt</c>, <c>female-words.txt</c>.</summary>
        public static readonly HashSet<string> MaleWords = LexiconResource.WordSet("male-words"), FemaleWords = LexiconResource.WordSet("female-words");

        /// <summary>An active verb by its prefix (me-, ber-), not a word that only looks like one ("mereka", "menurut", "bersama").</summary>
        public static bool LooksLikeActiveVerb(string w)
            => w.Length > 5 && (w.StartsWith("me", StringComparison.Ordinal) || w.StartsWith("ber", StringComparison.Ordinal)) && !StopWords.Contains(w);

        /// <summary>"Siak-Pelalawan", "Batam-Bintan": places the gazetteer knows joined by a hyphen (an electoral district, a route).</summary>
        private static bool PlacesJoined(string word)
        {
            int h = word.IndexOf('-');
            if (h <= 0 || h == word.Length - 1 || !char.IsUpper(word[h + 1])) return false;
            foreach (var part in word.Split('-')) if (!Places.Contains(part)) return false;
            return true;
        }

        /// <summary>
        /// "Dispermades", "Disnakertrans", "Dishub": a regional service's short name, "Dis" (Dinas) and the first letters of its
        /// field glued, a consonant right after "Dis" (seven letters or more: no name word has that shape).
        /// </summary>
        private static bool IsDinasShortName(string word)
            => word.Length >= 7 && word.StartsWith("Dis", StringComparison.Ordinal) && "bcdfghjklmnpqrstvwxz".IndexOf(word[3]) >= 0;

        /// <summary>
        /// "ditempat", "disepanjang", "Dikesempatan": the preposition "di" or "ke" written glued to its noun
        /// (<c>preposition-glued-nouns.txt</c>), no passive verb and no name.
        /// </summary>
        public static bool IsGluedPreposition(string word)
            => word.Length > 4 && (word.StartsWith("Di", StringComparison.OrdinalIgnoreCase) || word.StartsWith("Ke", StringComparison.OrdinalIgnoreCase))
               && PrepositionGluedNouns.Contains(word.Substring(2));

        /// <summary>
        /// "dilaporkan", "diungkap": a word in small letters shaped like a passive verb (di- and at least three letters more),
        /// whose agent may follow it; not the preposition glued to its noun ("disepanjang", <see cref="IsGluedPreposition"/>).
        /// </summary>
        public static bool LooksLikePassiveVerb(string word)
            => word.Length > 4 && word.StartsWith("di", StringComparison.Ordinal) && !IsGluedPreposition(word);

        /// <summary>"Tiba-tiba", "Kadang-kadang", "Anak-anak": a word written twice with a hyphen is a common word, no name.</summary>
        private static bool IsReduplicated(string word)
        {
            int h = word.IndexOf('-');
            return h > 1 && word.Length == 2 * h + 1 && string.Compare(word, 0, word, h + 1, h, StringComparison.OrdinalIgnoreCase) == 0;
        }
    }
}
