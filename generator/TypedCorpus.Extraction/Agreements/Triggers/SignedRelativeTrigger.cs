using System.Collections.Generic;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// A document named with a relative passive signing and no "oleh": "… dibuatkan surat pernyataan di balai desa yang
    /// ditandatangani seluruh warga". Its parties are the run that signed when two or more are named, else those of the
    /// agreement the same paragraph just stated (the document records it). A first mention only, as for <see cref="SignedByTrigger"/>.
    /// </summary>
    internal sealed class SignedRelativeTrigger : SentenceTrigger
    {
        /// <summary>How many words a document noun may come before the "yang" of its signing.</summary>
        private const int DocumentSpan = 6;

        public override string Id => AgreementRules.SignedRelative;
        public override string Description => "a document 'yang ditandatangani / ditanda tangani / diteken' X (no oleh): the signers, else the agreement just stated (signed)";
        public override string Example => "Desa Hulu dan Desa Hilir sepakat berdamai, lalu dibuatkan surat pernyataan yang ditandatangani para tokoh kedua desa.";

        public override IEnumerable<string> OpeningWords => new[] { "ditandatangani", "diteken", "ditanda" };


        public override bool Opens(Sent s, int i, string w) =>
            (w == "ditandatangani" || w == "diteken" || w == "ditanda" && i + 1 < s.Toks.Count && s.Toks[i + 1].Lower == "tangani")
            && i > 0 && s.Toks[i - 1].Lower == "yang" && SignedByTrigger.Oleh(s.Toks, i) < 0;

        public override int Fire(AgreementRun run, Sent s, int b, int i)
        {
            var toks = s.Toks;
            int doc = DocumentBefore(s, i - 1);
            if (doc < 0 || run.HasSigned || Negated(s, doc) || SignedByTrigger.IsBackReference(s, doc, i)) return i;
            int agent = toks[i].Lower == "ditanda" ? i + 2 : i + 1;
            var r = RunAt(s, agent);
            var parties = r != null && (r.Count >= 2 || r[0].Type == EntType.Group) ? run.Parties.Resolve(r, s) : run.LastInBlock(s);
            if (parties != null && parties.Count >= 2) run.Emit(s, b, AgreementKind.Signed, parties, true, Id, toks[i].Start);
            return i;
        }

        /// <summary>A document noun or "surat" among the words before the "yang" at <paramref name="yang"/>, not across a comma; -1 when none.</summary>
        private static int DocumentBefore(Sent s, int yang)
        {
            var toks = s.Toks;
            for (int k = yang - 1; k >= 0 && k >= yang - DocumentSpan; k--)
            {
                if (s.Text.IndexOf(',', toks[k].End, toks[k + 1].Start - toks[k].End) >= 0) return -1;
                if (AgreementWords.Documents.Contains(toks[k].Lower) || toks[k].Lower == "surat") return k;
            }
            return -1;
        }
    }
}
