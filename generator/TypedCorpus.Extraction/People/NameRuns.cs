using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public static partial class NameScanner
    {
        private static ref List<int>? NameRun => ref Scratch.Current.NameRun;

        /// <summary>
        /// Finds name runs in <paramref name="text"/> (tokens from <see cref="Tokenize"/>), with person evidence: each run of
        /// capitalised words is cut where its office, body or place words end (<see cref="NameStart"/>), shaped by the office
        /// around it (<see cref="ShapeOffice"/>), then weighed by the rules of <see cref="PersonEvidence.Ordered"/>.
        /// </summary>
        public static List<Mention> Mentions(string text, TokenList toks)
        {
            var result = new List<Mention>();
            var run = NameRun ??= new List<int>(); // the token indexes of the current run (cleared for each run)
            MentionSite? site = null; // made at the first run: most texts have few runs, many none
            int i = 0;
            while (i < toks.Count)
            {
                if (!StartsRun(toks, i) || CapitalisedCueAfterQuote(toks, i)) { i++; continue; }
                // "Dr. Ibrahim, S.Fil., M.Si. (Rektor …)": a degree after the name's comma opens no run of its own
                if (DegreeAt(toks, i)) { i = PastDegreeParts(toks, i + 3); continue; }
                if (DottedDegreeLength(toks, i) is var dotted && dotted > 0) { i += dotted; continue; } // "…, Lc., MA", "…, Sp.A."
                int start = i;
                int j = CollectRun(toks, i, run);
                i = Math.Max(j, i + 1);
                if (run.Count == 0) continue;
                DropBodyAcronym(toks, run);
                DropLeadAdverb(toks, run, ref start);
                // "… Rudiyanto dan Hartono Bersama sekretaris …": a function word capitalised after a name ends the name, not the run
                while (run.Count >= 2 && j < toks.Count && toks[j].IsWord && !toks[j].IsCap && NameLexicon.StopWords.Contains(toks[run[run.Count - 1]].Text) && !NameLexicon.IsPersonRole(toks[run[run.Count - 1]].Text)
                    && toks[run[run.Count - 2]].IsCap && !NameLexicon.IsNonName(toks[run[run.Count - 2]].Text)) run.RemoveAt(run.Count - 1);
                // "Bambang Gunadi Camat Gebog mengatakan": a name opening the run before an office is a mention of its own
                int lead = NameBeforeOffice(toks, run);
                int[]? office = lead > 0 ? run.GetRange(lead, run.Count - lead).ToArray() : null;
                if (office != null) run.RemoveRange(lead, run.Count - lead);
                site = AddMention(toks, run, start, site, result);
                if (office == null) continue;
                run.Clear();
                run.AddRange(office);
                site = AddMention(toks, run, office[0], site, result, ofNameBefore: true);
            }
            StrengthenNameLists(toks, result);
            StrengthenAffiliationLists(toks, result);
            StrengthenDoublesPairs(toks, result);
            StrengthenPairedNames(toks, result);
            StrengthenSides(toks, result);
            return result;
        }

        private static bool OneNameWord(Tok t) => t.IsCap && t.Text.Length >= 3 && !NameLexicon.IsNonName(t.Text) && !NameLexicon.IsAcronym(t.Text);

        /// <summary>Collects the run of name-like tokens from <paramref name="i"/> into <paramref name="run"/>; returns where it stopped.</summary>
        private static int CollectRun(TokenList toks, int i, List<int> run)
        {
            run.Clear();
            int j = i;
            while (j < toks.Count)
            {
                var t = toks[j];
                // "Dr. Ir. Siti": a title written with its period
                if (t.IsWord && j + 2 < toks.Count && toks[j + 1].Text == "." && toks[j + 1].Start == t.End && toks[j + 2].IsCap && (IsTitleAt(toks, j) || NameLexicon.IsRank(t.Text)))
                { run.Add(j); j += 2; continue; } // "AKP. Hasanuddin": a rank with a period too
                // "Dato’ Seri Anwar": a title written with an apostrophe
                if (t.IsWord && j + 2 < toks.Count && IsGluedApostrophe(toks, j + 1) && (toks[j + 2].IsCap) && IsTitleAt(toks, j)) { run.Add(j); j += 2; continue; }
                // "Dian Putra S.Sos.I., M.H.", "Ellen Joan Kumaat MSc DEA": a degree after the name ends it
                // (capitals after a rank or inside a name, before a name word, are the person's initials: "AKP MP Sitompul", "Sahat MP Sinaga")
                if (run.Count > 0 && (DegreeAt(toks, j) || DottedDegreeLength(toks, j) > 0) || run.Count >= 2 && (IsDegreeWord(t) || IsMixedCaseDegree(t) || IsReligiousOrder(t)) && !InitialsBeforeName(toks, j)) break;
                // "Soepriyadi SH dan …": a degree after one name word ends the name too (the word is no acronym)
                if (run.Count == 1 && IsDegreeWord(t) && OneNameWord(toks[run[0]]) && !InitialsBeforeName(toks, j)) break;
                // "Job Kurniawan Ap MSi": a degree written in title case right before another degree is one too
                if (run.Count >= 2 && t.IsWord && DegreeWords.Contains(t.Text) && j + 1 < toks.Count && IsDegreeWord(toks[j + 1])) break;
                // "M. Qodari", "A. Rahman Hakim": an initial with its period inside a name
                if (IsInitialAt(toks, j) && j + 2 < toks.Count && toks[j + 2].IsCap) { run.Add(j); j += 2; continue; }
                // "Moh. Mukson", "Dahlan HM. Noer": a given name written short with its period inside a name
                if (IsAbbreviatedGivenNameAt(toks, j) && j + 2 < toks.Count && toks[j + 2].IsCap) { run.Add(j); j += 2; continue; }
                // "Bupati Sukamaju Mengungkapkan, …": a saying verb written with its capital ends the name
                if (run.Count > 0 && t.IsCap && t.Text.Length >= 6 && SayingVerbs.Contains(t.Text)) break;
                // "Laksamana TNI Abdul Rivai Ras Menyaksikan turnamen …": a verb in me-…-kan written with its capital after two name words
                if (run.Count >= 2 && t.IsCap && t.Text.Length >= 9 && t.Text.StartsWith("Me", StringComparison.Ordinal) && t.Text.EndsWith("kan", StringComparison.Ordinal)) break;
                if (t.IsCap && !NameLexicon.IsCalendar(t.Text)) { run.Add(j); j++; continue; }
                // "Julião da Silva", "Sa'ad bin Khalid": a lower-case particle between two name words
                if (IsParticleAt(toks, j, run.Count > 0)) { run.Add(j); j++; continue; }
                if (t.IsWord && !t.HasDigit && j + 1 < toks.Count && toks[j + 1].IsCap && IsTitleAt(toks, j)) { run.Add(j); j++; continue; }
                // "(BPBD)" inside an office title, also a rank's branch: "Brigjen (Pol) Ahmad Ramadhan"
                if (t.Text == "(" && run.Count > 0 && j + 2 < toks.Count && toks[j + 1].IsWord && (NameLexicon.IsAcronym(toks[j + 1].Text) || NameLexicon.IsPersonRole(toks[j + 1].Text)) && toks[j + 2].Text == ")"
                    && j + 3 < toks.Count && toks[j + 3].IsCap)
                { run.Add(j + 1); j += 3; continue; }
                if (ShortNameOfBodyAt(toks, j, run)) { run.Add(j + 1); j += 3; continue; }
                break;
            }
            return j;
        }

        /// <summary>
        /// "Kepala Dinas Pendidikan (Disdik) Sukamaju Barat (Sumbar) Rudi": inside a run that holds an office, a capitalised short
        /// name in brackets right after a body's or place's word, with a capitalised word after it, is the body's or place's
        /// short name (a name word before the bracket, as in "Budi Hartono (Bubu)", is a nickname and ends the run).
        /// </summary>
        private static bool ShortNameOfBodyAt(TokenList toks, int j, List<int> run)
        {
            if (toks[j].Text != "(" || run.Count == 0 || j + 3 >= toks.Count || !toks[j + 1].IsWord || !toks[j + 1].IsCap || toks[j + 1].HasDigit
                || toks[j + 2].Text != ")" || !toks[j + 3].IsCap || NameLexicon.IsCalendar(toks[j + 3].Text)) return false;
            var before = toks[run[run.Count - 1]].Text;
            if (!(NameLexicon.IsNonName(before) || NameLexicon.PlaceWords.Contains(before) || NameLexicon.IsPlaceUnit(before) || NameLexicon.IsGazetteerPlace(before))) return false;
            foreach (var x in run) if (IsOfficeRole(toks[x])) return true;
            return OfficeBefore(toks, run[0]); // "Kepala Dinas Pendidikan dan Kebudayaan (Disdikbud) …": the office before "dan"
        }

        /// <summary>"Budi Santoso RI", "Ridwan Kamil PKS": an acronym after the name words names the body, not the person.</summary>
        private static void DropBodyAcronym(TokenList toks, List<int> run)
        {
            while (run.Count >= 3 && IsBodyAcronym(toks[run[run.Count - 1]].Text) && toks[run[run.Count - 2]].IsCap && toks[run[run.Count - 3]].IsCap
                && !NameLexicon.IsNonName(toks[run[run.Count - 2]].Text) && !NameLexicon.IsNonName(toks[run[run.Count - 3]].Text)) run.RemoveAt(run.Count - 1);
        }

        /// <summary>The index in the run of its last word that is no part of a name (-1 when all are): the name is what follows.</summary>
        private static int NameStart(TokenList toks, List<int> run)
        {
            int k = -1;
            for (int r = 0; r < run.Count; r++)
                if (IsNonNameInRun(toks, run, r)) k = r;
            k = PlaceRunsOn(toks, run, k);
            // a noble opener inside the run starts the name: "PHRI Badung Anak Agung Ngurah Sukadana"
            int k0 = k;
            for (int r = k + 2; r + 2 < run.Count; r++)
                if (NobleOpeners.Contains(toks[run[r]].Text) && NameLexicon.IsNameOpener(toks[run[r + 1]].Text))
                {
                    k = r - 1;
                    while (k > k0 && NameLexicon.IsNameOpener(toks[run[k]].Text)) k--; // "… Bali I Gusti Ngurah …", "jaksa I Gusti Putu …": "I" opens it
                    break;
                }
            return k;
        }

        /// <summary>
        /// "Adolof H. Lethulur": a letter with its period after a name word is an initial, not the title "H." (Haji); so is a
        /// capital alone between two name words after a title or rank, without its period ("Drs Eddy H Sibarani").
        /// </summary>
        private static bool InitialBetweenNames(TokenList toks, List<int> run, int r, string w)
            => w.Length == 1 && r > 0 && r + 1 < run.Count && IsNameWordAt(toks, run, r - 1)
               && (IsInitialAt(toks, run[r]) || r >= 2 && (IsTitleAt(toks, run[r - 2]) || NameLexicon.IsRank(toks[run[r - 2]].Text))
                   && char.IsUpper(w[0]) && toks[run[r] + 1].Text != "." && IsNameWordAt(toks, run, r + 1));

        private static bool IsNonNameInRun(TokenList toks, List<int> run, int r)
        {
            var w = toks[run[r]].Text;
            if (IsAbbreviatedGivenNameAt(toks, run[r])) return false; // "HM." (Haji Muhammad) is a name word, not a body's acronym
            if (run[r] > 0 && toks[run[r] - 1].Text == "(") return true; // a short name in brackets inside the run names a body
            // ("Ketua Pengurus Masjid Rahmat Hidayat": a building word inside the run is no name word either, but for a place's
            // name after its unit or an office that names its place first: "Desa Pasar Baru", "Camat Pasar Kliwon")
            bool nonName = NameLexicon.IsNonName(w) || IsTitleAt(toks, run[r]) || NameLexicon.IsPlaceUnit(w) || OfficeSecondWord(toks, run, r) || r > 0 && BuildingWords.Contains(w) && !NameLexicon.IsPlaceUnit(toks[run[r - 1]].Text) && !NameLexicon.PlaceOfficeEndsAt(toks, run[r - 1])
                || (r == 0 && IsSentenceStart(toks, run[0]) && (NameLexicon.IsNominalisation(w) || IsSentenceAdverb(toks, run[0]) || NyaAdverbBeforeOffice(toks, run) || AgentPassives.Contains(w)));
            // "PJT I Milfan Rantawi", "Kodam II Budi": a Roman numeral after a body's acronym numbers the body ("I Wayan" opens a name)
            if (!nonName && r > 0 && IsUnitNumeral(w) && IsBodyAcronym(toks[run[r - 1]].Text) && !(r + 1 < run.Count && NameLexicon.IsNameOpener(toks[run[r + 1]].Text))) return true;
            if (!nonName) return false;
            if (r > 0 && IsPatronymic(toks[run[r - 1]])) return false;
            // "Bupati Loteng Lalu Pathul Bahri": inside a run, the Sasak noble openers "Lalu" and "Baiq" before a name word open
            // the name (opening the sentence, "Lalu" is "then"); so do they opening a run after an office's comma ("Gubernur NTB,
            // Lalu Muhammad Iqbal"; not "… kamera, Lalu Sutarno melihat", a conjunction written with a capital)
            if ((r > 0 || run[0] > 1 && toks[run[0] - 1].Text == "," && toks[run[0] - 2].IsCap) && w is "Lalu" or "Baiq" && r + 1 < run.Count && IsNameWordAt(toks, run, r + 1)) return false;
            if (MiddlePlaceName(toks, run, r, w)) return false;
            // "Ipda Tidak Laksono": right after a rank, a capitalised function word before a name word is the person's first name
            if (r >= 1 && r + 1 < run.Count && NameLexicon.IsRank(toks[run[r - 1]].Text) && NameLexicon.StopWords.Contains(w) && !NameLexicon.IsPersonRole(w)
                && !NameLexicon.IsCalendar(w) && IsNameWordAt(toks, run, r + 1)) return false;
            // rule surname-after-middle-initial: "Bergas C. Penanggungan": after a name word and its middle initial, a word shaped
            // like an abstract noun (pe-…-an) closes the name as its surname
            if (r == run.Count - 1 && r >= 2 && IsInitialAt(toks, run[r - 1]) && IsNameWordAt(toks, run, r - 2) && NameLexicon.IsAbstractNoun(w)) return false;
            if (InitialBetweenNames(toks, run, r, w)) return false;
            // noble name openers that are also common words: "Anak Agung Gede …" (Bali), "Ratu Ayu …", "Raden Ayu …"
            if (r + 2 < run.Count && NobleOpeners.Contains(w) && NameLexicon.IsNameOpener(toks[run[r + 1]].Text)) return false;
            bool last = r == run.Count - 1 && r > 0;
            // "Lukman Hakim": a role word closing a run after a name word is a surname (roles come before names)
            if (last && IsSurnameLikeRole(toks, run[r - 1], w)) return false;
            // "Sri Rahayu Mas": a short title closing a run after two name words is a surname (titles come before names)
            if (last && r >= 2 && IsTitleAt(toks, run[r]) && IsNameWordAt(toks, run, r - 1) && IsNameWordAt(toks, run, r - 2)) return false;
            // "Benny Utama", "Tubagus Utama": a field word closing a run right after a name word is a surname ("Direktur Utama" is not)
            if (last && SurnameWords.Contains(w) && IsNameWordAt(toks, run, r - 1)) return false;
            // "Gubernur Maluku Utara, Sherly Tjoanda Laos, meluncurkan …": a country's name closing a name set off by two commas is a surname
            if (last && r >= 2 && Countries.Resolve(w) != null && Enumerable.Range(0, r).All(q => IsNameWordAt(toks, run, q)) && OfficeCommaBefore(toks, run[0]) && run[r] + 1 < toks.Count && toks[run[r] + 1].Text == ",") return false;
            // "Menteri Agama Lukman Hakim Saifuddin": a role word that is also a name word, between two name words
            if (r >= 1 && r + 1 < run.Count && SurnameWords.Contains(w) && IsNameWordAt(toks, run, r - 1) && IsNameWordAt(toks, run, r + 1)) return false;
            // "Kompol Lukman Hakim Siregar": after a rank or title and a name word, a role word before another name word is a name word
            if (r >= 2 && r + 1 < run.Count && (NameLexicon.IsRank(toks[run[r - 2]].Text) || IsTitleAt(toks, run[r - 2]))
                && IsSurnameLikeRole(toks, run[r - 1], w) && IsNameWordAt(toks, run, r + 1)) return false;
            // "Provinsi Jawa Tengah AR Hanung Triyono": two capitals opening two name words are the person's initials
            if (r + 2 < run.Count && IsInitialsPair(w) && IsNameWordAt(toks, run, r + 1) && IsNameWordAt(toks, run, r + 2)
                && (r == 0 || !IsNameWordAt(toks, run, r - 1))) return false;
            // "terdakwa OC Kaligis", "pengacara HM Lubis": after a role in small letters, two capitals before one name word are the initials
            if (r == 0 && run.Count == 2 && IsInitialsPair(w) && IsNameWordAt(toks, run, 1) && run[0] > 0 && toks[run[0] - 1].IsWord && !toks[run[0] - 1].IsCap
                && NameLexicon.IsPersonRole(toks[run[0] - 1].Text)) return false;
            // "AKBP MP Nainggolan", "Ipda MK Umam": after a rank, two capitals before the last name word are the person's initials
            // (a rank comes before a person, never before a court's or a title's short form)
            if (r >= 1 && r + 2 == run.Count && w.Length == 2 && char.IsUpper(w[0]) && char.IsUpper(w[1]) && NameLexicon.IsRank(toks[run[r - 1]].Text) && IsNameWordAt(toks, run, r + 1)) return false;
            // "Herwyn JH Malonda": two capitals between two name words are the person's middle initials
            if (r >= 1 && r + 1 < run.Count && IsInitialsPair(w) && IsNameWordAt(toks, run, r - 1) && IsNameWordAt(toks, run, r + 1)
                && !NameLexicon.IsInitial(toks[run[r - 1]].Text)) return false;
            if (last && r == 2 && CapitalsSurnameAfterRank(toks, run, w)) return false;
            // "Mahfud MD", "Safrizal ZA": two capitals closing a name are the person's initials
            if (last && IsInitialsPair(w) && toks[run[r - 1]].IsCap && !NameLexicon.IsNonName(toks[run[r - 1]].Text)
                && !NameLexicon.IsInitial(toks[run[r - 1]].Text)) return false;
            return true;
        }

        /// <summary>
        /// Rule capitals-surname-after-rank: "AKP Rudi HTN": after a rank and one name word, a short word in capitals closing
        /// the run (no body's acronym, country or place) is the person's surname written short: a rank opens a person's name.
        /// </summary>
        private static bool CapitalsSurnameAfterRank(TokenList toks, List<int> run, string w)
            => NameLexicon.IsRank(toks[run[0]].Text) && IsNameWordAt(toks, run, 1) && w.Length is 3 or 4 && w.All(char.IsUpper) && !NameLexicon.OrgAbbreviations.Contains(w)
               && !NameLexicon.IsOrgWord(w) && !NameLexicon.BodyNames.Contains(w) && Countries.Resolve(w) == null && !NameLexicon.IsGazetteerPlace(w);

        /// <summary>Passive verbs whose agent follows them (Resources/agent-passives.txt): opening a sentence, no name word.</summary>
        private static readonly System.Collections.Generic.HashSet<string> AgentPassives = LexiconResource.WordSet("agent-passives");

        private static bool IsUnitNumeral(string w) => w is "I" or "II" or "III" or "IV" or "V" or "VI" or "VII" or "VIII" or "IX" or "X";
        private static readonly System.Collections.Generic.HashSet<string> SurnameWords = LexiconResource.WordSet("surname-words");

        private static readonly System.Collections.Generic.HashSet<string> DegreeParts = LexiconResource.WordSet("degree-parts");

        private static System.Collections.Generic.HashSet<string> DegreeWords => NameLexicon.DegreeWords;

        /// <summary>
        /// "AKP MP Sitompul", "Sahat MP Sinaga": capitals right after a rank, or two capitals between name words, before a
        /// capitalised name word are initials, not a degree.
        /// </summary>
        private static bool InitialsBeforeName(TokenList toks, int j)
            => j >= 1 && toks[j - 1].IsWord && j + 1 < toks.Count && toks[j + 1].IsWord && toks[j + 1].IsCap && !NameLexicon.IsNonName(toks[j + 1].Text)
               && (NameLexicon.IsRank(toks[j - 1].Text) || toks[j].Text.Length == 2 && !NameLexicon.IsNonName(toks[j - 1].Text));

        private static bool IsNameWordAt(TokenList toks, List<int> run, int r)
        {
            var w = toks[run[r]].Text;
            return toks[run[r]].IsCap && w.Length > 1 && !NameLexicon.IsNonName(w) && !IsTitleAt(toks, run[r]) && !NameLexicon.IsPlaceUnit(w);
        }

        /// <summary>"Untungnya, …", "Sayangnya, …": a long word in -nya opening a sentence before a comma is an adverb, no name.</summary>
        /// <summary>"Terpisah, …", "Sebelumnya, …": a lead adverbial opening a sentence before a comma is none either.</summary>
        private static bool IsSentenceAdverb(TokenList toks, int i) =>
            i + 1 < toks.Count && toks[i + 1].Text == ","
            && (toks[i].Text.Length >= 7 && toks[i].Text.EndsWith("nya", StringComparison.Ordinal) || LeadAdverbials.Contains(toks[i].Text) || IsPassiveOpener(toks[i].Text));

        /// <summary>"Diketahui, …", "Dijelaskan, …": a passive verb (di-…-kan, di-…-ui) opening a sentence before its comma, no name.</summary>
        private static bool IsPassiveOpener(string w)
            => w.Length >= 8 && w.StartsWith("Di", StringComparison.Ordinal) && (w.EndsWith("kan", StringComparison.Ordinal) || w.EndsWith("ui", StringComparison.Ordinal));

        private static System.Collections.Generic.HashSet<string> LeadAdverbials => NameLexicon.LeadAdverbials;

        private static Mention NewMention(TokenList toks, List<int> run, int k)
        {
            int nameCount = run.Count - k - 1;
            var names = new string[nameCount]; // one word each, or fewer when initials are written together
            int count = 0;
            for (int r = 0; r < nameCount; r++)
            {
                int x = run[k + 1 + r];
                if (IsAbbreviatedGivenNameAt(toks, x)) { names[count++] = toks[x].Text + "."; continue; } // "Moh." keeps its period
                if (!IsInitialAt(toks, x)) { names[count++] = toks[x].Text; continue; }
                // initials written together stay together, as written: "S.I. Sabarlele"
                if (r > 0 && IsInitialAt(toks, run[k + r]) && toks[x].Start == toks[run[k + r] + 1].End) names[count - 1] += toks[x].Text + ".";
                else names[count++] = toks[x].Text + ".";
            }
            if (count < nameCount) Array.Resize(ref names, count);
            return new Mention
            {
                Start = toks[run[k + 1]].Start,
                End = toks[run[run.Count - 1]].End,
                TokenIndex = run[k + 1],
                EndTokenIndex = run[run.Count - 1],
                Name = names,
            };
        }

        /// <summary>A list of names with one person in it: "dicetak Bukayo Sako, Kai Hamers, dan Martin Olsen": all are persons.</summary>
        private static void StrengthenNameLists(TokenList toks, List<Mention> result)
        {
            foreach (var (r, e) in NameLists(toks, result))
            {
                bool any = false;
                for (int x = r; x <= e; x++) any |= result[x].Strong;
                if (!any) continue;
                for (int x = r; x <= e; x++) result[x].Strong |= !IsBareInitials(result[x].Name); // "Nd dan SY": initials stay nobody
            }
        }
    }
}
