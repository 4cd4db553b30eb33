namespace TypedCorpus.Extraction
{
    /// <summary>
    /// <c>s.Substring(start, length).Trim()</c> and questions about it, with one substring at most (the trimmed bounds are
    /// found first) or none (a comparison in place): the rules ask them of the gaps between tokens and of quote parts.
    /// </summary>
    internal static class TextSlices
    {
        /// <summary><c>s.Substring(start, length).Trim()</c>.</summary>
        public static string Trimmed(string s, int start, int length)
        {
            int from = TrimmedBounds(s, start, length, out int to);
            return s.Substring(from, to - from);
        }

        /// <summary><c>s.Substring(start, length).Trim() == value</c>.</summary>
        public static bool TrimmedIs(string s, int start, int length, string value)
        {
            int from = TrimmedBounds(s, start, length, out int to);
            return to - from == value.Length && string.CompareOrdinal(s, from, value, 0, value.Length) == 0;
        }

        /// <summary><c>s.Substring(start, length).Trim().Length</c>.</summary>
        public static int TrimmedLength(string s, int start, int length)
        {
            int from = TrimmedBounds(s, start, length, out int to);
            return to - from;
        }

        /// <summary>The bounds of the range without the white space (<see cref="char.IsWhiteSpace(char)"/>, as <see cref="string.Trim()"/>) at its ends.</summary>
        private static int TrimmedBounds(string s, int start, int length, out int to)
        {
            if (start < 0 || length < 0 || start > s.Length - length) s.Substring(start, length); // the same exception as before
            int from = start;
            to = start + length;
            while (from < to && char.IsWhiteSpace(s[from])) from++;
            while (to > from && char.IsWhiteSpace(s[to - 1])) to--;
            return from;
        }
    }
}
