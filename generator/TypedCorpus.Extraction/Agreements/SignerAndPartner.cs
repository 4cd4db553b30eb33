using System.Linq;
using System;
using System.Collections.Generic;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// One signer and its partner around a signing noun: "X melakukan penandatanganan nota kesepahaman dengan Y (dan Z)", "X
    /// dengan Y melakukan penandatanganan …", "X bersama Y laksanakan penandatanganan …". The words between the signer and the
    /// noun must say it carries the signing out (not that it witnesses or opens it: "Bupati X menyaksikan penandatanganan …").
    /// </summary>
    internal static class SignerAndPartner
    {
        /// <summary>Words that may stand between the signer and "penandatanganan": verbs of carrying it out and their adverbs.</summary>
        private static readonly HashSet<string> Doing = new HashSet<string>(AgreementWords.DoingVerbs.Concat(new[] { "telah", "sudah", "juga", "resmi", "secara", "kembali", "pun", "hari", "ini" }), StringComparer.OrdinalIgnoreCase);

        /// <summary>The signer (the subject of the signing noun at <paramref name="noun"/>) and its partner; null when there are not two.</summary>
        public static List<Ent>? Of(Sent s, int noun, int doc)
        {
            var toks = s.Toks;
            var subj = SubjectBefore(s, noun);
            if (subj == null || subj.Count != 1 || subj[0].Type == EntType.Group) return null;
            for (int k = subj[0].TokEnd; k < noun; k++) if (!Doing.Contains(toks[k].Lower)) return null;
            // "Bupati X SE.MM laksanakan …": a degree after the name is no signer; the name before it is
            if (subj[0].Type == EntType.Name && Degrees.Contains(subj[0].Name)) subj = Before(s, subj[0]);
            if (subj == null) return null;
            var ents = new List<Ent>();
            // "X dengan Y melakukan …": the partner written before the signer's verb, in the subject
            if (Comitative(s, subj[0]) is List<Ent> before) ents.AddRange(before);
            ents.AddRange(subj);
            if (ents.Count < 2 && PartnerAfter(s, doc) is List<Ent> after) ents.AddRange(after);
            return ents.Count >= 2 ? ents : null;
        }

        /// <summary>Degrees written after a person's name ("SE", "MM"), from the degree lexicon.</summary>
        private static HashSet<string> Degrees => TypedCorpus.Extraction.Lexicon.NameLexicon.DegreeWords;

        /// <summary>The single run that ends right where <paramref name="e"/> starts (a degree glued to the name: "X SE.MM"), else null.</summary>
        private static List<Ent>? Before(Sent s, Ent e)
        {
            int r = s.RunsEndingBy(e.TokStart) - 1;
            if (r < 0) return null;
            var run = s.Runs[r];
            return run.Count == 1 && run[0].TokEnd == e.TokStart && run[0].Type != EntType.Group ? run : null;
        }

        /// <summary>"X dengan/bersama Y": the single run right before "dengan"/"bersama" that opens <paramref name="second"/>.</summary>
        private static List<Ent>? Comitative(Sent s, Ent second)
        {
            int w = second.TokStart - 1;
            if (w < 1 || s.Toks[w].Lower is not ("dengan" or "bersama")) return null;
            int r = s.RunsEndingBy(w) - 1;
            if (r < 0) return null;
            var run = s.Runs[r];
            return run[run.Count - 1].TokEnd == w && run.Count == 1 && run[0].Type != EntType.Group ? run : null;
        }

        /// <summary>"… nota kesepahaman (tentang …) dengan Y dan Z": the run after the first "dengan"/"bersama" within ten words of the document.</summary>
        private static List<Ent>? PartnerAfter(Sent s, int doc)
        {
            var toks = s.Toks;
            for (int k = doc + 1; k + 1 < toks.Count && k <= doc + 10; k++)
            {
                if (toks[k].Lower == "antara") return null;
                // "nota kesepahaman bersama dengan Y": a joint document; "bersama Y" names the partner
                if (toks[k].Lower == "dengan" || toks[k].Lower == "bersama" && RunAt(s, k + 1) != null) return RunAfter(s, k);
            }
            return null;
        }
    }
}
