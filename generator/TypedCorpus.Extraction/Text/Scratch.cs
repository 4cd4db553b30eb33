using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction
{
    /// <summary>
    /// The engine's working memory for one thread: token buffers reused from article to article, and the memo tables of pure
    /// per-word answers (<see cref="InstanceMemo"/>). It is the only per-thread state of the engine: rule code reaches a table
    /// through <see cref="Current"/> and never declares a cache of its own, so a rule reads as a function of its text. Every
    /// table holds answers of pure functions of the text (a kept answer is the answer) and every buffer is cleared by its user
    /// before use; nothing here carries facts from one article into the next.
    /// </summary>
    internal sealed class Scratch
    {
        [ThreadStatic] private static Scratch? _current;

        /// <summary>This thread's scratch (made on first use; the compiler server's threads live long, so buffers grown by a
        /// huge text are dropped by their users, see <see cref="ScratchBuffer{T}.Oversized"/>).</summary>
        public static Scratch Current => _current ??= new Scratch();

        // Dates (IndonesianDates.Find): the dates found in a text, by text instance.
        public MemoSlot<IReadOnlyList<DateMention>?>[]? DateMemo;

        // Content hash (ArticleExtractor): the UTF-8 buffer and the hash algorithm.
        public byte[]? HashBuffer;
        public SHA256? HashAlgorithm;

        // Tokens (Tokenizer) and their lower-case forms (TokenStrings.LowerOf).
        public ScratchBuffer<Tok>? Tokens;
        public MemoSlot<string>[]? LowerMemo;
        public char[]? LowerChars;

        // Quotes (Attribution): a block's text with its quotations blanked, being made.
        public char[]? BlankedText;

        // Person names (NameScanner): attribution cues by word, the current name run.
        public MemoSlot<(string? Base, bool Nya)>[]? CueMemo;
        public List<int>? NameRun;

        // Lexicons: countries and seats of power, word classes.
        public MemoSlot<(string? Canonical, string? Seat)>[]? CountryMemo;
        public MemoSlot<(NameLexicon.WordClass Asked, NameLexicon.WordClass Has)>[]? WordClassMemo;

        // Agreements (AgreementText, MentionLexicon, CoordinatedRuns): country runs, word lexicon flags, joins and entity runs.
        public Dictionary<(string, string?, string?, string?), (int Length, string Country)>? CountryCache;
        public MemoSlot<byte>[]? LexiconMemo;
        public StringBuilder? JoinText;
        public byte[]? JoinBytes;
        public int[]? LastStrong;
        public char[]? GapChars;
    }
}
