using System;
using System.Collections.Generic;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// A party named by an administrative unit keeps its own unit only: "Desa Hulu Kecamatan Tengah" is the village "Desa Hulu";
    /// the higher unit that follows says where it lies. A lower unit after a higher one ("Kabupaten Hulu Desa …") is left alone.
    /// </summary>
    internal static class AdminQualifier
    {
        public const string Id = "admin-qualifier";
        public const string Description = "a party named by an administrative unit drops the higher unit that locates it: Desa Hulu Kecamatan Tengah → Desa Hulu";
        public const string Example = "Desa Hulu Kecamatan Tengah";

        /// <summary>The units from the lowest up; a unit of a higher level after the name ends the party's name.</summary>
        private static readonly Dictionary<string, int> Level = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["dusun"] = 1, ["kampung"] = 1, ["banjar"] = 1,
            ["desa"] = 2, ["kelurahan"] = 2, ["nagari"] = 2,
            ["kecamatan"] = 3, ["kabupaten"] = 4, ["kota"] = 4, ["provinsi"] = 5,
        };

        /// <summary>Degrees written after a person's name ("SE", "SH", "MM"), from the degree lexicon.</summary>
        private static HashSet<string> Degrees => TypedCorpus.Extraction.Lexicon.NameLexicon.DegreeWords;

        /// <summary>A person party without the degrees written in capitals after the name: "Budi Santoso SE" → "Budi Santoso".</summary>
        public static string WithoutDegrees(string name)
        {
            var words = TokenStrings.SplitSpaces(name);
            int n = words.Length;
            while (n > 1 && words[n - 1].Length >= 2 && IsUpperInvariant(words[n - 1]) && Degrees.Contains(words[n - 1])) n--;
            return n == words.Length ? name : string.Join(" ", words, 0, n);
        }

        /// <summary><c>w.ToUpperInvariant() == w</c>, without the upper-case copy for an ASCII word.</summary>
        private static bool IsUpperInvariant(string w)
        {
            foreach (char c in w)
            {
                if (c >= 0x80) return w.ToUpperInvariant() == w;
                if (c >= 'a' && c <= 'z') return false;
            }
            return true;
        }

        /// <summary>Words that open a branch office after an organisation's name (Resources/agreement-branch-words.txt).</summary>
        private static readonly HashSet<string> BranchWords = TypedCorpus.Extraction.Lexicon.LexiconResource.WordSet("agreement-branch-words");

        /// <summary>The first words of the two-word <see cref="BranchWords"/> (a pair is looked up only after one of them).</summary>
        private static readonly HashSet<string> BranchOpeners = FirstWords(BranchWords);

        private static HashSet<string> FirstWords(HashSet<string> entries)
        {
            var first = new HashSet<string>(entries.Comparer);
            foreach (var e in entries) if (e.IndexOf(' ') > 0) first.Add(e.Substring(0, e.IndexOf(' ')));
            return first;
        }

        /// <summary>
        /// An organisation without the branch office named after it: "Bank Mandala Kantor Cabang Sukamaju" → "Bank Mandala" (a
        /// branch signs for its organisation); the name keeps two words at least.
        /// </summary>
        public static string WithoutBranch(string name)
        {
            var words = TokenStrings.SplitSpaces(name);
            for (int k = 2; k + 1 < words.Length; k++)
            {
                bool two = k + 2 < words.Length && BranchOpeners.Contains(words[k]) && BranchWords.Contains(words[k] + " " + words[k + 1]);
                if (two || BranchWords.Contains(words[k])) return string.Join(" ", words, 0, k);
            }
            return name;
        }

        /// <summary>A name that is a branch office's words alone ("Kantor Perwakilan"): the organisation it belongs to is named after it.</summary>
        public static bool IsBranchOnly(string name) => BranchWords.Contains(name.ToLowerInvariant());

        /// <summary>The level of the unit that opens <paramref name="name"/> ("Desa Hulu": 2), past a resident noun ("Warga Desa Hulu"); 0 for none.</summary>
        public static int LevelOf(string name) => LevelOf(name, 0);

        /// <summary><see cref="LevelOf(string)"/> of <c>name.Substring(from)</c> (its words as shared strings: no substring is made).</summary>
        private static int LevelOf(string name, int from)
        {
            int sp = name.IndexOf(' ', from);
            if (sp < 0) return 0;
            string first = TokenStrings.Of(name, from, sp - from);
            if (Residents.Contains(first)) return LevelOf(name, sp + 1);
            return Level.TryGetValue(first, out int level) ? level : 0;
        }

        /// <summary>Nouns of a place's people before its unit (Resources/agreement-resident-nouns.txt).</summary>
        private static readonly HashSet<string> Residents = TypedCorpus.Extraction.Lexicon.LexiconResource.WordSet("agreement-resident-nouns");

        /// <summary>A place's people stand for the place: "Warga Desa Hulu" → "Desa Hulu".</summary>
        public static string WithoutResidents(string name)
        {
            int sp = name.IndexOf(' ');
            return sp > 0 && Residents.Contains(TokenStrings.Of(name, 0, sp)) && LevelOf(name, sp + 1) > 0 ? name.Substring(sp + 1) : name;
        }

        public static string Trim(string name)
        {
            var words = TokenStrings.SplitSpaces(name);
            if (words.Length < 4 || !Level.TryGetValue(words[0], out int own)) return name;
            for (int k = 2; k + 1 < words.Length; k++)
                if (Level.TryGetValue(words[k], out int higher) && higher > own) return string.Join(" ", words, 0, k);
            return name;
        }
    }
}
