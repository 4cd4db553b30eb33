using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// Rule unread-signing, the backstop after every trigger: an article that reports a document's signing ("Kerja sama
    /// tertuang dalam MoU yang ditandatangani …", "Hal tersebut diwujudkan melalui penandatanganan MoU …") in words whose
    /// sides no trigger reads has that agreement all the same, at its first mention, given without parties: the signing is
    /// certain, its sides are not read, and a wrong party is worse than none. Only when no signed document, declaration or
    /// joint statement was found (a later mention refers back to it); when the first signing reported refers back to
    /// its document ("kesepakatan ini": the headline's), nothing; not for a signing negated, planned, hoped for or pending.
    /// </summary>
    internal static class UnreadSigning
    {
        public const string Id = "unread-signing";

        public const string Description = "backstop: the first sentence reporting a document's signing (penandatanganan MoU, MoU yang ditandatangani, menandatangani perjanjian) in an article where no trigger found a signed document, declaration or joint statement: a signed agreement (a declaration for a deklarasi) without parties";

        /// <summary>A sentence no trigger reads whose signing this rule gives (without parties).</summary>
        public const string Example = "Kerja sama tertuang dalam nota kesepahaman yang ditandatangani di aula kantor bupati, Senin (3/2/2025).";

        private static readonly HashSet<string> SigningWords = LexiconResource.WordSet("agreement-signing-words");
        private static readonly HashSet<string> Unrealised = LexiconResource.WordSet("agreement-unrealised-words");

        /// <summary>Adds the agreement of the first sentence that reports a signing, when no trigger found one.</summary>
        public static void Fire(AgreementRun run)
        {
            if (run.HasKind(AgreementKind.Signed) || run.HasKind(AgreementKind.Declaration) || run.HasKind(AgreementKind.JointStatement)) return;
            for (int b = 0; b < run.Blocks.Count; b++)
                foreach (var s in run.Blocks[b])
                {
                    var signing = Signing(s, out int at, out int doc);
                    // the article's first report of a signing refers back to a document (the headline's): nothing is given
                    if (signing == Report.ReferredBack) return;
                    if (signing != Report.Signed) continue;
                    var kind = s.Toks[doc].Lower == "deklarasi" ? AgreementKind.Declaration : AgreementKind.Signed;
                    run.Insert(s, b, kind, Id, s.Toks[at].Start);
                    return;
                }
        }

        internal enum Report { None, Signed, ReferredBack }

        /// <summary>A realised signing word at <paramref name="at"/> with its document at <paramref name="doc"/>; or a signing of a document referred back to.</summary>
        internal static Report Signing(Sent s, out int at, out int doc)
        {
            var toks = s.Toks;
            for (at = 0; at < toks.Count; at++)
            {
                if (!SigningWords.Contains(toks[at].Lower)) continue;
                doc = Document(toks, at);
                if (doc < 0 || Negated(s, at) || UnrealisedBefore(toks, at) || AgreementWords.PendingAfter(toks, at)) continue;
                return ReferredBack(toks, doc) ? Report.ReferredBack : Report.Signed;
            }
            doc = -1;
            return Report.None;
        }

        /// <summary>The document signed: among the three words after the signing word, or, for its passive verb, the four before ("MoU yang ditandatangani").</summary>
        private static int Document(TokenList toks, int at)
        {
            // "penandatanganan kerja sama pengelolaan …": the cooperation signed is its document
            if (toks[at].Lower.StartsWith("pen", System.StringComparison.Ordinal) && AgreementWords.CooperationAt(toks, at + 1)) return at + 1;
            int after = AgreementWords.DocumentAfter(toks, at, 3);
            if (after >= 0) return after;
            if (!toks[at].Lower.StartsWith("di", System.StringComparison.Ordinal)) return -1;
            for (int k = at - 1; k >= 0 && k >= at - 4; k--)
                if (AgreementWords.Documents.Contains(toks[k].Lower)) return k;
            return -1;
        }

        /// <summary>"kesepakatan ini / itu / tersebut": a document the article met before, not a first mention.</summary>
        private static bool ReferredBack(TokenList toks, int doc)
        {
            for (int k = doc + 1; k < toks.Count && k <= doc + 2; k++)
                if (toks[k].Lower is "ini" or "itu" or "tersebut") return true;
            return false;
        }

        private static bool UnrealisedBefore(TokenList toks, int at)
        {
            for (int k = at - 1; k >= 0 && k >= at - 6; k--) if (Unrealised.Contains(toks[k].Lower)) return true;
            return false;
        }
    }
}
