using System.Collections.Generic;
using TypedCorpus.Extraction.People;

namespace TypedCorpus.Extraction.Quotes
{
    /// <summary>
    /// One attribution rule: given what a quote's sentence says around it, it either decides the quote (its kind, speakers, cue)
    /// or passes it to the next sieve of <see cref="AttributionSieves.Ordered"/>. A sieve is pure apart from the speaker lookups
    /// it asks of <see cref="Attribution"/>.
    /// </summary>
    internal abstract class AttributionSieve
    {
        /// <summary>The rule id a quote it decides records (<see cref="QuoteModel.Rule"/>), one of <see cref="QuoteRules"/>.</summary>
        public abstract string Id { get; }

        /// <summary>What the sieve matches, for <c>typedcorpus explain</c> and the docs.</summary>
        public abstract string Description { get; }

        /// <summary>A short paragraph this sieve decides (with the kind it gives): the rule's own example, run by the tests.</summary>
        public abstract (string Paragraph, QuoteKind Kind) Example { get; }

        public abstract bool TryDecide(Attribution a, QuoteSite site, out Decision decision);

        /// <summary>Skips commas and dashes after the closing mark: the index of the first word of the text after the quote.</summary>
        protected static int FirstAfter(TokenList toks)
        {
            int w = 0;
            while (w < toks.Count && !toks[w].IsWord && (toks[w].Text == "," || toks[w].Text == "-" || toks[w].Text == "\u2014" || toks[w].Text == "\u2013")) w++;
            return w == 0 ? CueAfterMarks(toks) : w;
        }

        /// <summary>
        /// Where the cue stands behind a stop or a bracket, else 0: '"… ini". ucap Kaspul' (a stop outside the closing mark, then a
        /// verb of saying in small letters: no sentence starts there, so the stop stands for the comma); '"…,"(Ungkapnya).' and
        /// '"…".(imbuhnya)' (the cue alone in brackets).
        /// </summary>
        private static int CueAfterMarks(TokenList toks)
        {
            int i = toks.Count > 0 && toks[0].Text == "." ? 1 : 0;
            // (a cue in "-nya" only: '"Sang Penjaga Sungai" (Kisah)' is a label)
            if (i < toks.Count && toks[i].Text == "(")
                return i + 2 < toks.Count && toks[i + 1].IsWord && toks[i + 2].Text == ")" && NameScanner.Cue(toks[i + 1].Text.ToLowerInvariant()) is { Nya: true } ? i + 1 : 0;
            return i == 1 && toks.Count > 1 && toks[1].IsWord && !toks[1].IsCap && NameScanner.Cue(toks[1].Text) is not null ? 1 : 0;
        }

        /// <summary>A full quotation (not a single-marked one) closed by a clause end or followed by a comma, with words after.</summary>
        protected static bool HasCueSlot(QuoteSite s, int w) =>
            !s.Span.Single && w < s.PostToks.Count && s.PostToks[w].IsWord && (s.EndsClause || (s.PostToks.Count > 0 && s.PostToks[0].Text == ",") || CueAfterMarks(s.PostToks) is int c && c > 0 && (Words(s.Text) >= 4 || c + 1 < s.PostToks.Count && s.PostToks[c + 1].IsCap) || OpensSentenceWithoutComma(s) || IntroducedWithoutComma(s) || SentenceAfterLostStop(s) || CueAndNameBefore(s));

