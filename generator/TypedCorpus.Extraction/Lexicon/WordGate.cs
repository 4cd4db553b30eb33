using System.Collections.Generic;

namespace TypedCorpus.Extraction.Lexicon
{
    /// <summary>
    /// A cheap necessary condition of membership in some word sets, asked before hashing a word: the lengths their words have
    /// for each first letter. A set matched by ordinal or ordinal-ignoring-case comparison holds a word only if it holds an
    /// entry of the same length whose first character is the same (ignoring case), so a word the gate refuses is in none of
    /// the sets; a word it lets through is looked up as before. Words longer than 63 characters, words that start with a
    /// character outside ASCII and, when an entry starts with one, every word pass.
    /// </summary>
    internal sealed class WordGate
    {
        private const int Other = 26; // entries that start with no ASCII letter
        private readonly ulong[] _lengths = new ulong[Other + 1];

        public WordGate(params IEnumerable<string>[] sets)
        {
            foreach (var set in sets)
                foreach (var w in set)
                {
                    if (w.Length == 0) continue;
                    _lengths[Bucket(w[0])] |= w.Length < 64 ? 1UL << w.Length : ulong.MaxValue;
                }
        }

        private static int Bucket(char c) => c >= 'a' && c <= 'z' ? c - 'a' : c >= 'A' && c <= 'Z' ? c - 'A' : Other;

        /// <summary>False only when <paramref name="word"/> is in none of the sets.</summary>
        public bool MayHold(string word)
        {
            if (word.Length == 0 || word.Length >= 64) return true;
            int b = Bucket(word[0]);
            if (b == Other && word[0] >= 128) return true;
            ulong bit = 1UL << word.Length;
            return ((_lengths[b] | _lengths[Other]) & bit) != 0;
        }
    }
}
