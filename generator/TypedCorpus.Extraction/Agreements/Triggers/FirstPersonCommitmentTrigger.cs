using System;
using System.Collections.Generic;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// "Kami sepakat untuk …", "kita telah bersepakat …": a party to talks speaking for both sides. The "we" are the parties of
    /// the last agreement found, else of the last run of two or more parties met (as for a joint statement).
    /// </summary>
    internal sealed class FirstPersonCommitmentTrigger : SentenceTrigger
    {
        /// <summary>The commitment verbs and what may follow them, as <see cref="CommitmentTrigger"/> reads them.</summary>
        private static readonly CommitmentTrigger Verb = new CommitmentTrigger();

        private static readonly HashSet<string> We = new HashSet<string>(StringComparer.Ordinal) { "kami", "kita" };

        /// <summary>Adverbs between "kami" and the verb ("kami telah sepakat").</summary>
        private static readonly HashSet<string> Adverbs = new HashSet<string>(StringComparer.Ordinal) { "telah", "sudah", "juga", "pun", "bersama", "semua" };

        public override string Id => AgreementRules.FirstPersonCommitment;
        public override string Description => "kami / kita sepakat untuk, berkomitmen, menyepakati: the parties of the last agreement or run (commitment)";
        public override string Example => "Presiden Chile dan Presiden Peru bertemu di Lima. \u201cKami sepakat untuk membuka jalur dagang baru,\u201d kata Presiden Chile.";

        public override bool Opens(Sent s, int i, string w)
        {
            if (w != "sepakat" && w != "bersepakat" && w != "berkomitmen" && w != "menyepakati") return false;
            int k = i - 1;
            while (k >= 0 && i - k <= 2 && Adverbs.Contains(s.Toks[k].Lower)) k--;
            return k >= 0 && We.Contains(s.Toks[k].Lower) && Verb.Opens(s, i, w);
        }

        public override int Fire(AgreementRun run, Sent s, int b, int i)
        {
            if (Negated(s, i)) return i;
            var parties = run.Parties.OrLatest(new List<Party>());
            if (parties.Count >= 2) run.Emit(s, b, AgreementKind.Commitment, parties, false, Id, s.Toks[i].Start);
            return i;
        }
    }
}
