using System;
using System.Collections.Generic;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// The partner of a signing named in the sentence right after it: "X kembali teken MoU …. Penandatanganan kali ini
    /// dilakukan dengan Y …" (also "MoU tersebut diteken bersama Y"). Only the next sentence (in the paragraph or opening the
    /// next one), only when it opens on the signing or the document, and only the run right after "dengan"/"bersama".
    /// </summary>
    internal static class PartnerAhead
    {
        /// <summary>Passive verbs of the signing carried out.</summary>
        private static readonly HashSet<string> Done = new HashSet<string>(StringComparer.Ordinal)
        { "dilakukan", "dilaksanakan", "digelar", "dijalin", "diteken", "ditandatangani" };

        /// <summary>How many words may open the next sentence before its passive verb ("Penandatanganan kali ini").</summary>
        private const int OpeningSpan = 5;

        /// <summary>The partner's mentions and their sentence, or null.</summary>
        public static (List<Ent> Partner, Sent Sentence)? Of(AgreementRun run, Sent s, int b)
        {
            var next = s.Index + 1 < run.Blocks[b].Count ? run.Blocks[b][s.Index + 1]
                : b + 1 < run.Blocks.Count && run.Blocks[b + 1].Count > 0 ? run.Blocks[b + 1][0] : null;
            if (next == null) return null;
            var toks = next.Toks;
            if (toks.Count < 4 || !OpensOnSigning(toks)) return null;
            for (int k = 1; k + 2 < toks.Count && k <= OpeningSpan; k++)
            {
                if (!Done.Contains(toks[k].Lower)) continue;
                if (toks[k + 1].Lower is not ("dengan" or "bersama") || Negated(next, k)) return null;
                return RunAt(next, k + 2) is List<Ent> r ? (r, next) : null;
            }
            return null;
        }

        /// <summary>"Penandatanganan …", "MoU tersebut …", "Nota kesepahaman itu …": the sentence is about the signing just stated.</summary>
        private static bool OpensOnSigning(TokenList toks) =>
            toks[0].Lower == "penandatanganan" || AgreementWords.Documents.Contains(toks[0].Lower);
    }
}
