using System;
using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>The words the agreement triggers read (Lexicon/Resources/agreement-*.txt and short lists kept here).</summary>
    internal static class AgreementWords
    {
        public static readonly HashSet<string> Negations = LexiconResource.WordSet("agreement-negations");

        public static readonly HashSet<string> Documents = LexiconResource.WordSet("agreement-documents");

        /// <summary>Words before a signing that make it one still to come ("rencana penandatanganan").</summary>
        public static readonly HashSet<string> Planned = LexiconResource.WordSet("agreement-planned-words");

        /// <summary>Words that leave a signing the sentence reports pending or undone ("dijadwalkan", "dibatalkan").</summary>
        public static readonly HashSet<string> Pending = LexiconResource.WordSet("agreement-pending-words");

        /// <summary>"penandatanganan MoU antara X dan Y": "antara" within the few words after the document.</summary>
        public static bool BetweenSides(TokenList toks, int doc)
        {
            for (int k = doc + 1; k < toks.Count && k <= doc + 4; k++)
                if (toks[k].Lower == "antara") return true;
            return false;
        }

        /// <summary>Does a word of <see cref="Pending"/> stand anywhere in <paramref name="toks"/>?</summary>
        public static bool AnyPending(TokenList toks)
        {
            foreach (var t in toks) if (t.IsWord && Pending.Contains(t.Lower)) return true;
            return false;
        }

        /// <summary>Words that turn the sentence away from the signing: a relative clause, a new clause, a time before or after it.</summary>
        private static readonly HashSet<string> ClauseTurns = new HashSet<string>(StringComparer.Ordinal)
        { "yang", "dan", "serta", "untuk", "setelah", "sebelum", "sesudah", "usai", "sehingga", "karena" };

        /// <summary>Words before a pending word that put it in the past of a signing that then took place ("sempat ditunda").</summary>
        private static readonly HashSet<string> PendingBefore = new HashSet<string>(StringComparer.Ordinal)
        { "sempat", "setelah", "pernah", "sebelumnya", "sesudah", "usai" };

        /// <summary>
        /// "Penandatanganan MoU antara X dan Y ditunda / dijadwalkan pekan depan / akan dilakukan besok": a word of
        /// <see cref="Pending"/>, or "akan" before a verb of carrying out, within twenty words after the signing's noun at
        /// <paramref name="i"/>, not in the past of a signing that took place ("setelah sempat ditunda").
        /// </summary>
        public static bool PendingAfter(TokenList toks, int i)
        {
            for (int k = i + 1; k < toks.Count && k <= i + 20; k++)
            {
                var w = toks[k].Lower;
                // a relative or a new clause, or a verb of its own, says no more of the signing ("… menandai kerja sama yang akan berlangsung")
                // ("dan"/"serta" between the sides' names joins them; before a word in small letters it opens a new clause)
                bool joinsNames = w is "dan" or "serta" && k + 1 < toks.Count && toks[k + 1].Upper;
                if (ClauseTurns.Contains(w) && !joinsNames || NameLexicon.LooksLikeActiveVerb(w)) return false;
                bool pending = Pending.Contains(w) || w == "akan" && k + 1 < toks.Count && toks[k + 1].Lower is "dilakukan" or "dilaksanakan" or "digelar" or "berlangsung";
                if (!pending) continue;
                bool past = k >= 1 && PendingBefore.Contains(toks[k - 1].Lower) || k >= 2 && PendingBefore.Contains(toks[k - 2].Lower);
                if (!past) return true;
            }
            return false;
        }

        public static readonly HashSet<string> SignVerbs = LexiconResource.WordSet("agreement-sign-verbs");

        /// <summary>Verbs of carrying a signing out ("melakukan penandatanganan"): their subject signs.</summary>
        public static readonly HashSet<string> DoingVerbs = LexiconResource.WordSet("agreement-doing-verbs");

        /// <summary>Words of witnessing, attending or opening a signing: their subject signs nothing.</summary>
        public static readonly HashSet<string> WitnessWords = LexiconResource.WordSet("agreement-witness-words");

        public static readonly HashSet<string> IssueVerbs = LexiconResource.WordSet("agreement-issue-verbs");

        public static readonly HashSet<string> MakeVerbs = LexiconResource.WordSet("agreement-make-verbs");

        public static readonly HashSet<string> WithdrawnClaims = LexiconResource.WordSet("agreement-withdrawn-claims");

        public static readonly HashSet<string> SepakatNotNext = LexiconResource.WordSet("agreement-sepakat-not-next");

        public static readonly HashSet<string> TermNouns = LexiconResource.WordSet("agreement-term-nouns");

        /// <summary>A request or hope addressed to the parties: "meminta X dan Y untuk mencapai kesepakatan".</summary>
        public static readonly HashSet<string> Requests = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "meminta", "mendesak", "mengajak", "menyerukan", "mendorong", "diminta", "memohon", "menuntut", "mengimbau", "didesak", "mengharapkan", "berharap" };

        /// <summary>The first document noun ("nota", "perjanjian", …) among the <paramref name="span"/> tokens after <paramref name="i"/>, or -1.</summary>
        /// <summary>"kerja sama" or "kerjasama" at <paramref name="k"/>: a cooperation, signed as its agreement.</summary>
        public static bool CooperationAt(TokenList toks, int k)
            => k < toks.Count && (toks[k].Lower == "kerjasama" || toks[k].Lower == "kerja" && k + 1 < toks.Count && toks[k + 1].Lower == "sama");

        public static int DocumentAfter(TokenList toks, int i, int span)
        {
            for (int k = i + 1; k < toks.Count && k <= i + span; k++) if (Documents.Contains(toks[k].Lower)) return k;
            return -1;
        }
    }
}
