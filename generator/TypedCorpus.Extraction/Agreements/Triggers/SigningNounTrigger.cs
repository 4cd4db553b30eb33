using System;
using System.Collections.Generic;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// A signing named by its noun: "Penandatanganan nota kesepahaman antara X dan Y", "X dan Y melakukan penandatanganan
    /// perjanjian", "… ditandai dengan penandatanganan surat pernyataan" (the parties of the agreement it seals). A first
    /// mention only: not when a signed agreement was found before, nor for a document referred back to or a planned signing.
    /// </summary>
    internal sealed class SigningNounTrigger : SentenceTrigger
    {
        /// <summary>Words before the noun that make the signing one still to come ("rencana penandatanganan").</summary>
        private static readonly HashSet<string> Planned = new HashSet<string>(StringComparer.Ordinal)
        { "rencana", "jelang", "menjelang", "persiapan", "agenda", "jadwal" };

        public override string Id => AgreementRules.SigningNoun;
        public override string Description => "a signing named by its noun: penandatanganan nota kesepahaman / surat pernyataan antara X dan Y (signed)";
        public override string Example => "Penandatanganan nota kesepahaman antara Bank Sentosa dan Universitas Lestari berlangsung di Medan.";

        public override bool Opens(Sent s, int i, string w) => w == "penandatanganan";

        public override int Fire(AgreementRun run, Sent s, int b, int i)
        {
            var toks = s.Toks;
            int doc = DocumentAfter(toks, i);
            if (doc < 0 || run.HasSigned || Negated(s, i) || IsPlanned(toks, i) || RefersBack(toks, doc)) return i;
            var parties = Parties(run, s, i, doc);
            if (parties.Count >= 2) run.Emit(s, b, AgreementKind.Signed, parties, true, Id, toks[i].Start);
            return i;
        }

        /// <summary>A document noun, or "surat" (a letter: "surat pernyataan", "surat perjanjian"), among the three words after the noun.</summary>
        private static int DocumentAfter(TokenList toks, int i)
        {
            for (int k = i + 1; k < toks.Count && k <= i + 3; k++)
                if (AgreementWords.Documents.Contains(toks[k].Lower) || toks[k].Lower == "surat") return k;
            return -1;
        }

        private static bool IsPlanned(TokenList toks, int i)
        {
            for (int k = i - 1; k >= 0 && k >= i - 3; k--) if (Planned.Contains(toks[k].Lower)) return true;
            return false;
        }

        /// <summary>"penandatanganan kesepakatan ini/itu/tersebut": a document met before.</summary>
        private static bool RefersBack(TokenList toks, int doc)
        {
            for (int k = doc + 1; k < toks.Count && k <= doc + 3; k++)
                if (toks[k].Lower == "ini" || toks[k].Lower == "itu" || toks[k].Lower == "tersebut") return true;
            return false;
        }

        /// <summary>The run after "antara", else the subject of the clause, else the parties of the last agreement (the signing seals it).</summary>
        private static List<Party> Parties(AgreementRun run, Sent s, int i, int doc)
        {
            var toks = s.Toks;
            for (int k = doc + 1; k + 1 < toks.Count && k <= doc + 12; k++)
            {
                if (toks[k].Lower != "antara") continue;
                var r = RunAt(s, k + 1);
                if (r != null && (r.Count >= 2 || r[0].Type == EntType.Group)) return run.Parties.Resolve(r, s);
            }
            var subj = SubjectBefore(s, i);
            if (subj != null && (subj.Count >= 2 || subj[0].Type == EntType.Group)) return run.Parties.Resolve(subj, s);
            var agreed = run.Parties.Agreements;
            return agreed.Count > 0 ? agreed[agreed.Count - 1] : new List<Party>();
        }
    }
}
