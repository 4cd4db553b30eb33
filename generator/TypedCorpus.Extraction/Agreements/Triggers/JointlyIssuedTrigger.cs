using System;
using System.Collections.Generic;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// A statement issued together, written with a passive verb and "bersama": "pernyataan tentang … yang telah diumumkan
    /// bersama". A joint statement at its first mention, of the parties of the last agreement or run met.
    /// </summary>
    internal sealed class JointlyIssuedTrigger : SentenceTrigger
    {
        /// <summary>Passive verbs of issuing a statement.</summary>
        private static readonly HashSet<string> Issued = new HashSet<string>(StringComparer.Ordinal)
        { "diumumkan", "dikeluarkan", "disampaikan", "dirilis", "diterbitkan", "dibacakan", "dideklarasikan" };

        /// <summary>How many words after the statement noun its verb may come.</summary>
        private const int Span = 8;

        public override string Id => AgreementRules.JointlyIssued;
        public override string Description => "a statement diumumkan / dikeluarkan / disampaikan bersama (joint-statement)";
        public override string Example => "Chile dan Peru sepakat untuk membuka jalur dagang baru. Pernyataan soal jalur itu diumumkan bersama di Lima.";

        public override IEnumerable<string> OpeningWords => new[] { "pernyataan", "komunike" };


        public override bool Opens(Sent s, int i, string w) => (w == "pernyataan" || w == "komunike") && IssuedTogether(s.Toks, i) > 0;

        public override int Fire(AgreementRun run, Sent s, int b, int i)
        {
            if (run.JointStatementSeen || Negated(s, i) || Negated(s, IssuedTogether(s.Toks, i))) return i;
            run.JointStatementSeen = true;
            var parties = run.Parties.OrLatest(new List<Party>());
            if (parties.Count >= 2) run.Emit(s, b, AgreementKind.JointStatement, parties, true, Id, s.Toks[i].Start);
            return i;
        }

        /// <summary>The passive issuing verb followed by "bersama" within <see cref="Span"/> words after the noun, not across a comma; -1 when none.</summary>
        private static int IssuedTogether(TokenList toks, int i)
        {
            for (int k = i + 1; k + 1 < toks.Count && k <= i + Span; k++)
                if (Issued.Contains(toks[k].Lower) && toks[k + 1].Lower == "bersama") return k;
            return -1;
        }
    }
}
