using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;
using TypedCorpus.Extraction.People;

namespace TypedCorpus.Extraction.Quotes
{
    internal sealed partial class Attribution
    {
        /// <summary>
        /// The speaker named by the sentence right after a quote that is its own sentence, when that sentence says so: "Demikian
        /// disampaikan koordinator Hasan Narahaubun kepada media ini." Null when the next sentence is no such attribution.
        /// </summary>
        internal List<string>? SpeakerOfFollowingSentence(QuoteSpan q)
        {
            int b = q.EndBlock;
            var (_, end) = SentenceAt(b, q.ClosePos);
            var text = _outside[b];
            if (end >= text.Length) return null;
            var (_, next) = SentenceAt(b, end);
            if (next <= end) return null;
            var toks = OutsideTokens(b, end, next);
            int w = 0;
            while (w < toks.Count && !toks[w].IsWord) w++;
            if (w >= toks.Count || !toks[w].Is("demikian")) return null;
            w++;
            // "Demikian hal itu disampaikan …", "Demikian dikatakan …"
            if (w + 1 < toks.Count && toks[w].Is("hal") && (toks[w + 1].Is("itu") || toks[w + 1].Is("tersebut"))) w += 2;
            else if (w < toks.Count && (toks[w].Is("itu") || toks[w].Is("ini"))) w++;
            if (w >= toks.Count || !toks[w].IsWord || !PassiveSaying.Contains(toks[w].Text)) return null;
            var speakers = SpeakerAfter(text.Substring(end, next - end), toks, w + 1, out _);
            return speakers.Count > 0 ? speakers : null;
        }
    }
}
