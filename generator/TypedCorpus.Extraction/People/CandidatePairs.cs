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
        /// "Rina Hartati – Doni Saputra (nomor urut 1) dan …": two names joined by a dash standing apart, the pair numbered after it
        /// ("(nomor urut 1)", "(no urut 2)") or opened by "pasangan"/"paslon", are a pair of candidates: both are persons.
        /// </summary>
        private sealed class CandidatePairAcrossDash : PersonEvidence
        {
            public override string Id => "candidate-pair-dash";
            public override string Description => "two names joined by a dash standing apart, numbered after: Rina Hartati – Doni Saputra (nomor urut 1)";
            public override (string, string) Example => ("Debat diikuti Rina Hartati – Doni Saputra (nomor urut 1) dan pasangan lain.", "Rina Hartati");

            public override bool? Verdict(MentionSite s)
            {
                if (s.Mention.OrgOrPlace || s.K >= 0 || s.Mention.Name.Length > 4) return null;
                var toks = s.Toks;
                int a = s.After, b = s.Start - 1;
                // the left half: its partner after the dash
                if (IsDash(toks, a) && a + 1 < toks.Count && toks[a + 1].IsCap)
                {
                    int end = a + 1;
                    while (end < toks.Count && end < a + 6 && toks[end].IsWord && toks[end].IsCap) end++;
                    return NumberedAt(toks, end) || CandidateCueBefore(toks, s.Start) ? true : null;
                }
                // the right half: its partner before the dash
                if (IsDash(toks, b) && b >= 1 && toks[b - 1].IsWord && toks[b - 1].IsCap && NumberedAt(toks, a)) return true;
                return null;
            }

            private static bool IsDash(TokenList toks, int i) => i >= 0 && i < toks.Count && toks[i].Text is "-" or "\u2013" or "\u2014"
                && i > 0 && toks[i].Start > toks[i - 1].End && i + 1 < toks.Count && toks[i + 1].Start > toks[i].End;

            /// <summary>"(nomor urut 1)", "(no urut 2)", "(nomor 3)" at <paramref name="i"/>.</summary>
            private static bool NumberedAt(TokenList toks, int i)
                => i + 2 < toks.Count && toks[i].Text == "(" && (toks[i + 1].Is("nomor") || toks[i + 1].Is("no")) && (toks[i + 2].Is("urut") || toks[i + 2].HasDigit);
        }

        /// <summary>
        /// "pasangan" or "paslon" before <paramref name="start"/>, past at most ten tokens of the pair's description: words of
        /// the pair's description ("calon bupati dan wakil bupati nomor urut"), numbers, brackets and a colon ("(paslon)", "Paslon 1:").
        /// </summary>
        internal static bool CandidateCueBefore(TokenList toks, int start)
        {
            bool listed = false;
            for (int b = start - 1, steps = 0; b >= 0 && steps < (listed ? 24 : 10); b--, steps++)
            {
                var t = toks[b];
                if (t.Is("pasangan") || t.Is("paslon")) return true;
                // "pasangan calon A-B, serta C-D": a pair listed after another pair; the earlier pair's words are stepped over
                if (b + 1 < toks.Count && (t.Text == "," || t.Is("serta") || t.Is("dan")) && (toks[b + 1].IsCap || toks[b + 1].Is("serta") || toks[b + 1].Is("dan"))) { listed = true; continue; }
                if (listed && (t.IsCap || t.Text is "-" or "\u2019" or "'")) continue;
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
                if (dash < 3 || dash > w.Length - 3 || !char.IsUpper(w[0]) || !char.IsUpper(w[dash + 1])) continue;
                var left = name.Take(i).Append(w.Substring(0, dash)).ToArray();
                var right = new[] { w.Substring(dash + 1) }.Concat(name.Skip(i + 1)).ToArray();
                // "Joko Widodo-KH Ma'ruf Amin": a title opening the right half ("KH", "Hj") is no part of the name
                if (right.Length >= 3 && Lexicon.NameLexicon.IsTitle(right[0])) right = right.Skip(1).ToArray();
                else if (right[0].Length < 3) continue;
                return new[] { left, right };
            }
            return null;
        }
    }
}
