using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public static partial class NameScanner
    {
        /// <summary>
        /// Does an office title broken by commas, "dan" or "di" open before <paramref name="start"/>? "Kepala Dinas Sumber Daya
        /// Air, Cipta Karya, dan Tata Ruang Sulsel Andi Muhammad Yusran", "Kepala Bidang Kedaruratan dan Logistik di Badan …".
        /// </summary>
        private static bool OfficeBefore(TokenList toks, int start)
        {
            for (int bk = start - 1, steps = 0; bk >= 0 && steps < 16; bk--, steps++)
            {
                var t = toks[bk];
                // "," and "dan" in a long office name, "/" between a ministry and its acronym ("… Hilirisasi/BKPM Sarwono"); a body's
                // short name in brackets, "&", a unit's number and an abbreviation's period ("Kab.") inside it: "Kepala Otoritas …
                // Kantor Regional 1 DKI Jakarta & Banten Rudi", "Kepala Kantor Kementerian Agama Kab. Sukamaju Rudi"
                if (!t.IsWord) { if (t.Text is "," or "/" or "&" or "(" or ")" || AbbreviationPeriod(toks, bk)) continue; break; }
                if (t.HasDigit && !t.IsCap) continue;
                // "Duta Besar RI untuk Chile merangkap Bolivia Hendra": an envoy's countries
                if (t.Is("dan") || (t.Is("di") || t.Is("dari") || t.Is("bidang") || t.Is("untuk") || t.Is("merangkap")) && !t.IsCap) continue;
                // "anggota Komisi I DPR dari Fraksi …" (a rank names no office: "Jalan Letda Sujono, Kecamatan Medan")
                if (NameLexicon.IsPersonRole(t.Text) && !Occupations.Contains(t.Text)) return !NameLexicon.IsRank(t.Text);
                if (!t.IsCap) break;
            }
            return false;
        }

        /// <summary>Are the last two words of a name (or its only word) name-like: no role, place or country words?</summary>
        private static bool LastTwoNameLike(string[] name)
        {
            for (int i = Math.Max(0, name.Length - 2); i < name.Length; i++)
            {
                var w = name[i];
                if (NameLexicon.IsNonName(w) || NameLexicon.PlaceWords.Contains(w) || Countries.Resolve(w) != null) return false;
            }
            return true;
        }

        /// <summary>
        /// After "dari"/"selaku"/"sebagai" and a capitalised body ("dari Dinas Perhubungan Kabupaten Cirebon"), the next token
        /// (before <paramref name="hi"/>); else null.
        /// </summary>
        internal static int? AfterBodyOf(TokenList toks, int i, int hi)
        {
            if (i + 1 >= hi || !(toks[i].Is("dari") || toks[i].Is("selaku") || toks[i].Is("sebagai")) || !toks[i + 1].IsCap) return null;
            int end = i + 16;
            i++;
            while (i < hi && i < end && (toks[i].IsCap || toks[i].Is("dan") || toks[i].Text == "(" || toks[i].Text == ")")) i++;
            return i;
        }

        /// <summary>An acronym that is not a person's initials (two capitals of a body, or three capitals or more).</summary>
        private static bool IsBodyAcronym(string w) => NameLexicon.IsAcronym(w) && (w.Length > 2 || !IsInitialsPair(w)) && !NameLexicon.IsInitial(w);

        /// <summary>The first token from <paramref name="i"/> (before <paramref name="hi"/>) that is not an adverb of time or aspect ("telah", "juga", "pun").</summary>
        internal static int SkipAdverbs(TokenList toks, int i, int hi)
        {
            while (i < hi && toks[i].IsWord && NameLexicon.VerbAdverbs.Contains(toks[i].Text)) i++;
            return i;
        }

        /// <summary>Two capital letters that are no organisation, office or country ("MD", "ZA"; not "RI", "AS", "PT").</summary>
        private static bool IsInitialsPair(string w)
            => w.Length == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'A' && w[1] <= 'Z' && !NameLexicon.TwoLetterAcronyms.Contains(w) && Countries.Resolve(w) == null
               && !NameLexicon.IsTitle(w); // "DR Maari", "KH Ahmad": a title written in capitals

        private static bool IsSurnameLikeRole(TokenList toks, int prev, string w)
            => NameLexicon.IsPersonRole(w) && !NameLexicon.IsTitle(w) && w.IndexOf('-') < 0 && toks[prev].IsCap
               && !NameLexicon.IsNonName(toks[prev].Text) && !NameLexicon.IsPlaceUnit(toks[prev].Text);

        private static bool IsPlaceWord(Tok t) => t.Is("di") || t.Is("ke") || t.Is("dari") || t.Is("asal");

        private static bool IsPlainLower(Tok t) => t.IsWord && !t.IsCap && !t.HasDigit && !NameLexicon.StopWords.Contains(t.Text)
            && !NameLexicon.IsNameParticle(t.Text) && !NameLexicon.IsPersonRole(t.Text) && Cue(t.Text) == null && !SayingVerbs.Contains(t.Text);

        /// <summary>Runs of mentions forming a list of plain names ("A B, C D, dan E F"), as index ranges into <paramref name="ms"/>.</summary>
        public static IReadOnlyList<(int From, int To)> NameLists(TokenList toks, List<Mention> ms)
        {
            List<(int, int)>? lists = null; // made for the first list: most texts have none
            for (int r = 0; r < ms.Count; r++)
            {
                int e = r;
                while (e + 1 < ms.Count && ListJoined(toks, ms[e].EndTokenIndex, ms[e + 1].TokenIndex)) e++;
                if (e == r) continue;
                // "karyawan SPBU Sernaru, Sintus Jemali, S.H. dan Hipatios Wirawan Labut": the body before the list is no member
                int from = r;
                while (from < e && ms[from].OrgOrPlace) from++;
                // a list ends with "dan"/"serta": ", Ferry Gunawan," after an office is an apposition, not a list
                bool endsWithAnd = false;
                for (int x = ms[e - 1].EndTokenIndex + 1; x < ms[e].TokenIndex; x++) if (toks[x].Is("dan") || toks[x].Is("serta")) endsWithAnd = true;
                bool allNames = from < e;
                int single = 0;
                for (int x = from; x <= e; x++)
                {
                    // "Puadi, Herwyn JH Malonda, serta Totok Hariyono": a plain one-word name among longer ones, in a list of three or more
                    // with no more one-word names than longer ones ("Kelapa Dua dan Sukamaju" may be two hamlets)
                    if (ms[x].Name.Length == 1 && PlainNameWords(ms[x].Name, 4)) single++;
                    else if (ms[x].Name.Length < 2) allNames = false;
                    if (ms[x].OrgOrPlace) allNames = false;
                    if (x > from && toks[ms[x].TokenIndex - 1].IsCap) allNames = false; // a prefix of office words: not a plain list
                }
                if (endsWithAnd && allNames && (single == 0 || e - from >= 2 && single * 2 <= e - from + 1)) (lists ??= new List<(int, int)>()).Add((from, e));
                r = e;
            }
            return lists ?? (IReadOnlyList<(int From, int To)>)Array.Empty<(int, int)>();
        }

        /// <summary>
        /// "milik Miarjo, Tanto, dan Prayit", "Enam terdakwa itu, …, adalah Uti Abdul Munir, Karta, dan Halim": a list of short
        /// names (one to three words, none an organisation or a place) ending in "dan"/"serta" after a noun that introduces persons.
        /// </summary>
        public static IReadOnlyList<(int From, int To)> PersonNounLists(TokenList toks, List<Mention> ms)
        {
            List<(int, int)>? lists = null;
            for (int r = 0; r < ms.Count; r++)
            {
                int e = r;
                while (e + 1 < ms.Count && ListJoined(toks, ms[e].EndTokenIndex, ms[e + 1].TokenIndex)) e++;
                if (e == r) continue;
                bool endsWithAnd = false, plain = true;
                for (int x = ms[e - 1].EndTokenIndex + 1; x < ms[e].TokenIndex; x++) if (toks[x].Is("dan") || toks[x].Is("serta")) endsWithAnd = true;
                for (int x = r; x <= e; x++)
                    plain &= ms[x].Name.Length <= 3 && !ms[x].OrgOrPlace && !NameLexicon.IsGazetteerPlace(ms[x].Joined) && !IsBareInitials(ms[x].Name);
                if (endsWithAnd && plain && PersonNounBefore(toks, ms[r].TokenIndex)) (lists ??= new List<(int, int)>()).Add((r, e));
                r = e;
            }
            return lists ?? (IReadOnlyList<(int From, int To)>)Array.Empty<(int, int)>();
        }

        /// <summary>A noun of <see cref="ListPersonNouns"/> before <paramref name="at"/>, past lower-case words, numbers and commas only.</summary>
        private static bool PersonNounBefore(TokenList toks, int at)
        {
            // the list follows the noun or a word that opens a list ("adalah", "yakni", a comma), not any verb ("melalui MiChat dan …")
            // "diserahkan kepada petugas atas nama Rudi Hartono, Sumarni, dan Wagiman": "atas nama" (in the name of) names persons
            if (at >= 2 && toks[at - 1].Is("nama") && toks[at - 2].Is("atas")) return true;
            if (at == 0 || !(toks[at - 1].Text == "," || toks[at - 1].IsWord && (ListPersonNouns.Contains(toks[at - 1].Text) || ListOpeners.Contains(toks[at - 1].Text)))) return false;
            for (int i = at - 1; i >= 0 && i >= at - 12; i--)
            {
                var t = toks[i];
                if (t.IsWord && ListPersonNouns.Contains(t.Text)) return true;
                if (!(t.Text == "," || t.IsWord && !t.Upper)) return false;
            }
            return false;
        }

        private static readonly HashSet<string> ListPersonNouns = LexiconResource.WordSet("list-person-nouns");
        private static readonly HashSet<string> ListOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "adalah", "yakni", "yaitu", "ialah", "bernama", "lainnya", "masing-masing" };

        /// <summary>Are two mentions separated by only ",", "dan", "serta" or ", dan"?</summary>
        private static bool ListJoined(TokenList toks, int endOfFirst, int startOfNext)
        {
            endOfFirst = AfterDegree(toks, endOfFirst, startOfNext);
            // "…, dr Purnama", "… dan juga Salihin": a title written before the next name, "juga" after the conjunction
            while (startOfNext - 1 > endOfFirst + 1 && toks[startOfNext - 1].IsWord && IsTitleAt(toks, startOfNext - 1)) startOfNext--;
            int gap = startOfNext - endOfFirst - 1;
            if (gap >= 2 && toks[startOfNext - 1].Is("juga") && (toks[startOfNext - 2].Is("dan") || toks[startOfNext - 2].Is("serta"))) { startOfNext--; gap--; }
            if (gap < 1 || gap > 2) return false;
            for (int i = endOfFirst + 1; i < startOfNext; i++)
                if (!(toks[i].Text == "," || toks[i].Is("dan") || toks[i].Is("serta"))) return false;
            return gap == 1 || toks[endOfFirst + 1].Text == ",";
        }

        /// <summary>"Sintus Jemali, S.H. dan …": the last token of an academic degree written after a name, else <paramref name="end"/>.</summary>
        private static int AfterDegree(TokenList toks, int end, int limit)
        {
            int i = end + 1;
            if (i + 2 >= limit || toks[i].Text != ",") return end;
            int j = i + 1, parts = 0;
            while (j < limit && (toks[j].Text == "." || toks[j].IsWord && toks[j].Text.Length <= 4 && char.IsUpper(toks[j].Text[0]) && !toks[j].Is("dan")))
            {
                if (toks[j].IsWord) parts++;
                j++;
            }
            // a degree ends with its period: "S.H.", "M.Si."
            return parts > 0 && parts <= 3 && toks[j - 1].Text == "." ? j - 1 : end;
        }

        /// <summary>Does ", [Title] Name Name," (the holder of an office) follow at <paramref name="at"/>, possibly after "dan Cap…"?</summary>
        private static bool HolderInApposition(TokenList toks, int at)
        {
            int i = at;
            // "Ketua Himpunan Pengusaha Kopi dan Teh Nusantara, Budi Santoso,"
            if (i + 1 < toks.Count && toks[i].Is("dan") && toks[i + 1].IsCap)
            {
                i++;
                while (i < toks.Count && toks[i].IsCap && i < at + 8) i++;
            }
            if (i >= toks.Count || toks[i].Text != ",") return false;
            i++;
            i = PastDistrict(toks, i, at);
            // "Ustaz Abdul Hasibuan, Lc., memberikan": a degree after the comma is the name's, no holder
            if (DegreeAt(toks, i) || DottedDegreeLength(toks, i) > 0) return false;
            // "Kades Karangsari, MS, mengatakan": initials between commas right after an office are its holder, no title or degree
            if (i + 1 < toks.Count && toks[i].Upper && toks[i].Text.Length <= 3 && CommaAfter(toks, i) && OnePlaceAfterOffice(toks, at - 1)) return true;
            int beforeTitles = i;
            i = SkipTitles(toks, i);
            // "Ketua Masjid Al Mujahirin, Ustadz Hamka Nasrun langsung berdiri": a title after the office's comma opens its holder,
            // the clause going on after the name (not a list: "Camat Sarwadi, dr Rina Kartika, dan …", "Camat Gebog, Ustaz Ahmad
            // Fauzi dan para tokoh agama")
            bool titled = i > beforeTitles && i < toks.Count && toks[i].IsCap;
            // "Babinsa Desa Tiron, Kodim 0803/Madiun Sertu Sutoyo": a military unit, its number and its place, before the holder's rank
            if (i + 4 < toks.Count && toks[i].IsCap && NameLexicon.IsOrgWord(toks[i].Text) && toks[i + 1].HasDigit && toks[i + 2].Text == "/" && toks[i + 3].IsCap && NameLexicon.IsRank(toks[i + 4].Text)) i += 4;
            // "Kapolsek Paiton, Iptu Maskur": a rank after the office's comma opens its holder, whatever follows the name
            bool ranked = i + 1 < toks.Count && toks[i].IsWord && NameLexicon.IsRank(toks[i].Text);
            if (ranked) { i++; if (toks[i].Text == "." && i + 1 < toks.Count) i++; i = SkipTitles(toks, i); }
            // "Ajun Komisaris Besar Polisi (AKBP) Bahara": a rank written out, its short form in brackets
            if (ranked && i + 3 < toks.Count && toks[i].Text == "(" && toks[i + 1].IsWord && toks[i + 2].Text == ")") i += 3;
            int nameStart = i;
            while (i < toks.Count && (toks[i].IsCap || IsParticleAt(toks, i, true)) && i < nameStart + 6)
            {
                // "Harold W. Halirat": an initial with its period inside the name
                if (i > nameStart && IsInitialAt(toks, i) && i + 2 < toks.Count && toks[i + 2].IsCap) { i += 2; continue; }
                // ", Moh Rahmat Hidayat SPd, di kantornya": a degree closing the name before its comma closes the apposition
                // (", Rahmat Hidayat SPd, dan Agus Salim": a list, not an apposition)
                if (i > nameStart && i + 1 < toks.Count && toks[i + 1].Text == "," && NameLexicon.IsDegree(toks[i].Text))
                    return !(i + 2 < toks.Count && (toks[i + 2].Is("dan") || toks[i + 2].Is("serta")));
                bool surname = i > nameStart && (i + 1 >= toks.Count || !toks[i + 1].IsCap) && IsSurnameLikeRole(toks, i - 1, toks[i].Text);
                if (!surname && (NameLexicon.IsNonName(toks[i].Text) || NameLexicon.IsCalendar(toks[i].Text) || NameLexicon.IsPlaceUnit(toks[i].Text))) return false;
                // "M.Sc.", a lone letter: no name ("I Gede" is, and so is an initial opening a name: ", M Haryo Yunianto dan …")
                if (toks[i].Text.Length < 2 && !ranked && !NameLexicon.IsNameOpener(toks[i].Text)
                    && !(i == nameStart && NameLexicon.IsInitial(toks[i].Text) && i + 1 < toks.Count && toks[i + 1].IsCap)) return false;
                i++;
            }
            if (i == nameStart) return false;
            if (ranked || i >= toks.Count) return true;
            var t = toks[i];
            if (t.Text == "(" || t.Text == "." || t.Is("alias")) return true; // ", Yudha Firmansyah alias Ucil,"
            if (t.Text == ",")
            {
                // ", Ani Lestari, dan Budi" is a list, not an apposition; ", Weny Gaib, dan Rektor …" closes it before another office
                return !(i + 1 < toks.Count && (toks[i + 1].Is("dan") || toks[i + 1].Is("serta")) && !(i + 2 < toks.Count && IsOfficeRole(toks[i + 2])));
            }
            // ", Rina Wulandari dan Budi Santoso, serta …": the office held by two, in apposition
            return t.IsWord && (titled && !t.IsCap && !ListJoiners.Contains(t.Text) || SayingVerbs.Contains(t.Text) || Cue(t.Text) != null || i - nameStart >= 2 && PairClosesApposition(toks, i)
                || AnotherOfficeFollows(toks, i) // ", M Haryo Yunianto dan Gubernur …": the next office closes the apposition
                || HolderAfterPlaceOffice(toks, at, i - nameStart, i));
        }

        /// <summary>Words that join a list's items: after a name they go on with the list, not with the clause.</summary>
        private static readonly HashSet<string> ListJoiners = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "dan", "serta", "beserta", "bersama", "atau", "maupun", "hingga" };

        private static bool StartsRun(TokenList toks, int i)
        {
            var t = toks[i];
            if (t.IsCap) return true;
            return t.IsWord && i + 1 < toks.Count && toks[i + 1].IsCap && IsTitleAt(toks, i); // the cheap tests first
        }

        private static HashSet<string> AbbreviatedTitles => NameLexicon.AbbreviatedTitles;

        /// <summary>
        /// "dr", "Prof.", "H": a title written short right before a name always introduces a person. (A word of address in small
        /// letters before a stop ends its sentence: "Iya bener pak. Udah ya …".)
        /// </summary>
        private static bool IsAbbreviatedTitle(TokenList toks, int i)
            => toks[i].IsWord && (AbbreviatedTitles.Contains(toks[i].Text) || IsTitleAt(toks, i) && i + 1 < toks.Count && toks[i + 1].Text == "." && toks[i + 1].Start == toks[i].End
                && (toks[i].IsCap || !NameLexicon.IsWordOfAddress(toks[i].Text)));

        /// <summary>A single capital letter followed directly by a period: an initial ("M.").</summary>
        public static bool IsInitialAt(TokenList toks, int i)
            => toks[i].IsWord && toks[i].Text.Length == 1 && char.IsUpper(toks[i].Text[0]) && i + 1 < toks.Count && toks[i + 1].Text == "." && toks[i + 1].Start == toks[i].End;

        /// <summary>"Moh.", "Abd.", "HM.": a given name of <see cref="AbbreviatedGivenNames"/> written short, its period glued to it.</summary>
        internal static bool IsAbbreviatedGivenNameAt(TokenList toks, int i)
            => toks[i].IsWord && toks[i].IsCap && AbbreviatedGivenNames.Contains(toks[i].Text) && i + 1 < toks.Count && toks[i + 1].Text == "." && toks[i + 1].Start == toks[i].End;

        private static readonly HashSet<string> AbbreviatedGivenNames = LexiconResource.WordSet("abbreviated-given-names");

        private static int SkipTitles(TokenList toks, int i)
        {
            while (i < toks.Count && toks[i].IsWord && IsTitleAt(toks, i) && (!NameLexicon.IsPersonRole(toks[i].Text) || i > 0 && RankBefore(toks, i)))
            {
                i++;
                if (i < toks.Count && toks[i].Text == "." && toks[i].Start == toks[i - 1].End) i++;
            }
            return i;
        }

        /// <summary>"Kades Karangsari", "Kepala Desa Karangsari": one capitalised word at <paramref name="i"/> right after an office or its unit.</summary>
        public static bool IsSentenceStart(TokenList toks, int i)
        {
            for (int b = i - 1; b >= 0; b--)
            {
                var t = toks[b];
                if (t.IsWord) return false;
                if (t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == ":") return true;
                if (QuoteMarks.IsDoubleMark(t.Text[0])) continue;
                return false;
            }
            return true;
        }
    }
}
