using System;
using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// An item of an enumeration written as prose: "Kedua, nota kesepahaman antara X dan Y tentang … yang ditandatangani oleh …".
    /// The parties are the run after "antara" (the signers who follow "oleh" sign for them); each item is its own signed
    /// agreement, so an earlier signing does not hide it.
    /// </summary>
    internal sealed class EnumeratedDocumentTrigger : SentenceTrigger
    {
        /// <summary>Ordinals that open an item: "Pertama,", "Kedua,", "Selanjutnya,".</summary>
        internal static readonly HashSet<string> Enumerators = LexiconResource.WordSet("agreement-enumerators");

        /// <summary>How many words the signing verb may come after the document.</summary>
        private const int SigningSpan = 30;

        public override string Id => AgreementRules.EnumeratedDocument;
        public override string Description => "an enumerated item 'Pertama/Kedua, <document> antara X dan Y … yang ditandatangani/diteken …': the parties after antara (signed)";
        public override string Example => "Kedua, nota kesepahaman antara Pemerintah Chile dan Pemerintah Peru tentang kerja sama perikanan yang ditandatangani oleh kedua menteri.";

        // opens at the passive signing verb of a relative clause ("yang ditandatangani") whose sentence is an enumerated document
        public override IEnumerable<string> OpeningWords => new[] { "ditandatangani", "diteken", "ditanda" };

        public override bool Opens(Sent s, int i, string w) =>
            (w == "ditandatangani" || w == "diteken" || w == "ditanda") && i > 1 && i - 1 <= SigningSpan && s.Toks[i - 1].Lower == "yang"
            && IsItemOpening(s) && AntaraAfter(s.Toks, 1) > 0;

        public override int Fire(AgreementRun run, Sent s, int b, int i)
        {
            if (Negated(s, i)) return i;
            var r = RunAt(s, AntaraAfter(s.Toks, 1) + 1);
            if (r == null || r.Count < 2) return i;
            var parties = run.Parties.Resolve(r, s);
            if (parties.Count >= 2) run.Emit(s, b, AgreementKind.Signed, parties, true, Id, s.Toks[1].Start);
            return i;
        }

        /// <summary>A document is the word right after an opening ordinal and its comma: "Kedua, MoU …" (not "Kedua negara …").</summary>
        private static bool IsItemOpening(Sent s) =>
            Enumerators.Contains(s.Toks[0].Lower) && AgreementWords.Documents.Contains(s.Toks[1].Lower)
            && s.Text.IndexOf(',', s.Toks[0].End, s.Toks[1].Start - s.Toks[0].End) >= 0;

        /// <summary>"antara" within the four words after the document ("nota kesepahaman (MoU) antara"); -1 when none.</summary>
        private static int AntaraAfter(TokenList toks, int doc)
        {
            for (int k = doc + 1; k < toks.Count && k <= doc + 4; k++) if (toks[k].Lower == "antara") return k;
            return -1;
        }
    }
}
