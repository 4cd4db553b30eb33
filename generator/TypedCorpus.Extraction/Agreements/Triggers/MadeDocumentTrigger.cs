using System;
using System.Collections.Generic;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// A document made or carried out by its parties, reported as its signing: "X dan Y melaksanakan nota kesepahaman",
    /// "X menjalin perjanjian kerja sama dengan Y". A first signing only: not after a signed agreement, not a document referred
    /// back to ("MoU tersebut", "MoU yang telah ditandatangani"), not one still to be carried out ("akan melaksanakan MoU").
    /// </summary>
    internal sealed class MadeDocumentTrigger : SentenceTrigger
    {
        /// <summary>Words right before the verb that put the making in the future or make it a purpose.</summary>
        private static readonly HashSet<string> NotYet = new HashSet<string>(StringComparer.Ordinal)
        { "akan", "untuk", "agar", "supaya", "segera", "rencana", "berencana", "ingin", "hendak", "bisa", "dapat", "perlu", "harus" };

        public override string Id => AgreementRules.MadeDocument;
        public override string Description => "a verb of making or carrying out right before a document: X dan Y melaksanakan nota kesepahaman, X menjalin perjanjian dengan Y (signed)";
        public override string Example => "Bank Sentosa dan Universitas Lestari melaksanakan nota kesepahaman tentang beasiswa mahasiswa.";

        public override IEnumerable<string> OpeningWords => AgreementWords.MakeVerbs;


        public override bool Opens(Sent s, int i, string w) =>
            w[0] == 'm' && AgreementWords.MakeVerbs.Contains(w) && AgreementWords.DocumentAfter(s.Toks, i, 1) > i;

        public override int Fire(AgreementRun run, Sent s, int b, int i)
        {
            var toks = s.Toks;
            int doc = i + 1;
            if (run.HasSigned || Negated(s, i) || IsNotYet(toks, i) || RefersBack(toks, doc)) return i;
            var parties = SignVerbTrigger.SigningParties(run.Parties, s, i, doc);
            if (parties.Count >= 2) run.Emit(s, b, AgreementKind.Signed, parties, true, Id, toks[i].Start);
            return doc;
        }

        private static bool IsNotYet(TokenList toks, int i)
        {
            for (int k = i - 1; k >= 0 && k >= i - 2; k--) if (NotYet.Contains(toks[k].Lower)) return true;
            return false;
        }

        /// <summary>"MoU ini/itu/tersebut", "MoU yang (telah/sudah) ditandatangani": a document met before.</summary>
        private static bool RefersBack(TokenList toks, int doc)
        {
            for (int k = doc + 1; k < toks.Count && k <= doc + 3; k++)
                if (toks[k].Lower is "ini" or "itu" or "tersebut" or "yang") return true;
            return false;
        }
    }
}
