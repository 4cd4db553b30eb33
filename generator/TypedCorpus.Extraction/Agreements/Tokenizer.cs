using System.Collections.Generic;
using System.Text;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>The agreement step's tokenizer: one linear scan of a sentence into <see cref="Tok"/> values.</summary>
    internal static class AgreementTokenizer
    {
        private static ref ScratchBuffer<Tok>? SentenceTokens => ref Scratch.Current.SentenceTokens;

        /// <summary>
        /// The words of <paramref name="s"/>: runs of letters and digits (and '_' after the first), joined across one joiner
        /// (see <see cref="WordEnd"/>). One scan: each word's capital, its lower-case facts and its string's hash are taken while
        /// its end is found (the same tests as <see cref="char"/>'s), into a per-thread buffer copied once into a list of the
        /// exact size.
        /// </summary>
        public static List<Tok> Tokenize(string s)
        {
            var buf = SentenceTokens ??= new ScratchBuffer<Tok>(128);
            buf.Clear();
            int i = 0, n = s.Length;
            while (i < n)
            {
                int cls = CharClass(s[i]);
                if ((cls & WordStart) == 0) { i++; continue; }
                int start = i;
                i = WordEnd(s, i, out uint hash, out bool ownLower);
                var text = TokenStrings.Of(s, start, i - start, hash);
                buf.Add(new Tok(start, text, ownLower ? text : LowerOf(text), (cls & Cap) != 0));
            }
            var list = new List<Tok>(buf); // one copy of exactly the words
            if (buf.Oversized) SentenceTokens = null;
            return list;
        }

        // Character classes: WordStart = char.IsLetterOrDigit; WordPart = that or '_'; Cap = char.IsUpper; NotLower = a character
        // that ToLowerInvariant may change (A-Z, or anything outside ASCII: in ASCII it changes only A-Z).
        private const byte WordStart = 1, WordPart = 2, Cap = 4, NotLower = 8;

        private static readonly CharClassTable Classes = new CharClassTable(c =>
            (byte)((char.IsLetterOrDigit(c) ? WordStart | WordPart : c == '_' ? WordPart : 0) | (char.IsUpper(c) ? Cap : 0)
                | (c >= 0x80 || (c >= 'A' && c <= 'Z') ? NotLower : 0)));

        private static int CharClass(char c) => Classes.Of(c);

        /// <summary>
        /// The end of the word that starts at <paramref name="start"/> (a letter or digit); the <see cref="TokenStrings.Hash"/>
        /// of its characters; and whether it is its own lower-case form (no character <see cref="NotLower"/>).
        /// </summary>
        private static int WordEnd(string s, int start, out uint hash, out bool ownLower)
        {
            int i = start, n = s.Length, facts = 0;
            uint h = TokenStrings.EmptyHash;
            while (i < n)
            {
                char c = s[i];
                int cls = CharClass(c);
                if ((cls & WordPart) != 0) { facts |= cls; h = TokenStrings.Hash(h, c); i++; continue; }
                if ((c == '-' || c == '\'' || c == '’' || c == '.' || c == '/') && i + 1 < n && (CharClass(s[i + 1]) & WordStart) != 0)
                {
                    // split "Rusia-China" (capital after the hyphen), keep "Jun-ho", "kerja-sama"
                    if (c == '-' && (CharClass(s[i + 1]) & Cap) != 0) break;
                    if (c == '.' && !(i - start == 1 && (CharClass(s[start]) & Cap) != 0)) break;
                    facts |= cls; h = TokenStrings.Hash(h, c); i++;
                    continue;
                }
                break;
            }
            hash = h;
            ownLower = (facts & NotLower) == 0;
            return i;
        }

        // Lower-case forms of token strings, shared per thread: most token strings are the shared instances of TokenStrings, and
        // ToLowerInvariant makes a new string for every capitalised word. A memo keyed by the string instance hands back the lower
        // form made before; the lower form depends only on the text, so the answer is the same. (A word that is its own lower
        // form, most words, is found so by the tokenizer and never asked about.)
        private static ref MemoSlot<string>[]? LowerMemo => ref Scratch.Current.LowerMemo;

        /// <summary><c>text.ToLowerInvariant()</c>, or an equal string made before.</summary>
        private static string LowerOf(string text)
        {
            ref var slot = ref InstanceMemo.Slot(ref LowerMemo, text, out bool fresh);
            if (fresh) slot.Value = text.ToLowerInvariant();
            return slot.Value;
        }

        /// <summary>True when only spaces separate two tokens (no comma, bracket or other punctuation).</summary>
        public static bool Adjacent(string text, Tok a, Tok b)
        {
            for (int k = a.End; k < b.Start; k++) if (!char.IsWhiteSpace(text[k])) return false;
            return true;
        }

        private static ref StringBuilder? JoinText => ref Scratch.Current.JoinText; // Join's buffer (only its string is kept)

        public static string Join(List<Tok> toks, int from, int to)
        {
            if (to - from == 1) return toks[from].Text; // one word: the joined text is the word
            var sb = JoinText ??= new StringBuilder();
            sb.Clear();
            for (int k = from; k < to; k++) { if (k > from) sb.Append(' '); sb.Append(toks[k].Text); }
            var joined = sb.ToString();
            if (sb.Capacity > 1 << 16) JoinText = null; // a huge text's buffer is not kept
            return joined;
        }
    }
}
