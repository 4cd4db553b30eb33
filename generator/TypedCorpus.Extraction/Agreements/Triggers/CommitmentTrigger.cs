using System;
using System.Collections.Generic;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>Two or more parties commit together: "X dan Y sepakat untuk …", "sepakat (ber)damai", "setuju untuk", "berkomitmen", "berjanji", "menyepakati", "mencapai kesepakatan".</summary>
    internal sealed class CommitmentTrigger : SentenceTrigger
    {
        public override string Id => AgreementRules.Commitment;
        public override string Description => "two or more parties sepakat untuk / (ber)damai, setuju untuk, berkomitmen, berjanji, menyepakati (commitment)";

        public override bool Opens(Sent s, int i, string w)
        {
            var toks = s.Toks;
            string next = i + 1 < toks.Count ? toks[i + 1].Lower : "";
            if (w == "sepakat" || w == "bersepakat" || w == "setuju")
                return next.Length > 0 && !AgreementWords.SepakatNotNext.Contains(next) && (next == "untuk" || next == "damai" || next.StartsWith("me", StringComparison.Ordinal) || next.StartsWith("ber", StringComparison.Ordinal) || next == "saling" || next.StartsWith("bekerja", StringComparison.Ordinal) || next == "bersama" || next == "segera" || next == "mulai");
            if (w == "menyepakati" || w == "berkomitmen") return true;
            if (w == "menyetujui")
            {
                // "X dan Y menyetujui …": approving together; one body approving something is not an agreement
                var subjRun = SubjectBefore(s, i);
                return subjRun != null && (subjRun.Count >= 2 || subjRun[0].Type == EntType.Group);
            }
            if (w == "berjanji" || w == "berikrar") return next == "untuk" || next == "bersama" || next.StartsWith("me", StringComparison.Ordinal) || next.StartsWith("ber", StringComparison.Ordinal);
            return w == "mencapai" && next == "kesepakatan" && !(i + 2 < toks.Count && (toks[i + 2].Lower == "itu" || toks[i + 2].Lower == "tersebut"));
        }

        public override int Fire(AgreementRun run, Sent s, int b, int i)
        {
            if (Negated(s, i)) return i;
            var toks = s.Toks;
            // the partner after the verb ("sepakat dengan Y", "mencapai kesepakatan bersama Y")
            int after = toks[i].Lower == "mencapai" ? i + 2 : i + 1;
            var ents = new List<Ent>();
            var subj = SubjectBefore(s, i);
            if (subj != null) ents.AddRange(subj);
            if (after < toks.Count && (toks[after].Lower == "bersama" || toks[after].Lower == "dengan"))
            {
                var r = RunAt(s, after + 1);
                if (r != null) ents.AddRange(r);
            }
            var parties = run.Parties.Resolve(ents, s);
            if (parties.Count >= 2) run.Emit(s, b, AgreementKind.Commitment, parties, false, Id, toks[i].Start);
            return i;
        }
    }
}
