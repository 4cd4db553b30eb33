using System;
using System.Collections.Generic;
using System.Linq;

namespace TypedCorpus.Extraction.Lexicon
{
    // The short names of well-known public figures (known-names.txt).
    public static partial class NameLexicon
    {
        /// <summary>Short name → full name of the public figures in <c>known-names.txt</c> ("Jokowi" → "Joko Widodo").</summary>
        private static readonly Dictionary<string, string[]> KnownNames = LoadKnownNames();

        /// <summary>The first words of the short names of several words ("Gus" of "Gus Dur"): no other name of several words is one.</summary>
        private static readonly HashSet<string> KnownNameOpeners = new HashSet<string>(
            KnownNames.Keys.Where(k => k.IndexOf(' ') > 0).Select(k => k.Substring(0, k.IndexOf(' '))), StringComparer.Ordinal);

        private static Dictionary<string, string[]> LoadKnownNames()
        {
            var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var row in LexiconResource.Rows("known-names"))
                for (int i = 1; i < row.Length; i++) map[row[i]] = row[0].Split(' ');
            return map;
        }

        /// <summary>The full name a well-known short name stands for (<c>known-names.txt</c>), else null.</summary>
        public static string[]? KnownFullName(string[] name)
        {
            if (name.Length > 1 && !KnownNameOpeners.Contains(name[0])) return null; // no short name opens so: no words joined
            return KnownNames.TryGetValue(name.Length == 1 ? name[0] : string.Join(" ", name), out var full) ? full : null;
        }
    }
}
