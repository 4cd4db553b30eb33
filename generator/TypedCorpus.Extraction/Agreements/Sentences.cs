using System;
using System.Collections.Generic;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>A sentence of a body block.</summary>
    internal sealed class Sent
    {
        /// <summary>The sentence <paramref name="span"/> of block <paramref name="blockIndex"/>, from the article's analysed text.</summary>
        public Sent(BodyBlock block, int blockIndex, SentenceSpan span)
        {
            Block = block; BlockIndex = blockIndex; Start = span.Start; Text = span.Text; Toks = SigningSpelling.Join(span.Words);
        }

        /// <summary>A sentence on its own (tests): its words are tokenized here.</summary>
        public Sent(BodyBlock block, int blockIndex, int start, string text)
            : this(block, blockIndex, new SentenceSpan(start, text, Tokenizer.Words(text))) { }

        public BodyBlock Block { get; }
        public int BlockIndex { get; }
        public int Start { get; }
        public string Text { get; }
        /// <summary>The sentence's words (<see cref="Tokenizer.Words"/>, a split signing word joined: <see cref="SigningSpelling"/>), offsets in <see cref="Text"/>.</summary>
        public TokenList Toks { get; }
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
}
