using System;

namespace TypedCorpus.Extraction
{
    /// <summary>A token of a text (a word, or with <see cref="Tokenizer.Names"/> also a punctuation mark), with its offsets and facts.</summary>
    /// <remarks>
    /// A token's text is exactly the characters it spans, so its end is its start plus the text's length and is not stored; the
    /// facts share a byte. Sixteen bytes a token: token lists are the scanners' largest allocation. The lower-case form is
    /// not stored either: most words are their own lower-case form (a fact), and the others' is kept per thread by string
    /// instance (<see cref="TokenStrings.LowerOf"/>).
    /// </remarks>
    public readonly struct Tok
    {
        internal const byte WordFact = 1, DigitFact = 2, CapFact = 4, UpperFact = 8, OwnLowerFact = 16;
        private readonly string _text;
        private readonly int _start;
        private readonly byte _facts;

        internal Tok(int start, string text, byte facts) { _start = start; _text = text; _facts = facts; }
        /// <summary>The same token, its offsets moved by <paramref name="delta"/>.</summary>
        internal Tok Shift(int delta) => new Tok(_start + delta, _text, _facts);
        public int Start => _start;
        /// <summary>The end of the token: the text is the characters from <see cref="Start"/> to here.</summary>
        public int End => _start + _text.Length;
        public string Text => _text;
        /// <summary><c>Text.ToLowerInvariant()</c> (or an equal string).</summary>
        public string Lower => (_facts & OwnLowerFact) != 0 ? _text : TokenStrings.LowerOf(_text);
        public bool IsWord => (_facts & WordFact) != 0;
        /// <summary>A capitalised word without digits, or an Arabic name with its article (<see cref="ArabicArticleName"/>).</summary>
        public bool IsCap => (_facts & CapFact) != 0;
        /// <summary><c>char.IsUpper(Text[0])</c>.</summary>
        public bool Upper => (_facts & UpperFact) != 0;
        public bool HasDigit => (_facts & DigitFact) != 0;
        /// <summary>A transliterated Arabic name with its lower-case article: "al-Harbi", "el-Sisi", "ad-Dawsari", "as-Sudais".</summary>
        internal static bool ArabicArticleName(string t)
        {
            int dash = t.IndexOf('-');
            if (dash < 2 || dash > 3 || dash + 1 >= t.Length || !char.IsUpper(t[dash + 1])) return false;
            var article = t.Substring(0, dash);
            return article is "al" or "el" or "ad" or "ar" or "as" or "at" or "az" or "an" or "ash" or "ath" or "ul" or "ud";
        }
        /// <summary>The token is <paramref name="s"/>, ignoring case; a text of another length never is (then no comparison is made).</summary>
        public bool Is(string s) => _text?.Length == s?.Length && string.Equals(_text, s, StringComparison.OrdinalIgnoreCase);
        public override string ToString() => _text;
    }
}
