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

        /// <summary>The hash of no characters; <see cref="Hash"/> adds one.</summary>
        public const uint EmptyHash = 2166136261;

        /// <summary>The hash <paramref name="h"/> of some characters, extended by <paramref name="c"/> (FNV-1a).</summary>
        public static uint Hash(uint h, char c) => (h ^ c) * 16777619;

        /// <summary><c>s.Substring(start, length)</c>, or an equal string made before.</summary>
        public static string Of(string s, int start, int length)
        {
            if (length <= 1 || length > MaxLength) return Of(s, start, length, 0);
            uint h = EmptyHash;
            for (int k = start, end = start + length; k < end; k++) h = Hash(h, s[k]);
            return Of(s, start, length, h);
        }

        /// <summary><c>s.Split(' ')</c>, its parts the shared strings of <see cref="Of(string, int, int)"/> (names split into words).</summary>
        public static string[] SplitSpaces(string s)
        {
            int count = 1;
            foreach (char c in s) if (c == ' ') count++;
            if (count == 1) return new[] { s };
            var parts = new string[count];
            int start = 0, k = 0;
            for (int i = s.IndexOf(' '); i >= 0; i = s.IndexOf(' ', start))
            {
                parts[k++] = Of(s, start, i - start);
                start = i + 1;
            }
            parts[k] = Of(s, start, s.Length - start);
            return parts;
        }

        /// <summary>
        /// <see cref="Of(string, int, int)"/> for a caller that has already hashed the characters while scanning them
        /// (<see cref="Hash"/> over <c>s[start..start+length)</c> from <see cref="EmptyHash"/>).
        /// </summary>
        public static string Of(string s, int start, int length, uint hash) => Of(Cache, s, start, length, hash);

        /// <summary>The thread's cache of strings, for a caller that makes many in a row (<see cref="Of(string?[], string, int, int, uint)"/>).</summary>
        public static string?[] Cache => _cache ??= new string?[Slots];

        /// <summary><see cref="Of(string, int, int, uint)"/> with the thread's <see cref="Cache"/> already at hand (read once per text, not per token).</summary>
        public static string Of(string?[] cache, string s, int start, int length, uint hash)
        {
            if (length == 1) return Of(s[start]);
            if (length == 0) return "";
            if (length > MaxLength) return s.Substring(start, length);
            uint h = hash;
            int slot = (int)(h & (Slots - 1));
            var hit = cache[slot];
            if (hit != null && hit.Length == length && string.CompareOrdinal(hit, 0, s, start, length) == 0) return hit;
            var made = s.Substring(start, length);
            cache[slot] = made;
            return made;
        }

        // Lower-case forms of token strings, shared per thread: most token strings are the shared instances above, and
        // ToLowerInvariant makes a new string for every capitalised word. A memo keyed by the string instance hands back the lower
        // form made before; the lower form depends only on the text, so the answer is the same. (A word that is its own lower
        // form, most words, is found so by the tokenizer and never asked about.)
        private static ref MemoSlot<string>[]? LowerMemo => ref Scratch.Current.LowerMemo;

        /// <summary><c>text.ToLowerInvariant()</c>, or an equal string made before.</summary>
        public static string LowerOf(string text)
        {
            ref var slot = ref InstanceMemo.Slot(ref LowerMemo, text, out bool fresh);
            if (fresh) slot.Value = Lowered(text);
            return slot.Value;
        }

        /// <summary>
        /// <c>text.ToLowerInvariant()</c>: for a short ASCII word, lowered into a buffer and taken from the shared strings above
        /// (a capitalised word's lower form is often a word of the text, or was made for an earlier article).
        /// </summary>
        private static string Lowered(string text)
        {
            int length = text.Length;
            if (length <= 1 || length > MaxLength) return text.ToLowerInvariant();
            var chars = Scratch.Current.LowerChars ??= new char[MaxLength];
            uint h = EmptyHash;
            bool changed = false;
            for (int k = 0; k < length; k++)
            {
                char c = text[k];
                if (c >= 0x80) return text.ToLowerInvariant(); // beyond ASCII the string's own casing rules apply
                if (c >= 'A' && c <= 'Z') { c = (char)(c + 32); changed = true; }
                chars[k] = c;
                h = Hash(h, c);
            }
            return changed ? Of(chars, length, h) : text;
        }

        /// <summary>A string of the first <paramref name="length"/> characters of <paramref name="chars"/> (hashed as <see cref="Of(string, int, int, uint)"/>), or an equal string made before.</summary>
        private static string Of(char[] chars, int length, uint hash)
        {
            var cache = _cache ??= new string?[Slots];
            int slot = (int)(hash & (Slots - 1));
            var hit = cache[slot];
            if (hit != null && hit.Length == length && SameChars(hit, chars)) return hit;
            var made = new string(chars, 0, length);
            cache[slot] = made;
            return made;
        }

        private static bool SameChars(string s, char[] chars)
        {
            for (int k = 0; k < s.Length; k++) if (s[k] != chars[k]) return false;
            return true;
        }
    }
}
