using System;
using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public static partial class NameScanner
    {
        /// <summary>
        /// The office (<paramref name="office"/>, a run of its own) names no holder after it: its words take the whole run
        /// ("Ketua Panitia", "Kepala Dinas Pendidikan"), or what follows is its place: one word after an office that names its
        /// place first or after a place unit ("Camat Gebog", "Kepala Desa Sukamaju"), two after a place unit, or a place the
        /// gazetteer knows ("Camat Palas", "Direktur RSUD Sleman"), or a building's or body's name ("Ketua Panitia Gedung Gereja
        /// Ukul"). One other word after an office is its holder
        /// ("Tirta Kencana Direktur Operasional Sugiyanto", "Urban Environment Officer USAID Ryan Weddle"): the words before
        /// it are then a body's name.
        /// </summary>
        private static bool HoldsNoOne(TokenList toks, List<int> office)
        {
            int k = NameStart(toks, office);
            int words = office.Count - k - 1;
            if (words == 0) return true;
            if (k < 0) return false;
            var name = new string[words];
            for (int r = k + 1; r < office.Count; r++) name[r - k - 1] = toks[office[r]].Text;
            // ("Ketua Panitia Pembangunan Gedung Gereja Ukul Ebehunik": the words after a building or a body are its name)
            return NameLexicon.IsPlaceUnit(toks[office[k]].Text) && words <= 2 || words == 1 && NameLexicon.PlaceOfficeEndsAt(toks, office[k])
                || words <= 4 && k > 0 && (NameLexicon.BuildingWords.Contains(toks[office[k]].Text) || NameLexicon.IsOrgWord(toks[office[k]].Text))
                || NameLexicon.IsGazetteerPlace(string.Join(" ", name));
        }

        /// <summary>Nouns of regulations and official letters ("Surat Perintah Kepala …"): <c>regulation-nouns.txt</c>.</summary>
        private static readonly HashSet<string> DocumentNouns = LexiconResource.WordSet("regulation-nouns");

        /// <summary>The mention of the run (office, body or place words, then the name) that starts at <paramref name="start"/>, if it has a name.</summary>
        /// <remarks>After a name that holds the run's office (<paramref name="ofNameBefore"/>), what follows the office is its place or body.</remarks>
        private static MentionSite? AddMention(TokenList toks, List<int> run, int start, MentionSite? site, List<Mention> result, bool ofNameBefore = false)
        {
            int k = NameStart(toks, run);
            if (run.Count - k - 1 == 0) return site; // the name is run[k + 1 …]
            site ??= new MentionSite(toks, run);
            site.Begin(start, k, NewMention(toks, run, k));
            ShapeOffice(site);
            if (ofNameBefore) site.Mention.OrgOrPlace = true;
            Weigh(site);
            result.Add(site.Mention);
            return site;
        }

        /// <summary>
        /// "Bambang Gunadi Camat Gebog mengatakan", "Rina Wulandari Kepala Desa Sukamaju menuturkan": two to four name words open
        /// the run right before an office role that names no holder after it (<see cref="HoldsNoOne"/>), no comma between; how
        /// many (0 when the run is not so).
        /// Titles may open the run ("Pdt Daud Mita Ketua Panitia …"), and an initial the name ("F. Razikin Kepala Desa …"). Not a role word that is also a surname ("Lukman Hakim Saifuddin"), nor a place or body the words may name.
        /// </summary>
        private static int NameBeforeOffice(TokenList toks, List<int> run)
        {
            // "Pdt Daud Mita Ketua Panitia …": titles before the name stay with it
            int t0 = 0;
            while (t0 < run.Count - 1 && t0 < 2 && IsTitleAt(toks, run[t0]) && !IsOfficeRole(toks[run[t0]])) t0++;
            for (int p = t0; p < run.Count && p <= t0 + 4; p++)
            {
                var w = toks[run[p]];
                if (p >= t0 + 2 && IsOfficeRole(w) && !NameLexicon.IsRank(w.Text) && !IsTitleAt(toks, run[p]) && !SurnameWords.Contains(w.Text) && w.Text.IndexOf('-') < 0)
                    return HoldsNoOne(toks, run.GetRange(p, run.Count - p)) ? p : 0;
                if (p == t0 && p + 1 < run.Count && NameLexicon.IsInitial(w.Text)) continue; // "F. Razikin", "M Harun"
                if (!IsNameWordAt(toks, run, p) || NameLexicon.IsPersonRole(w.Text) || NameLexicon.IsOrgWord(w.Text) || NameLexicon.IsGazetteerPlace(w.Text)
                    || NameLexicon.IsInitial(w.Text) || DocumentNouns.Contains(w.Text) || p == 0 && IsSentenceStart(toks, run[0]) && IsSentenceAdverb(toks, run[0])) return 0;
            }
            return 0;
        }

        /// <summary>
        /// "Bupati Aceh Tamiang H. Mursil", "Ketua KPU Indragiri Hulu Yeni Mairida": when the office's last word opens a place of
        /// several words the gazetteer knows, the place's other words belong to the office too; the index of its last word.
        /// </summary>
        private static int PlaceRunsOn(TokenList toks, List<int> run, int k)
        {
            if (k < 0 || k + 1 >= run.Count) return k;
            // the office's last word opens the place ("Aceh" of "Aceh Tamiang"), or the words after it are a place of two or more
            int from = NameLexicon.PlaceWords.Contains(toks[run[k]].Text) ? k : k + 1;
            for (int n = Math.Min(3, run.Count - from - 1); n >= 1; n--) // a place of two words or more
                if (NameLexicon.IsGazetteerPlace(RunWords(toks, run, from, from + n)))
                {
                    k = from + n;
                    while (k + 2 < run.Count && IsTitleAt(toks, run[k + 1])) k++; // "… Aceh Tamiang H. Mursil": a title opens the name
                    return k;
                }
            return k;
        }

        private static string RunWords(TokenList toks, List<int> run, int from, int to)
        {
            var s = toks[run[from]].Text;
            for (int q = from + 1; q <= to; q++) s += " " + toks[run[q]].Text;
            return s;
        }
    }
}
