using System.Collections.Generic;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// A settlement's term of withdrawing a claim: "kedua belah pihak mencabut laporan", "mencabut laporan dari kedua belah
    /// pihak". Its parties are the subject when two or more, else the counted group the claim is of, else those of the
    /// agreement found in the same paragraph or the one before (the withdrawal is one of its terms).
    /// </summary>
    internal sealed class WithdrawnClaimTrigger : SentenceTrigger
    {
        /// <summary>How many words after the claim a counted group "dari kedua belah pihak" may come.</summary>
        private const int GroupSpan = 6;

        public override string Id => AgreementRules.WithdrawnClaim;
        public override string Description => "a settlement term: mencabut laporan / pengaduan / gugatan of two or more parties, or after an agreement just stated (commitment)";
        public override string Example => "Desa Hulu dan Desa Hilir mencabut laporan ke polres setelah mediasi di balai desa.";

        public override IEnumerable<string> OpeningWords => new[] { "mencabut" };


        public override bool Opens(Sent s, int i, string w) =>
            w == "mencabut" && i + 1 < s.Toks.Count && AgreementWords.WithdrawnClaims.Contains(s.Toks[i + 1].Lower);

        public override int Fire(AgreementRun run, Sent s, int b, int i)
        {
            if (Negated(s, i)) return i;
            var parties = Parties(run, s, b, i);
            if (parties != null && parties.Count >= 2) run.Emit(s, b, AgreementKind.Commitment, parties, false, Id, s.Toks[i].Start);
            return i + 1;
        }

        private static List<Party>? Parties(AgreementRun run, Sent s, int b, int i)
        {
            var subj = SubjectBefore(s, i);
            if (subj != null && (subj.Count >= 2 || subj[0].Type == EntType.Group)) return run.Parties.Resolve(subj, s);
            foreach (var r in s.Runs)
                if (r[0].TokStart > i + 1 && r[0].TokStart <= i + 1 + GroupSpan && r[0].Type == EntType.Group) return run.Parties.Resolve(r, s);
            return run.LastNear(b);
        }
    }
}
