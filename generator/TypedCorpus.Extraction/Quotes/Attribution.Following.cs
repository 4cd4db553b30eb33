using System;
using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;
using TypedCorpus.Extraction.People;

namespace TypedCorpus.Extraction.Quotes
{
    internal sealed partial class Attribution
    {
        /// <summary>
        /// '"…," uja' ending the article: a quotation closed by its comma, then one lower-case word that begins a cue of saying
        /// and ends the last block (the page was cut off there): a cue whose word is lost, said by the subject as "-nya" is.
        /// </summary>
        internal bool CutCue(QuoteSite s, int w)
        {
            var post = s.PostToks;
            if (w != post.Count - 1 || s.Span.EndBlock != _ctx.Body.Count - 1 || !s.Text.EndsWith(",", StringComparison.Ordinal)) return false;
            var word = post[w];
            if (!word.IsWord || word.IsCap || word.Text.Length < 2 || !_ctx.Body[s.Span.EndBlock].Text.TrimEnd().EndsWith(word.Text, StringComparison.Ordinal)) return false;
            foreach (var c in NameScanner.CueBases)
                if (c.Length > word.Text.Length && c.StartsWith(word.Text, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        /// <summary>"Kuncinya", "Sukanya": is the word alone a person of the article?</summary>
        internal bool NamesPerson(string word) => FindPerson(new[] { word }) != null;

        /// <summary>
        /// The speaker named by the sentence right after a quote that is its own sentence, when that sentence says so: "Demikian
        /// disampaikan koordinator Hasan Narahaubun kepada media ini.", or, opening the next paragraph, "Hal itu disampaikan
        /// Kepala Dinas … Andi Baso di Balai Kota." ("Hal senada disampaikan …" says that somebody else said the like, and is no
        /// such sentence); or a cue opening a short sentence after it ("Kata Pangdam."). Null when the next sentence is no such attribution.
        /// </summary>
        internal List<string>? SpeakerOfFollowingSentence(QuoteSpan q)
        {
            int b = q.EndBlock;
            var (_, end) = SentenceAt(b, q.ClosePos);
            var text = _outside[b];
            bool nextBlock = end >= text.Length;
            if (nextBlock)
            {
                // the quote ends its paragraph: the next paragraph's first sentence
                if (++b >= _ctx.Body.Count) return null;
                text = _outside[b];
                end = 0;
            }
            var (_, next) = SentenceAt(b, end);
            if (next <= end) return null;
            var toks = OutsideTokens(b, end, next);
            int w = 0;
            while (w < toks.Count && !toks[w].IsWord) w++;
            // '"…". Kata Pangdam.': a cue opening a short sentence of its own right after the quote, its stop misplaced before it
            // (not when the sentence goes on with a verb of its own: "Kisah Sutrisno, perajin batik, menjadi sorotan.")
            if (!nextBlock && w < toks.Count && toks.Count <= 12 && toks[w].IsCap && NameScanner.Cue(toks[w].Text) is { Nya: false }
                && !HasActiveVerb(toks) && !PassiveAfterWord(toks, w + 2))
                return SpeakerAfter(text.Substring(end, next - end), toks, w + 1, out _) is { Count: > 0 } named ? named : null;
            bool demikian = w < toks.Count && toks[w].Is("demikian");
            if (demikian) w++;
            // "Demikian hal itu disampaikan …", "Demikian dikatakan …", "Hal itu disampaikan …"
            if (w + 1 < toks.Count && toks[w].Is("hal") && (toks[w + 1].Is("itu") || toks[w + 1].Is("tersebut"))) w += 2;
            else if (demikian && w < toks.Count && (toks[w].Is("itu") || toks[w].Is("ini"))) w++;
            else if (!demikian) return null;
            if (w >= toks.Count || !toks[w].IsWord || !PassiveSaying.Contains(toks[w].Text)) return null;
            var speakers = SpeakerAfter(text.Substring(end, next - end), toks, w + 1, out _);
            return speakers.Count > 0 ? speakers : null;
        }

        /// <summary>"Kata Sambutan dibacakan oleh Bupati …": a passive verb right after the one word after the cue (a speech read out, no cue).</summary>
        private static bool PassiveAfterWord(TokenList toks, int i)
            => i < toks.Count && toks[i].IsWord && !toks[i].IsCap && toks[i].Text.Length > 6 && toks[i].Text.StartsWith("di", System.StringComparison.Ordinal)
               && toks[i].Text.EndsWith("kan", System.StringComparison.Ordinal);

        private static bool HasActiveVerb(TokenList toks)
        {
            foreach (var t in toks) if (t.IsWord && !t.IsCap && NameLexicon.LooksLikeActiveVerb(t.Text)) return true;
            return false;
        }
    }
}
