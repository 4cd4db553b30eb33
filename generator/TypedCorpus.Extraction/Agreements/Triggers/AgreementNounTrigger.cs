using System.Collections.Generic;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// An agreement named by its noun with its parties and its purpose: "kesepakatan Indonesia dan Jepang untuk …",
    /// "kesepakatan antara X dan Y untuk …" (what they agree to do follows "untuk" right after the parties).
    /// </summary>
    internal sealed class AgreementNounTrigger : SentenceTrigger
    {
        public override string Id => AgreementRules.AgreementNoun;
        public override string Description => "kesepakatan (antara) X dan Y untuk … (commitment)";
        public override string Example => "Warga menyambut kesepakatan Chile dan Peru untuk membuka jalur dagang baru.";

        public override IEnumerable<string> OpeningWords => new[] { "kesepakatan" };


        public override bool Opens(Sent s, int i, string w) => w == "kesepakatan" && Parties(s, i) != null;

        public override int Fire(AgreementRun run, Sent s, int b, int i)
        {
            if (Negated(s, i)) return i;
            var parties = run.Parties.Resolve(Parties(s, i)!, s);
            if (parties.Count >= 2) run.Emit(s, b, AgreementKind.Commitment, parties, false, Id, s.Toks[i].Start);
            return i;
        }

        /// <summary>The run of two or more parties right after the noun (or after its "antara") when "untuk" follows it; else null.</summary>
        private static List<Ent>? Parties(Sent s, int i)
        {
            int at = i + 1 < s.Toks.Count && s.Toks[i + 1].Lower == "antara" ? i + 2 : i + 1;
            var r = RunAt(s, at);
            if (r == null || r.Count < 2) return null;
            int after = r[r.Count - 1].TokEnd;
            return after < s.Toks.Count && s.Toks[after].Lower == "untuk" ? r : null;
        }
    }
}
