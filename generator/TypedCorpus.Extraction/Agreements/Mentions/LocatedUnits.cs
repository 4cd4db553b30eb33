using System;
using System.Collections.Generic;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// A place named by a low unit carries the higher units that locate it: "Desa Hulu, Kecamatan Tengah, Kabupaten Jaya dan
    /// Desa Hilir" is two villages, not four places. The higher units after the village (set off by commas, or "di" and a
    /// place) become part of its mention, which keeps its name, so the village and the next one can be coordinated.
    /// </summary>
    internal static class LocatedUnits
    {
        public const string Id = "located-unit";
        public const string Description = "a village's locating units after it (, Kecamatan X, Kabupaten Y / di Z) are part of its mention";

        /// <summary>Absorbs, into each low-unit mention of <paramref name="found"/>, the higher units that follow it.</summary>
        public static void Absorb(TokenList toks, string text, List<Ent> found)
        {
            for (int k = 0; k < found.Count; k++)
            {
                int own = AdminQualifier.LevelOf(found[k].Name);
                if (own <= 0 || own > 2) continue;
                int end = found[k].TokEnd, next = k + 1;
                while (next < found.Count && Locates(toks, text, end, found[next], own))
                    end = found[next++].TokEnd;
                if (next == k + 1) continue;
                var e = found[k];
                found[k] = new Ent { TokStart = e.TokStart, TokEnd = end, Name = e.Name, Type = e.Type, AdminPrefix = e.AdminPrefix };
                found.RemoveRange(k + 1, next - k - 1);
            }
        }

        /// <summary>Mention <paramref name="e"/> right after token <paramref name="end"/> is a higher unit after a comma, or a place after "di".</summary>
        private static bool Locates(TokenList toks, string text, int end, Ent e, int own)
        {
            if (e.Type == EntType.Group || e.TokStart < end || e.TokStart > end + 1) return false;
            if (e.TokStart == end + 1) return toks[end].Lower == "di" && e.Type != EntType.Person && e.TokEnd - e.TokStart <= 4;
            int from = toks[end - 1].End, to = toks[e.TokStart].Start;
            return TextSlices.TrimmedIs(text, from, to - from, ",") && AdminQualifier.LevelOf(e.Name) > own;
        }
    }
}
