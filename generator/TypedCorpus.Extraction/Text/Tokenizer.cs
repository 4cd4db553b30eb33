using System.Collections.Generic;

namespace TypedCorpus.Extraction
{
    /// <summary>
    /// The engine's tokenizer: one linear scan of a text into <see cref="Tok"/> values (no regular expressions), with two
    /// views of the same characters. <see cref="Names"/> (the people and quote steps) gives words and punctuation marks;
    /// <see cref="Words"/> (the agreement step) gives words only, with its own joins. Both take each word's facts (digit,
    /// capital, own lower case) and its string's hash while its end is found, with the same tests as <see cref="char"/>'s,
    /// into a per-thread buffer copied once into a list of the exact size.
    /// </summary>
    /// <remarks>
    /// The views differ where the steps need different words. A word starts at a letter or digit in both. <see cref="Names"/>
    /// joins word characters across one '-', '\'' or '’' between two of them ("Jun-ho", "Ma'ruf"), and every other character
    /// but white space is a one-character token. <see cref="Words"/> also takes '_' after a word's first character and joins
    /// across '.' and '/' as well, before a letter or digit; but it splits at a hyphen before a capital ("Rusia-China") and at
    /// a period unless the word so far is one capital ("A.S"), and it skips punctuation.
    /// </remarks>
    internal static class Tokenizer
    {
        /// <summary>Words and punctuation marks, in order (the people and quote steps' view).</summary>
        public static TokenList Names(string s) => Scan(s, names: true);

        /// <summary>Words only, in order (the agreement step's view).</summary>
        public static TokenList Words(string s) => Scan(s, names: false);

        private static ref ScratchBuffer<Tok>? Buffer => ref Scratch.Current.Tokens;

        private static TokenList Scan(string s, bool names)
        {
            var buf = Buffer ??= new ScratchBuffer<Tok>(256);
            buf.Clear();
            var cache = TokenStrings.Cache;
            int i = 0, n = s.Length;
            while (i < n)
            {
                char c = s[i];
                int cls = CharClass(c);
                if ((cls & WordChar) != 0)
                {
                    int j = names ? NameWordEnd(s, i, out int facts, out uint hash) : WordEnd(s, i, out facts, out hash);
                    var text = TokenStrings.Of(cache, s, i, j - i, hash);
                    buf.Add(new Tok(i, text, WordFacts(c, cls, facts, text)));
                    i = j;
                }
                else
                {
                    // not a word character, so no digit, no capital
                    if (names && (cls & Space) == 0) buf.Add(new Tok(i, TokenStrings.Of(c), (cls & NotLower) == 0 ? Tok.OwnLowerFact : (byte)0));
                    i++;
                }
            }
            var list = new TokenList(buf.Items, buf.Count); // one copy of exactly the tokens
            if (buf.Oversized) Buffer = null;
            return list;
        }

        /// <summary>A word's facts from its first character and the classes of all its characters (joiners included).</summary>
        private static byte WordFacts(char first, int firstClass, int facts, string text)
        {
            bool digit = (facts & Digit) != 0;
            bool cap = !digit && ((firstClass & Upper) != 0 || MayOpenArabicArticle(first) && Tok.ArabicArticleName(text));
            return (byte)(Tok.WordFact | (digit ? Tok.DigitFact : 0) | (cap ? Tok.CapFact : 0) | ((firstClass & Upper) != 0 ? Tok.UpperFact : 0)
                | ((facts & NotLower) == 0 ? Tok.OwnLowerFact : 0));
        }

        // Character classes: Space = char.IsWhiteSpace; WordChar = char.IsLetterOrDigit; Digit = char.IsDigit; Underscore = '_';
        // Upper = char.IsUpper; NotLower = a character that ToLowerInvariant may change (A-Z, or anything outside ASCII).
        private const byte Space = 1, WordChar = 2, Digit = 4, Underscore = 8, Upper = 16, NotLower = 32;

        private static readonly CharClassTable Classes = new CharClassTable(c =>
            (byte)((char.IsWhiteSpace(c) ? Space : 0) | (char.IsLetterOrDigit(c) ? WordChar : 0) | (char.IsDigit(c) ? Digit : 0)
                | (c == '_' ? Underscore : 0) | (char.IsUpper(c) ? Upper : 0) | (c >= 0x80 || (c >= 'A' && c <= 'Z') ? NotLower : 0)));

        private static int CharClass(char c) => Classes.Of(c);

        /// <summary>Every article <see cref="Tok.ArabicArticleName"/> accepts ("al", "el", "ud" …) starts with a, e or u.</summary>
        private static bool MayOpenArabicArticle(char c) => c == 'a' || c == 'e' || c == 'u';

        private static bool IsNameJoiner(char c) => c == '-' || c == '\'' || c == '\u2019';

        /// <summary>
        /// <see cref="Names"/>: the end of the word starting at <paramref name="i"/>: word characters, joined across one joiner
        /// between two of them; the classes of its characters; and the word's <see cref="TokenStrings.Hash"/>.
        /// </summary>
        private static int NameWordEnd(string s, int i, out int facts, out uint hash)
        {
            char first = s[i];
            facts = CharClass(first);
            hash = TokenStrings.Hash(TokenStrings.EmptyHash, first);
            int j = i + 1, n = s.Length;
            while (j < n)
            {
                char c = s[j];
                int cls = CharClass(c);
                if ((cls & WordChar) != 0) { facts |= cls; hash = TokenStrings.Hash(hash, c); j++; continue; }
                if (IsNameJoiner(c) && j + 1 < n && (CharClass(s[j + 1]) & WordChar) != 0 && (CharClass(s[j - 1]) & WordChar) != 0)
                {
                    char next = s[j + 1];
                    facts |= cls | CharClass(next);
                    hash = TokenStrings.Hash(TokenStrings.Hash(hash, c), next);
                    j += 2;
                    continue;
                }
                break;
            }
            return j;
        }

        /// <summary>
        /// <see cref="Words"/>: the end of the word that starts at <paramref name="start"/> (a letter or digit); the classes of its
        /// characters; and the word's <see cref="TokenStrings.Hash"/>.
        /// </summary>
        private static int WordEnd(string s, int start, out int facts, out uint hash)
        {
            int i = start, n = s.Length, f = 0;
            uint h = TokenStrings.EmptyHash;
            while (i < n)
            {
                char c = s[i];
                int cls = CharClass(c);
                if ((cls & (WordChar | Underscore)) != 0) { f |= cls; h = TokenStrings.Hash(h, c); i++; continue; }
                if ((c == '-' || c == '\'' || c == '’' || c == '.' || c == '/') && i + 1 < n && (CharClass(s[i + 1]) & WordChar) != 0)
                {
                    // split "Rusia-China" (capital after the hyphen), keep "Jun-ho", "kerja-sama"
                    if (c == '-' && (CharClass(s[i + 1]) & Upper) != 0) break;
                    if (c == '.' && !(i - start == 1 && (CharClass(s[start]) & Upper) != 0)) break;
                    f |= cls; h = TokenStrings.Hash(h, c); i++;
                    continue;
                }
                break;
            }
            facts = f;
            hash = h;
            return i;
        }
    }
}
