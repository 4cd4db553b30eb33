using System;
using System.Collections.Generic;
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
        public override string Description => "a document 'ditandatangani / ditanda tangani / diteken (ditandatangani) oleh X dan Y', the signers listed (oleh A, B, serta kedua …, yaitu C dan D) (signed; declaration for a deklarasi)";
        public override string Example => "Perjanjian dagang baru diteken oleh Singapura dan Thailand di Bangkok.";

        public override IEnumerable<string> OpeningWords => new[] { "ditandatangani", "diteken", "ditanda" };


        public override bool Opens(Sent s, int i, string w) =>
            (w == "ditandatangani" || w == "diteken" || w == "ditanda") && i > 0 && Oleh(s.Toks, i) > 0;

        /// <summary>
        /// The "oleh" after the verb at <paramref name="i"/>: "ditandatangani oleh", "ditanda tangani oleh", "diteken (ditandatangani)
        /// oleh"; -1 when none, or nothing follows it.
        /// </summary>
        internal static int Oleh(TokenList toks, int i)
        {
            int k = i + 1;
            if (k < toks.Count && (toks[i].Lower == "ditanda" && toks[k].Lower == "tangani" || toks[k].Lower == "ditandatangani")) k++;
            else if (toks[i].Lower == "ditanda") return -1;
            return k + 1 < toks.Count && toks[k].Lower == "oleh" ? k : -1;
        }

        public override int Fire(AgreementRun run, Sent s, int b, int i)
        {
            var toks = s.Toks;
            int doc = DocumentBefore(toks, i);
            if (doc < 0 || Negated(s, doc)) return i;
            // a document referred back to is a first mention when no agreement was found before ("Kesepakatan tersebut … ditanda tangani oleh kedua belah pihak")
            if (IsBackReference(s, doc, i) && run.HasAny || run.HasSigned) return i;
            var r = SignerList.At(s, Oleh(toks, i) + 1);
            if (r == null || r.Count < 2 && r[0].Type != EntType.Group) return i;
            var parties = run.Parties.Resolve(r, s);
            // "Deklarasi damai ditandatangani oleh …": a signed declaration
            var kind = toks[doc].Lower == "deklarasi" ? AgreementKind.Declaration : AgreementKind.Signed;
            if (parties.Count >= 2) run.Emit(s, b, kind, parties, true, Id, toks[i].Start);
            return i;
        }

        /// <summary>A document noun among the four words before the verb, or the one that opens the sentence ("Memorandum … soal …, diteken oleh").</summary>
        private static int DocumentBefore(TokenList toks, int i)
        {
            for (int k = i - 1; k >= 0 && k >= i - 4; k--) if (AgreementWords.Documents.Contains(toks[k].Lower)) return k;
            return AgreementWords.Documents.Contains(toks[0].Lower) ? 0 : -1;
        }

        /// <summary>Verbs that put an agreement into a new document: "dituangkan dalam surat pernyataan" names that document first.</summary>
        private static readonly HashSet<string> Recording = new HashSet<string>(StringComparer.Ordinal)
        { "dituangkan", "tertuang", "dituliskan", "tertulis", "dicantumkan", "tercantum", "dimuat", "termuat", "diformalkan", "dikukuhkan" };

        /// <summary>
        /// "dalam/meski nota …", "nota itu/tersebut/ini", "dokumen-dokumen": a document mentioned before; not "dituangkan dalam
        /// surat …", the document an agreement is recorded in.
        /// </summary>
        internal static bool IsBackReference(Sent s, int doc, int verb)
        {
            var toks = s.Toks;
            bool recorded = doc > 1 && toks[doc - 1].Lower == "dalam" && Recording.Contains(toks[doc - 2].Lower);
            bool back = doc > 0 && !recorded && (toks[doc - 1].Lower == "dalam" || toks[doc - 1].Lower == "meski");
            for (int k = doc; k < verb && !back; k++) if (toks[k].Lower == "itu" || toks[k].Lower == "tersebut" || toks[k].Lower == "ini" || toks[k].Lower.EndsWith("-dokumen", StringComparison.Ordinal)) back = true;
            return back;
        }
    }
}
