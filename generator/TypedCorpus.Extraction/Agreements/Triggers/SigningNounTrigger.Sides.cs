using System.Collections.Generic;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>The sides of a signing named by its noun when the sentence names one side or none.</summary>
    internal sealed partial class SigningNounTrigger
    {
        /// <summary>"antara kedua belah pihak" / "antara kedua pihak" within six words after the document.</summary>
        private static bool BetweenUnnamedSides(Sent s, int doc)
        {
            var toks = s.Toks;
            for (int k = doc + 1; k + 1 < toks.Count && k <= doc + 6; k++)
                if (toks[k].Lower == "antara") return RunAt(s, k + 1) is { Count: 1 } r && r[0].Type == EntType.Group && r[0].GroupHead == "pihak";
            return false;
        }

        /// <summary>"… dan penandatanganan kontrak antara X dan Y", "… oleh seluruh kepala dinas", "… dengan Bank Z": a signing that names its own sides.</summary>
        private static bool NamesOwnSides(TokenList toks, int doc)
        {
            for (int k = doc + 1; k < toks.Count && k <= doc + 6; k++)
                if (toks[k].Lower is "antara" or "oleh" or "dengan" or "bersama") return true;
            return false;
        }

        /// <summary>
        /// Rule one-side: a first signing that names one side only. "Universitas X melakukan penandatanganan nota kesepahaman …":
        /// the subject of a verb of doing the signing (<paramref name="unread"/> when it is the tail of a name not read whole: the
        /// signing is then given without parties rather than with a wrong one); "… melalui penandatanganan MoU dengan PT X": the
        /// partner after "dengan". Not for one who witnesses the signing, attends it or opens its ceremony.
        /// </summary>
        private static List<Party> OneSide(AgreementRun run, Sent s, int i, int doc, out bool unread)
        {
            unread = false;
            var toks = s.Toks;
            // "Bupati menghadiri penandatanganan nota kesepahaman antara pemerintah kabupaten dengan PT X": a signing attended whose
            // sides the sentence names after "antara", in words the mention scan does not read, is given without parties
            if (Witnessed(toks, i)) { unread = AgreementWords.BetweenSides(toks, doc); return new List<Party>(); }
            if (i > 0 && AgreementWords.DoingVerbs.Contains(toks[i - 1].Lower) && SubjectBefore(s, i) is { Count: 1 } one)
            {
                if (Whole(s, one[0])) return run.Parties.Resolve(one, s);
                unread = true;
                return new List<Party>();
            }
            for (int k = doc + 1; k < toks.Count && k <= doc + 6; k++)
            {
                if (toks[k].Lower != "dengan" || !(RunAfter(s, k) is { } partners)) continue;
                if (partners.Count == 1 && partners[0].Type != EntType.Group) return run.Parties.Resolve(partners, s);
                // "X dan pemerintah kabupaten se-Y melakukan penandatanganan … dengan A, B dan C": partners named, the signer
                // not read: the signing is given without parties
                unread = i > 0 && AgreementWords.DoingVerbs.Contains(toks[i - 1].Lower);
                break;
            }
            // "… ditandai dengan penandatanganan PKS antara kedua belah pihak" whose sides the article does not name in a run: a
            // signing between two sides, given without parties rather than with a guess
            unread |= BetweenUnnamedSides(s, doc);
            return new List<Party>();
        }

        /// <summary>Words of witnessing or attending the signing among the four before its noun ("menyaksikan", "membuka acara").</summary>
        private static bool Witnessed(TokenList toks, int i)
        {
            for (int k = i - 1; k >= 0 && k >= i - 4; k--) // "turut menyaksikan secara langsung penandatanganan"
                if (AgreementWords.WitnessWords.Contains(toks[k].Lower)) return true;
            return false;
        }

        /// <summary>
        /// "Penandatanganan MoU dan MoA Universitas X dan Universitas Y di …": the sides written right after the documents,
        /// without "antara": a run of two organisations or countries or more, nothing else.
        /// </summary>
        private static List<Ent>? SidesRightAfter(Sent s, int doc)
        {
            var toks = s.Toks;
            int k = doc + 1;
            // the documents' words: "nota kesepahaman", "MoU dan MoA", "nota kesepahaman (MoU)"
            while (k < toks.Count)
            {
                if (AgreementWords.Documents.Contains(toks[k].Lower)) k++;
                else if (k + 1 < toks.Count && toks[k].Lower is "dan" or "&" && AgreementWords.Documents.Contains(toks[k + 1].Lower)) k += 2;
                else if (k + 2 < toks.Count && toks[k].Text == "(" && AgreementWords.Documents.Contains(toks[k + 1].Lower) && toks[k + 2].Text == ")") k += 3;
                else break;
            }
            var run = RunAt(s, k);
            return run is { Count: >= 2 } && run.TrueForAll(e => e.Type is EntType.Org or EntType.Country) ? run : null;
        }
    }
}
