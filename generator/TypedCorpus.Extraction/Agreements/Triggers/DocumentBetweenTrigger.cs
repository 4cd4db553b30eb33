using System;
using System.Collections.Generic;
using System.Linq;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// A document between named parties that a passive signing or an outcome introduces: "Juga ditandatangani MoU trilateral
    /// antara X, Y, dan Z", "salah satu nota yang ditandatangani adalah antara X dan Y", "kerja sama yang disepakati adalah MoU
    /// antara X dan Y", "MoU dibuat antara X dengan Y", "pertemuan itu menghasilkan Deklarasi … antara X dan Y". After a signed agreement, only a further one ("juga", "pula", "salah satu") of another kind or between
    /// other parties.
    /// </summary>
    internal sealed class DocumentBetweenTrigger : SentenceTrigger
    {
        public override string Id => AgreementRules.DocumentBetween;
        public override string Description => "a document antara X dan Y after a passive signing (ditandatangani <document> antara …, <document> yang ditandatangani adalah antara …, yang disepakati adalah <document> antara …, <document> dibuat antara …) or an outcome (menghasilkan <document> antara …) (signed; declaration for a deklarasi, commitment for a kesepakatan reached)";
        public override string Example => "Kunjungan dua hari itu menghasilkan Deklarasi Bersama Perikanan antara Chile dan Peru.";

        public override IEnumerable<string> OpeningWords => new[] { "ditandatangani", "diteken", "disepakati", "dibuat", "menghasilkan", "melahirkan", "membuahkan" };

        /// <summary>Verbs of an outcome, whose object is the document the meeting produced.</summary>
        private static readonly HashSet<string> Outcomes = new HashSet<string>(StringComparer.Ordinal) { "menghasilkan", "melahirkan", "membuahkan" };

        /// <summary>Words after a relative passive signing before "antara": "yang ditandatangani adalah antara".</summary>
        private static readonly HashSet<string> Copulas = new HashSet<string>(StringComparer.Ordinal) { "adalah", "ialah", "yaitu", "yakni", "merupakan" };

        /// <summary>Words that make a document one more of several signed at the event.</summary>
        private static readonly HashSet<string> Further = new HashSet<string>(StringComparer.Ordinal) { "juga", "pula", "turut", "lainnya", "satu" };

        public override bool Opens(Sent s, int i, string w) => Between(s, i, out _) >= 0;

        public override int Fire(AgreementRun run, Sent s, int b, int i)
        {
            int antara = Between(s, i, out int doc);
            // (a negation or a future before the verb too: "itu akan ditandatangani antara …", "tidak pernah dibuat antara …")
            if (Negated(s, Math.Min(i, doc)) || Negated(s, i)) return i;
            var parties = run.Parties.Resolve(SidesAfterAntara(s, antara)!, s);
            string noun = s.Toks[doc].Lower;
            var kind = noun == "deklarasi" ? AgreementKind.Declaration
                : noun == "kesepakatan" && Outcomes.Contains(s.Toks[i].Lower) ? AgreementKind.Commitment : AgreementKind.Signed;
            // after a signing, a further document of another kind or between other parties; the same is a restatement
            if (parties.Count < 2 || run.HasSigned && (!IsFurther(s.Toks, i) || run.Found(kind, parties))) return i;
            run.Emit(s, b, kind, parties, true, Id, s.Toks[Math.Min(i, doc)].Start);
            return i;
        }

        /// <summary>
        /// The "antara" whose run of two or more names the parties of the document the verb at <paramref name="i"/> introduces
        /// (<paramref name="doc"/>: the document noun), or -1.
        /// </summary>
        private static int Between(Sent s, int i, out int doc)
        {
            var toks = s.Toks;
            string w = toks[i].Lower;
            int antara = -1;
            doc = -1;
            bool agreed = w == "disepakati";
            // "MoU dibuat antara X dengan Y", "nota itu ditandatangani antara X dan Y": the document before the verb, "antara" right after it
            if ((w == "dibuat" || w == "ditandatangani" || w == "diteken") && i > 0 && toks[i - 1].Lower != "yang" && i + 1 < toks.Count && toks[i + 1].Lower == "antara"
                && DocumentBefore(toks, i) is int before && before >= 0)
            {
                if (AgreementWords.AnyPending(toks)) return -1; // "Draf nota … dibuat antara X dengan Y": no signing yet
                doc = before;
                antara = i + 1;
            }
            else if (w == "dibuat") return -1;
            else if (w != "ditandatangani" && w != "diteken" && !agreed && !Outcomes.Contains(w)) return -1;
            else if (i > 0 && toks[i - 1].Lower == "yang")
            {
                // "<document> … yang ditandatangani (adalah) antara X dan Y"
                doc = agreed ? -1 : DocumentBefore(toks, i - 1);
                bool copula = i + 1 < toks.Count && Copulas.Contains(toks[i + 1].Lower);
                int k = copula ? i + 2 : i + 1;
                if (doc >= 0 && k < toks.Count && toks[k].Lower == "antara") antara = k;
                // "… yang disepakati (ditandatangani) adalah MoU antara X dan Y": the document after the copula
                else if (copula && k < toks.Count && AgreementWords.Documents.Contains(toks[k].Lower) && !AgreementWords.AnyPending(toks)) { doc = k; antara = AntaraAfter(s, k); }
            }
            else if (agreed) return -1;
            else
            {
                // "(juga) ditandatangani MoU trilateral antara …", "menghasilkan Deklarasi Bersama Perdagangan antara …"
                int k = i + 1;
                while (k < toks.Count && toks[k].Lower is "juga" or "pula" or "pun" or "pula" or "sebuah" or "satu") k++;
                if (k < toks.Count && AgreementWords.Documents.Contains(toks[k].Lower)) { doc = k; antara = AntaraAfter(s, k); }
            }
            if (antara < 0 || SidesAfterAntara(s, antara) is not List<Ent> r || r.Count < 2 || r.Exists(e => e.Type == EntType.Group)) return -1;
            return antara;
        }

        /// <summary>A document noun among the six words before the "yang" at <paramref name="yang"/>; -1 when none.</summary>
        private static int DocumentBefore(TokenList toks, int yang)
        {
            for (int k = yang - 1; k >= 0 && k >= yang - 6; k--) if (AgreementWords.Documents.Contains(toks[k].Lower)) return k;
            return -1;
        }

        /// <summary>
        /// "antara" within six words after the document, with only its name (capitalised words), a bracketed short form or one
        /// lower-case qualifier between ("MoU trilateral antara", "Deklarasi Bersama Perdagangan antara"); also the document's
        /// other name and its topic of cooperation ("kesepakatan atau MoU mengenai kerja sama antara"); not a document referred
        /// back to ("MoU itu antara"); -1 when none.
        /// </summary>
        private static int AntaraAfter(Sent s, int doc)
        {
            var toks = s.Toks;
            int lower = 0;
            for (int k = doc + 1; k < toks.Count && k <= doc + 8; k++)
            {
                if (toks[k].Lower == "antara") return k;
                if (toks[k].Lower is "ini" or "itu" or "tersebut") return -1;
                // "atau MoU": the document's other name
                if (toks[k].Lower == "atau" && k + 1 < toks.Count && AgreementWords.Documents.Contains(toks[k + 1].Lower)) { k++; continue; }
                // "mengenai kerja sama", "tentang kerjasama": what the document is about
                if (toks[k].Lower is "mengenai" or "tentang" or "terkait" && AgreementWords.CooperationAt(toks, k + 1))
                {
                    k += toks[k + 1].Lower == "kerja" ? 2 : 1;
                    continue;
                }
                if (!toks[k].Upper && ++lower > 1) return -1;
            }
            return -1;
        }

        /// <summary>A word of <see cref="Further"/> before the verb ("Juga ditandatangani", "salah satu nota … yang ditandatangani").</summary>
        private static bool IsFurther(TokenList toks, int i)
        {
            for (int k = i - 1; k >= 0 && k >= i - 10; k--) if (Further.Contains(toks[k].Lower)) return true;
            return false;
        }
    }
}
