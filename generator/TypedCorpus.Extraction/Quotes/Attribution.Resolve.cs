using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;
using TypedCorpus.Extraction.People;

namespace TypedCorpus.Extraction.Quotes
{
    internal sealed partial class Attribution
    {
        /// <summary>The quote's parts, trimmed, the empty ones left out, joined by spaces.</summary>
        private string Text(QuoteSpan q)
        {
            string? first = null;
            System.Text.StringBuilder? joined = null;
            foreach (var p in q.Parts)
            {
                var part = TextSlices.Trimmed(_ctx.Body[p.Block].Text, p.From, Math.Max(0, p.To - p.From));
                if (part.Length == 0) continue;
                if (first == null) first = part;
                else (joined ??= new System.Text.StringBuilder(first)).Append(' ').Append(part);
            }
            return joined?.ToString() ?? first ?? "";
        }

        /// <summary>How many characters of its sentence on each side of a quote are searched for the attribution.</summary>
        internal const int ContextWindow = 500;

        private static int WindowStart(string t, int sentenceStart, int open)
        {
            if (open - sentenceStart <= ContextWindow) return sentenceStart;
            int k = open - ContextWindow;
            while (k < open && !char.IsWhiteSpace(t[k])) k++; // never start inside a word
            return k;
        }

        private static int WindowEnd(string t, int from, int sentenceEnd)
        {
            if (sentenceEnd - from <= ContextWindow) return sentenceEnd;
            int k = from + ContextWindow;
            while (k > from && !char.IsWhiteSpace(t[k - 1])) k--; // never end inside a word
            return k;
        }

        /// <summary>
        /// Attributes one quote and records it: the sieves of <see cref="AttributionSieves.Ordered"/> are tried in order on what
        /// the quote's sentence says around it, and the first that decides gives its kind, speakers and cue. Returns the speaker
        /// set when it is one named person.
        /// </summary>
        private string? Resolve(QuoteSpan q, out bool isExplicit)
        {
            isExplicit = false;
            var site = SiteOf(q);
            if (site == null) return null;
            _quoteText = site.Text;
            _quoteBlock = q.StartBlock;
            foreach (var sieve in AttributionSieves.Ordered)
            {
                if (!sieve.TryDecide(this, site, out var d)) continue;
                isExplicit = site.IsExplicit;
                return Emit(q, site.Text, d.Kind, d.Speakers, d.Verb, d.Addressee, d.Via, d.IsExplicit, sieve.Id);
            }
            throw new InvalidOperationException("the last attribution sieve decides every quote");
        }

        /// <summary>The quote's text and the words of its sentence before and after it, within the context window.</summary>
        private QuoteSite? SiteOf(QuoteSpan q)
        {
            var text = Text(q);
            if (text.Length == 0) return null;
            var body = _ctx.Body;
            var (s, _) = SentenceAt(q.StartBlock, q.OpenPos);
            var (_, e2) = SentenceAt(q.EndBlock, q.ClosePos);
            e2 = CapitalisedCueSentence(q, e2);
            // the attribution is looked for in the quote's sentence, within a window around the quote: a run-on "sentence"
            // of hostile length then costs a bounded amount per quote (news sentences are far shorter than the window)
            var outsideStart = _outside[q.StartBlock];
            s = WindowStart(outsideStart, s, q.OpenPos);
            int postFrom = Math.Min(q.ClosePos + 1, body[q.EndBlock].Text.Length);
            e2 = WindowEnd(_outside[q.EndBlock], postFrom, e2);
            string preText = outsideStart.Substring(s, q.OpenPos - s);
            string postText = _outside[q.EndBlock].Substring(postFrom, Math.Max(0, e2 - postFrom));
            var preToks = _pre.Set(OutsideTokens(q.StartBlock, s, q.OpenPos), q.StartBlock, s, q.OpenPos);
            var postToks = _post.Set(OutsideTokens(q.EndBlock, postFrom, Math.Max(postFrom, e2)), q.EndBlock, postFrom, Math.Max(postFrom, e2));
            return new QuoteSite(q, text, preText, preToks, postText, postToks, Via(preToks) ?? Via(postToks));
        }

        /// <summary>
        /// '"… saya." Ucap Budi dengan …': a quotation closing its sentence with nothing after it, then a sentence opening with a
        /// cue of saying written with a capital: the cue's sentence is the quote's attribution (its end is returned instead of
        /// <paramref name="end"/>).
        /// </summary>
        private int CapitalisedCueSentence(QuoteSpan q, int end)
        {
            var text = _outside[q.EndBlock];
            int k = Math.Min(q.ClosePos + 1, text.Length);
            while (k < end && char.IsWhiteSpace(text[k])) k++;
            if (k < end || end >= text.Length) return end;
            int w = end;
            while (w < text.Length && char.IsWhiteSpace(text[w])) w++;
            int we = w;
            while (we < text.Length && char.IsLetter(text[we])) we++;
            if (we == w || !char.IsUpper(text[w]) || we >= text.Length || !(NameScanner.Cue(text.Substring(w, we - w)) is { } cue)) return end;
            // the cue's name follows it ("Ucap Budi"), or the cue points back ("Katanya."); "Demikian disampaikan …" is a sentence of its own
            int sentenceEnd = SentenceAt(q.EndBlock, w).End;
            if (cue.Nya) return sentenceEnd;
            // and a name the clause closes ("Ucap Budi dengan …", not "Kata Sambutan dibacakan …")
            var toks = OutsideTokens(q.EndBlock, we, sentenceEnd);
            return NameScanner.NameClosesCue(toks, 0) ? sentenceEnd : end;
        }

        /// <summary>Reports a quoted statement that no cue and no earlier sentence attributes (TC0005).</summary>
        internal void ReportUnattributed(QuoteSpan q)
        {
            var block = _ctx.Body[q.StartBlock];
            var (line, column) = block.At(q.OpenPos);
            _ctx.Diagnostics.Add(Diagnostics.Create(DiagnosticIds.UnattributedQuote, line, column, 1,
                "this quoted statement has no attribution and no earlier sentence names a speaker; add a cue such as '\", kata <nama>.' or name the speaker in the sentence before"));
        }
    }
}
