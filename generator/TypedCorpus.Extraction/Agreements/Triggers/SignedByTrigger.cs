using System;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// "Nota kesepahaman itu diteken oleh X dan Y": a document signed by a run of parties; a first mention only, when the
    /// document is not a back-reference and no signed agreement was found before.
    /// </summary>
    internal sealed class SignedByTrigger : SentenceTrigger
    {
        public override string Id => AgreementRules.SignedBy;
        public override string Description => "a document 'ditandatangani/diteken oleh X dan Y' (signed)";

        public override bool Opens(Sent s, int i, string w) =>
            (w == "ditandatangani" || w == "diteken") && i > 0 && i + 2 < s.Toks.Count && s.Toks[i + 1].Lower == "oleh";

        public override int Fire(AgreementRun run, Sent s, int b, int i)
        {
            var toks = s.Toks;
            int doc = -1;
            for (int k = i - 1; k >= 0 && k >= i - 4; k--) if (AgreementWords.Documents.Contains(toks[k].Lower)) { doc = k; break; }
            if (doc < 0 || Negated(s, doc)) return i;
            if (IsBackReference(s, doc, i) || run.HasSigned) return i;
            var r = RunAt(s, i + 2);
            if (r == null || r.Count < 2) return i;
            var parties = run.Parties.Resolve(r, s);
            if (parties.Count >= 2) run.Emit(s, b, AgreementKind.Signed, parties, true, Id, toks[i].Start);
            return i;
        }

        /// <summary>"dalam/meski nota …", "nota itu/tersebut/ini", "dokumen-dokumen": a document mentioned before.</summary>
        private static bool IsBackReference(Sent s, int doc, int verb)
        {
            var toks = s.Toks;
            bool back = doc > 0 && (toks[doc - 1].Lower == "dalam" || toks[doc - 1].Lower == "meski");
            for (int k = doc; k < verb && !back; k++) if (toks[k].Lower == "itu" || toks[k].Lower == "tersebut" || toks[k].Lower == "ini" || toks[k].Lower.EndsWith("-dokumen", StringComparison.Ordinal)) back = true;
            return back;
        }
    }
}
