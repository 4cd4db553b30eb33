using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;
using TypedCorpus.Extraction.People;

namespace TypedCorpus.Extraction.Quotes
{
    /// <summary>Offices named instead of their holders: "ujar Presiden", "kata Kepala Desa", "ujar jenderal bintang dua itu".</summary>
    internal sealed partial class Attribution
    {
        /// <summary>
        /// A speaker named by an office alone: "ujar Presiden." is the one person the article gave that office ("Presiden Joko
        /// Widodo mengatakan …"), "papar Ketua AJI Bandung tersebut" / "kata politisi PDI-P itu" the person last speaking or
        /// acting. Null when the words after the cue are no bare office (a name follows); empty when the office is held by
        /// several people of the article or by none (a wrong name is worse than none).
        /// </summary>
        private List<string>? RoleReference(TokenList toks, int from)
        {
            // "terang mantan Kasat Reskrim Polres Wanareja ini": a former office is not its present holder; with its anaphor it
            // describes the person last speaking
            if ((toks[from].Is("mantan") || toks[from].Is("eks")) && from + 1 < toks.Count && toks[from + 1].IsWord && toks[from + 1].IsCap)
                return OfficeAnaphor(toks, from + 1) ? DescribedSubject(SpeakerRules.OfficeAnaphor) : OfficeReference(toks, from + 1, true);
            // "jelas Wakil Ketua Badan Kerja Sama Antar Parlemen DPR RI ini": a long office with its anaphor, the person last speaking;
            // "tegas Kepala Pelaksana BPBD Sumsel itu": the one person the article gave those very office words, when it did
            if (OfficeAnaphor(toks, from))
                return AnaphorEnd(toks, from) is int end && end > from + 1 && HolderOfWholeOffice(toks, from, end) is { } whole
                    ? Found(SpeakerRules.OfficeAlone, new List<string> { whole }) : DescribedSubject(SpeakerRules.OfficeAnaphor);
            return OfficeReference(toks, from, false);
        }

        /// <summary>
        /// "mantan Kasat Reskrim Polres Wanareja ini", "Wakil Ketua Badan Kerja Sama DPR ini": an office word, then up to eight capitalised words (its unit and place, a
        /// short form in brackets) that name no person of the article, then "ini", "itu" or "tersebut" ending the attribution.
        /// </summary>
        private bool OfficeAnaphor(TokenList toks, int at)
        {
            if (!NameLexicon.IsPersonRole(toks[at].Text) || NameLexicon.IsTitle(toks[at].Text)) return false;
            int j = at + 1;
            while (j < toks.Count && j <= at + 8 && (toks[j].IsWord && toks[j].IsCap || toks[j].Text == "(" || toks[j].Text == ")")) j++;
            if (j >= toks.Count || !(toks[j].Is("ini") || toks[j].Is("itu") || toks[j].Is("tersebut"))) return false;
            if (j + 1 < toks.Count && (toks[j + 1].IsCap || toks[j + 1].IsWord && !ClauseGoesOn.Contains(toks[j + 1].Text))) return false;
            for (int k = at + 1; k < j; k++) if (toks[k].IsWord && FindPerson(new[] { toks[k].Text }) != null) return false;
            return true;
        }

