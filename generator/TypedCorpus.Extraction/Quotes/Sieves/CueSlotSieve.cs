using TypedCorpus.Extraction.Lexicon;
using TypedCorpus.Extraction.People;

namespace TypedCorpus.Extraction.Quotes
{
    /// <summary>
    /// '"…," kta Rudi Hartono.' / '"…," ungakp Rudi kepada wartawan.': a quotation closed by its comma, then one lower-case word
    /// and a person of the article: the word stands where the cue of saying stands, whatever its spelling (a typo, a short form).
    /// The speaker must be a person the article names; a word before anything else is left to the other sieves.
    /// </summary>
    internal sealed class CueSlotSieve : AttributionSieve
    {
        public override string Id => QuoteRules.CueSlot;
        public override string Description => "an unknown word in the cue's place before a person of the article: \"…,\" kta Rudi Hartono (direct)";
        public override (string Paragraph, QuoteKind Kind) Example => ("Rudi Hartono meninjau pasar.\n\n\"Harga stabil,\" kta Rudi Hartono.", QuoteKind.Direct);

        public override bool TryDecide(Attribution a, QuoteSite s, out Decision decision)
        {
            decision = default;
            var post = s.PostToks;
            int w = FirstAfter(post);
            if (!s.Text.EndsWith(",", System.StringComparison.Ordinal) || !HasCueSlot(s, w) || w + 1 >= post.Count) return false;
            var word = post[w];
            if (word.IsCap || word.HasDigit || word.Text.Length < 3 || word.Text.Length > 8 || NameLexicon.StopWords.Contains(word.Text) || !post[w + 1].IsCap) return false;
            if (NameLexicon.IsPersonRole(word.Text) || NameLexicon.IsTitle(word.Text)) return false; // "…," pelatih Budi: an office, no verb
            var speakers = a.SpeakerAfter(s.PostText, post, w + 1, out var named);
            if (!named || speakers.Count != 1) return false;
            s.IsExplicit = true;
            decision = new Decision(QuoteKind.Direct, speakers, word.Text, a.Addressee(s.PostText, post, w + 1), s.Via, true);
            return true;
        }
    }
}
