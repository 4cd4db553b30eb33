using System;
using System.Collections.Generic;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>"X dan Y mendeklarasikan …", "… dideklarasikan antara X dan Y".</summary>
    internal sealed class DeclarationTrigger : SentenceTrigger
    {
        public override string Id => AgreementRules.Declaration;
        public override string Description => "mendeklarasikan / dideklarasikan (declaration)";
        public override string Example => "Filipina dan Vietnam mendeklarasikan zona damai di perairan itu.";

        public override IEnumerable<string> OpeningWords => new[] { "mendeklarasikan*", "dideklarasikan*", "deklarasikan" };


        public override bool Opens(Sent s, int i, string w) =>
            w.StartsWith("mendeklarasikan", StringComparison.Ordinal) || w.StartsWith("dideklarasikan", StringComparison.Ordinal) || w == "deklarasikan";

        public override int Fire(AgreementRun run, Sent s, int b, int i)
        {
            if (Negated(s, i)) return i;
            var toks = s.Toks;
            var parties = new List<Party>();
            var subj = SubjectBefore(s, i);
            if (subj != null) parties = run.Parties.Resolve(subj, s);
            if (parties.Count < 2)
            {
                for (int k = 0; k + 1 < toks.Count; k++)
                    if (toks[k].Lower == "antara") { var r = RunAt(s, k + 1); if (r != null && r.Count >= 2) { parties = run.Parties.Resolve(r, s); break; } }
            }
            if (parties.Count >= 2) run.Emit(s, b, AgreementKind.Declaration, parties, false, Id, toks[i].Start);
            return i;
        }
    }
}
