using System;
using System.Collections.Generic;
using static TypedCorpus.Extraction.Agreements.Clauses;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// The sides an article designates by number, as settlements and contracts do: "Selaku pihak pertama adalah X", "Y
    /// bertindak sebagai pihak kedua", "pihak kedua terdiri dari A, B, dan C". "Kedua belah pihak" and "para pihak" are them.
    /// </summary>
    internal static class DesignatedSides
    {
        private static readonly Dictionary<string, int> SideNumbers = new Dictionary<string, int>(StringComparer.Ordinal)
        { ["pertama"] = 1, ["kedua"] = 2, ["ketiga"] = 3 };

        /// <summary>Words between "pihak pertama" and the side it names ("adalah", "terdiri dari").</summary>
        private static readonly HashSet<string> Copulas = new HashSet<string>(StringComparer.Ordinal)
        { "adalah", "ialah", "yaitu", "yakni", "merupakan", "terdiri", "dari", "atas", "ialah", "selaku" };

        /// <summary>The parties of every designated side, side by side in their order; empty unless two sides or more are named.</summary>
        public static List<Party> Of(List<List<Sent>> blocks, PartyMemory memory)
        {
            var sides = new SortedDictionary<int, List<Party>>();
            foreach (var sents in blocks)
                foreach (var s in sents)
                {
                    var toks = s.Toks;
                    for (int k = 0; k + 1 < toks.Count; k++)
                    {
                        if (toks[k].Lower != "pihak" || !SideNumbers.TryGetValue(toks[k + 1].Lower, out int side) || sides.ContainsKey(side)) continue;
                        var named = Named(s, k);
                        if (named != null) sides[side] = memory.Resolve(named, s);
                    }
                }
            var all = new List<Party>();
            if (sides.Count < 2) return Listed(blocks, memory) ?? all;
            foreach (var side in sides.Values) all.AddRange(side);
            return PartyMemory.Distinct(all);
        }

        /// <summary>Words that introduce the sides a counted "kedua belah pihak" lists.</summary>
        private static readonly HashSet<string> Listing = new HashSet<string>(StringComparer.Ordinal) { "yakni", "yaitu", "adalah", "ialah" };

        /// <summary>
        /// "Kedua belah pihak (yang bertikai) yakni X sebagai pelapor dan Y sebagai terlapor": the first two names after the
        /// listing word (within twelve words); null when no sentence lists them.
        /// </summary>
        private static List<Party>? Listed(List<List<Sent>> blocks, PartyMemory memory)
        {
            foreach (var sents in blocks)
                foreach (var s in sents)
                    foreach (var g in s.Ents)
                    {
                        if (g.Type != EntType.Group || g.GroupHead != "pihak" || g.GroupCount != 2) continue;
                        int c = g.TokEnd;
                        while (c < s.Toks.Count && c <= g.TokEnd + 3 && !Listing.Contains(s.Toks[c].Lower)) c++;
                        if (c >= s.Toks.Count || !Listing.Contains(s.Toks[c].Lower)) continue;
                        var named = new List<Ent>();
                        foreach (var e in s.Ents)
                            if (e.TokStart > c && e.TokStart <= c + 12 && e.Type != EntType.Group && named.Count < 2) named.Add(e);
                        var sides = memory.Resolve(named, s);
                        if (sides.Count == 2) return sides;
                    }
            return null;
        }

        /// <summary>"X (bertindak) sebagai pihak …": the subject before; else the first person after the side's name, else the first run after it.</summary>
        private static List<Ent>? Named(Sent s, int k)
        {
            var toks = s.Toks;
            if (k > 0 && toks[k - 1].Lower == "sebagai") return SubjectBefore(s, k - 1);
            int j = k + 2;
            while (j < toks.Count && Copulas.Contains(toks[j].Lower)) j++;
            List<Ent>? first = null;
            foreach (var run in s.Runs)
            {
                if (run[0].TokStart < j || run[0].TokStart > j + 6) continue;
                if (run[0].Type == EntType.Group) break;
                first ??= run;
                if (run[0].Type == EntType.Person) return run;
            }
            return first;
        }
    }
}
