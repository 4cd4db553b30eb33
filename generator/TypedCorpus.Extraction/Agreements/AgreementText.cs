using System.Collections.Generic;
using System.Text;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>The agreement step's helpers over a sentence's words (<see cref="Tokenizer.Words"/>).</summary>
    internal static class AgreementText
    {
        /// <summary>True when only spaces separate two tokens (no comma, bracket or other punctuation).</summary>
        public static bool Adjacent(string text, Tok a, Tok b)
        {
            for (int k = a.End; k < b.Start; k++) if (!char.IsWhiteSpace(text[k])) return false;
            return true;
        }

        /// <summary>True when a closing bracket stands between two tokens ("(MoU), bersama": the short form closed before the next word).</summary>
        public static bool BracketBetween(string text, Tok a, Tok b) => text.IndexOf(')', a.End, b.Start - a.End) >= 0;

        private static ref StringBuilder? JoinText => ref Scratch.Current.JoinText; // Join's buffer (only its string is kept)

        public static string Join(TokenList toks, int from, int to)
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
