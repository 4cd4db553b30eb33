using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    /// <summary>Appositions whose shape alone shows the person: a cue before a description, a role without its comma, an officer's body.</summary>
    public static partial class NameScanner
    {
        /// <summary>
        /// '"…," tutur Ilmuwan Diaspora Indonesia yang kini menjadi dosen di Nottingham University, Bagus Putra Muljadi': a cue
        /// of saying (not "-nya") opens the clause that describes the person up to the apposition's comma before
        /// <paramref name="start"/>, within twenty words, no stop, comma or other verb of saying between.
        /// </summary>
        private static bool DescribedAfterCue(TokenList toks, int start)
        {
            for (int b = start - 2; b >= 0 && b >= start - 22; b--)
            {
                var t = toks[b];
                if (!t.IsWord) { if (t.Text is "." or ";" or ":" or "," || t.Text.Length == 1 && QuoteMarks.IsDoubleMark(t.Text[0])) return false; continue; }
                if (t.IsCap) continue;
                // (the description opens with a noun of persons, not a name: "kata Rina Wati saat ditemui di …, Tlogo Mulyo" names a place)
                if (Cue(t.Text) is { } cue) return !cue.Nya && b < start - 3 && b > 0 && !toks[b - 1].IsWord && (!toks[b + 1].IsCap || NounOfPersonsAt(toks, b + 1) || Occupations.Contains(toks[b + 1].Text));
                if (SayingVerbs.Contains(t.Text)) return false;
            }
            return false;
        }

        /// <summary>
        /// "para perajin seperti Bapak Sumaji ini", "Romo Paroki ini": a title of address and one word taken up by "ini", "itu" or
        /// "tersebut" may be a man or a thing; no evidence either way (the article must show the person elsewhere).
        /// </summary>
        private static bool TitleTakenUp(MentionSite s)
            => s.K >= 0 && s.Mention.Name.Length == 1 && NameLexicon.IsTitle(s.Toks[s.Run[s.K]].Text) && s.After < s.Toks.Count
               && (s.Toks[s.After].Is("ini") || s.Toks[s.After].Is("itu") || s.Toks[s.After].Is("tersebut"));

        /// <summary>The word after the comma closing the one-word name at <paramref name="start"/> is a verb of saying or a cue.</summary>
        private static bool SaysAfterApposition(TokenList toks, int start)
        {
            int v = start + 2;
            return v < toks.Count && toks[start + 1].Text == "," && toks[v].IsWord && !toks[v].IsCap && (SayingVerbs.Contains(toks[v].Text) || Cue(toks[v].Text) != null);
        }

        /// <summary>Every token in [<paramref name="from"/>, <paramref name="to"/>) is a capitalised word or short name ("BP3MI"), one at least, four at most.</summary>
        private static bool BodyWordsUpTo(TokenList toks, int from, int to)
        {
            if (from >= to || to - from > 4) return false;
            for (int i = from; i < to; i++) if (!char.IsUpper(toks[i].Text[0]) || !(toks[i].IsWord || toks[i].HasDigit)) return false;
            return true;
        }

        /// <summary>Right after a name at <paramref name="i"/>, no comma: "seorang" and a noun of persons, or "warga"/"penduduk" after two capitalised words.</summary>
        private static bool NoCommaRole(TokenList toks, int i)
        {
            if (toks[i].IsCap || i + 1 >= toks.Count || !toks[i + 1].IsWord) return false;
            if (toks[i].Is("seorang")) return !toks[i + 1].IsCap && (NounOfPersonsAt(toks, i + 1) || AppositionRoles.Contains(toks[i + 1].Text) || Occupations.Contains(toks[i + 1].Text));
            // (plain name words, not a time or an event: "Saat Malam Takbiran warga berkeliling")
            return (toks[i].Is("warga") || toks[i].Is("penduduk")) && i >= 2 && toks[i - 1].IsCap && toks[i - 2].IsCap && toks[i - 2].IsWord
                && PlainNameWord(toks[i - 1].Text, 3) && PlainNameWord(toks[i - 2].Text, 3, particles: true) && !NameLexicon.IsCalendar(toks[i - 2].Text)
                && !NameLexicon.TimeNouns.Contains(toks[i - 2].Text);
        }
    }
}
