using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public static partial class NameScanner
    {
        /// <summary>
        /// Rule paired-names: two names joined by "dan" (or a spaced dash between candidates) where the first is a person by its
        /// office ("anggota KPU Sukamaju Rudiyanto dan Hartono", "hakim anggota Rudiyanto dan Rina Wulandari": both hold it) or both
        /// follow a pair of candidates' description ("nomor urut 1 Rudiyanto dan Hartono", "pasangan calon bupati dan wakil bupati,
        /// Rudi – Hartono"): the second, a plain name, is a person too.
        /// </summary>
        private static void StrengthenPairedNames(TokenList toks, List<Mention> result)
        {
            for (int r = 0; r + 1 < result.Count; r++)
            {
                var a = result[r];
                var b = result[r + 1];
                int gap = a.EndTokenIndex + 1;
                if (b.TokenIndex != gap + 1 || !PlainPairHalf(toks, b)) continue;
                var joint = toks[gap];
                bool candidates = CandidatesBefore(toks, a.TokenIndex) && PlainPairHalf(toks, a)
                    && (joint.Is("dan") || joint.Text is "-" or "–" or "&" && joint.Start > toks[gap - 1].End);
                // after a lower-case noun ("pemuda Kelapa Dua dan Sukamaju") a one-word second name is as often a place
                bool lowerRole = a.TokenIndex > 0 && toks[a.TokenIndex - 1].IsWord && !toks[a.TokenIndex - 1].IsCap;
                bool coHolder = joint.Is("dan") && a.Strong && a.AfterRole && a.Evidence is "office-role" or "role-apposition" && !a.OrgOrPlace && !b.AfterRole && !b.Strong
                    && !(lowerRole && b.Name.Length < 2);
                if (!candidates && !coHolder) continue;
                foreach (var m in candidates ? new[] { a, b } : new[] { b })
                {
                    m.Strong = true;
                    m.Evidence ??= candidates ? "candidate-pair" : "office-pair";
                    m.Introduced = true; // the article presents the person by this name, complete as it is
                }
                if (!candidates) b.Partner = a;
            }
        }

        /// <summary>
        /// Rule settlement-side: "Rudiyanto, Hartawan, dan Sukiman (pihak pertama)": the plain names listed before a side's
        /// label are that side's persons, like the one the label follows.
        /// </summary>
        private static void StrengthenSides(TokenList toks, List<Mention> result)
        {
            for (int r = result.Count - 1; r >= 1; r--)
            {
                if (result[r].Evidence != "role-parenthesis" || !SideLabelAfter(toks, result[r].EndTokenIndex + 1)) continue;
                for (int x = r - 1; x >= 0 && ListJoined(toks, result[x].EndTokenIndex, result[x + 1].TokenIndex); x--)
                {
                    var m = result[x];
                    if (m.OrgOrPlace || m.Name.Length > 3 || !PlainNameWords(m.Name, 3)) break;
                    m.Strong = true;
                    m.Evidence ??= "settlement-side";
                }
            }
        }

        /// <summary>"(pihak pertama)", "(pihak II)" at <paramref name="a"/>.</summary>
        internal static bool SideLabelAfter(TokenList toks, int a)
            => a + 3 < toks.Count && toks[a].Text == "(" && toks[a + 1].Is("pihak") && SideOrdinals.Contains(toks[a + 2].Text) && toks[a + 3].Text == ")";

        private static readonly HashSet<string> SideOrdinals = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
            { "pertama", "kedua", "ketiga", "kesatu", "I", "II", "III" };

        /// <summary>"dan Gubernur …", "serta Kepala Dinas …": "dan" and another office at <paramref name="i"/>.</summary>
        private static bool AnotherOfficeFollows(TokenList toks, int i)
            => i + 1 < toks.Count && (toks[i].Is("dan") || toks[i].Is("serta")) && toks[i + 1].IsCap && IsOfficeRole(toks[i + 1]);

        /// <summary>", Rudi Hartono dan Rina Wulandari, serta …": "dan", a plain name and the apposition's end at <paramref name="a"/>.</summary>
        private static bool PairClosesApposition(TokenList toks, int a)
        {
            if (a + 1 >= toks.Count || !toks[a].Is("dan") || !toks[a + 1].IsCap) return false;
            int i = a + 1;
            while (i < toks.Count && i <= a + 3 && toks[i].IsCap && PlainNameWords(new[] { toks[i].Text }, 3)) i++;
            return i > a + 1 && (i >= toks.Count || toks[i].Text is "," or "." or ";");
        }

        /// <summary>A plain name of one to three words (no place, organisation or role word), not followed by another capitalised word.</summary>
        private static bool PlainPairHalf(TokenList toks, Mention m)
        {
            int after = m.EndTokenIndex + 1;
            return !m.OrgOrPlace && m.Name.Length <= 3 && PlainNameWords(m.Name, 3) && !IsBareInitials(m.Name)
                && !NameLexicon.IsGazetteerPlace(m.Joined) && (after >= toks.Count || !toks[after].IsCap || NameLexicon.StopWords.Contains(toks[after].Text));
        }

        /// <summary>Before <paramref name="start"/> (past a comma or colon): a pair of candidates' description, or its number ("nomor urut 1").</summary>
        private static bool CandidatesBefore(TokenList toks, int start)
        {
            int b = start - 1;
            if (b >= 0 && toks[b].Text is "," or ":") b--;
            if (b >= 2 && toks[b].HasDigit && toks[b - 1].Is("urut") && (toks[b - 2].Is("nomor") || toks[b - 2].Is("no"))) return true;
            return b >= 0 && CandidateCueBefore(toks, b + 1);
        }
    }
}
