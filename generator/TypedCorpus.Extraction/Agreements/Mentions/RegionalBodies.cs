using System.Collections.Generic;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// A body named for a region after its short form: "Rumah Sakit Umum Daerah (RSUD) Kabupaten Hulu", "Dinas Pendidikan
    /// (Disdik) Kota Hilir". The regency or city after the bracket is part of the body's name, not a party of its own.
    /// </summary>
    internal static class RegionalBodies
    {
        public const string Id = "regional-body";
        public const string Description = "a body's short form in brackets, then Kabupaten/Kota/Provinsi X: one mention named with its region";

        /// <summary>The regency level and above (<see cref="AdminQualifier.LevelOf"/>).</summary>
        private const int RegionLevel = 4;

        /// <summary>Joins, in <paramref name="found"/>, each body whose short form in brackets is followed by a region's mention.</summary>
        public static void Absorb(TokenList toks, string text, List<Ent> found)
        {
            for (int k = 0; k + 1 < found.Count; k++)
            {
                Ent body = found[k], region = found[k + 1];
                if (body.Type is not (EntType.Name or EntType.Org) || AdminQualifier.LevelOf(body.Name) > 0 || region.Type != EntType.Org) continue;
                if (region.TokStart != body.TokEnd || AdminQualifier.LevelOf(region.Name) < RegionLevel || !AfterBracket(toks, text, region.TokStart)) continue;
                found[k] = new Ent { TokStart = body.TokStart, TokEnd = region.TokEnd, Name = body.Name + " " + region.Name, Type = EntType.Org };
                found.RemoveAt(k + 1);
            }
        }

        /// <summary>A closing bracket is the last character before token <paramref name="t"/>.</summary>
        private static bool AfterBracket(TokenList toks, string text, int t)
        {
            int c = toks[t].Start - 1;
            while (c >= 0 && char.IsWhiteSpace(text[c])) c--;
            return c >= 0 && text[c] == ')';
        }
    }
}
