namespace TypedCorpus.Extraction.Quotes
{
    // The sources after a cue that the article does not name: a name withheld, a group speaking together.
    internal sealed partial class Attribution
    {
        /// <summary>
        /// '…," ucap seluruh peserta Deklarasi Damai': a group of ordinary people counted as a whole ("seluruh", "para",
        /// "semua", "sejumlah") right after the cue speaks together; the event or place named after it is no speaker.
        /// </summary>
        private static bool UnnamedGroupAfterCue(TokenList toks, int from)
            => from + 1 < toks.Count && !toks[from].IsCap && toks[from].Lower is "seluruh" or "para" or "semua" or "sejumlah" or "ratusan" or "ribuan" or "puluhan"
               && !toks[from + 1].IsCap && IsGroupSpeakerNoun(toks[from + 1].Text);

        /// <summary>
        /// '…," tutur seorang ibu yang minta namanya tidak ditulis, ketika …': a lower-case description right after the cue
        /// whose clause (to the next comma or full stop) withholds the speaker's name ("namanya", "identitasnya"): a source
        /// the article does not name; a name later in the sentence is no speaker.
        /// </summary>
        private static bool WithheldName(TokenList toks, int from)
        {
            if (toks[from].IsCap) return false;
            for (int i = from; i < toks.Count && i < from + 12; i++)
            {
                if (!toks[i].IsWord) { if (toks[i].Text == "," || toks[i].Text == ".") return false; continue; }
                if (toks[i].IsCap) return false;
                if (toks[i].Is("namanya") || toks[i].Is("identitasnya")) return true;
            }
            return false;
        }

        /// <summary>
        /// The clause at <paramref name="clause"/> opens with one capital letter alone and then "sebagai" or "selaku" (a role
        /// follows): a private person the article names by one letter. (Initials of several letters are often a suspect's,
        /// spoken of in a police officer's account: "AWK selaku pemilik akun …", then the officer goes on.)
        /// </summary>
        private static bool InitialOnlySubject(TokenList toks, int clause, int hi)
            => clause + 1 < hi && toks[clause].IsWord && toks[clause].Text.Length == 1 && char.IsUpper(toks[clause].Text[0])
               && toks[clause + 1].IsWord && (toks[clause + 1].Is("sebagai") || toks[clause + 1].Is("selaku"));

        /// <summary>The block whose sentence <see cref="UpdateSubject"/> reads.</summary>
        private int _subjectBlock;

        /// <summary>
        /// <see cref="InitialOnlySubject"/>, for a letter the article writes there for the first time: one introduced before
        /// ("pelaku berinisial N (29)", "Pihak A … Pihak B") is a suspect's or a party's, spoken of in someone's account.
        /// </summary>
        private bool NewLetterSubject(TokenList toks, int clause, int hi)
        {
            if (!InitialOnlySubject(toks, clause, hi)) return false;
            string letter = toks[clause].Text;
            for (int b = 0; b < _subjectBlock && b < _people.BlockTokens.Count; b++)
                if (LetterIn(_people.BlockTokens[b], letter, _people.BlockTokens[b].Count)) return false;
            return !LetterIn(toks, letter, clause);
        }

        /// <summary>The letter written as a word of its own before <paramref name="end"/> (not a title's "H." nor an initial's).</summary>
        private static bool LetterIn(TokenList toks, string letter, int end)
        {
            for (int k = 0; k < end && k < toks.Count; k++)
                if (toks[k].Text == letter && !(k + 1 < toks.Count && toks[k + 1].Text == ".")) return true;
            return false;
        }

        /// <summary>After one word and its comma opening the sentence ("Sedangkan, …"), else <paramref name="lo"/>.</summary>
        private static int AfterLeadWord(TokenList toks, int lo, int hi)
        {
            while (lo < hi && !toks[lo].IsWord) lo++;
            return lo + 2 < hi && toks[lo + 1].Text == "," ? lo + 2 : lo;
        }
    }
}
