using System.Collections.Generic;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// "pernyataan bersama" / "komunike bersama" (or the English "joint statement" / "joint communique") issued or signed: its
    /// first mention only ("pernyataan bersama itu" refers back).
    /// </summary>
    internal sealed class JointStatementTrigger : SentenceTrigger
    {
        public override string Id => AgreementRules.JointStatement;
        public override string Description => "a joint statement issued or signed: pernyataan bersama";
        public override string Example => "Indonesia dan Malaysia mengeluarkan pernyataan bersama soal perbatasan laut.";

        public override IEnumerable<string> OpeningWords => new[] { "pernyataan", "komunike", "joint" };


        public override bool Opens(Sent s, int i, string w) =>
            i + 1 < s.Toks.Count && ((w == "pernyataan" || w == "komunike") && s.Toks[i + 1].Lower == "bersama"
                || w == "joint" && s.Toks[i + 1].Lower is "statement" or "communique" or "communiqué");

        public override int Fire(AgreementRun run, Sent s, int b, int i)
        {
            var toks = s.Toks;
            if (run.JointStatementSeen) return i;
            if (i + 2 < toks.Count && (toks[i + 2].Lower == "itu" || toks[i + 2].Lower == "tersebut" || toks[i + 2].Lower == "tadi")) return i;
            if (Negated(s, i)) return i;
            run.JointStatementSeen = true;
            var subj = Subject(s, i);
            var parties = run.Parties.OrLatest(subj != null ? run.Parties.Resolve(subj, s) : new List<Party>());
            if (parties.Count >= 2) run.Emit(s, b, AgreementKind.JointStatement, parties, true, Id, toks[i].Start);
            return i + 1;
        }

        /// <summary>Who issues it: the subject of the issuing verb before it, or of the phrase itself, else the first run after the next comma.</summary>
        private static List<Ent>? Subject(Sent s, int i)
        {
            var toks = s.Toks;
            List<Ent>? subj = null;
            if (i > 0 && AgreementWords.IssueVerbs.Contains(toks[i - 1].Lower)) subj = SubjectBefore(s, i - 1);
            subj ??= SubjectBefore(s, i);
            if (subj == null)
            {
                int comma = s.Text.IndexOf(',', toks[i].End);
                if (comma > 0)
                    foreach (var run in s.Runs) if (s.Toks[run[0].TokStart].Start > comma) { subj = run; break; }
            }
            return subj;
        }
    }
}