        /// <summary><see cref="RoleReference"/> from the office word at <paramref name="from"/>; a <paramref name="former"/> office needs its anaphor.</summary>
        private List<string>? OfficeReference(TokenList toks, int from, bool former)
        {
            // "ujar orang nomor satu di Kota Manado ini": the top official, described
            bool topOfficial = toks[from].Is("orang") && from + 1 < toks.Count && toks[from + 1].Is("nomor");
            if (!topOfficial && (!NameLexicon.IsPersonRole(toks[from].Text) || NameLexicon.IsTitle(toks[from].Text))) return null;
            int j = from + 1;
            bool placesOnly = true; // "kata Kapolsek Paiton": the office of a place is the office
            for (; j < toks.Count && toks[j].IsWord && toks[j].IsCap; j++)
            {
                // "ujar Wali Kota", "kata Kepala Desa": the office's own unit right after it is part of the office
                bool place = OfficePlaceAt(toks, from, j);
                if (!place && !NameLexicon.IsNonName(toks[j].Text) && !NameLexicon.IsAbstractNoun(toks[j].Text)) break;
                placesOnly &= place;
            }
            // "kata jenderal bintang satu tersebut", "ucap pelatih berpaspor Austria itu": up to three words describe the office
            // before the anaphor (lower-case, or a country or place the gazetteer knows)
            int d = j;
            while (d < toks.Count && d < j + 3 && toks[d].IsWord && !toks[d].Is("tersebut") && !toks[d].Is("itu") && !ClauseGoesOn.Contains(toks[d].Text)
                && (!toks[d].IsCap || Countries.Resolve(toks[d].Text) != null || NameLexicon.IsGazetteerPlace(toks[d].Text))) d++;
            // "… di Kota Manado ini", "ujar bupati asal Desa Sukamaju, Kecamatan Cibaru ini": the place of the description
            if (d < toks.Count && toks[d].Is("di")) d = AfterPlace(toks, d + 1);
            else if (d > j && d < toks.Count && toks[d].IsCap && (toks[d - 1].Is("asal") || toks[d - 1].Is("dari") || toks[d - 1].Is("kelahiran"))) d = AfterPlace(toks, d);
            if (d > j && d < toks.Count && (toks[d].Is("tersebut") || toks[d].Is("itu") || toks[d].Is("ini") && d > j + 1)) j = d;
            bool anaphor = j < toks.Count && (toks[j].Is("tersebut") || toks[j].Is("itu") || toks[j].Is("ini") && j > from + 2);
            // "kata politisi Partai Kebangkitan Bangsa (PKB) tersebut": a body's whole name, its short name in brackets, then "tersebut"
            if (!anaphor && BodyNameThenAnaphor(toks, from + 1, j) is int end) { anaphor = true; j = end; }
            if (anaphor) j++;
            // the office must end the attribution: a name, a field or an apposition after it is not a bare office
            // (", Senin (15/5/2023)": a date after the comma is no apposition)
            bool dateAfter = j + 1 < toks.Count && toks[j].Text == "," && toks[j + 1].IsWord
                && (NameLexicon.IsCalendar(toks[j + 1].Text) || !toks[j + 1].IsCap && ClauseGoesOn.Contains(toks[j + 1].Text)); // ", saat ditemui"
            // ("kata Kades Sukamaju yang juga petani …": a relative clause after the office describes its holder)
            if (j < toks.Count && (toks[j].IsCap || toks[j].Text == "," && !dateAfter || toks[j].IsWord && !ClauseGoesOn.Contains(toks[j].Text) && !toks[j].Is("yang"))) return null;
            if (anaphor) return DescribedSubject(SpeakerRules.OfficeAnaphor);
            return former ? null : OfficeAlone(toks, from, j, placesOnly);
        }

        /// <summary>
        /// The holder of a bare office toks[from..end): "ujar Kepala Desa" is the office with its own unit, not any "Kepala …";
        /// "kata Ketua KPK" without its holder's name names no person, unless the article gave those very office words to one
        /// person ("ujar Rektor Universitas Sukaraya" after "Rektor Universitas Sukaraya Prof. Budi Santoso").
        /// </summary>
        private List<string>? OfficeAlone(TokenList toks, int from, int end, bool placesOnly)
        {
            if (end > from + 1 && !placesOnly)
                return HolderOfWholeOffice(toks, from, end) is { } whole ? Found(SpeakerRules.OfficeAlone, new List<string> { whole }) : null;
            var holder = HolderOfOfficeAt(toks, from, toks.Count);
            return Found(SpeakerRules.OfficeAlone, holder != null ? new List<string> { holder } : new List<string>());
        }

        /// <summary>
        /// "ujar Bupati Butur, saat ditemui": one capitalised word that names no person of the article, ending the attribution
        /// (a comma and a clause word, or the sentence's end), is the office's place.
        /// </summary>
        private bool UnknownPlaceEndingOffice(TokenList toks, int j)
        {
            if (FindPerson(new[] { toks[j].Text }) != null || NameLexicon.IsNameOpener(toks[j].Text)) return false;
            int a = j + 1;
            if (a >= toks.Count || toks[a].Text == ".") return true;
            return toks[a].Text == "," && a + 1 < toks.Count && toks[a + 1].IsWord && ClauseGoesOn.Contains(toks[a + 1].Text);
        }

