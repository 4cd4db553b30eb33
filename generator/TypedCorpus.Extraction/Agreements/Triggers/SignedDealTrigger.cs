using System;
using System.Collections.Generic;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// The deal just stated, signed: "Kesepakatan ini ditandatangani pada …", "Kesepakatan perdamaian pun ditandatangani di
    /// hadapan …" (no "oleh", no "yang"). Its parties are those of the agreement found in the same paragraph or the one before;
    /// only while no signed agreement was found (a signing of the deal is met once).
    /// </summary>
    internal sealed class SignedDealTrigger : SentenceTrigger
    {
        /// <summary>The nouns of a deal that gets signed.</summary>
        private static readonly HashSet<string> DealNouns = new HashSet<string>(StringComparer.Ordinal)
        { "kesepakatan", "perjanjian", "perdamaian" };

        /// <summary>Words that may stand between the deal and its signing: determiners, what kind of deal, adverbs.</summary>
        private static readonly HashSet<string> Between = new HashSet<string>(StringComparer.Ordinal)
        { "ini", "itu", "tersebut", "damai", "perdamaian", "bersama", "pun", "juga", "pula", "telah", "sudah", "resmi", "akhirnya", "kemudian", "lalu", "secara" };

        /// <summary>How many words may come between the deal noun and the verb.</summary>
        private const int Span = 3;

        public override string Id => AgreementRules.SignedDeal;
        public override string Description => "the deal just stated, signed: kesepakatan (ini / perdamaian) (pun) ditandatangani / diteken, no oleh (signed; the parties of that agreement)";
        public override string Example => "Desa Hulu dan Desa Hilir sepakat berdamai. Kesepakatan itu pun ditandatangani di balai desa.";

        public override IEnumerable<string> OpeningWords => new[] { "ditandatangani", "diteken", "ditanda" };


        public override bool Opens(Sent s, int i, string w) =>
            (w == "ditandatangani" || w == "diteken" || w == "ditanda" && i + 1 < s.Toks.Count && s.Toks[i + 1].Lower == "tangani") && DealBefore(s.Toks, i) >= 0;

        public override int Fire(AgreementRun run, Sent s, int b, int i)
        {
            int deal = DealBefore(s.Toks, i);
            if (run.HasSigned || Negated(s, deal)) return i;
            var parties = run.LastNear(b);
            if (parties != null && parties.Count >= 2) run.Emit(s, b, AgreementKind.Signed, parties, true, Id, s.Toks[i].Start);
            return i;
        }

        /// <summary>The deal noun before the verb at <paramref name="verb"/>, with only <see cref="Between"/> words between; -1 when none.</summary>
        private static int DealBefore(TokenList toks, int verb)
        {
            for (int k = verb - 1; k >= 0 && k >= verb - 1 - Span; k--)
            {
                if (DealNouns.Contains(toks[k].Lower) && (k == 0 || !DealNouns.Contains(toks[k - 1].Lower))) return k;
                if (!Between.Contains(toks[k].Lower)) return -1;
            }
            return -1;
        }
    }
}
