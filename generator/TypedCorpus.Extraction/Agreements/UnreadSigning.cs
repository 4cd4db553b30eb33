using System;
using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// Rule unread-signing, the backstop after every trigger: an article that reports a two-sided document's signing
    /// ("Kerja sama tertuang dalam MoU yang ditandatangani …", "Hal tersebut diwujudkan melalui penandatanganan MoU …") in
    /// words whose sides no trigger reads has that agreement all the same, at its first mention, given without parties: the
    /// signing is certain, its sides are not read, and a wrong party is worse than none. Only when no signed document,
    /// declaration or joint statement was found; when the first signing reported refers back to its document ("kesepakatan
    /// ini": the headline's), nothing. Only plain reports: not a sentence with a word of negation, doubt, plan, hope, duty,
    /// condition or rumour before the signing, a time still to come, a delay or a condition after it, a question, nor a
    /// signing inside a quotation (what a speaker says of a signing is often still to come).
    /// </summary>
    internal static class UnreadSigning
    {
        public const string Id = "unread-signing";

        public const string Description = "backstop: the first sentence plainly reporting a two-sided document's signing (penandatanganan MoU, MoU yang ditandatangani, menandatangani perjanjian) in an article where no trigger found a signed document, declaration or joint statement: a signed agreement (a declaration for a deklarasi) without parties";

        /// <summary>A sentence no trigger reads whose signing this rule gives (without parties).</summary>
        public const string Example = "Kerja sama tertuang dalam nota kesepahaman yang ditandatangani di aula kantor bupati, Senin (3/2/2025).";

        private static readonly HashSet<string> SigningWords = LexiconResource.WordSet("agreement-signing-words");
        private static readonly HashSet<string> Documents = LexiconResource.WordSet("agreement-two-sided-documents");
        private static readonly HashSet<string> Unrealised = LexiconResource.WordSet("agreement-unrealised-words");
        private static readonly HashSet<string> UnrealisedAfter = LexiconResource.WordSet("agreement-unrealised-after");

        internal enum Report { None, Signed, ReferredBack }

        /// <summary>Adds the agreement of the first sentence that reports a signing, when no trigger found one.</summary>
        public static void Fire(AgreementRun run)
        {
            if (run.HasKind(AgreementKind.Signed) || run.HasKind(AgreementKind.Declaration) || run.HasKind(AgreementKind.JointStatement)) return;
            for (int b = 0; b < run.Blocks.Count; b++)
                foreach (var s in run.Blocks[b])
                {
                    var signing = Signing(s, run.HasAny, out int at, out int doc);
                    // the article's first report of a signing refers back to a document (the headline's, or the agreement found): nothing is given
                    if (signing == Report.ReferredBack) return;
                    if (signing != Report.Signed) continue;
                    var kind = s.Toks[doc].Lower == "deklarasi" ? AgreementKind.Declaration : AgreementKind.Signed;
                    run.Insert(s, b, kind, Id, s.Toks[at].Start);
                    return;
                }
        }

        /// <summary>
        /// A signing word at <paramref name="at"/> with its document at <paramref name="doc"/>, plainly reported; or a signing
        /// of a document referred back to ("kesepakatan ini"; after an agreement found, "Kesepakatan itu dituangkan dalam MoU
        /// yang ditandatangani …").
        /// </summary>
        internal static Report Signing(Sent s, bool agreementBefore, out int at, out int doc)
        {
            var toks = s.Toks;
            for (at = 0; at < toks.Count; at++)
            {
                if (!SigningWords.Contains(toks[at].Lower) || AsSigner(toks, at)) continue;
                doc = Document(toks, at);
                if (doc < 0) continue;
                if (!Plain(s, at)) return Report.None;
                return SigningNounTrigger.RefersBack(toks, doc) || agreementBefore && PointsBack(toks, at) ? Report.ReferredBack : Report.Signed;
            }
            doc = -1;
            return Report.None;
        }

        /// <summary>"salah satu penandatangan …", "merupakan penandatangan …": the signer's noun naming a person's part, no signing.</summary>
        private static bool AsSigner(TokenList toks, int at) =>
            toks[at].Lower == "penandatangan" && at > 0 && toks[at - 1].Lower is "satu" or "merupakan" or "sebagai" or "selaku" or "para" or "menjadi" or "pihak";

        /// <summary>
        /// The document signed: among the three words after a signing's noun or active verb ("penandatanganan kerja sama" too);
        /// right after a passive verb ("ditandatangani kesepakatan mengenai …"), else among the five before it ("MoU yang
        /// ditandatangani", "Memorandum kerja sama kota kembar diteken").
        /// </summary>
        private static int Document(TokenList toks, int at)
        {
            bool passive = toks[at].Lower.StartsWith("di", StringComparison.Ordinal);
            if (toks[at].Lower.StartsWith("pen", StringComparison.Ordinal) && AgreementWords.CooperationAt(toks, at + 1)) return at + 1;
            for (int k = at + 1; k < toks.Count && k <= at + (passive ? 1 : 3); k++)
                if (IsDocument(toks, k)) return k;
            if (!passive) return -1;
            for (int k = at - 1; k >= 0 && k >= at - 5; k--)
                if (IsDocument(toks, k)) return k;
            return -1;
        }

        private static bool IsDocument(TokenList toks, int k)
        {
            if (Documents.Contains(toks[k].Lower)) return true;
            if (k + 1 >= toks.Count) return false;
            var next = toks[k + 1].Lower;
            return toks[k].Lower == "berita" && next == "acara" || toks[k].Lower == "nota" && next is "kesepahaman" or "kesepakatan" or "kerjasama" or "kerja" or "perjanjian";
        }

        /// <summary>"ini / itu / tersebut" before the signing word: the sentence speaks of something met before.</summary>
        private static bool PointsBack(TokenList toks, int at)
        {
            for (int k = 0; k < at; k++) if (toks[k].Lower is "ini" or "itu" or "tersebut") return true;
            return false;
        }

        /// <summary>
        /// A plain report of the signing: no word of negation, doubt, plan, hope, duty, condition or rumour before it in the
        /// sentence (agreement-negations.txt, agreement-planned-words.txt, agreement-unrealised-words.txt), no time still to come, delay, condition or
        /// pending word after it (agreement-unrealised-after.txt, agreement-pending-words.txt, "pekan depan"), not a question,
        /// not inside a quotation.
        /// </summary>
        private static bool Plain(Sent s, int at)
        {
            var toks = s.Toks;
            if (s.Trimmed.EndsWith("?", StringComparison.Ordinal) || InQuotation(s, at)) return false;
            for (int k = 0; k < at; k++)
                if (AgreementWords.Negations.Contains(toks[k].Lower) || AgreementWords.Planned.Contains(toks[k].Lower) || Unrealised.Contains(toks[k].Lower) || AgreementWords.Requests.Contains(toks[k].Lower)) return false;
            for (int k = at + 1; k < toks.Count; k++)
            {
                var w = toks[k].Lower;
                if (UnrealisedAfter.Contains(w) || AgreementWords.Pending.Contains(w)) return false;
                if (w == "depan" && toks[k - 1].Lower is "pekan" or "minggu" or "bulan" or "tahun") return false;
            }
            return true;
        }

        /// <summary>Is the signing word inside a quotation: more opening than closing marks before it in its paragraph?</summary>
        private static bool InQuotation(Sent s, int at)
        {
            var text = s.Block.Text;
            int end = Math.Min(text.Length, s.Start + s.Toks[at].Start);
            int straight = 0, open = 0, close = 0;
            for (int i = 0; i < end; i++)
            {
                char c = text[i];
                if (c == '"') straight++;
                else if (c == '\u201C') open++;
                else if (c == '\u201D') close++;
            }
            return straight % 2 == 1 || open > close;
        }
    }
}