        /// <summary>Past a place's capitalised words ("Kota Manado") from <paramref name="i"/>, and its unit's chain (", Kecamatan Cibaru").</summary>
        private static int AfterPlace(TokenList toks, int i)
        {
            int start = i;
            while (i < toks.Count && i < start + 4 && toks[i].IsWord && toks[i].IsCap) i++;
            if (i > start && i + 2 < toks.Count && toks[i].Text == "," && toks[i + 1].IsCap && NameLexicon.IsPlaceUnit(toks[i + 1].Text)) return AfterPlace(toks, i + 1);
            return i;
        }

        /// <summary>The holder of the office written at <paramref name="at"/>, with its own unit when one follows ("Kepala Desa").</summary>
        private string? HolderOfOfficeAt(TokenList toks, int at, int hi)
        {
            var unit = at + 1 < hi && toks[at + 1].IsWord && NameLexicon.IsPlaceUnit(toks[at + 1].Text) ? toks[at + 1].Text : null;
            var holder = HolderOf(toks[at].Text, unit);
            // "ucap walikota", "menurut Wako": the office written as one word is the article's "Wali Kota X"
            if (holder == null && unit == null && OneWordOffices.TryGetValue(toks[at].Text, out var two)) holder = HolderOf(two[0], two[1], domestic: true);
            if (holder == null && unit == null) holder = HolderOfShortOffice(toks[at].Text); // "tegas Kajati": "Kepala Kejaksaan Tinggi …"
            return holder;
        }

        /// <summary>
        /// The one person the article names right after the office words toks[from..to) written the same way (or written long, see
        /// <see cref="OfficeShortForm"/>), else null. With <paramref name="opening"/>, those words need only open the office
        /// ("sang kepala suku dinas" for "Kepala Suku Dinas Pendidikan Wilayah II Rudi").
        /// </summary>
        private string? HolderOfWholeOffice(TokenList toks, int from, int to, bool opening = false)
        {
            string? found = null;
            int n = to - from;
            for (int b = 0; b < _people.BlockMentions.Count; b++)
            {
                var bt = _people.BlockTokens[b];
                foreach (var m in _people.BlockMentions[b])
                {
                    int r = OfficeBefore(bt, m, toks[from].Text, null);
                    if (r < 0 || r + n > m.TokenIndex) continue;
                    bool same = SameWords(bt, r, toks, from, n) && (opening || OnlyTitlesBetween(bt, r + n, m.TokenIndex));
                    if (!same && (opening || !(OfficeShortForm.Match(bt, r, m.TokenIndex, toks, from, to) is var e && e > 0 && OnlyTitlesBetween(bt, e, m.TokenIndex)))
                        || FindPerson(m.Name) is not { } p) continue;
                    if (found != null && found != p.Name) return null;
                    found = p.Name;
                }
            }
            return found;
        }

        /// <summary>Only titles, ranks, their periods and commas between the office's last word and the name (no more office or place words).</summary>
        private static bool OnlyTitlesBetween(TokenList toks, int from, int name)
        {
            for (int k = from; k < name; k++)
                if (!(toks[k].Text is "," or "." || toks[k].IsWord && (NameLexicon.IsTitle(toks[k].Text) || NameLexicon.IsRank(toks[k].Text)))) return false;
            return true;
        }

        private static bool SameWords(TokenList a, int i, TokenList b, int j, int n)
        {
            for (int k = 0; k < n; k++) if (!string.Equals(a[i + k].Text, b[j + k].Text, StringComparison.OrdinalIgnoreCase)) return false;
            return true;
        }

        private static readonly Dictionary<string, string[]> OneWordOffices = OneWordOfficeRows();

        private static Dictionary<string, string[]> OneWordOfficeRows()
        {
            var map = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in LexiconResource.Rows("office-one-word"))
                for (int i = 1; i < row.Length; i++) map[row[i]] = row[0].Split(' ');
            return map;
        }

