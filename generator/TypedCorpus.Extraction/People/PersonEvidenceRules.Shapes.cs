using System.Linq;
using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public static partial class NameScanner
    {
        /// <summary>
        /// "Ketua Panitia Lelang pada JJC": one capitalised word after the office words and "pada" with a body names the office's
        /// unit; "Bupati Sumbersari nonaktif M Fauzan": one before a status word and a name is the office's place; one word
        /// ending a title-case heading ("… Punya Pelatih Baru") is the heading's adjective.
        /// </summary>
        internal static bool OfficeGoesOn(MentionSite s)
        {
            var toks = s.Toks;
            int a = s.After;
            // "Timnas Belum Punya Pelatih Baru": one word ending a heading (no sentence after it) is no holder's name
            if (s.Mention.Name.Length == 1 && a >= toks.Count && AllCapitalised(toks)) return true;
            // "Pelatih kepala Persib, Ricardo Vasconcelos,": one word after a lower-case office, its holder in apposition, is the body
            // "pelatih kepala Sukamaju Raya, Budi Hartono,": so are two words there (a body of two words)
            if (s.Mention.Name.Length <= 2 && s.K < 0 && HolderInApposition(toks, a)) return true;
            // "Rudi Hartono sebagai Manager Area II": the role after "sebagai" belongs to the name before it, what follows is its unit
            if (s.K >= 0 && RoleOfNameBefore(toks, s.Start)) return true;
            // "Kepala Seksi Penerangan Hukum (Kasi Penkum)": one word closing a bracketed short office after its long form is its field
            if (s.Mention.Name.Length == 1 && s.K >= 0 && ShortOfficeInBrackets(toks, s.Start, a)) return true;
            // "Kapolres Merauke, AKBP Bahara Marpaung", "Wali Kota Kotamobagu, Weny Gaib,": one word after the office, its holder in apposition, is its place
            // (so is one after the office's field: "Kepala Dinas Pendidikan Sukamaju, Moh Rahmat Hidayat SPd,")
            if (s.Mention.Name.Length == 1 && s.K >= 0 && (OfficeEndsAt(toks, s.Run, s.K) || s.HadRole) && HolderInApposition(toks, a)) return true;
            // "Bupati Sumbersari nonaktif M Fauzan": the word before the status is the office's place
            if (s.Mention.Name.Length == 1 && a + 1 < toks.Count && toks[a].IsWord && OfficeStatus.Contains(toks[a].Text) && toks[a + 1].IsCap) return true;
            return s.Mention.Name.Length == 1 && a + 1 < toks.Count && toks[a].Is("pada") && toks[a + 1].IsWord
                && (toks[a + 1].IsCap || NameLexicon.IsAcronym(toks[a + 1].Text)) && !NameLexicon.IsCalendar(toks[a + 1].Text);
        }

        /// <summary>"Budi Santoso SE sebagai …", "Rina sebagai …": the run follows "sebagai"/"selaku" right after a name (or its degree).</summary>
        private static bool RoleOfNameBefore(TokenList toks, int start)
            => start >= 2 && (toks[start - 1].Is("sebagai") || toks[start - 1].Is("selaku")) && toks[start - 2].IsWord && toks[start - 2].IsCap
               && !NameLexicon.IsNonName(toks[start - 2].Text);

        /// <summary>"(Kasi Penkum)" after "Kepala Seksi Penerangan Hukum": the run opens a bracket after a capitalised word and ends it.</summary>
        private static bool ShortOfficeInBrackets(TokenList toks, int start, int after)
            => start >= 2 && toks[start - 1].Text == "(" && toks[start - 2].IsWord && toks[start - 2].IsCap && after < toks.Count && toks[after].Text == ")";

        /// <summary>The run's last office word is an office ("Kapolres") or its own unit after it ("Wali Kota").</summary>
        private static bool OfficeEndsAt(TokenList toks, List<int> run, int k)
            => IsOfficeRole(toks[run[k]]) || k > 0 && NameLexicon.IsPlaceUnit(toks[run[k]].Text) && IsOfficeRole(toks[run[k - 1]]);

        /// <summary>"Rudi Hartono cs" (cum suis: and his fellows): a plain name of one to three words before "cs" is a person.</summary>
        private sealed class LeaderOfTeam : PersonEvidence
        {
            public override string Id => "leader-of-team";
            public override string Description => "a plain name before cs (cum suis, and his fellows): Rudi Hartono cs";
            public override (string, string) Example => ("Dengan hasil itu, Rudi Hartono cs harus puas di posisi kedua.", "Rudi Hartono");

            public override bool? Verdict(MentionSite s)
            {
                var m = s.Mention;
                int a = s.After;
                if (s.Strong || m.OrgOrPlace || m.Name.Length > 3 || a >= s.Toks.Count || !s.Toks[a].IsWord || s.Toks[a].Text != "cs") return null;
                return PlainNameWords(m.Name, 3) ? true : null;
            }
        }

        /// <summary>"Soepriyadi SH dan …", "Eko Handoko SE sebagai …", "Andi S. Mukhtar, ST (…)": an academic degree right after a plain name.</summary>
        private sealed class DegreeAfterName : PersonEvidence
        {
            public override string Id => "degree-after-name";
            public override string Description => "an academic degree right after a plain name of one to four words: Soepriyadi SH, Rina Wulandari, S.H.";
            public override (string, string) Example => ("Terdakwa didampingi penasihat hukumnya, Hugo Sutrisno SH dan rekannya.", "Hugo Sutrisno");

            public override bool? Verdict(MentionSite s)
            {
                var m = s.Mention;
                var toks = s.Toks;
                if (s.Strong || m.OrgOrPlace || m.NamesBody || m.Name.Length > 4 || s.After >= toks.Count) return null;
                int a = s.After < toks.Count - 1 && toks[s.After].Text == "," ? s.After + 1 : s.After;
                // "MA" (the Supreme Court) and "AP" are acronyms of bodies as often as degrees
                bool degree = IsDegreeWord(toks[a]) && !toks[a].Is("ma") && !toks[a].Is("ap") || DegreeAt(toks, a) || DottedDegreeLength(toks, a) > 0;
                if (!degree) return null;
                // "… SE Nomor 5": a circular's number, no degree; a degree is followed by punctuation or lower-case words
                int next = SkipDegrees(toks, s.After);
                if (next < toks.Count && toks[next].IsWord && (toks[next].IsCap || toks[next].HasDigit)) return null;
                foreach (var w in m.Name)
                    if (!NameLexicon.IsInitial(w) && !PlainNameWords(new[] { w }, 3)) return null;
                return true;
            }
        }

        /// <summary>"Faisal Ramadoni (PG menit 10, 26)", "M Jeri (menit 76)", "Rudi (12')": a scorer's minute in parentheses after the name.</summary>
        private sealed class ScorerMinute : PersonEvidence
        {
            public override string Id => "scorer-minute";
            public override string Description => "a goal's minute in parentheses right after a plain name: Faisal Ramadoni (menit 10), Rudi (12')";
            public override (string, string) Example => ("Gol tuan rumah dicetak Hugo Sutrisno (menit 76) lewat sundulan.", "Hugo Sutrisno");

            public override bool? Verdict(MentionSite s)
            {
                var toks = s.Toks;
                int a = s.After;
                if (s.Strong || s.Mention.OrgOrPlace || s.Mention.Name.Length > 4 || a + 2 >= toks.Count || toks[a].Text != "(") return null;
                int i = a + 1;
                // "PG", "pen", "penalti": a penalty written before the minute
                if (toks[i].Is("pg") || toks[i].Is("pen") || toks[i].Is("penalti")) i++;
                bool minute = i + 1 < toks.Count && toks[i].Is("menit") && toks[i + 1].HasDigit
                    || i + 1 < toks.Count && toks[i].HasDigit && toks[i].Text.All(char.IsDigit) && toks[i + 1].Text is "'" or "’";
                if (!minute) return null;
                foreach (var w in s.Mention.Name)
                    if (!NameLexicon.IsInitial(w) && !PlainNameWords(new[] { w }, 3)) return null;
                return true;
            }
        }

        /// <summary>"I Wayan Sudarsana", "Ni Made Ayu Lestari": "I"/"Ni" and a Balinese birth-order name open a person's name.</summary>
        private sealed class BalineseName : PersonEvidence
        {
            public override string Id => "balinese-name";
            public override string Description => "I or Ni and a Balinese birth-order name, then a name word: I Wayan Sudarsana, Ni Made Lestari";
            public override (string, string) Example => ("Hal itu diungkapkan I Wayan Sudarsana kemarin.", "I Wayan Sudarsana");

            public override bool? Verdict(MentionSite s)
            {
                var n = s.Mention.Name;
                if (s.Strong || s.Mention.OrgOrPlace || s.Mention.NamesBody || n.Length < 3 || n[0] != "I" && n[0] != "Ni") return null;
                return BirthOrderNames.Contains(n[1]) && PlainNameWords(new[] { n[n.Length - 1] }, 3) ? true : null;
            }
        }

        private static readonly System.Collections.Generic.HashSet<string> BirthOrderNames = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal)
        {
            "Wayan", "Made", "Nyoman", "Ketut", "Putu", "Gede", "Kadek", "Komang", "Nengah", "Luh", "Gusti", "Dewa",
        };

        /// <summary>
        /// "Dian (26) salah satu warga Hajimena mengaku …": after a person's age and "salah satu warga" (or "seorang warga"), the
        /// word is the person's village, not someone else who says.
        /// </summary>
        private static bool ResidentAfterPerson(TokenList toks, int start)
        {
            int k = start - 1;
            if (k < 0 || toks[k].IsCap || !(toks[k].Is("warga") || toks[k].Is("penduduk"))) return false;
            k--;
            if (k >= 1 && toks[k].Is("satu") && toks[k - 1].Is("salah")) k -= 2;
            else if (k >= 0 && toks[k].Is("seorang")) k--;
            else return false;
            return k >= 2 && toks[k].Text == ")" && toks[k - 1].HasDigit && toks[k - 1].Text.Length <= 3 && toks[k - 2].Text == "("; // the person's age
        }
    }
}
