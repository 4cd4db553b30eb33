using System;
using System.Collections.Generic;
using System.Text;

namespace TypedCorpus.Extraction
{
    /// <summary>
    /// Canonical equivalence for analysis: text is analysed in Unicode NFC, so "Zoë" typed composed (U+00EB) and decomposed
    /// (e + U+0308) give the same facts. The model keeps each line's exact source text, and positions are mapped back to it.
    /// </summary>
    public static class UnicodeText
    {
        /// <summary>
        /// <paramref name="s"/> in NFC; <paramref name="s"/> itself when it already is (the common case, checked without copying),
        /// or when it cannot be normalised (a lone surrogate; a runtime without normalisation data).
        /// </summary>
        public static string Nfc(string s)
        {
            try
            {
                return s.IsNormalized(NormalizationForm.FormC) ? s : s.Normalize(NormalizationForm.FormC);
            }
            catch (ArgumentException) { return NfcBySegments(s, null); }
            catch (PlatformNotSupportedException) { return s; }
        }

        /// <summary>
        /// The bidirectional formatting characters (embeddings, overrides, isolates and the implicit marks: U+061C, U+200E, U+200F,
        /// U+202A–U+202E, U+2066–U+2069). Generated code and messages never show them raw: a literal escapes them, a doc comment turns
        /// them into spaces, a diagnostic message names them, an identifier never has them.
        /// </summary>
        public static bool IsBidiControl(char c) =>
            c == '\u061C' || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';

        /// <summary>
        /// A segment starts at every character below U+0300: such a character has combining class 0 and is never the second
        /// part of a canonical composition, so the NFC of a string is the NFC of its segments, concatenated. Normalising by
        /// segments keeps every position mappable.
        /// </summary>
        private static bool StartsSegment(char c) => c < '\u0300' || c == '\uFFFE' || c == '\uFFFF';

        /// <summary>
        /// Where a segment must end: before a character that starts one, or before a code unit that the runtime refuses to
        /// normalise (a lone surrogate, U+FFFE, U+FFFF; none of them composes), so that it spoils no other character's segment.
        /// </summary>
        private static bool EndsSegmentBefore(string s, int i) =>
            StartsSegment(s[i])
            || char.IsHighSurrogate(s[i]) && (i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]))
            || char.IsLowSurrogate(s[i]) && (i == 0 || !char.IsHighSurrogate(s[i - 1]));

        /// <summary>
        /// NFC by segments; records each segment that changed in <paramref name="changes"/> (when given) as
        /// (source start, source length, NFC start, NFC length).
        /// </summary>
        private static string NfcBySegments(string s, List<Change>? changes)
        {
            var sb = new StringBuilder(s.Length);
            int start = 0;
            while (start < s.Length)
            {
                int end = start + 1;
                while (end < s.Length && !EndsSegmentBefore(s, end)) end++;
                if (end - start == 1 && StartsSegment(s[start])) { sb.Append(s[start]); start = end; continue; }
                var segment = s.Substring(start, end - start);
                string nfc;
                try { nfc = segment.Normalize(NormalizationForm.FormC); }
                catch (ArgumentException) { nfc = segment; }
                catch (PlatformNotSupportedException) { nfc = segment; }
                if (!string.Equals(nfc, segment, StringComparison.Ordinal)) changes?.Add(new Change(start, segment.Length, sb.Length, nfc.Length));
                sb.Append(nfc);
                start = end;
            }
            return sb.ToString();
        }

        /// <summary>A segment of a line whose NFC differs from its source text.</summary>
        private readonly struct Change
        {
            public Change(int source, int sourceLength, int nfc, int nfcLength) { Source = source; SourceLength = sourceLength; Nfc = nfc; NfcLength = nfcLength; }
            public int Source { get; }
            public int SourceLength { get; }
            public int Nfc { get; }
            public int NfcLength { get; }
        }

        /// <summary>The lines of a text that is not in NFC, with their NFC forms, and the mapping of NFC columns back to the source.</summary>
        public sealed class NfcText
        {
            private readonly List<string> _source;
            private readonly Dictionary<int, List<Change>> _changes;

            private NfcText(List<string> source, string text, Dictionary<int, List<Change>> changes)
            {
                _source = source; Text = text; _changes = changes;
            }

            /// <summary>The text to analyse: each line in NFC, each followed by "\n" (so the line numbers are the source's).</summary>
            public string Text { get; }

            /// <summary>The exact source text of 1-based line <paramref name="line"/>.</summary>
            public string SourceLine(int line) => line >= 1 && line <= _source.Count ? _source[line - 1] : "";

            /// <summary>Whether 1-based line <paramref name="line"/> differs in NFC.</summary>
            public bool Changed(int line) => _changes.ContainsKey(line);

            /// <summary>
            /// The 0-based source column of NFC column <paramref name="column"/> of 1-based line <paramref name="line"/>: exact outside
            /// the segments NFC changed, the segment's start (or a position inside it) within one.
            /// </summary>
            public int SourceColumn(int line, int column)
            {
                if (column <= 0 || !_changes.TryGetValue(line, out var changes)) return column;
                int lo = 0, hi = changes.Count - 1, k = -1;
                while (lo <= hi)
                {
                    int mid = (lo + hi) / 2;
                    if (changes[mid].Nfc <= column) { k = mid; lo = mid + 1; } else hi = mid - 1;
                }
                if (k < 0) return column;
                var c = changes[k];
                if (column < c.Nfc + c.NfcLength) return c.Source + Math.Min(column - c.Nfc, c.SourceLength);
                return column + (c.Source + c.SourceLength) - (c.Nfc + c.NfcLength);
            }

            /// <summary>
            /// The text to analyse for <paramref name="text"/>, or null when it is in NFC already (then it is analysed as it is).
            /// </summary>
            public static NfcText? Of(string text)
            {
                try
                {
                    if (text.IsNormalized(NormalizationForm.FormC)) return null;
                }
                catch (ArgumentException) { /* a lone surrogate: normalise by segments, line by line */ }
                catch (PlatformNotSupportedException) { return null; }
                var source = TextDecoding.SplitLines(text);
                var changes = new Dictionary<int, List<Change>>();
                var sb = new StringBuilder(text.Length + 1);
                for (int i = 0; i < source.Count; i++)
                {
                    var line = source[i];
                    var list = new List<Change>();
                    sb.Append(NfcBySegments(line, list)).Append('\n');
                    if (list.Count > 0) changes[i + 1] = list;
                }
                return changes.Count == 0 ? null : new NfcText(source, sb.ToString(), changes);
            }
        }
    }
}
