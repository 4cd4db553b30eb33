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

        /// <summary>After one word and its comma opening the sentence ("Sedangkan, …"), else <paramref name="lo"/>.</summary>
        private static int AfterLeadWord(TokenList toks, int lo, int hi)
        {
            while (lo < hi && !toks[lo].IsWord) lo++;
            return lo + 2 < hi && toks[lo + 1].Text == "," ? lo + 2 : lo;
        }
    }
}
