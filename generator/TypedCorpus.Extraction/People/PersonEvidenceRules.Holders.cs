using System;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public static partial class NameScanner
    {
        /// <summary>
        /// "Direktur Utama PT Pertamina (Persero) Nicke Widyawati", "Manajer Humas PT KAI Daop 8 Surabaya Luqman Arif": the holder's
        /// name after an office whose body's name runs on through a bracketed short name or status, or a unit's number.
        /// </summary>
        private sealed class HolderAfterBody : PersonEvidence
        {
            public override string Id => "holder-after-body";
            public override string Description => "a name after an office and a body whose name has a bracketed short name or a number: Direktur PT Pertamina (Persero) Nicke Widyawati";
            public override (string, string) Example => ("\"Kami siap,\" ujar Direktur Utama PT Sinar Abadi (Persero) Nicke Wulandari.", "Nicke Wulandari");
            public override bool Introduces => true;

            public override bool? Verdict(MentionSite s)
            {
                var toks = s.Toks;
                int start = s.Start;
                if (s.Mention.OrgOrPlace || s.K >= 0 && s.Mention.Name.Length < 2 || start < 2 || NoHolderAfterBody(s)) return null;
                var before = toks[start - 1];
                if (before.Text != ")" && !(before.HasDigit && char.IsDigit(before.Text[0]))) return null;
                // back over the body's name (capitalised words, its short name in brackets, a unit's number) to the office opening the title
                for (int i = start - 1, steps = 0; i >= 0 && steps < 14; i--, steps++)
                {
                    var t = toks[i];
                    if (IsOfficeRole(t)) return true;
                    if (!(t.IsWord && (t.Upper || t.HasDigit) || t.Text is "(" or ")" or "." or "&" or "/" or "-")) return null;
                }
                return null;
            }
        }

        /// <summary>
        /// "Kasek SMAN 1 Sukamaju, Rina Wulandari,", "… Setda Sukamaju Raya, Budi,", "di ruang guru SMAN 1 Sukamaju": the words after the
        /// body are its place when the holder follows in apposition, when they are a known place or taken up by "itu", or when the
        /// office word names a room or building ("ruang guru").
        /// </summary>
        private static bool NoHolderAfterBody(MentionSite s)
        {
            var toks = s.Toks;
            int a = s.After;
            if (HolderInApposition(toks, a) || NameLexicon.IsGazetteerPlace(s.Mention.Joined)) return true;
            if (s.Mention.Name.Length == 1 && a < toks.Count && (toks[a].Is("itu") || toks[a].Is("ini") || toks[a].Is("tersebut"))) return true;
            for (int i = s.Start - 1, steps = 0; i >= 1 && steps < 14; i--, steps++)
                if (IsOfficeRole(toks[i])) return toks[i - 1].IsWord && BuildingWords.Contains(toks[i - 1].Text);
            return false;
        }

        /// <summary>"Yanto (ketua tim)", "Rogers Purba (HR Manager)": a role in parentheses right after the name.</summary>
        private sealed class RoleInParentheses : PersonEvidence
        {
            public override string Id => "role-parenthesis";
            public override string Description => "a role in parentheses right after the name: Yanto (ketua tim), Rogers Purba (HR Manager)";
            public override (string, string) Example => ("Tim itu terdiri dari Yanto (ketua tim) dan dua anggota.", "Yanto");
            public override bool Introduces => true;

            public override bool? Verdict(MentionSite s)
            {
                var toks = s.Toks;
                int a = s.After;
                if (s.Mention.OrgOrPlace || a + 2 >= toks.Count || toks[a].Text != "(") return null;
                // "Rudiyanto dan Hartawan (pihak pertama)": a side of a settlement, said of plain names
                if (SideLabelAfter(toks, a))
                    return PlainNameWords(s.Mention.Name, 3) && s.K < 0 ? true : null;
                for (int i = a + 1; i < toks.Count && i <= a + 3; i++)
                {
                    if (toks[i].Text == ")") return null;
                    if (IsOfficeRole(toks[i]) && !NameLexicon.IsTitle(toks[i].Text)) return ClosesBy(toks, i, a + 4) ? true : null;
                }
                return null;
            }

            private static bool ClosesBy(TokenList toks, int from, int limit)
            {
                for (int i = from + 1; i < toks.Count && i <= limit; i++) if (toks[i].Text == ")") return true;
                return false;
            }
        }

        /// <summary>"Bambang Gunadi Camat Gebog mengatakan": the name opening a run right before its office (<see cref="NameBeforeOffice"/>).</summary>
        private sealed class OfficeAfterName : PersonEvidence
        {
            public override string Id => "office-after-name";
            public override string Description => "a name right before its office and the office's place or body, no comma between: Bambang Gunadi Camat Gebog mengatakan";
            public override (string, string) Example => ("Sementara itu, Rina Wulandari Kepala Desa Sukamaju mengatakan warga sudah siap.", "Rina Wulandari");
            public override bool Introduces => true;

            public override bool? Verdict(MentionSite s)
            {
                var toks = s.Toks;
                int a = s.After;
                return s.K < 0 && !s.Mention.OrgOrPlace && s.Mention.Name.Length >= 2 && a + 1 < toks.Count && toks[a].IsCap && IsOfficeRole(toks[a])
                    && toks[a + 1].IsWord && toks[a + 1].IsCap ? true : null;
            }
        }

        /// <summary>"ketuanya", "direkturnya", "pengacaranya": an office or role with -nya (its holder in apposition after the comma).</summary>
        private static bool IsRoleWithNya(string w)
            => w.Length > 6 && w.EndsWith("nya", StringComparison.OrdinalIgnoreCase) && NameLexicon.IsPersonRole(w.Substring(0, w.Length - 3));

        /// <summary>"Menurut Asep Mulyana, …" opening a sentence: the cue is the run's first word.</summary>
        private sealed class CueOpensRun : PersonEvidence
        {
            public override string Id => "cue-opens-run";
            public override string Description => "a capitalised cue opening the run: Menurut Asep Mulyana, …";
            public override (string, string) Example => ("Menurut Asep Mulyana, harga beras naik.", "Asep Mulyana");

            public override bool? Verdict(MentionSite s)
            {
                var first = s.Toks[s.Run[0]];
                // "Kata Adiman, pegawai …": a cue that is also a noun ("Kata Sambutan dibacakan …") needs the comma after the name
                return s.K == 0 && !s.Mention.OrgOrPlace && (first.Is("menurut")
                    || Cue(first.Text) is { Nya: false } && s.After < s.Toks.Count && s.Toks[s.After].Text == ",") ? true : null;
            }
        }
    }
}