        /// <summary>The one person of the article introduced with <paramref name="role"/> right before the name ("Presiden Joko Widodo"), else null.</summary>
        private string? HolderOf(string role, string? unit = null, bool domestic = false)
        {
            // per office written (block, index): the last person named after it; "Rektor Prof. Dr.Eng. Ir. Abraham Lomi": a word
            // of the titles taken for a name is no holder, the name after it is
            var byOffice = new Dictionary<(int, int), string>();
            for (int b = 0; b < _people.BlockMentions.Count; b++)
            {
                var toks = _people.BlockTokens[b];
                foreach (var m in _people.BlockMentions[b])
                {
                    int r = OfficeBefore(toks, m, role, unit);
                    if (r < 0) r = OfficeAfter(toks, m, role, unit);
                    // ("Menkeu" is the article's own minister, not "Menteri Keuangan Jepang X")
                    if (domestic && m.RoleCountry is { } country && country != "Indonesia") continue;
                    if (r >= 0 && FindPerson(m.Name) is { } p) byOffice[(b, r)] = p.Name;
                }
            }
            var holders = byOffice.Values.Distinct().ToList();
            if (holders.Count == 1) return holders[0];
            // rule office-holder-before: "kata Bupati" after "Bupati Tanjung Ratna Sari …" and before "Bupati Cibaru Joko" is
            // named in a later paragraph: a reader knows only the holders introduced up to the quote's paragraph; one of them is the office's
            var before = byOffice.Where(e => e.Key.Item1 <= _quoteBlock).Select(e => e.Value).Distinct().ToList();
            return before.Count == 1 ? before[0] : null;
        }

        /// <summary>Where <paramref name="role"/> stands before the name <paramref name="m"/> (office words, titles, ranks between), else -1.</summary>
        private static int OfficeBefore(TokenList toks, Mention m, string role, string? unit)
        {
            // the office's own words may stand between it and the name: "Presiden Konfederasi Serikat Pekerja Nusantara (KSPN) Hendra"
            int r = m.TokenIndex - 1, limit = m.TokenIndex - 8;
            // "Rektor Unlera, Prof. Hendra Wijaya": the holder's titles after the office's comma are stepped over first
            while (r >= 2 && (TitlePeriod(toks, r) || toks[r].IsWord && NameLexicon.IsTitle(toks[r].Text) && toks[r - 1].Text == ","))
            {
                int step = toks[r].Text == "." ? 2 : 1;
                r -= step;
                limit -= step; // titles are no words of the office
            }
            // "Kapolsek Paiton, Iptu Maskur": the holder after the office's comma and a rank
            // "Wali Kota Kotamobagu, Weny Gaib,": the holder in apposition between commas after the office and its place
            // "Menteri Perdagangan (Mendag), Zulkifli Hasan": after the office's short form in brackets
            // "Gubernur, Budi Santoso, menyebutkan": the office alone opening the sentence, its holder between commas
            bool roleOpens = r >= 1 && toks[r - 1].Is(role) && (r == 1 || !toks[r - 2].IsWord) && VerbAfterApposition(toks, m);
            if (r > 0 && toks[r].Text == "," && (toks[r - 1].IsCap && (!toks[r - 1].Is(role) || roleOpens) && ClosedByComma(toks, m) || toks[r - 1].Text == ")")) { r--; limit -= 2; }
            // "Dandim 0812/Sukaraya, Letkol Inf. Hendra": the unit's number and its slash are words of the office too
            while (r >= 0 && r >= limit && !toks[r].Is(role) && (toks[r].IsCap || toks[r].Text == "(" || toks[r].Text == ")" || AppositionRank(toks, r) || RankPeriod(toks, r) || TitlePeriod(toks, r) || AbbreviationPeriod(toks, r)
                || UnitNumber(toks, r) || SchoolNumber(toks, r)))
            {
                var passed = toks[r--].Text;
                if (passed == ",") limit -= 2;
                else if (passed == ".") limit--; // a title's, rank's or short form's period is no word of the office
            }
            if (r < 0 || !toks[r].Is(role) || unit != null && !UnitAt(toks, r + 1, unit)) return -1;
            // "Wakil Bupati Razuardi", "Asisten pelatih Yohanes", "calon bupati Rudi" hold another office (or none yet)
            if (r > 0 && (toks[r - 1].Is("wakil") || toks[r - 1].Is("mantan") || toks[r - 1].Is("eks") || toks[r - 1].Is("asisten") || toks[r - 1].Is("calon"))) return -1;
            // "Kepala Bagian Umum Sekretariat Presiden R. Hasan": the office word names a body there ("Sekretariat Presiden")
            if (r > 0 && toks[r - 1].IsCap && NameLexicon.IsOrgWord(toks[r - 1].Text)) return -1;
            return r;
        }

