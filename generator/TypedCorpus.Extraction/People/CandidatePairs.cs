using System;
using System.Linq;

namespace TypedCorpus.Extraction.People
{
    public static partial class NameScanner
    {
        /// <summary>
        /// "pasangan calon (paslon) Rina Hartati-Doni Saputra", "Paslon 2: Hartono-Budi Santoso", "pasangan calon … nomor urut 02
        /// Rina Hartati-Doni Saputra": a pair of candidates joined by a hyphen after "pasangan" or "paslon" is two persons.
        /// </summary>
        private sealed class CandidatePair : PersonEvidence
        {
            public override string Id => "candidate-pair";
            public override string Description => "two names joined by a hyphen after pasangan (calon) or paslon: pasangan calon nomor urut 2 Rina Hartati-Doni Saputra";
            public override (string, string) Example => ("Pasangan calon nomor urut 2 Rina Hartati-Doni Saputra unggul tipis.", "Rina Hartati-Doni Saputra");

            public override bool? Verdict(MentionSite s)
                => s.Mention.Name.Length <= 6 && SplitPair(s.Mention.Name) != null && CandidateCueBefore(s.Toks, s.Start) ? true : null;
        }

        /// <summary>
        /// "pasangan" or "paslon" before <paramref name="start"/>, past at most ten tokens of the pair's description: words of
        /// the pair's description ("calon bupati dan wakil bupati nomor urut"), numbers, brackets and a colon ("(paslon)", "Paslon 1:").
        /// </summary>
        internal static bool CandidateCueBefore(TokenList toks, int start)
        {
            for (int b = start - 1, steps = 0; b >= 0 && steps < 10; b--, steps++)
            {
                var t = toks[b];
                if (t.Is("pasangan") || t.Is("paslon")) return true;
                if (t.IsWord ? !t.HasDigit && !PairDescription.Contains(t.Text) : !(t.Text is "(" or ")" or ":")) return false;
            }
            return false;
        }

        /// <summary>The words that describe a pair of candidates between "pasangan" and their names.</summary>
        private static readonly System.Collections.Generic.HashSet<string> PairDescription = new System.Collections.Generic.HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "calon", "capres", "cawapres", "capres-cawapres", "cagub", "cawagub", "cabup", "cawabup", "presiden", "gubernur", "bupati", "wali", "kota",
            "walikota", "wakil", "dan", "nomor", "urut", "no", "kepala", "daerah", "desa", "pilkada", "pilpres",
        };

        /// <summary>The two halves of a name that one hyphenated word of capitalised halves splits ("Rina Hartati-Doni Saputra"), else null.</summary>
        internal static string[][]? SplitPair(string[] name)
        {
            for (int i = 0; i < name.Length; i++)
            {
                var w = name[i];
                int dash = w.IndexOf('-');
                if (dash < 3 || dash > w.Length - 4 || !char.IsUpper(w[0]) || !char.IsUpper(w[dash + 1])) continue;
                var left = name.Take(i).Append(w.Substring(0, dash)).ToArray();
                var right = new[] { w.Substring(dash + 1) }.Concat(name.Skip(i + 1)).ToArray();
                return new[] { left, right };
            }
            return null;
        }
    }
}
