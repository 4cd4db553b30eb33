using System;
using System.Collections.Generic;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// A document the subject says it signed with a partner: "X mengungkap isi nota kesepahaman yang dia teken di Lima, Kamis,
    /// bersama Y". The signer is the sentence's first party before the document (the "dia"), the partner the run after
    /// "bersama" / "dengan" behind the verb.
    /// </summary>
    internal sealed class OwnSigningTrigger : SentenceTrigger
    {
        /// <summary>Pronouns of the signer between "yang" and the active verb.</summary>
        private static readonly HashSet<string> Pronouns = new HashSet<string>(StringComparer.Ordinal) { "dia", "ia", "beliau", "mereka", "kami" };

        /// <summary>How many words may stand between the verb and "bersama"/"dengan" (a place and a day: "di Istana Merdeka, Jakarta, Kamis,").</summary>
        private const int PartnerSpan = 10;

        public override string Id => AgreementRules.OwnSigning;
        public override string Description => "a document 'yang dia/ia/mereka teken / tandatangani … bersama/dengan Y': the subject and Y (signed)";
        public override string Example => "Menteri Luar Negeri Chile Ana Rojas menjelaskan isi nota kesepahaman yang dia teken di Lima, Kamis, bersama Menteri Luar Negeri Peru Luis Vargas.";

        public override IEnumerable<string> OpeningWords => new[] { "teken", "tandatangani" };


        public override bool Opens(Sent s, int i, string w) =>
            (w == "teken" || w == "tandatangani") && i > 1 && Pronouns.Contains(s.Toks[i - 1].Lower) && s.Toks[i - 2].Lower == "yang";

        public override int Fire(AgreementRun run, Sent s, int b, int i)
        {
            var toks = s.Toks;
            int doc = DocumentBefore(toks, i - 2);
            if (doc < 0 || run.HasSigned || Negated(s, i) || s.Runs.Count == 0 || s.Runs[0][0].TokEnd > doc) return i;
            var ents = new List<Ent>(s.Runs[0]);
            for (int k = i + 1; k + 1 < toks.Count && k <= i + PartnerSpan; k++)
                if (toks[k].Lower == "bersama" || toks[k].Lower == "dengan") { if (RunAt(s, k + 1) is List<Ent> r) { ents.AddRange(r); break; } }
            var parties = run.Parties.Resolve(ents, s);
            if (parties.Count >= 2) run.Emit(s, b, AgreementKind.Signed, parties, true, Id, toks[doc].Start);
            return i;
        }

        /// <summary>A document noun among the six words before the "yang" at <paramref name="yang"/>; -1 when none.</summary>
        private static int DocumentBefore(TokenList toks, int yang)
        {
            for (int k = yang - 1; k >= 0 && k >= yang - 6; k--) if (AgreementWords.Documents.Contains(toks[k].Lower)) return k;
            return -1;
        }
    }
}
