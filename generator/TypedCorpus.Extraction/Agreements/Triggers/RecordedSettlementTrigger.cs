using System;
using System.Collections.Generic;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// A settlement put into a written statement: "… disepakati diselesaikan secara musyawarah, yang dituangkan dalam (bentuk)
    /// surat pernyataan perdamaian". Signed, by the sides the article designates, else the last pair met; a first signing
    /// only, not a document referred back to, not the record of an agreement the sentence states before, and not when the
    /// sentence signs it in words the signing triggers read.
    /// </summary>
    internal sealed class RecordedSettlementTrigger : SentenceTrigger
    {
        /// <summary>Words of agreeing or settling, one of which comes before the verb in the sentence.</summary>
        private static readonly HashSet<string> Settling = new HashSet<string>(StringComparer.Ordinal)
        { "sepakat", "bersepakat", "disepakati", "menyepakati", "kesepakatan", "damai", "berdamai", "perdamaian", "mufakat", "islah" };

        /// <summary>Documents a settlement is written in: "surat" and these, or these alone.</summary>
        private static readonly HashSet<string> LetterKinds = new HashSet<string>(StringComparer.Ordinal)
        { "pernyataan", "perjanjian", "kesepakatan", "perdamaian" };

        public override string Id => AgreementRules.RecordedSettlement;
        public override string Description => "a settlement dituangkan dalam (bentuk) surat pernyataan / surat perjanjian / berita acara (signed)";
        public override string Example => "Warga Desa Alta dan Desa Baja bertemu di balai desa. Mereka sepakat berdamai, yang dituangkan dalam surat pernyataan perdamaian.";

        public override IEnumerable<string> OpeningWords => new[] { "dituangkan" };


        public override bool Opens(Sent s, int i, string w) => w == "dituangkan" && DocumentAfter(s.Toks, i) > 0;

        public override int Fire(AgreementRun run, Sent s, int b, int i)
        {
            var toks = s.Toks;
            int doc = DocumentAfter(toks, i);
            if (run.HasSigned || run.FoundIn(s) || Negated(s, i) || !SettledBefore(toks, i) || SignedInWords(toks, doc)) return i;
            for (int k = doc + 1; k < toks.Count && k <= doc + 3; k++) if (toks[k].Lower is "itu" or "tersebut" or "ini") return i;
            var parties = run.Parties.Designated.Count >= 2 ? run.Parties.Designated : run.Parties.OrLatest(new List<Party>());
            if (parties.Count >= 2) run.Emit(s, b, AgreementKind.Signed, parties, true, Id, toks[i].Start);
            return doc;
        }

        /// <summary>"dituangkan (ke) dalam (bentuk) surat pernyataan / berita acara / akta": the document's first word, or -1.</summary>
        private static int DocumentAfter(TokenList toks, int i)
        {
            int k = i + 1;
            if (k < toks.Count && toks[k].Lower == "ke") k++;
            if (k >= toks.Count || toks[k].Lower != "dalam") return -1;
            k++;
            if (k < toks.Count && toks[k].Lower == "bentuk") k++;
            if (k + 1 >= toks.Count) return -1;
            string w = toks[k].Lower, next = toks[k + 1].Lower;
            bool letter = w == "surat" && LetterKinds.Contains(next) || w == "berita" && next == "acara";
            return letter || w is "akta" or "perjanjian" or "nota" ? k : -1;
        }

        private static bool SettledBefore(TokenList toks, int i)
        {
            for (int k = 0; k < i; k++) if (Settling.Contains(toks[k].Lower)) return true;
            return false;
        }

        /// <summary>A signing verb after the document ("… dan ditandatangani oleh …"): the signing triggers read it.</summary>
        private static bool SignedInWords(TokenList toks, int doc)
        {
            for (int k = doc + 1; k < toks.Count; k++) if (toks[k].Lower.StartsWith("ditanda", StringComparison.Ordinal) || toks[k].Lower == "diteken") return true;
            return false;
        }
    }
}
