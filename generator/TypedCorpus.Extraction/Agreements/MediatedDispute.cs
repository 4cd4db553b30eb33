using System;
using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// What an article says of a dispute settled by mediation: whether it reports one (a dispute or a mediation), and whether
    /// it names a side where it describes the dispute ("sengketa buruh dan manajemen PT X"). In a mediation story the persons
    /// named are mostly those who mediate, so "kedua belah pihak" is not them; when no side is named, the sides are unnamed.
    /// </summary>
    internal static class MediatedDispute
    {
        /// <summary>How many words after a dispute noun a side it names may start.</summary>
        private const int SideSpan = 4;

        /// <summary>The words <see cref="Reported"/> looks for (<see cref="WordGate"/>: most words are refused without a lookup).</summary>
        private static readonly WordGate ReportWords =
            new WordGate(new[] { "mediasi" }, DesignatedSides.Disputes, DesignatedSides.DisputeVerbs, DesignatedSides.Mediating);

        /// <summary>
        /// The article reports a mediation (a mediating verb, "mediasi"), or a dispute (a dispute noun or participle) with a
        /// settlement near it: a word of mediating, making peace or agreeing in its paragraph or the one before or after. A
        /// dispute mentioned in passing ("konflik di perbatasan" in a report of trade talks) is no mediation story.
        /// </summary>
        public static bool Reported(List<List<Sent>> blocks)
        {
            for (int b = 0; b < blocks.Count; b++)
                foreach (var s in blocks[b])
                    foreach (var t in s.Toks)
                    {
                        // the gate holds for a word's text as for its lower case (the same length, the first letter in either case)
                        if (!ReportWords.MayHold(t.Text)) continue;
                        string w = t.Lower;
                        if (w == "mediasi" || DesignatedSides.Mediating.Contains(w)) return true;
                        if ((DesignatedSides.Disputes.Contains(w) || DesignatedSides.DisputeVerbs.Contains(w)) && SettledNear(blocks, b)) return true;
                    }
            return false;
        }

        /// <summary>Words of settling a dispute: mediating, making peace, agreeing.</summary>
        private static readonly HashSet<string> Settling = new HashSet<string>(StringComparer.Ordinal)
        { "mediasi", "damai", "berdamai", "perdamaian", "didamaikan", "islah", "musyawarah", "kesepakatan", "sepakat", "bersepakat", "menyepakati", "disepakati" };

        /// <summary>A word of settling (or of mediating) in block <paramref name="b"/> or the block before or after it.</summary>
        private static bool SettledNear(List<List<Sent>> blocks, int b)
        {
            for (int k = Math.Max(0, b - 1); k <= b + 1 && k < blocks.Count; k++)
                foreach (var s in blocks[k])
                    foreach (var t in s.Toks)
                        if (Settling.Contains(t.Lower) || DesignatedSides.Mediating.Contains(t.Lower)) return true;
            return false;
        }

        /// <summary>
        /// A mention that stands for the sides of a dispute without naming them: a pair of sides ("kedua belah pihak", "kedua
        /// kelompok") or all the sides ("seluruh pihak", "para pihak").
        /// </summary>
        public static bool IsSidesGroup(Ent e) =>
            e.Type == EntType.Group && MentionLexicon.IsSideHead(e.GroupHead) && (e.GroupCount == 2 || e.GroupCount == 0 && e.GroupHead == "pihak");

        /// <summary>A dispute noun is followed, within four words and no comma, by a named party that is not a place after "di".</summary>
        public static bool NamesASide(List<List<Sent>> blocks)
        {
            foreach (var sents in blocks)
                foreach (var s in sents)
                    for (int k = 0; k < s.Toks.Count; k++)
                    {
                        if (!DesignatedSides.Disputes.Contains(s.Toks[k].Lower)) continue;
                        foreach (var e in s.Ents)
                            if (e.TokStart > k && e.TokStart <= k + SideSpan && e.Type != EntType.Group && s.Toks[e.TokStart - 1].Lower != "di"
                                && s.Text.IndexOf(',', s.Toks[k].End, s.Toks[e.TokStart].Start - s.Toks[k].End) < 0) return true;
                    }
            return false;
        }
    }
}
