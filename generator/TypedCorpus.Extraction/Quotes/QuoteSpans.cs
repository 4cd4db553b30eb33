using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;
using TypedCorpus.Extraction.People;

namespace TypedCorpus.Extraction.Quotes
{
    /// <summary>Pairs quotation marks by position (a mark opens when no quote is open, else closes), across paragraphs.</summary>
    public static class QuoteSpans
    {
        public static List<QuoteSpan> Find(ArticleContext context) => Find(context, out _);

        /// <summary>As <see cref="Find(ArticleContext)"/>; <paramref name="masks"/> are the spans' <see cref="ReadOnlyMasks"/>.</summary>
        internal static List<QuoteSpan> Find(ArticleContext context, out bool[][] masks)
        {
            var spans = DoubleMarked(context);
            masks = ReadOnlyMasks(spans, context.Body); // single-marked spans add nothing to the masks: they are the final spans' masks
            bool paired = false;
            for (int b = 0; b < context.Body.Count; b++) paired |= SingleMarked(context.Body[b].Text, b, masks[b], spans);
            if (paired) masks = ReadOnlyMasks(spans, context.Body); // a double mark typed as two single marks masks its quotation too
            spans.Sort((x, y) => x.StartBlock != y.StartBlock ? x.StartBlock.CompareTo(y.StartBlock) : x.OpenPos.CompareTo(y.OpenPos));
            return spans;
        }

        /// <summary>Quotations in double marks; one may go on in the next block when that block opens with a mark (TC0006 when unclosed).</summary>
        private static List<QuoteSpan> DoubleMarked(ArticleContext context)
        {
            var body = context.Body;
            var spans = new List<QuoteSpan>();
            QuoteSpan? open = null;
            int partStart = 0;
            for (int b = 0; b < body.Count; b++)
            {
                var t = body[b].Text;
                int i = 0;
                if (open != null)
                {
                    int f = FirstNonSpace(t);
                    if (f < t.Length && QuoteMarks.IsDoubleMark(t[f])) { partStart = f + 1; i = f + 1; }
                    else if (ClosesFirst(t)) { partStart = 0; i = 0; } // the line was broken inside the quotation
                    else { Unclosed(context, open); open = null; }
                }
                // only the double marks matter here: jump from one to the next
                var doubleMarks = t.IndexOfAny(RareDoubleMarks) < 0 ? CommonDoubleMarks : DoubleMarks; // the same marks in this text
                int nested = 0;
                for (i = NextMark(t, doubleMarks, i); i >= 0; i = NextMark(t, doubleMarks, i + 1))
                {
                    if (open == null) { open = new QuoteSpan { StartBlock = b, OpenPos = i }; partStart = i + 1; continue; }
                    if (nested > 0 && t[i] == '\u201D') { nested--; continue; }
                    if (OpensInside(t, i, open.StartBlock == b ? t[open.OpenPos] : '\u201C')) { nested++; continue; }
                    open.Parts.Add((b, partStart, i));
                    open.EndBlock = b;
                    open.ClosePos = i;
                    spans.Add(open);
                    open = null;
                }
                if (open == null) continue;
                open.Parts.Add((b, partStart, t.Length));
                if (!OpensWithMark(body, b + 1) && !(b + 1 < body.Count && ClosesFirst(body[b + 1].Text))) { Unclosed(context, open); open = null; }
            }
            return spans;
        }

        /// <summary>
        /// '“Belum ada kesepakatan dengan “Israel”,” kata X': inside a quotation opened with “, another “ after a space and before
        /// a letter opens a quotation within it, when two closing ” follow within 600 characters: its ” closes it, not the outer one.
        /// </summary>
        private static bool OpensInside(string t, int i, char outer)
        {
            if (outer != '\u201C' || t[i] != '\u201C' || i == 0 || !char.IsWhiteSpace(t[i - 1]) || i + 1 >= t.Length || !char.IsLetterOrDigit(t[i + 1])) return false;
            // (within a sentence's reach: a mark never makes the scan cost more than that)
            int closing = 0, reach = Math.Min(t.Length, i + 600);
            for (int k = i + 1; k < reach && closing < 2; k++) if (t[k] == '\u201D') closing++;
            return closing >= 2;
        }

        /// <summary>
        /// "Acara berlangsung empat jam,” ujar Kapolsek.": a block that goes on with a quotation left open above it, with no
        /// mark of its own before the words: its first double mark closes (glued to the word before it, not to the one after)
        /// and its double marks are odd in number.
        /// </summary>
        private static bool ClosesFirst(string t)
        {
            int first = NextMark(t, DoubleMarks, 0);
            if (first <= 0 || char.IsWhiteSpace(t[first - 1]) || first + 1 < t.Length && char.IsLetterOrDigit(t[first + 1])) return false;
            int count = 0;
            for (int i = first; i >= 0; i = NextMark(t, DoubleMarks, i + 1)) count++;
            return count % 2 == 1;
        }

        private static bool OpensWithMark(IReadOnlyList<BodyBlock> body, int b)
        {
            if (b >= body.Count) return false;
            var t = body[b].Text;
            int f = FirstNonSpace(t);
            return f < t.Length && QuoteMarks.IsDoubleMark(t[f]);
        }

