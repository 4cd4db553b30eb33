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
        private static readonly HashSet<string> Adverbs = new HashSet<string>(StringComparer.Ordinal) { "telah", "sudah", "juga", "pun", "bersama", "bersama-sama", "sama-sama", "semua" };

        public override string Id => AgreementRules.FirstPersonCommitment;
        public override string Description => "kami / kita sepakat untuk, menyepakati, berkomitmen bersama (not a bare kami berkomitmen, one side's promise): the parties of the last agreement or run (commitment)";
        public override string Example => "Presiden Chile dan Presiden Peru bertemu di Lima. \u201cKami sepakat untuk membuka jalur dagang baru,\u201d kata Presiden Chile.";

        public override IEnumerable<string> OpeningWords => new[] { "sepakat", "bersepakat", "berkomitmen", "menyepakati" };


        public override bool Opens(Sent s, int i, string w)
        {
            if (w != "sepakat" && w != "bersepakat" && w != "berkomitmen" && w != "menyepakati") return false;
            int k = i - 1;
            bool together = false;
            while (k >= 0 && i - k <= 2 && Adverbs.Contains(s.Toks[k].Lower)) together |= Together.Contains(s.Toks[k--].Lower);
            if (k < 0 || !We.Contains(s.Toks[k].Lower)) return false;
            // "kami berkomitmen untuk …" is one side's own promise; "kami bersama berkomitmen", "kita berkomitmen bersama" speak for both
            if (w == "berkomitmen" && !together && !(i + 1 < s.Toks.Count && Together.Contains(s.Toks[i + 1].Lower))) return false;
            return Verb.Opens(s, i, w);
        }

        /// <summary>Words that make a first-person commitment a joint one.</summary>
        private static readonly HashSet<string> Together = new HashSet<string>(StringComparer.Ordinal) { "bersama", "bersama-sama", "sama-sama" };

        public override int Fire(AgreementRun run, Sent s, int b, int i)
        {
            if (Negated(s, i)) return i;
            var parties = run.Parties.OrLatest(new List<Party>());
            if (parties.Count >= 2) run.Emit(s, b, AgreementKind.Commitment, parties, false, Id, s.Toks[i].Start);
            return i;
        }
    }
}
