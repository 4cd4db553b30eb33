using System;
using System.Collections.Generic;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// A word of a sentence: its span in the sentence text, its text, its lower-case form and whether it is capitalised. A value
    /// (not an object per word): a sentence's words are one array.
    /// </summary>
    internal readonly struct Tok
    {
        /// <param name="lower"><c>text.ToLowerInvariant()</c> (or an equal string).</param>
        /// <param name="upper"><c>char.IsUpper(text[0])</c>.</param>
        public Tok(int start, string text, string lower, bool upper)
        {
            Start = start; Text = text; Lower = lower; Upper = upper;
        }
        public int Start { get; }
        /// <summary>The end of the word: the text is the sentence's characters from <see cref="Start"/> to here.</summary>
        public int End => Start + Text.Length;
        public string Text { get; }
        /// <summary><c>Text.ToLowerInvariant()</c>.</summary>
        public string Lower { get; }
        public bool Upper { get; }
    }

    /// <summary>A sentence of a body block.</summary>
    internal sealed class Sent
    {
        public Sent(BodyBlock block, int blockIndex, int start, string text)
        {
            Block = block; BlockIndex = blockIndex; Start = start; Text = text;
            Toks = AgreementTokenizer.Tokenize(text);
        }
        public BodyBlock Block { get; }
        public int BlockIndex { get; }
        public int Start { get; }
        public string Text { get; }
        public List<Tok> Toks { get; }
        /// <summary>The party mentions: set by the agreement extractor right after the sentence is made.</summary>
        public List<Ent> Ents { get; set; } = null!;
        /// <summary>The coordinated runs of <see cref="Ents"/>: set by the agreement extractor once every sentence is scanned.</summary>
        public List<List<Ent>> Runs { get; set; } = null!;
        /// <summary>How many of <see cref="Runs"/> (which are in text order) end at or before token <paramref name="tok"/>: a binary search.</summary>
        public int RunsEndingBy(int tok)
        {
            int lo = 0, hi = Runs.Count;
            while (lo < hi) { int mid = (lo + hi) / 2; if (Runs[mid][Runs[mid].Count - 1].TokEnd <= tok) lo = mid + 1; else hi = mid; }
            return lo;
        }
        /// <summary>The run that starts at token <paramref name="tok"/>, or null: a binary search.</summary>
        public List<Ent>? RunStartingAt(int tok)
        {
            int lo = 0, hi = Runs.Count;
            while (lo < hi) { int mid = (lo + hi) / 2; if (Runs[mid][0].TokStart < tok) lo = mid + 1; else hi = mid; }
            return lo < Runs.Count && Runs[lo][0].TokStart == tok ? Runs[lo] : null;
        }
        /// <summary>The sentence's position in its block.</summary>
        public int Index { get; set; }
        /// <summary>The sentence trimmed, computed once: every agreement of the sentence shares this string.</summary>
        public string Trimmed => _trimmed ??= Text.Trim();
        private string? _trimmed;
        /// <summary>The sentence's candidate event dates (index, ISO), computed once by the agreement extractor.</summary>
        public List<(int Index, string Iso)>? DateCandidates { get; set; }
        /// <summary>The full dates written in the sentence (<see cref="IndonesianDates.FindAll"/>), computed once; not to be modified.</summary>
        public IReadOnlyList<DateMention> FullDates => _fullDates ??= IndonesianDates.FindAll(Text);
        private IReadOnlyList<DateMention>? _fullDates;
    }

    /// <summary>Splits a block's text into sentences: at '.', '!' or '?' before a capital, a quote or a bracket (not after an abbreviation or an initial).</summary>
    internal static class SentenceSplitter
    {
        private static readonly string[] Abbrev =
        { "dr", "drs", "prof", "ir", "no", "st", "jl", "hj", "h", "mr", "mrs", "ms", "sdr", "bpk", "kol", "jend", "brigjen", "mayjen", "letjen", "pt", "tbk", "vs", "dll", "dsb", "a.n", "u.s" };

        /// <summary>Is <c>s[start..start+length)</c> one of <see cref="Abbrev"/> (ignoring case, as a set with OrdinalIgnoreCase would)? No substring is made.</summary>
        private static bool IsAbbrev(string s, int start, int length)
        {
            foreach (var a in Abbrev)
                if (a.Length == length && string.Compare(s, start, a, 0, length, StringComparison.OrdinalIgnoreCase) == 0) return true;
            return false;
        }

        private static readonly char[] EndMarks = { '.', '!', '?' };

        /// <summary>Splits a block's text into sentences (start offsets and texts), into <paramref name="res"/> (cleared first).</summary>
        public static void Split(string s, List<(int Start, string Text)> res)
        {
            res.Clear();
            int start = 0, n = s.Length;
            for (int i = 0; i < n; i++)
            {
                // straight to the next end mark: the loop does nothing for any other character
                i = s.IndexOfAny(EndMarks, i);
                if (i < 0) break;
                char c = s[i];
                if (c == '.')
                {
                    // abbreviation or initial before the dot
                    int w = i - 1;
                    while (w >= 0 && char.IsLetter(s[w])) w--;
                    int wordLength = i - w - 1;
                    if (wordLength == 1 && char.IsUpper(s[w + 1])) continue;
                    if (IsAbbrev(s, w + 1, wordLength)) continue;
                    if (i + 1 < n && char.IsDigit(s[i + 1])) continue;
                }
                int j = i + 1;
                while (j < n && (s[j] == '"' || s[j] == '”' || s[j] == '’' || s[j] == '\'' || s[j] == ')')) j++;
                int k = j;
                while (k < n && char.IsWhiteSpace(s[k])) k++;
                if (k >= n) break;
                bool glued = k == j;
                char next = s[k];
                bool opens = char.IsUpper(next) || next == '"' || next == '“' || next == '(' || (!glued && char.IsDigit(next));
                if (!opens) continue;
                if (glued && !(c == '.' && char.IsUpper(next) && i > 0 && char.IsLower(s[i - 1]) || j > i + 1)) continue;
                res.Add((start, s.Substring(start, j - start)));
                start = k;
                i = k - 1;
            }
            if (start < n && !IsBlank(s, start)) res.Add((start, s.Substring(start)));
        }

        /// <summary>True when <c>s.Substring(start)</c> is all white space (what <c>Trim().Length == 0</c> tests, without copies).</summary>
        private static bool IsBlank(string s, int start)
        {
            for (int k = start; k < s.Length; k++) if (!char.IsWhiteSpace(s[k])) return false;
            return true;
        }
    }
}
