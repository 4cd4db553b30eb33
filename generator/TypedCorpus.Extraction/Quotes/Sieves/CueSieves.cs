using System.Collections.Generic;
using TypedCorpus.Extraction.People;

namespace TypedCorpus.Extraction.Quotes
{
    /// <summary>"…," ujar X. / "…," katanya.: a cue of saying right after the quote; -nya points to the current subject.</summary>
    internal sealed class CueAfterSieve : AttributionSieve
    {
        public override string Id => QuoteRules.CueAfter;
        public override string Description => "a cue of saying right after the quote: \"…,\" ujar X / \"…,\" katanya (direct)";
        public override (string Paragraph, QuoteKind Kind) Example => ("\"Harga stabil,\" ujar Menteri Perdagangan Rudi Hartono.", QuoteKind.Direct);

        public override bool TryDecide(Attribution a, QuoteSite s, out Decision decision)
        {
            decision = default;
            var post = s.PostToks;
            int w = FirstAfter(post);
            if (!HasCueSlot(s, w)) return false;
            var cue = NameScanner.Cue(post[w].Text);
            if (cue == null && a.CutCue(s, w))
            {
                decision = new Decision(QuoteKind.Direct, a.SubjectList(), null, null, s.Via, false); // the cue's word is lost
                return true;
            }
            if (cue == null) return false;
            List<string> speakers;
            if (cue.Value.Nya) speakers = a.IntroducerOf(s) ?? a.SubjectList();
            else { speakers = a.SpeakerAfter(s.PostText, post, w + 1, out var named); s.IsExplicit = named; }
            var addressee = a.Addressee(s.PostText, post, w + 1);
            decision = new Decision(QuoteKind.Direct, speakers, post[w].Text, addressee, s.Via, s.IsExplicit);
            return true;
        }
    }

    /// <summary>"…," Xi menambahkan.: a capitalised name, then a verb of saying, right after the quote.</summary>
    internal sealed class NameVerbAfterSieve : AttributionSieve
    {
        public override string Id => QuoteRules.NameVerbAfter;
        public override string Description => "a name and a verb of saying after the quote: \"…,\" Xi menambahkan (direct)";
        public override (string Paragraph, QuoteKind Kind) Example => ("\"Harga stabil,\" Rudi Hartono menambahkan.", QuoteKind.Direct);

        public override bool TryDecide(Attribution a, QuoteSite s, out Decision decision)
        {
            decision = default;
            var post = s.PostToks;
            int w = FirstAfter(post);
            if (!HasCueSlot(s, w) || !post[w].IsCap) return false;
            int v = w;
            while (v < post.Count && v < w + 6 && post[v].IsCap) v++;
            if (v >= post.Count || !post[v].IsWord || !NameScanner.SayingVerbs.Contains(post[v].Text)) return false;
            var speakers = a.SpeakerAfter(s.PostText, post, w, out var named);
            s.IsExplicit = named;
            decision = new Decision(QuoteKind.Direct, speakers, post[v].Text, a.Addressee(s.PostText, post, v + 1), s.Via, named);
            return true;
        }
    }

    /// <summary>Menurut X, "…": the speaker after "menurut" (or the current subject after "menurutnya").</summary>
    internal sealed class MenurutBeforeSieve : AttributionSieve
    {
        public override string Id => QuoteRules.MenurutBefore;
        public override string Description => "'menurut X,' before the quote (direct)";
        public override (string Paragraph, QuoteKind Kind) Example => ("Menurut Menteri Perdagangan Rudi Hartono, \"Harga stabil.\"", QuoteKind.Direct);

        public override bool TryDecide(Attribution a, QuoteSite s, out Decision decision)
        {
            decision = default;
            if (!IntroducedBefore(s)) return false;
            var pre = s.PreToks;
            int menurut = pre.FindIndex(t => t.Is("menurut") || t.Is("menurutnya"));
            if (menurut < 0) return false;
            List<string> speakers;
            if (pre[menurut].Is("menurutnya")) speakers = a.SubjectList();
            else { speakers = a.SpeakerAfter(s.PreText, pre, menurut + 1, out var named); s.IsExplicit = named; }
            if (speakers.Count == 0) return false;
            decision = new Decision(QuoteKind.Direct, speakers, pre[menurut].Text, a.Addressee(s.PreText, pre, 0), s.Via, s.IsExplicit);
            return true;
        }
    }

    /// <summary>X mengatakan: "…": a verb of saying before the quote, with the subject of its clause.</summary>
    internal sealed class VerbBeforeSieve : AttributionSieve
    {
        public override string Id => QuoteRules.VerbBefore;
        public override string Description => "a verb of saying before the quote: X mengatakan: \"…\" (direct)";
        public override (string Paragraph, QuoteKind Kind) Example => ("Menteri Perdagangan Rudi Hartono mengatakan: \"Harga stabil.\"", QuoteKind.Direct);

        public override bool TryDecide(Attribution a, QuoteSite s, out Decision decision)
        {
            decision = default;
            if (!IntroducedBefore(s)) return false;
            var pre = s.PreToks;
            int verbAt = -1;
            for (int i = pre.Count - 1; i >= 0; i--)
                if (pre[i].IsWord && (NameScanner.SayingVerbs.Contains(pre[i].Text) || NameScanner.Cue(pre[i].Text) is { Nya: false })) { verbAt = i; break; }
            if (verbAt < 0) return false;
            // "… dari seorang ibu yang berteriak, “Ayo!”": the verb's subject is an unnamed person in small letters before "yang"
            if (UnnamedBeforeRelative(pre, verbAt))
            {
                decision = new Decision(QuoteKind.Direct, new List<string>(), pre[verbAt].Text, null, s.Via, false);
                return true;
            }
            var speakers = a.SubjectBefore(s.PreText, pre, verbAt, out var named);
            s.IsExplicit = named;
            // "Dalam keterangan resminya, KemenKopUKM menyatakan, “Kementerian telah …”": a body (or nobody the article names)
            // says a whole statement right after its verb: direct, with no person to name
            if (speakers.Count == 0 && !(VerbEndsIntroduction(pre, verbAt) && s.Text.Length > 0 && char.IsUpper(s.Text[0]))) return false;
            decision = new Decision(QuoteKind.Direct, speakers, pre[verbAt].Text, a.Addressee(s.PreText, pre, 0), s.Via, named);
            return true;
        }

        /// <summary>
        /// "seorang ibu yang berteriak": a noun of persons in small letters, "yang", then the verb at <paramref name="verbAt"/>; not
        /// after a copula ("Budi Santoso adalah warga yang mengatakan, …" names the one who says it).
        /// </summary>
        private static bool UnnamedBeforeRelative(TokenList pre, int verbAt)
            => verbAt >= 2 && pre[verbAt - 1].Is("yang") && pre[verbAt - 2].IsWord && !pre[verbAt - 2].IsCap && NameScanner.IsPersonNoun(pre[verbAt - 2].Text)
               && !(verbAt >= 3 && (pre[verbAt - 3].Is("adalah") || pre[verbAt - 3].Is("merupakan") || pre[verbAt - 3].Is("ialah") || pre[verbAt - 3].Is("sebagai")));

        /// <summary>Only punctuation stands between the verb at <paramref name="verbAt"/> and the quote.</summary>
        private static bool VerbEndsIntroduction(TokenList pre, int verbAt)
        {
            for (int i = verbAt + 1; i < pre.Count; i++) if (pre[i].IsWord) return false;
            return true;
        }
    }
}
