using System;
using System.Collections.Generic;

namespace TypedCorpus.Extraction
{
    /// <summary>
    /// The text analysis of an article's body, made once by the pipeline right after the structure stage and read by the
    /// quote, people and agreement steps: for each body block, its tokens and its sentences (none for a heading) with their words. Read-only
    /// once made.
    /// </summary>
    internal sealed class AnalysedText
    {
        private readonly AnalysedBlock[] _blocks;

        public AnalysedText(IReadOnlyList<BodyBlock> body)
        {
            _blocks = new AnalysedBlock[body.Count];
            var split = new List<(int Start, string Text)>(); // each block's sentences, in turn
            for (int b = 0; b < body.Count; b++) _blocks[b] = new AnalysedBlock(body[b], split);
        }

        /// <summary>The body blocks' analyses, in the order of <see cref="ArticleContext.Body"/>.</summary>
        public IReadOnlyList<AnalysedBlock> Blocks => _blocks;
    }

    /// <summary>A body block's tokens and sentences.</summary>
    internal sealed class AnalysedBlock
    {
        private static readonly SentenceSpan[] NoSentences = new SentenceSpan[0];
        private readonly SentenceSpan[] _sentences;

        /// <param name="split">A list to split sentences into (cleared first; its contents are not kept).</param>
        public AnalysedBlock(BodyBlock block, List<(int Start, string Text)> split)
        {
            Block = block;
            Tokens = Tokenizer.Names(block.Text);
            if (block.Kind == BodyBlockKind.Heading) { _sentences = NoSentences; return; }
            SentenceSplitter.Split(block.Text, split);
            _sentences = new SentenceSpan[split.Count];
            for (int i = 0; i < split.Count; i++) _sentences[i] = new SentenceSpan(split[i].Start, split[i].Text, Tokenizer.Words(split[i].Text));
        }

        public BodyBlock Block { get; }

        /// <summary>The block text's words and punctuation marks (<see cref="Tokenizer.Names"/>), offsets in the block's text.</summary>
        public TokenList Tokens { get; }

        /// <summary>The block's sentences (<see cref="SentenceSplitter"/>), in order; none for a heading.</summary>
        public IReadOnlyList<SentenceSpan> Sentences => _sentences;
    }

    /// <summary>
    /// A sentence of a body block: where it starts in the block's text, its text, and its words (<see cref="Tokenizer.Words"/>,
    /// offsets in the sentence's text). A value: a block's sentences are one array.
    /// </summary>
    internal readonly struct SentenceSpan
    {
        public SentenceSpan(int start, string text, TokenList words) { Start = start; Text = text; Words = words; }
        public int Start { get; }
        public string Text { get; }
        public TokenList Words { get; }
    }
}