        /// <summary>A military or police unit's number and the slash after it ("0809/", "1207/", "XIV/Hasanuddin"), right after its office word's place.</summary>
        private static bool UnitNumber(TokenList toks, int r)
            => toks[r].Text == "/" && r > 0 && (toks[r - 1].HasDigit || IsRomanNumeral(toks[r - 1].Text)) || toks[r].HasDigit && toks[r].IsWord && r + 1 < toks.Count && toks[r + 1].Text == "/";

        /// <summary>
        /// Where <paramref name="role"/> stands in apposition right after the name <paramref name="m"/> ("Rudi Sinaga, selaku
        /// Ketua Panitia", "Rudi Hartono, Wakil Bupati Cibaru,"), else -1.
        /// </summary>
        private static int OfficeAfter(TokenList toks, Mention m, string role, string? unit)
        {
            int r = m.EndTokenIndex + 1;
            // ("F. Razikin Kepala Desa …": the office right after the name that holds it, no comma, when the office names its unit:
            // "Budi Santoso Ketua RT 05" holds no "Ketua Panitia")
            if (r >= toks.Count || toks[r].Text != "," && !(m.Evidence == "office-after-name" && unit != null)) return -1;
            if (toks[r].Text == ",") r++;
            if (r < toks.Count && (toks[r].Is("selaku") || toks[r].Is("sebagai"))) r++;
            if (r >= toks.Count || !toks[r].IsCap || !toks[r].Is(role) || unit != null && !UnitAt(toks, r + 1, unit)) return -1;
            return r;
        }

        /// <summary>"Gubernur, Budi Santoso, menyebutkan": a word in small letters after the apposition's closing comma (not a list: "Bupati, Budi, Camat, …").</summary>
        private static bool VerbAfterApposition(TokenList toks, Mention m)
            => m.EndTokenIndex + 2 < toks.Count && toks[m.EndTokenIndex + 1].Text == "," && toks[m.EndTokenIndex + 2].IsWord && !toks[m.EndTokenIndex + 2].IsCap;

        /// <summary>The apposition closes after the name: a comma, the sentence's end ("ujar Wali Kota, Budi Hartono."), or the clause's lower-case verb ("…, Abu Hasan mengungkapkan").</summary>
        private static bool ClosedByComma(TokenList toks, Mention m)
            => m.EndTokenIndex + 1 >= toks.Count || toks[m.EndTokenIndex + 1].Text is "," or "." || toks[m.EndTokenIndex + 1].IsWord && !toks[m.EndTokenIndex + 1].Upper;

        /// <summary>"AKP. Hasanuddin": a rank written with a period before the name.</summary>
        private static bool RankPeriod(TokenList toks, int r) => toks[r].Text == "." && r > 0 && toks[r - 1].IsWord && NameLexicon.IsRank(toks[r - 1].Text);

        /// <summary>
        /// "Presiden Ir. H. Joko Widodo", "Rektor Prof. Dr.Eng. Ir. Abraham Lomi": a title written with its period between the
        /// office and the name (or the second part of a title glued to it).
        /// </summary>
        private static bool TitlePeriod(TokenList toks, int r)
        {
            if (toks[r].Text != "." || r < 1 || !toks[r - 1].IsWord || !toks[r - 1].IsCap || toks[r].Start != toks[r - 1].End) return false;
            if (NameLexicon.IsTitle(toks[r - 1].Text) || NameLexicon.AbbreviatedTitles.Contains(toks[r - 1].Text)) return true;
            return r >= 3 && toks[r - 2].Text == "." && toks[r - 2].End == toks[r - 1].Start && toks[r - 3].IsWord && NameLexicon.IsTitle(toks[r - 3].Text);
        }

        /// <summary>"Kementerian Agama Prov. Sukamaju Barat": the period of a short capitalised word glued to it, inside the office's words.</summary>
        private static bool AbbreviationPeriod(TokenList toks, int r)
            => toks[r].Text == "." && r > 0 && r + 1 < toks.Count && toks[r - 1].IsWord && toks[r - 1].IsCap && toks[r - 1].Text.Length <= 5
                && toks[r].Start == toks[r - 1].End && toks[r + 1].IsCap;

        private static bool AppositionRank(TokenList toks, int r) =>
            toks[r].Text == "," && r + 1 < toks.Count && toks[r + 1].IsWord && NameLexicon.IsRank(toks[r + 1].Text);
    }
}
