using System;
using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public static partial class NameScanner
    {
        /// <summary>"Kepala Dinas Kesehatan Rina Wulandari": a role or title introduces the name.</summary>
        private sealed class OfficeRole : PersonEvidence
        {
            public override string Id => "office-role";
            public override string Description => "a role or title before the name: Menteri Budi, Kepala Dinas … Rina, pengamat politik Budi";
            public override (string, string) Example => ("Kemarin Kepala Dinas Kesehatan Rina Wulandari meninjau posko.", "Rina Wulandari");
            public override bool Introduces => true;
            // "Kabag Tapem Setda Kulon Progo, Budi,": a known place after the office's body is the office's place
            // ("Petani Binaan … Ngamuk Lagi Tengah Malam": a noun of time alone is no name)
            public override bool? Verdict(MentionSite s) => s.HadRole && !s.Mention.OrgOrPlace && !OfficeGoesOn(s)
                && !(s.K >= 0 && NameLexicon.IsGazetteerPlace(s.Mention.Joined)) && !PlaceOfDescribedOffice(s) && !TitleTakenUp(s)
                && !(s.Mention.Name.Length == 1 && NameLexicon.TimeNouns.Contains(s.Mention.Name[0])) ? true : null;

            /// <summary>
            /// "Budi Hartono, selaku Lurah Sukamaju saat …": an office that names its place right after it, brought in by "selaku" or
            /// "sebagai" to describe someone named before, is followed by its place, not by a holder of one word.
            /// </summary>
            private static bool PlaceOfDescribedOffice(MentionSite s)
            {
                if (s.Mention.Name.Length != 1 || s.K != 0 || s.Start < 1 || !(s.Toks[s.Start - 1].Is("selaku") || s.Toks[s.Start - 1].Is("sebagai"))) return false;
                return NameLexicon.PlaceOffices.Contains(s.Toks[s.Run[0]].Text);
            }
        }

        /// <summary>"Sumarni (67)": an age in parentheses after the name.</summary>
        private sealed class AgeInParentheses : PersonEvidence
        {
            public override string Id => "age-parenthesis";
            public override string Description => "an age in parentheses after the name: Sumarni (67), Sumarni (67 th)";
            public override (string, string) Example => ("Sejak itu Sumarni (67) tinggal di desa itu.", "Sumarni");
            public override bool Introduces => true;

            public override bool? Verdict(MentionSite s)
            {
                var toks = s.Toks;
                int a = s.After;
                if (!(a + 2 < toks.Count && toks[a].Text == "(" && toks[a + 1].HasDigit)) return null;
                // "Latif (24th)", "Wisnu ( 26 th,)": the age may carry its unit and a stray comma
                int c = a + 2;
                while (c < toks.Count && c <= a + 4 && (toks[c].Is("th") || toks[c].Is("thn") || toks[c].Is("tahun") || toks[c].Text == ",")) c++;
                return c < toks.Count && toks[c].Text == ")" ? true : null;
            }
        }

        /// <summary>"Lilik Suryani, 52, warga Lowokwaru" / "Budi, 45 tahun, pedagang": an age in apposition.</summary>
        private sealed class AgeInApposition : PersonEvidence
        {
            public override string Id => "age-apposition";
            public override string Description => "an age in apposition: Lilik Suryani, 52, … / Budi, 45 tahun, …";
            public override (string, string) Example => ("Sejak itu Lilik Suryani, 52, tinggal di desa itu.", "Lilik Suryani");

            public override bool? Verdict(MentionSite s)
            {
                var toks = s.Toks;
                int a = s.After;
                return !s.Mention.OrgOrPlace && a + 2 < toks.Count && toks[a].Text == "," && IsAge(toks[a + 1].Text)
                    && (toks[a + 2].Text == "," || toks[a + 2].Is("tahun")) ? true : null;
            }
        }

        /// <summary>"kata Xi", "menurut Lim": a cue of saying right before the name (an organisation there is no person).</summary>
        private sealed class AfterCue : PersonEvidence
        {
            public override string Id => "after-cue";
            public override string Description => "a cue of saying right before the name: kata Xi, menurut Lim";
            public override (string, string) Example => ("Hal itu, kata Rudi Hartono, sudah selesai.", "Rudi Hartono");

            public override bool? Verdict(MentionSite s)
            {
                if (s.Start == 0 || !s.Toks[s.Start - 1].IsWord) return null;
                var p = s.Toks[s.Start - 1].Text;
                bool cue = Cue(p) is { Nya: false } || p.Equals("menurut", StringComparison.OrdinalIgnoreCase) || p.Equals("Menurut", StringComparison.Ordinal)
                    // "menurut keterangan Darmaji Sutopo": the account a person gives
                    || s.Start >= 2 && s.Toks[s.Start - 2].Is("menurut") && (s.Toks[s.Start - 1].Is("keterangan") || s.Toks[s.Start - 1].Is("pengakuan"));
                return cue ? !s.Mention.OrgOrPlace : null;
            }
        }

        /// <summary>"tetangganya, Sanimin," / "koordinator relawan setempat, Asep Saepudin,": a name in apposition after a role.</summary>
        private sealed class RoleBeforeComma : PersonEvidence
        {
            public override string Id => "role-apposition";
            public override string Description => "a name in apposition after a role or relation: koordinator relawan setempat, Asep Saepudin, …";
            public override (string, string) Example => ("Hal itu dibenarkan koordinator relawan setempat, Asep Saepudin, kemarin.", "Asep Saepudin");
            public override bool Introduces => true;

            public override bool? Verdict(MentionSite s)
            {
                var toks = s.Toks;
                int start = s.Start, a = s.After;
                if (s.Strong || s.K >= 0 || start == 0 || toks[start - 1].Text != ",") return null;
                // '"…", Kuncinya.': one word alone after a quotation's closing mark and its comma, closing the sentence, stands in
                // the cue's place, no apposition ('Perdana Menteri "Israel", Benjamin Netanyahu, …' is one)
                if (start >= 2 && s.Mention.Name.Length == 1 && (a >= toks.Count || toks[a].Text == ".") && toks[start - 2].Text.Length == 1
                    && QuoteMarks.IsDoubleMark(toks[start - 2].Text[0])) return null;
                // "…, Mahfud bersama warga" / "…, Mahfud usai mediasi": the clause may go on after the name
                bool ends = a >= toks.Count || toks[a].Text == "," || toks[a].Text == "." || toks[a].Text == ";" || toks[a].Text == "(" || toks[a].Is("alias") || toks[a].IsWord && !toks[a].IsCap && ClauseGoesOnAfterName.Contains(toks[a].Text);
                // "Menteri Perdagangan (Mendag), Zulkifli Hasan meningkatkan …": a name of two words or more, then its verb
                ends |= s.Mention.Name.Length >= 2 && !s.Mention.OrgOrPlace && a < toks.Count && toks[a].IsWord && !toks[a].IsCap && !toks[a].HasDigit
                    && !toks[a].Is("dan") && !toks[a].Is("serta") && !toks[a].Is("atau");
                ends |= s.Mention.Name.Length >= 2 && (PairClosesApposition(toks, a) || AnotherOfficeFollows(toks, a)); // ", Rudi Hartono dan Rina Wulandari, serta …"
                // "Kepala Desa Sukamaju Wetan, Budi yang …": after an office naming its place first and the place, the holder
                ends |= HolderAfterPlaceOffice(toks, start - 1, s.Mention.Name.Length, a);
                // "Pedagang cabai, Arif mengatakan, …": one name word after a role's comma, then a verb of saying
                ends |= s.Mention.Name.Length == 1 && !s.Mention.OrgOrPlace && a < toks.Count && toks[a].IsWord && !toks[a].IsCap && NameScanner.SayingVerbs.Contains(toks[a].Text);
                // "Wali Kota Sukamaju, Sutrisno dan Ketua TP PKK …": one name word after an office and its place, then the next office of a list
                ends |= s.Mention.Name.Length == 1 && AnotherOfficeFollows(toks, a) && PlaceOfficeBefore(toks, start - 1) && PlainNameWords(s.Mention.Name, 3);
                if (!ends) return null;
                // "Menteri Pendidikan Tinggi, Sains, dan Kebudayaan": one word between commas before "dan" is a list of fields
                if (s.Mention.Name.Length == 1 && a + 1 < toks.Count && toks[a].Text == "," && (toks[a + 1].Is("dan") || toks[a + 1].Is("serta"))) return null;
                // "tetangganya, Sanimin," / "ketuanya, Abdul Hamid," — a relation noun or a role with -nya right before the comma
                if (start >= 2 && toks[start - 2].IsWord && (NameLexicon.IsRelationNoun(toks[start - 2].Text) || IsRoleWithNya(toks[start - 2].Text))) return true;
                // "Salah satu korban, Rudi Hartono," / "Tetangga korban, Sulastri,": a noun of persons in small letters (or opening the
                // sentence) right before the comma, then a plain name
                if (start >= 2 && toks[start - 2].IsWord && (!toks[start - 2].IsCap || IsSentenceStart(toks, start - 2)) && IsPersonNoun(toks[start - 2].Text)
                    && PlainNameWords(s.Mention.Name, 3)) return true;
                return RoleBeforeAppositionComma(toks, start, s.Mention.Name.Length == 1, closed: a < toks.Count && toks[a].Text == ",")
                    || DescribedAfterCue(toks, start) && PlainNameWords(s.Mention.Name, 3) && s.Mention.Name.Length >= 2 ? true : null;
            }
        }

        /// <summary>"Budi Harjono, Ketua Koperasi …," / "Aminah, seorang guru," / "Yusri selaku Kabid Humas": a role after the name.</summary>
        private sealed class RoleAfter : PersonEvidence
        {
            public override string Id => "role-after";
            public override string Description => "a role in apposition after the name: Budi Harjono, Ketua Koperasi …, / Yusri selaku Kabid Humas";
            public override (string, string) Example => ("Acara itu dihadiri Budi Harjono, Ketua Koperasi Sumber Rejeki, kemarin.", "Budi Harjono");
            public override bool Introduces => true;

            // "dari Sukamaju, Kepala Desa …" is a place; "dari Budi Santoso selaku Kepala Dinas" is a person: "selaku" is said of holders only
            public override bool? Verdict(MentionSite s) =>
                !s.Mention.OrgOrPlace && s.K < 0 && RoleFollows(s.Toks, s.After)
                && (s.After < s.Toks.Count && s.Toks[s.After].Is("selaku") || !(s.Start > 0 && s.Toks[s.Start - 1].IsWord && IsPlaceWord(s.Toks[s.Start - 1]))) ? true : null;
        }

        /// <summary>
        /// Name words only, none a place, place unit, organisation word or other non-name, none a particle (unless
        /// <paramref name="particles"/>: "Nurul" may open a listed name), each of at least <paramref name="minLength"/> letters:
        /// what a name needs when the only evidence is the word before it.
        /// </summary>
        private static bool PlainNameWords(string[] name, int minLength, bool particles = false)
        {
            foreach (var w in name) if (!PlainNameWord(w, minLength, particles)) return false;
            return true;
        }

        private static bool PlainNameWord(string w, int minLength, bool particles = false)
            => w.Length >= minLength && !NameLexicon.IsNonName(w) && !NameLexicon.IsPlaceUnit(w) && !NameLexicon.PlaceWords.Contains(w)
               && !NameLexicon.IsGazetteerPlace(w) && !NameLexicon.IsOrgWord(w) && (particles || !NameLexicon.IsNameParticle(w));

        /// <summary>Every word of a text block capitalised (or a number): a title-case heading.</summary>
        private static bool AllCapitalised(TokenList toks)
        {
            for (int i = 0; i < toks.Count; i++) if (toks[i].IsWord && !toks[i].IsCap && !toks[i].HasDigit) return false;
            return true;
        }

        /// <summary>"Dori bin Mahdani": a patronymic ("bin", "binti") between name words is said of persons only.</summary>
        private sealed class Patronymic : PersonEvidence
        {
            public override string Id => "patronymic";
            public override string Description => "a patronymic between name words: Dori bin Mahdani, Siti binti Ahmad";
            public override (string, string) Example => ("Pihak kedua terdiri dari Dori bin Mahdani dan warga lain.", "Dori bin Mahdani");

            public override bool? Verdict(MentionSite s)
            {
                var n = s.Mention.Name;
                if (s.Strong || s.Mention.OrgOrPlace || n.Length < 3) return null;
                for (int i = 1; i < n.Length - 1; i++)
                    if (n[i] is "bin" or "binti") return true;
                return null;
            }
        }

        /// <summary>
        /// "membayar pesangon kepada Wilfridus Tagut": a plain two- or three-word name after "kepada" (to, said of persons; "oleh",
        /// by, is as often said of companies and stays no evidence, but "diwakili oleh", represented by, is said of persons).
        /// </summary>
        private sealed class Recipient : PersonEvidence
        {
            public override string Id => "recipient";
            public override string Description => "a plain two- or three-word name after kepada (to): membayar pesangon kepada Wilfridus Tagut";
            public override (string, string) Example => ("Perusahaan membayar pesangon kepada Hugo Sutrisno pekan lalu.", "Hugo Sutrisno");

            public override bool? Verdict(MentionSite s)
            {
                var m = s.Mention;
                var toks = s.Toks;
                if (s.Strong || m.OrgOrPlace || s.K >= 0 || m.Name.Length < 2 || m.Name.Length > 4 || s.Start == 0) return null;
                var before = toks[s.Start - 1];
                // "Fraksi Golkar diwakili oleh Asmin Patros": represented by, said of persons (a name of up to four words); so are
                // "Fraksi Golkar melalui Asmin Patros" (a body speaking through a person) and "disampaikan Asmin Patros" (said by)
                bool represented = before.Is("oleh") && s.Start >= 2 && toks[s.Start - 2].Is("diwakili") || SpeaksFor(toks, s.Start);
                if (!before.Is("kepada") && !represented || m.Name.Length > 3 && !represented) return null;
                if (!PlainNameWords(m.Name, 3)) return null;
                int a = s.After;
                return a >= toks.Count || !toks[a].IsCap && !(toks[a].Text == "(" ) ? true : null;
            }
        }

        /// <summary>"istri Budi Santoso", "anak asuh Shin Tae-yong": a kin or social relation noun right before a plain name.</summary>
        private sealed class RelationOf : PersonEvidence
        {
            public override string Id => "relation-of";
            public override string Description => "a relation noun right before a plain two- or three-word name: istri Budi Santoso, anak asuh Rudi Hartono";
            public override (string, string) Example => ("Timnas tampil buruk meski anak asuh Rudi Hartono menyerang sejak awal.", "Rudi Hartono");

            public override bool? Verdict(MentionSite s)
            {
                var m = s.Mention;
                var toks = s.Toks;
                if (s.Strong || m.OrgOrPlace || s.K >= 0 || m.Name.Length < 2 || m.Name.Length > 3 || s.Start == 0) return null;
                var before = toks[s.Start - 1];
                bool relation = before.IsWord && !before.IsCap && NameLexicon.RelationNouns.Contains(before.Text) && !before.Is("ibu") && !before.Is("bapak")
                    || before.Is("asuh") && s.Start >= 2 && toks[s.Start - 2].Is("anak");
                if (!relation) return null;
                return PlainNameWords(m.Name, 1) ? true : null;
            }
        }

        /// <summary>"Putin menegaskan": a one-word name right before a verb of saying.</summary>
        private sealed class SingleNameSays : PersonEvidence
        {
            public override string Id => "single-name-says";
            public override string Description => "a one-word name right before a verb of saying: Putin menegaskan";
            public override (string, string) Example => ("Dalam rapat itu Hartono menegaskan hal itu.", "Hartono");
            public override bool FromVerbOnly => true;

            public override bool? Verdict(MentionSite s)
            {
                int a = s.After;
                return !s.Strong && s.Mention.Name.Length == 1 && s.K < 0 && a < s.Toks.Count && s.Toks[a].IsWord && SayingVerbs.Contains(s.Toks[a].Text)
                    && !ResidentAfterPerson(s.Toks, s.Start) ? true : null;
            }
        }

        /// <summary>"Diyono dari Seksi Pengujian … Dinas Perhubungan menambahkan": a name, the body it speaks for, a verb of saying.</summary>
        private sealed class NameOfBodySays : PersonEvidence
        {
            public override string Id => "name-of-body-says";
            public override string Description => "a name, the body it speaks for, a verb of saying: Diyono dari Dinas Perhubungan menambahkan";
            public override (string, string) Example => ("Dalam rapat itu Diyono dari Dinas Perhubungan menambahkan hal itu.", "Diyono");
            public override bool FromVerbOnly => true;

            public override bool? Verdict(MentionSite s) =>
                !s.Strong && s.K < 0 && !s.Mention.OrgOrPlace && AfterBodyOf(s.Toks, s.After, s.Toks.Count) is int v && v < s.Toks.Count && s.Toks[v].IsWord
                && SayingVerbs.Contains(s.Toks[v].Text) ? true : null;
        }

        /// <summary>"Hartono juga menegaskan": a one-word name, an adverb, a verb of saying.</summary>
        private sealed class SingleNameAdverbSays : PersonEvidence
        {
            public override string Id => "single-name-adverb-says";
            public override string Description => "a one-word name, an adverb (juga, pun, sering, lalu, kemudian, sendiri), a verb of saying";
            public override (string, string) Example => ("Dalam rapat itu Hartono juga menegaskan hal itu.", "Hartono");
            public override bool FromVerbOnly => true;

            public override bool? Verdict(MentionSite s)
            {
                var toks = s.Toks;
                int a = s.After;
                if (s.Strong || s.Mention.Name.Length != 1 || s.K >= 0 || a + 1 >= toks.Count || !toks[a].IsWord) return null;
                bool adverb = toks[a].Is("juga") || toks[a].Is("pun") || toks[a].Is("sering") || toks[a].Is("lalu") || toks[a].Is("kemudian") || toks[a].Is("sendiri");
                return adverb && toks[a + 1].IsWord && SayingVerbs.Contains(toks[a + 1].Text) ? true : null;
            }
        }
        private static System.Collections.Generic.HashSet<string> ClauseGoesOnAfterName => NameLexicon.ClauseContinuations;

        /// <summary>"di Balairung Raja Khalid Hitam, Dompak,": a role word inside a building's capitalised name is no role.</summary>
        private static bool InBuildingName(TokenList toks, int b)
        {
            for (int x = b - 1; x >= 0 && toks[x].IsWord && toks[x].IsCap; x--)
                if (BuildingWords.Contains(toks[x].Text)) return true;
            return false;
        }

        /// <summary>"Perdana", "Wakil": role words that need the role they modify after them.</summary>
        private static readonly System.Collections.Generic.HashSet<string> RoleModifiers = LexiconResource.WordSet("role-modifiers");
    }
}
