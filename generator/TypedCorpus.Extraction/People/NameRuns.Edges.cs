using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public static partial class NameScanner
    {
        /// <summary>
        /// "Gubernur Maluku Utara, Sherly …": a comma right before <paramref name="start"/> that closes an office (an office's
        /// word among the five words before it, no country's name right before the comma: "… Kenya, Abebe …" lists
        /// persons by their countries).
        /// </summary>
        private static bool OfficeCommaBefore(TokenList toks, int start)
        {
            if (start < 2 || toks[start - 1].Text != "," || Countries.Resolve(toks[start - 2].Text) != null) return false;
            for (int k = start - 2; k >= 0 && k >= start - 6 && toks[k].IsWord; k--) if (toks[k].IsCap && NameLexicon.IsPersonRole(toks[k].Text)) return true;
            return false;
        }

        /// <summary>
        /// "Bambang Garut Wibowo": a known place's name between name words, with only name words before it in the run (the first
        /// not opening its sentence), is a middle name, not the place that would cut the name.
        /// </summary>
        private static bool MiddlePlaceName(TokenList toks, List<int> run, int r, string w)
            => r >= 1 && r + 1 < run.Count && (NameLexicon.PlaceWords.Contains(w) || NameLexicon.IsGazetteerPlace(w)) && !NameLexicon.IsOrgWord(w)
               && !NameLexicon.IsPersonRole(w) && !NameLexicon.IsPlaceUnit(w) && NameWordsBefore(toks, run, r) && IsNameWordAt(toks, run, r + 1);

        /// <summary>Every word of the run before <paramref name="r"/> a name word, the first not opening its sentence.</summary>
        private static bool NameWordsBefore(TokenList toks, List<int> run, int r)
        {
            if (IsSentenceStart(toks, run[0])) return false;
            for (int x = 0; x < r; x++) if (!IsNameWordAt(toks, run, x)) return false;
            return true;
        }

        /// <summary>
        /// '"… saya." Ucap Budi', '"…," Kata Budi': a cue of saying written with a capital right after the quote's closing mark
        /// (its comma or period inside or after it) is the cue, not the first word of a name.
        /// </summary>
        private static bool CapitalisedCueAfterQuote(TokenList toks, int i)
        {
            if (!toks[i].IsCap || i == 0 || i + 1 >= toks.Count || !toks[i + 1].IsCap) return false;
            int b = i - 1;
            if (b > 0 && (toks[b].Text == "," || toks[b].Text == ".")) b--;
            // the mark before first: most capitalised words follow no quotation
            return b >= 0 && toks[b].Text.Length == 1 && QuoteMarks.IsDoubleMark(toks[b].Text[0]) && Cue(toks[i].Text) is { Nya: false } && NameClosesCue(toks, i + 1);
        }

        /// <summary>
        /// Rule doubles-pair: a pair joined by a slash (", Ahmad Fauzi/Rendra Wijaya,", or beside a person: "Fajar Alfian/Muhammad
        /// Rian Ardianto") are both persons.
        /// </summary>
        private static void StrengthenDoublesPairs(TokenList toks, List<Mention> result)
        {
            for (int r = 0; r + 1 < result.Count; r++)
            {
                var a = result[r];
                var b = result[r + 1];
                if (b.TokenIndex != a.EndTokenIndex + 2 || toks[a.EndTokenIndex + 1].Text != "/") continue;
                if (a.Name.Length < 2 || b.Name.Length < 2 || a.OrgOrPlace || b.OrgOrPlace) continue;
                int before = a.TokenIndex - 1, after = b.EndTokenIndex + 1;
                bool open = before >= 0 && toks[before].Text == ",";
                bool close = after >= toks.Count || toks[after].Text == "," || toks[after].Text == "." || toks[after].Text == ")";
                bool glued = toks[a.EndTokenIndex + 1].Start == toks[a.EndTokenIndex].End && toks[b.TokenIndex].Start == toks[a.EndTokenIndex + 1].End;
                // "Fajar Alfian/Muhammad Rian Ardianto", "Leo Rolly Carnando/ Bagas Maulana": a slash pairs like with like, so
                // one partner known to be a person makes the other one too
                if (!(glued && open && close || a.Strong != b.Strong)) continue;
                foreach (var m in new[] { a, b }) if (!m.Strong) { m.Strong = true; m.Evidence ??= "doubles-pair"; }
            }
        }

        /// <summary>
        /// After a cue written with a capital ('"…." Ucap Budi dengan …'), the capitalised words at <paramref name="start"/> are a
        /// name the clause closes: no word that is no name, then the sentence's end, a comma or a clause word ("dengan",
        /// "saat"), not a verb ("Kata Sambutan dibacakan …", "Kisah Nabi X dibacakan …" are no attributions).
        /// </summary>
        public static bool NameClosesCue(TokenList toks, int start)
        {
            int j = start;
            for (; j < toks.Count && j < start + 5 && toks[j].IsCap; j++)
                if (NameLexicon.IsNonName(toks[j].Text) && !IsTitleAt(toks, j)) return false;
            if (j == start) return false;
            if (j >= toks.Count) return true;
            var t = toks[j];
            return t.IsWord ? t.Is("dengan") || NameLexicon.ClauseContinuations.Contains(t.Text) : t.Text is "." or "," or ";" or "!" or "?" or "(";
        }

        private static readonly HashSet<string> OfficeSecondWords = LexiconResource.WordSet("office-second-words");

        /// <summary>"Jaksa Agung ST Burhanuddin": the run's word at <paramref name="r"/> completes the office the word before opens (<c>office-second-words.txt</c>).</summary>
        private static bool OfficeSecondWord(TokenList toks, List<int> run, int r)
            => r >= 1 && OfficeSecondWords.Contains(toks[run[r - 1]].Text + " " + toks[run[r]].Text);

        /// <summary>"Selebihnya Kapolres menuturkan …": a word in -nya opening the sentence right before an office is an adverb, no name.</summary>
        private static bool NyaAdverbBeforeOffice(TokenList toks, List<int> run)
        {
            var w = toks[run[0]].Text;
            return run.Count >= 2 && w.Length >= 7 && w.EndsWith("nya", System.StringComparison.Ordinal) && IsOfficeRole(toks[run[1]]);
        }

        /// <summary>
        /// "Ironisnya Sutrisno mengaku …", "Sedangkan Azzam Izzudin, Presiden EM, …": a sentence adverb in -nya
        /// (<c>nya-adverbs.txt</c>) or a lead adverbial (<c>lead-adverbials.txt</c>, not one that opens names too: "Lalu")
        /// opening the run, its comma left out, is no word of it.
        /// </summary>
        private static void DropLeadAdverb(TokenList toks, List<int> run, ref int start)
        {
            var w = toks[run[0]].Text;
            bool lead = LeadAdverbials.Contains(w) && !NameLexicon.IsNameOpener(w) && !NameLexicon.IsNameParticle(w) && !NameLexicon.MaleWords.Contains(w);
            // (a lead adverbial before two name words at least: "Lebih Selektif" is a headline's phrase)
            if (run.Count < 2 || !(NyaAdverbs.Contains(w) || lead && run.Count >= 3) || !IsSentenceStart(toks, run[0])) return;
            run.RemoveAt(0);
            start = run[0];
        }

        private static readonly HashSet<string> NyaAdverbs = LexiconResource.WordSet("nya-adverbs");
    }
}
