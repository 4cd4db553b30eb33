using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public static partial class NameScanner
    {
        /// <summary>
        /// Shapes a mention by the office around it: whether a role introduces it, whether the words before its name make it a
        /// body or a place, the holder's name after an office that names its body first, and offices in apposition.
        /// </summary>
        private static void ShapeOffice(MentionSite s)
        {
            var toks = s.Toks;
            var m = s.Mention;
            bool hadRole = RoleBefore(toks, s.Run, s.K, s.Start, m);
            if (s.K >= 0)
            {
                var edge = toks[s.Run[s.K]].Text;
                m.CleanEdge = Countries.Resolve(edge) != null || NameLexicon.PlaceWords.Contains(edge) || NameLexicon.BodyNames.Contains(edge) || IsTitleAt(toks, s.Run[s.K])
                    || NameLexicon.IsAcronym(edge) && !CompanyPrefixes.Contains(edge)
                    || NameLexicon.IsRank(edge);
                // "… Kombes Yoyon Tony Surya Putra", "… dr. Rina Ayu Sekar Sari": a rank or a title opens the name
                m.RankOrTitleEdge = NameLexicon.IsRank(edge) || IsTitleAt(toks, s.Run[s.K]);
                BodyOrPlace(s, hadRole);
            }
            // ", dr. Rina Ayu Sekar Sari": a title opening the run starts the name as surely as one before it
            else if (TitleBefore(toks, s.Start)) m.CleanEdge = m.RankOrTitleEdge = true;
            if (OfficeNotPerson(s, hadRole) || AfterCompanyPrefix(toks, s.Start) || UnitNumberAfter(toks, m) || OtherAcronymAfter(toks, m) || ShopOfOwner(s)) m.OrgOrPlace = true;
            // "kepala dusun Kelapa Dua", "warga desa Kairatu": a place unit written in lower case right before the run names a place
            if (s.K < 0 && s.Start > 0 && toks[s.Start - 1].IsWord && !toks[s.Start - 1].IsCap && NameLexicon.IsPlaceUnit(toks[s.Start - 1].Text))
            {
                m.OrgOrPlace = m.NamesBody = true;
                // "penjabat desa Sukamaju Rudi Hartono": after an office and its unit in lower case, a place and its holder's two names
                if (s.Start >= 2 && IsOfficeRole(toks[s.Start - 2]) && m.Name.Length is 3 or 4 && LastTwoNameLike(m.Name)
                    && !NameLexicon.IsNameOpener(m.Name[m.Name.Length - 3]) && !HolderInApposition(toks, m.EndTokenIndex + 1)) CutToHolder(s, 0);
            }
            if (StreetName(toks, s.Run, s.Start) || AfterPrayer(toks, s.Start) || PlaceCoordinated(toks, s.Start) || RunShapes.PlaceWithDirectionAfter(toks, m) || RunShapes.WebSite(toks, m) || RunShapes.OutletName(m) || RunShapes.OwnedThing(s)) m.OrgOrPlace = m.NamesBody = true;
            // an office title broken by commas and "dan": "Kepala Dinas Sumber Daya Air, Cipta Karya, dan Tata Ruang Sulsel Andi Muhammad Yusran"
            if (!hadRole && s.K >= 0 && OfficeBefore(toks, s.Start)) hadRole = true;
            s.HadRole = m.AfterRole = hadRole;
        }

        /// <summary>
        /// Rule place-coordinated: "Desa Talang dan Sinar Jaya berada di …": a run after "dan" or "serta", right after a run that a
        /// place unit opens (its words capitalised, four at most, no office before it), is a place of the same unit, though the
        /// unit is not written again. (Not after a comma: "warga Desa Sukamaju, Budi Santoso," is a resident in apposition.)
        /// </summary>
        private static bool PlaceCoordinated(TokenList toks, int start)
        {
            int k = start - 1;
            if (k < 1 || !(toks[k].Is("dan") || toks[k].Is("serta"))) return false;
            // the nearest place unit among the capitalised words before "dan", a name after it ("Sedangkan Desa Talang dan …"); no
            // office, body or short form before it in the run ("Ketua BPD Desa Sukamaju dan Asep": Asep is a person)
            for (int j = k - 2; j >= 0 && j >= k - 5 && toks[j].IsCap; j--)
            {
                if (!NameLexicon.IsPlaceUnit(toks[j].Text)) continue;
                for (int b = j - 1; b >= 0 && toks[b].IsWord && (toks[b].IsCap || NameLexicon.IsAcronym(toks[b].Text)); b--)
                    if (IsOfficeRole(toks[b]) || NameLexicon.IsOrgWord(toks[b].Text) || NameLexicon.IsAcronym(toks[b].Text)) return false;
                return true;
            }
            return false;
        }

        /// <summary>A title (its period may follow it) right before the run that starts at <paramref name="start"/>: "dr. Kusdinar", "dr Ani".</summary>
        private static bool TitleBefore(TokenList toks, int start)
        {
            int t = start > 0 && toks[start - 1].Text == "." ? start - 2 : start - 1;
            return t >= 0 && toks[t].IsWord && !toks[t].IsCap && IsTitleAt(toks, t);
        }

        private static readonly HashSet<string> EstablishmentWords = LexiconResource.WordSet("establishment-words");

        /// <summary>
        /// Rule shop-of-owner: "Toko Bu Sri", "di warung Pak Darto", "Rumah Makan Mbak Rina": a title right after a word for a
        /// shop or an eating place (<c>establishment-words.txt</c>), in the run or just before it, names the business after its owner.
        /// </summary>
        private static bool ShopOfOwner(MentionSite s)
        {
            var toks = s.Toks;
            int title = s.K >= 0 ? s.Run[s.K] : s.Start - 1;
            if (title < 1 || !toks[title].IsWord || !IsTitleAt(toks, title)) return false;
            int shop = title - 1;
            return toks[shop].IsWord && (EstablishmentWords.Contains(toks[shop].Text)
                || shop >= 1 && toks[shop - 1].IsWord && EstablishmentWords.Contains(toks[shop - 1].Text + " " + toks[shop].Text));
        }

        /// <summary>"Jl Ap Pettarani", "jalan Sudirman", "Jl. Letjen Suprapto": a run opened by a street word, or right after one, names a street.</summary>
        private static bool StreetName(TokenList toks, List<int> run, int start)
        {
            if (IsStreetWord(toks[run[0]]) && run.Count >= 2) return true;
            int b = start - 1;
            if (b >= 1 && toks[b].Text == "." && toks[b].Start == toks[b - 1].End) b--;
            return b >= 0 && IsStreetWord(toks[b]);
        }

        /// <summary>"usai salat Isya", "shalat Idul Fitri": a run right after the word for prayer names a prayer or a feast, never a person.</summary>
        private static bool AfterPrayer(TokenList toks, int start)
            => start > 0 && (toks[start - 1].Is("salat") || toks[start - 1].Is("shalat") || toks[start - 1].Is("sholat") || toks[start - 1].Is("solat"));

        private static bool IsStreetWord(Tok t) => t.Is("jalan") || t.Is("jl") || t.Is("jln");

        /// <summary>A role or title in the run before the name, or right before the run; notes a country among the role words.</summary>
        private static bool RoleBefore(TokenList toks, List<int> run, int k, int start, Mention m)
        {
            bool hadRole = false;
            for (int r = 0; r <= k; r++)
            {
                var w = toks[run[r]].Text;
                if (NameLexicon.IsPersonRole(w) || IsTitleAt(toks, run[r])) hadRole = true;
                var c = Countries.Canonical(w);
                if (c != null) m.RoleCountry = c;
            }
            // lower-case role words right before the run ("juru bicara", "kuasa hukum", "dr")
            int before = start - 1;
            if (!hadRole && before >= 0 && toks[before].IsWord && (NameLexicon.IsPersonRole(toks[before].Text) && !Occupations.Contains(toks[before].Text) || IsTitleAt(toks, before))
                && !RoleOfNameRightBefore(toks, before)) hadRole = true;
            // "drg. Gunadi", "dr. Rina": a title in lower case with its period right before the name (a word of address so ends its
            // sentence: "Iya bener pak. Udah ya …")
            if (!hadRole && before >= 1 && toks[before].Text == "." && toks[before].Start == toks[before - 1].End && !toks[before - 1].IsCap
                && IsTitleAt(toks, before - 1) && !NameLexicon.IsWordOfAddress(toks[before - 1].Text)) hadRole = true;
            // a role with a lower-case field before the name: "pengamat politik Budi", "direktur museum Pieter van Houten"
            if (!hadRole && before >= 1 && IsPlainLower(toks[before]))
            {
                int r2 = before - 1;
                for (int extra = 0; extra < 2 && r2 >= 1 && IsPlainLower(toks[r2]) && !IsOfficeRole(toks[r2]); extra++) r2--;
                if (r2 >= 0 && IsOfficeRole(toks[r2]) && !HolderInApposition(toks, run[run.Count - 1] + 1)) hadRole = true;
            }
            // "Bupati Kudus nonaktif M Tamzil": a status word after the office and its place
            if (!hadRole && before >= 1 && toks[before].IsWord && OfficeStatus.Contains(toks[before].Text))
            {
                for (int r2 = before - 1, steps = 0; r2 >= 0 && steps < 4 && toks[r2].IsWord && toks[r2].IsCap; r2--, steps++)
                    if (IsOfficeRole(toks[r2])) { hadRole = true; break; }
            }
            return hadRole;
        }

        /// <summary>
        /// "Hendri guru Bimbingan Konseling di SMA …": a lower-case role right after a plain name describes that name; the
        /// capitalised words after it are the role's field, not its holder.
        /// </summary>
        private static bool RoleOfNameRightBefore(TokenList toks, int role)
            => role >= 1 && !toks[role].IsCap && toks[role - 1].IsWord && toks[role - 1].IsCap && toks[role - 1].Text.Length >= 3
               && !NameLexicon.IsNonName(toks[role - 1].Text) && !NameLexicon.IsCalendar(toks[role - 1].Text) && !NameLexicon.IsPlaceUnit(toks[role - 1].Text);

        /// <summary>"nonaktif", "terpilih": a status written after an office and its place, before the holder's name.</summary>
        internal static readonly HashSet<string> OfficeStatus = LexiconResource.WordSet("office-status");

        /// <summary>Is the word before the name an organisation or place word (no person), or an office naming its body first?</summary>
        private static void BodyOrPlace(MentionSite s, bool hadRole)
        {
            var toks = s.Toks;
            var run = s.Run;
            int k = s.K;
            var m = s.Mention;
            var pred = toks[run[k]].Text;
            // an organisation acronym after a role names the role's body: "Jaksa KPK Andreas", "Anggota DPR Budi", and after a
            // role in small letters right before the run: "juru bicara KPK Budi Santoso", "anggota DPR Budi"
            bool roleAcronym = hadRole && (NameLexicon.IsAcronym(pred) || NameLexicon.OrgAbbreviations.Contains(pred) || CompanySuffixes.Contains(pred))
                && (k > 0 || k == 0 && s.Start > 0 && toks[s.Start - 1].IsWord && !toks[s.Start - 1].IsCap);
            // "Direktur Utama PT Sukamaju Propertindo (Sumpro)", "politisi Partai Kebangkitan Bangsa (PKB)": the body's name ends at
            // its own short name in brackets, no holder inside it
            bool companyAlone = ShortNameInBrackets(toks, m.EndTokenIndex + 1) && BodyWordBefore(toks, run, k);
            // "Wali Kota", "Kepala Desa": a place unit right after a role is part of the role
            bool roleUnit = NameLexicon.IsPlaceUnit(pred) && k > 0 && IsOfficeRole(toks[run[k - 1]]);
            // "Jakarta Pusat": a place's direction word that is also an organisation word ("Pusat") ends a place, not a body
            bool placeDirection = k > 0 && NameLexicon.PlaceWords.Contains(pred) && NameLexicon.PlaceWords.Contains(toks[run[k - 1]].Text);
            // "… PT Semen Sukamaju (Persero) Tbk Rudi Hartono": after an office and its company, the suffix closing the company's name
            bool suffixHolder = k == 0 && CompanySuffixes.Contains(pred) && OfficeBefore(toks, s.Start);
            if ((NameLexicon.IsOrgWord(pred) && !roleAcronym && !placeDirection && !suffixHolder) || companyAlone || NameLexicon.IsPlaceUnit(pred) && !roleUnit || GroupUnits.Contains(pred)
                || !hadRole && BodyOpensRun(toks, run, k, s.Start)) m.OrgOrPlace = m.NamesBody = true;
            // The last two words are the holder's name after an office that names its body or place first:
            // "Direktur Utama Bank Mandiri Darmawan Junaidi" (a role, an organisation word, three or more name words),
            // "Kepala Desa Lembah Hijau Asep Sunandar" (a role, its place's own unit, the place, the holder), and
            // "Kepala Desa Sukamaju Budi Santoso" (a role's own unit names its place first).
            bool holderAfterBody = m.OrgOrPlace && !companyAlone && k > 0 && (NameLexicon.IsPersonRole(toks[run[0]].Text) || OfficeBefore(toks, s.Start)) && m.Name.Length >= 3 && !BuildingWords.Contains(pred)
                && (NameLexicon.IsOrgWord(pred) || NameLexicon.IsPlaceUnit(pred) && m.Name.Length <= 4 && LastTwoNameLike(m.Name));
            // "Wakil Wali Kota Malang Sofyan Edy Jarwoko", "Kasat Reskrim Polres Serang David Adhi Kusuma": a known place after the
            // unit or a body written before its place (place-bodies.txt) ends where the gazetteer says
            int knownPlace = NameLexicon.IsPlaceUnit(pred) || PlaceBodies.Contains(pred) ? NameLexicon.KnownPlaceAt(m.Name) : 0;
            bool holderAfterRoleUnit = roleUnit && !m.OrgOrPlace && m.Name.Length >= 3 && (m.Name.Length <= 4 || knownPlace > 0) && LastTwoNameLike(m.Name)
                && !NameLexicon.IsNameOpener(m.Name[m.Name.Length - 3]) && !m.Name.Any(w => NameLexicon.IsNameParticle(w));
            // "Wali Kota Serang Syafrudin": a known place of one word, then a one-word name
            bool oneWordHolder = roleUnit && !m.OrgOrPlace && m.Name.Length == 2 && knownPlace == 1 && !NameLexicon.IsNonName(m.Name[1])
                // "Anggota Komisi III DPRD Provinsi Riau Dapil Siak-Pelalawan Soniwati": a unit deeper in an office title, its known place, then the holder
                || hadRole && !roleUnit && k > 0 && NameLexicon.IsPlaceUnit(pred) && m.Name.Length == 2 && knownPlace == 1 && !NameLexicon.IsNonName(m.Name[1]);
            if ((holderAfterBody || holderAfterRoleUnit || oneWordHolder) && !HolderInApposition(toks, m.EndTokenIndex + 1)) CutToHolder(s, knownPlace);
        }

        private static readonly HashSet<string> PlaceBodies = LexiconResource.WordSet("place-bodies");

        /// <summary>
        /// Rule body-opens-run: "Aliansi Mahasiswa Unjeng Menggugat", "Forum Warga Peduli Sungai": a run opened by an organisation
        /// word, with no role, title or rank in it and none before it, is the body's whole name; no holder is named in it. Only
        /// where the run opens its sentence or follows a cue ("tulis Aliansi …"): after a preposition or a bracket an office
        /// written before may still be going on ("Kepala Seksi … di Badan Penanggulangan Bencana Daerah … Andri").
        /// </summary>
        private static bool BodyOpensRun(TokenList toks, List<int> run, int k, int start)
        {
            if (k < 1 || !NameLexicon.IsOrgWord(toks[run[0]].Text) || NameLexicon.IsAcronym(toks[run[0]].Text)) return false;
            if (!(start == 0 || IsSentenceStart(toks, start) || toks[start - 1].IsWord && !toks[start - 1].IsCap && Cue(toks[start - 1].Text) != null) || OfficeBefore(toks, start)) return false;
            for (int r = 0; r <= k; r++)
                if (NameLexicon.IsPersonRole(toks[run[r]].Text) || IsTitleAt(toks, run[r]) || NameLexicon.IsRank(toks[run[r]].Text)) return false;
            return true;
        }

        private static bool BodyWordBefore(TokenList toks, List<int> run, int k)
        {
            for (int r = 0; r <= k; r++) if (CompanyPrefixes.Contains(toks[run[r]].Text) || NameLexicon.IsOrgWord(toks[run[r]].Text)) return true;
            return false;
        }

        /// <summary>"(PKB)", "(Sumpro)", "(PT MIP)": a capitalised word without digits in brackets at <paramref name="at"/>, maybe after a company's prefix.</summary>
        private static bool ShortNameInBrackets(TokenList toks, int at)
        {
            if (at + 3 < toks.Count && toks[at].Text == "(" && toks[at + 1].IsWord && CompanyPrefixes.Contains(toks[at + 1].Text)) at++;
            return at + 2 < toks.Count && (toks[at].Text == "(" || CompanyPrefixes.Contains(toks[at].Text)) && toks[at + 1].IsWord && !toks[at + 1].HasDigit
                && char.IsUpper(toks[at + 1].Text[0]) && toks[at + 2].Text == ")";
        }

        /// <summary>
        /// "… Haji Terpadu (SISKOHAT)": a short name in capitals in brackets after the run that is not the run's initials ("Susilo
        /// Bambang Yudhoyono (SBY)" is) names a body's full name, not a person.
        /// </summary>
        private static bool OtherAcronymAfter(TokenList toks, Mention m)
        {
            int a = m.EndTokenIndex + 1;
            if (a + 2 >= toks.Count || toks[a].Text != "(" || toks[a + 2].Text != ")" || !toks[a + 1].IsWord) return false;
            var acronym = toks[a + 1].Text;
            if (acronym.Length < 3) return false;
            foreach (var c in acronym) if (!char.IsUpper(c)) return false;
            return !ArticlePeople.AreInitialsOf(acronym, m.Name);
        }

        /// <summary>"Daop 8", "Korem 031/Wirabima", "Kodim 0618": one word and its number name a unit, not a person.</summary>
        private static bool UnitNumberAfter(TokenList toks, Mention m)
        {
            int a = m.EndTokenIndex + 1;
            return m.Name.Length == 1 && a < toks.Count && toks[a].HasDigit && char.IsDigit(toks[a].Text[0]) && toks[a].Start == toks[a - 1].End + 1;
        }

        /// <summary>"PT. Sendi Pratama", "CV Maju Jaya": a name right after a company prefix is the company's.</summary>
        private static bool AfterCompanyPrefix(TokenList toks, int start)
        {
            int p = start - 1;
            if (p >= 1 && toks[p].Text == "." && toks[p].Start == toks[p - 1].End) p--;
            return p >= 0 && toks[p].IsWord && CompanyPrefixes.Contains(toks[p].Text);
        }

        /// <summary>Office words that name no person: an office in apposition, a building named after an office.</summary>
        private static bool OfficeNotPerson(MentionSite s, bool hadRole)
        {
            var toks = s.Toks;
            var m = s.Mention;
            int k = s.K, start = s.Start;
            if (k < 0 || !hadRole) return false;
            // an office in apposition after a name: "Budi Harjono, Ketua Koperasi Sumber Rejeki, mengatakan"
            // ("Terpisah, Kepala Desa Sukamaju Rudi, mengatakan": a lead adverbial before the comma is no name)
            if (!m.OrgOrPlace && start >= 2 && toks[start - 1].Text == "," && toks[start - 2].IsCap && !NameLexicon.IsNonName(toks[start - 2].Text) && !IsSentenceAdverb(toks, start - 2)
                && m.EndTokenIndex + 2 < toks.Count && toks[m.EndTokenIndex + 1].Text == "," && toks[m.EndTokenIndex + 2].IsWord && !toks[m.EndTokenIndex + 2].IsCap
                && !toks[m.EndTokenIndex + 2].Is("dan") && !toks[m.EndTokenIndex + 2].Is("serta") && !IsAbbreviatedTitle(toks, s.Run[k])
                && !NameLexicon.IsRank(toks[s.Run[k]].Text) && !(m.Name.Length >= 2 && HeldOfficeBefore(toks, start - 2))) return true; // a rank is no office: "Kapolsek Sukamaju Barat, Kompol Hendra Sitepu, menyampaikan"
            // a building or street named after an office: "Kantor Bupati Maros", "Jalan Gubernur Suryo", "Rumah Dinas Wali Kota"
            if (k >= 1 && BuildingWords.Contains(toks[s.Run[0]].Text)) return true;
            // an office and its one-word place taken up again: "Camat Candipuro ini", "Kapolsek Paiton tersebut" (not a title of
            // address: "para perajin seperti Bapak Sumaji ini" is the man)
            if (m.Name.Length == 1 && !NameLexicon.IsTitle(toks[s.Run[k]].Text) && s.After < toks.Count && (toks[s.After].Is("ini") || toks[s.After].Is("itu") || toks[s.After].Is("tersebut"))) return true;
            // a role's office followed by the holder in apposition: "Bupati Sleman, Rina Wulandari,"
            // (a rank names no office: "Aiptu Budi Santoso, Bripka Rudi Hartono," is a list of ranked persons)
            return !m.OrgOrPlace && !IsAbbreviatedTitle(toks, s.Run[k]) && !NameLexicon.IsRank(toks[s.Run[k]].Text) && HolderInApposition(toks, m.EndTokenIndex + 1);
        }

        /// <summary>
        /// "Wakil Wali Kota Sukamaju Irwan, Sekretaris Kota Sukamaju Iqbal Rahmat, para camat": the name before the comma at
        /// <paramref name="last"/> closes a run that opens with an office, so what follows the comma is the list's next office and
        /// its holder, not an office in apposition.
        /// </summary>
        private static bool HeldOfficeBefore(TokenList toks, int last)
        {
            int b = last;
            while (b >= 0 && (toks[b].IsWord && toks[b].IsCap || toks[b].Text is "(" or ")" || toks[b].Text == "." && b > 0 && toks[b].Start == toks[b - 1].End)) b--;
            for (int r = b + 1; r < last; r++)
                if (toks[r].IsWord && IsOfficeRole(toks[r]) && !NameLexicon.IsRank(toks[r].Text)) return !NameLexicon.IsNonName(toks[last].Text);
            return false;
        }
    }
}