        /// <summary>
        /// Single marks used as quotes of their own, outside double quotes (an apostrophe inside a word is none: Ma'ruf). Two
        /// single marks on each side (‘’…,’’) are a double mark typed as two: a full quotation, not a single-marked one.
        /// </summary>
        private static bool SingleMarked(string t, int b, bool[] mask, List<QuoteSpan> spans)
        {
            int openAt = -1;
            bool pairedOpen = false, any = false;
            // only the single marks matter here: jump from one to the next
            for (int i = NextMark(t, SingleMarks, 0); i >= 0; i = NextMark(t, SingleMarks, i + 1))
            {
                if (mask[i]) continue;
                char prev = i > 0 ? t[i - 1] : ' ';
                char next = i + 1 < t.Length ? t[i + 1] : ' ';
                if (char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next)) continue; // apostrophe: Ma'ruf, Jum'at
                bool canOpen = !char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next);
                bool canClose = !char.IsLetterOrDigit(next) && !char.IsWhiteSpace(prev);
                if (openAt < 0 && canOpen) { openAt = i; pairedOpen = i > 0 && QuoteMarks.IsSingleMark(t[i - 1]) && !mask[i - 1]; }
                else if (openAt >= 0 && canClose)
                {
                    // ("‘’Kalau hari biasa dapat upah, ’’ ungkap …": the pair closing after a space, its first mark passed over)
                    bool pairedBefore = pairedOpen && i - 1 > openAt + 1 && QuoteMarks.IsSingleMark(t[i - 1]) && !mask[i - 1];
                    bool paired = pairedOpen && (pairedBefore || i + 1 < t.Length && QuoteMarks.IsSingleMark(t[i + 1]));
                    int end = pairedBefore ? i - 1 : i;
                    var s = new QuoteSpan { StartBlock = b, OpenPos = paired ? openAt - 1 : openAt, EndBlock = b, ClosePos = paired && !pairedBefore ? i + 1 : i, Single = !paired };
                    s.Parts.Add((b, openAt + 1, end));
                    spans.Add(s);
                    openAt = -1;
                    if (paired) { if (!pairedBefore) i++; any = true; }
                }
            }
            return any;
        }

        /// <summary>
        /// As <see cref="Masks"/>, for reading only: the blocks no double-marked quote touches share one array of false values
        /// (at least as long as each of them), so only the blocks with quotes get arrays of their own.
        /// </summary>
        internal static bool[][] ReadOnlyMasks(List<QuoteSpan> spans, IReadOnlyList<BodyBlock> body)
        {
            var touched = new bool[body.Count];
            foreach (var s in spans)
            {
                if (s.Single) continue;
                for (int b = Math.Max(0, s.StartBlock); b <= s.EndBlock && b < body.Count; b++) touched[b] = true;
            }
            int longest = 0;
            for (int b = 0; b < body.Count; b++) if (!touched[b]) longest = Math.Max(longest, body[b].Text.Length);
            var none = new bool[longest];
            var masks = new bool[body.Count][];
            for (int b = 0; b < body.Count; b++) masks[b] = touched[b] ? new bool[body[b].Text.Length] : none;
            Fill(masks, spans, body);
            return masks;
        }

        /// <summary>For every block, the positions inside a double-marked quote of <paramref name="spans"/> (marks included); one pass over the spans.</summary>
        public static bool[][] Masks(List<QuoteSpan> spans, IReadOnlyList<BodyBlock> body)
        {
            var masks = new bool[body.Count][];
            for (int b = 0; b < body.Count; b++) masks[b] = new bool[body[b].Text.Length];
            Fill(masks, spans, body);
            return masks;
        }

        private static void Fill(bool[][] masks, List<QuoteSpan> spans, IReadOnlyList<BodyBlock> body)
        {
            foreach (var s in spans)
            {
                if (s.Single) continue;
                for (int b = Math.Max(0, s.StartBlock); b <= s.EndBlock && b < body.Count; b++)
                {
                    var mask = masks[b];
                    int from = s.StartBlock == b ? s.OpenPos : 0;
                    int to = s.EndBlock == b ? s.ClosePos : mask.Length - 1;
                    for (int i = Math.Max(0, from); i <= to && i < mask.Length; i++) mask[i] = true;
                }
            }
        }

        /// <summary>The characters of <see cref="QuoteMarks.IsDoubleMark"/> and <see cref="QuoteMarks.IsSingleMark"/>.</summary>
        private static readonly char[] DoubleMarks = { '"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u201F' };
        private static readonly char[] SingleMarks = { '\'', '\u2018', '\u2019', '\u201A', '\u201B' };

        /// <summary>The double marks split in two sets of at most five, which IndexOfAny searches fastest.</summary>
        private static readonly char[] CommonDoubleMarks = { '"', '\u201C', '\u201D', '\u00AB', '\u00BB' };
        private static readonly char[] RareDoubleMarks = { '\u201E', '\u201F' };

        /// <summary>The position of the first of <paramref name="marks"/> at or after <paramref name="from"/>, or -1.</summary>
        private static int NextMark(string t, char[] marks, int from) => from < t.Length ? t.IndexOfAny(marks, from) : -1;

        private static int FirstNonSpace(string t)
        {
            int i = 0;
            while (i < t.Length && char.IsWhiteSpace(t[i])) i++;
            return i;
        }

        private static void Unclosed(ArticleContext context, QuoteSpan open)
        {
            var block = context.Body[open.StartBlock];
            var (line, column) = block.At(open.OpenPos);
            context.Diagnostics.Add(Diagnostics.Create(DiagnosticIds.UnclosedQuote, line, column, 1,
                "this quotation mark opens a quote that is never closed in its paragraph (and the next paragraph does not continue it); add the closing mark or remove the stray one"));
        }
    }
}