        /// <summary>How many words <paramref name="text"/> has (a quoted label has few: '"Sukamaju Melayani". pesan singkat …').</summary>
        private static int Words(string text)
        {
            int n = 0;
            for (int i = 0; i < text.Length; i++) if (char.IsLetterOrDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))) n++;
            return n;
        }

        /// <summary>
        /// 'Sambung Yogi “tentu saja hal ini tidak kita biarkan …” tukasnya.': a cue and a name alone before the quotation, its
        /// comma forgotten, then the cue after it: the whole clause is quoted, whatever its first letter.
        /// </summary>
        private static bool CueAndNameBefore(QuoteSite s)
        {
            var pre = s.PreToks;
            int first = 0;
            while (first < pre.Count && !pre[first].IsWord) first++;
            if (first >= pre.Count || NameScanner.Cue(pre[first].Text) is not { Nya: false }) return false;
            int names = 0;
            for (int i = first + 1; i < pre.Count; i++)
            {
                if (!pre[i].IsWord || !pre[i].IsCap) return false;
                names++;
            }
            return names is >= 1 and <= 4;
        }

        /// <summary>
        /// '… pada Sabtu dan Minggu ini “Untuk Sabtu dan Minggu, KBS memberikan hadiah bagi pengunjung …” kata X': a quoted
        /// sentence (a capital, six words or more, most in small letters) after text whose stop was forgotten, then the cue with
        /// its comma forgotten too: the whole sentence is quoted.
        /// </summary>
        private static bool SentenceAfterLostStop(QuoteSite s)
        {
            var pre = s.PreText.TrimEnd();
            return pre.Length > 0 && char.IsLetterOrDigit(pre[pre.Length - 1]) && OwnSentenceSieve.IsSentenceUnpunctuated(s.Text, 6);
        }

        /// <summary>
        /// 'Budi berpesan, "jaga nama baik sekolah …" tuturnya.': a quotation of four words or more introduced by a comma or a
        /// colon, then the cue with its comma forgotten: the whole clause is quoted.
        /// </summary>
        private static bool IntroducedWithoutComma(QuoteSite s)
        {
            var pre = s.PreText.TrimEnd();
            if (pre.Length == 0 || pre[pre.Length - 1] != ',' && pre[pre.Length - 1] != ':') return false;
            int words = 0;
            foreach (var part in s.Text.Split(' ')) if (part.Length > 0 && ++words >= 4) return true;
            return false;
        }

        /// <summary>'"Kentang juga harganya normal" tambahnya.': a quotation of four words or more opening its sentence, its comma forgotten.</summary>
        private static bool OpensSentenceWithoutComma(QuoteSite s)
        {
            foreach (char c in s.PreText) if (!char.IsWhiteSpace(c)) return false;
            int words = 0; // the parts of s.Text.Split(' ') that are not empty, counted where each starts
            for (int k = 0; k < s.Text.Length; k++)
                if (s.Text[k] != ' ' && (k == 0 || s.Text[k - 1] == ' ') && ++words >= 4) return true;
            return false;
        }

        /// <summary>A full quotation with nothing after it in its sentence, introduced by a colon or a comma.</summary>
        protected static bool IntroducedBefore(QuoteSite s)
        {
            if (s.Span.Single || !s.PostEmpty) return false;
            var pre = s.PreText.TrimEnd();
            return pre.Length > 0 && (pre[pre.Length - 1] == ':' || pre[pre.Length - 1] == ',');
        }
    }

    /// <summary>What a sieve decided for a quote.</summary>
    internal readonly struct Decision
    {
        public Decision(QuoteKind kind, List<string> speakers, string? verb, string? addressee, string? via, bool isExplicit)
        {
            Kind = kind; Speakers = speakers; Verb = verb; Addressee = addressee; Via = via; IsExplicit = isExplicit;
        }

        public QuoteKind Kind { get; }
        public List<string> Speakers { get; }
        public string? Verb { get; }
        public string? Addressee { get; }
        public string? Via { get; }

        /// <summary>The speaker was named in the attribution itself (not taken from the sentences before).</summary>
        public bool IsExplicit { get; }

        public static Decision Term() => new Decision(QuoteKind.Term, new List<string>(), null, null, null, false);
    }

    /// <summary>A quote as the sieves see it: its text, and the words of its sentence before and after it.</summary>
    internal sealed class QuoteSite
    {
        public QuoteSite(QuoteSpan span, string text, string preText, TokenList preToks, string postText, TokenList postToks, string? via)
        {
            Span = span; Text = text; PreText = preText; PreToks = preToks; PostText = postText; PostToks = postToks; Via = via;
            var last = text[text.Length - 1];
            EndsClause = last == ',' || last == '.' || last == '?' || last == '!' || last == ';';
            PreEmpty = !AnyWord(preToks);
            PostEmpty = !AnyWord(postToks) || IsEditorTag(postToks);
        }

        /// <summary>'… menikmatinya." (umi)' / '(esy/jpnn)': the editor's initials in brackets closing a paragraph say nothing.</summary>
        private static bool IsEditorTag(TokenList toks)
        {
            int i = 0;
            while (i < toks.Count && !toks[i].IsWord && toks[i].Text != "(") i++;
            if (i >= toks.Count || toks[i].Text != "(") return false;
            int words = 0;
            for (i++; i < toks.Count && toks[i].Text != ")"; i++)
            {
                if (toks[i].IsWord) { if (++words > 3 || toks[i].IsCap || toks[i].HasDigit || toks[i].Text.Length > 6) return false; }
                else if (toks[i].Text != "/" && toks[i].Text != "-") return false;
            }
            if (i >= toks.Count || words == 0) return false;
            for (i++; i < toks.Count; i++) if (toks[i].IsWord) return false;
            return true;
        }

        public QuoteSpan Span { get; }
        public string Text { get; }
        public string PreText { get; }
        public TokenList PreToks { get; }
        public string PostText { get; }
        public TokenList PostToks { get; }

        /// <summary>The medium the quote was taken from ("dikutip dari …"), before or after it.</summary>
        public string? Via { get; }

        /// <summary>The quote's text ends a clause (comma, full stop, question or exclamation mark, semicolon).</summary>
        public bool EndsClause { get; }

        public bool PreEmpty { get; }
        public bool PostEmpty { get; }

        /// <summary>Set by the speaker lookups a sieve asks for: the speaker was named in the attribution itself.</summary>
        public bool IsExplicit;

        private static bool AnyWord(TokenList toks)
        {
            foreach (var t in toks) if (t.IsWord) return true;
            return false;
        }
    }
}
