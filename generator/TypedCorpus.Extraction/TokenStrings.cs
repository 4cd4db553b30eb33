using System;

namespace TypedCorpus.Extraction
{
    /// <summary>
    /// The strings of tokens (words, punctuation), shared: an article's words are tokenized several times (for names, quotes and
    /// agreements) and repeat within it, so most token strings already exist. A small direct-mapped cache per thread hands back
    /// an existing string with the same characters instead of a new one. Only the allocation differs: the text is the same.
    /// </summary>
    internal static class TokenStrings
    {
        private const int Slots = 4096; // a power of two
        private const int MaxLength = 40; // longer tokens are rare and seldom repeat: not cached

        [ThreadStatic] private static string?[]? _cache;

        // One shared string per single character of the ASCII and General Punctuation ranges.
        private static readonly string[] AsciiStrings = MakeCharStrings('\0', 128);
        private static readonly string[] PunctStrings = MakeCharStrings('\u2000', 0x70);

        private static string[] MakeCharStrings(char from, int count)
        {
            var a = new string[count];
            for (int k = 0; k < count; k++) a[k] = new string((char)(from + k), 1);
            return a;
        }

        /// <summary>A string of the single character <paramref name="c"/>.</summary>
        public static string Of(char c)
        {
            if (c < 128) return AsciiStrings[c];
            if (c >= '\u2000' && c < '\u2070') return PunctStrings[c - '\u2000'];
            return c.ToString();
        }

        /// <summary><c>s.Substring(start, length)</c>, or an equal string made before.</summary>
        public static string Of(string s, int start, int length)
        {
            if (length == 1) return Of(s[start]);
            if (length == 0) return "";
            if (length > MaxLength) return s.Substring(start, length);
            uint h = 2166136261;
            for (int k = start, end = start + length; k < end; k++) h = (h ^ s[k]) * 16777619;
            var cache = _cache ??= new string?[Slots];
            int slot = (int)(h & (Slots - 1));
            var hit = cache[slot];
            if (hit != null && hit.Length == length && string.CompareOrdinal(hit, 0, s, start, length) == 0) return hit;
            var made = s.Substring(start, length);
            cache[slot] = made;
            return made;
        }
    }
}
