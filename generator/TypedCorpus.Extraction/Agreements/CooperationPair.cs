using System;
using System.Collections.Generic;
using System.Linq;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// The pair of a cooperation just reported, for a signing that names no parties of its own: "X memperpanjang kerja sama
    /// dengan Y. Kerja sama ditempuh melalui penandatanganan nota kesepahaman …", "X berkolaborasi dengan Y. … kolaborasi
    /// diimplementasikan dengan penandatanganan MoU", "X menggandeng Y dalam penandatanganan …". The subject of the cooperation
    /// and the partner named after "dengan" (or the object of a verb of taking on a partner).
    /// </summary>
    internal static class CooperationPair
    {
        /// <summary>Words of a cooperation (one word; "kerja sama" / "bekerja sama" are read at their first word).</summary>
        private static readonly HashSet<string> Words = new HashSet<string>(StringComparer.Ordinal)
        { "kerjasama", "bekerjasama", "berkolaborasi", "kolaborasi", "kemitraan", "bermitra" };

        /// <summary>Verbs of taking on a partner, who is their object: "X menggandeng Y dalam penandatanganan …".</summary>
        private static readonly HashSet<string> Partnering = new HashSet<string>(StringComparer.Ordinal)
        { "menggandeng", "merangkul", "menggaet" };

        /// <summary>How many words may stand between the cooperation and "dengan" ("kerja sama strategis dengan").</summary>
        private const int PartnerGap = 2;

        /// <summary>
        /// The pair of the nearest cooperation before token <paramref name="before"/> of sentence <paramref name="s"/>: in that
        /// sentence, the sentences before it in its paragraph, or (for a paragraph's first sentence) the paragraph before; else null.
        /// </summary>
        public static List<Party>? Before(AgreementRun run, Sent s, int b, int before)
        {
            var found = In(run, s, before);
            if (found != null) return found;
            var sents = run.Blocks[b];
            for (int si = s.Index - 1; si >= 0; si--)
                if (In(run, sents[si], sents[si].Toks.Count) is List<Party> p) return p;
            if (s.Index != 0 || b == 0) return null;
            var prev = run.Blocks[b - 1];
            for (int si = prev.Count - 1; si >= 0; si--)
                if (In(run, prev[si], prev[si].Toks.Count) is List<Party> p) return p;
            return null;
        }

        /// <summary>The last cooperation of sentence <paramref name="s"/> before token <paramref name="before"/> that names its subject and partner.</summary>
        private static List<Party>? In(AgreementRun run, Sent s, int before)
        {
            var toks = s.Toks;
            for (int k = Math.Min(before, toks.Count) - 1; k >= 0; k--)
            {
                int end = CooperationEnd(toks, k);
                if (end < 0) continue;
                var partner = Partnering.Contains(toks[k].Lower) ? PartnerRun(s, RunAt(s, end)) : Partner(s, end);
                var subj = partner == null ? null : SubjectBefore(s, k);
                if (subj == null || subj.Exists(e => e.Type == EntType.Group)) continue;
                var parties = run.Parties.Resolve(subj.Concat(partner!), s);
                if (parties.Count >= 2) return parties;
            }
            return null;
        }

        /// <summary>The token after the cooperation word(s) at <paramref name="k"/>, or -1.</summary>
        private static int CooperationEnd(TokenList toks, int k)
        {
            string w = toks[k].Lower;
            if (Words.Contains(w) || Partnering.Contains(w)) return k + 1;
            return (w == "kerja" || w == "bekerja") && k + 1 < toks.Count && toks[k + 1].Lower == "sama" ? k + 2 : -1;
        }

        /// <summary>How many words may stand between a branch office's words and its organisation ("wilayah (KPw)").</summary>
        private const int BranchGap = 3;

        /// <summary>
        /// "Kantor Perwakilan wilayah (KPw) Bank Sentosa": the first run opened by an organisation within <see cref="BranchGap"/>
        /// words after the branch office's words (ending at <paramref name="from"/>), else null.
        /// </summary>
        private static List<Ent>? OrgAfterBranch(Sent s, int from)
        {
            foreach (var run in s.Runs)
                if (run[0].TokStart >= from && run[0].TokStart <= from + BranchGap && run[0].Type == EntType.Org) return run;
            return null;
        }

        /// <summary>
        /// The run after "dengan" within <see cref="PartnerGap"/> lower-case words of the cooperation, when it ends a phrase: a
        /// run followed closely by another mention ("Kantor Perwakilan wilayah (KPw) Bank X") is not read as the whole partner.
        /// </summary>
        private static List<Ent>? Partner(Sent s, int end)
        {
            var toks = s.Toks;
            for (int k = end; k < toks.Count && k <= end + PartnerGap; k++)
            {
                if (toks[k].Lower != "dengan") { if (toks[k].Upper) return null; continue; }
                return PartnerRun(s, RunAt(s, k + 1));
            }
            return null;
        }

        /// <summary>The partner's run <paramref name="r"/> (a branch office stands for its organisation), when it ends a phrase; else null.</summary>
        private static List<Ent>? PartnerRun(Sent s, List<Ent>? r)
        {
            if (r != null && r.Count == 1 && AdminQualifier.IsBranchOnly(r[0].Name)) r = OrgAfterBranch(s, r[0].TokEnd);
            if (r == null || r.Exists(e => e.Type == EntType.Group)) return null;
            int after = r[r.Count - 1].TokEnd;
            foreach (var other in s.Runs)
                if (other[0].TokStart >= after && other[0].TokStart <= after + 2) return null;
            return r;
        }
    }
}
