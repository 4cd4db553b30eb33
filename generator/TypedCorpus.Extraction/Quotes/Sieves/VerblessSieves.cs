using System;
using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;
using TypedCorpus.Extraction.People;

namespace TypedCorpus.Extraction.Quotes
{
    /// <summary>
    /// '"…," tuturnya.' with the cue misspelt or unlisted ('"…," sampainya.', '"…", Kuncinya.'): a quotation closed by its
    /// comma, then one word in -nya ending the sentence (or followed by a date), no person's name, stands where the cue of
    /// saying stands, pointing to the current subject as a -nya cue does.
    /// </summary>
    internal sealed class NyaCueSlotSieve : AttributionSieve
    {
        public override string Id => QuoteRules.NyaCueSlot;
        public override string Description => "an unknown word in -nya alone in the cue's place: \"…,\" tuturnya with the cue misspelt (direct, the subject)";
        public override (string Paragraph, QuoteKind Kind) Example => ("Menteri Perdagangan Rudi Hartono meninjau pasar.\n\n\"Harga stabil,\" trangnya.", QuoteKind.Direct);

        public override bool TryDecide(Attribution a, QuoteSite s, out Decision decision)
        {
            decision = default;
            var post = s.PostToks;
            int w = FirstAfter(post);
            // ('"…", Kuncinya.': the comma may stand outside the closing mark, the word written with a capital, no person's name)
            if (!ClosedByComma(s) || !HasCueSlot(s, w)) return false;
            var word = post[w];
            if (word.HasDigit || word.Text.Length < 6 || !word.Text.EndsWith("nya", StringComparison.Ordinal) || word.IsCap && a.NamesPerson(word.Text)) return false;
            if (NameLexicon.StopWords.Contains(word.Text.Substring(0, word.Text.Length - 3)) || NameLexicon.StopWords.Contains(word.Text) || NameLexicon.LeadAdverbials.Contains(word.Text)) return false;
            if (!EndsHere(post, w + 1)) return false;
            decision = new Decision(QuoteKind.Direct, a.SubjectList(), word.Text, null, s.Via, false);
            return true;
        }

        /// <summary>The attribution ends at <paramref name="a"/>: nothing more, a stop, or a date ("Selasa (5/9/2023)", ", Senin").</summary>
        /// <summary>The quotation is closed by its comma, inside the closing mark or right after it ('"…", Kuncinya').</summary>
        internal static bool ClosedByComma(QuoteSite s)
            => s.Text.EndsWith(",", StringComparison.Ordinal) || s.PostText.TrimStart().StartsWith(",", StringComparison.Ordinal);

        internal static bool EndsHere(TokenList post, int a)
        {
            if (a < post.Count && post[a].Text == ",") a++;
            return a >= post.Count || post[a].Text == "." || post[a].IsWord && NameLexicon.IsCalendar(post[a].Text) || post[a].Text == "(" && a + 1 < post.Count && post[a + 1].HasDigit;
        }
    }

    /// <summary>
    /// '"…," Ketua Panitia Lomba Desa Sukamaju, Darto.': a quotation closed by its comma, then an office title and, after its
    /// comma, the holder's name ending the sentence, with no verb: the holder said it.
    /// </summary>
    internal sealed class OfficeNameAfterSieve : AttributionSieve
    {
        public override string Id => QuoteRules.OfficeNameAfter;
        public override string Description => "an office and its holder after the quote, no verb: \"…,\" Ketua Panitia X, Darto. (direct)";
        public override (string Paragraph, QuoteKind Kind) Example => ("\"Lomba dibuka besok,\" Ketua Panitia Lomba Perahu Desa Sukamaju, Darto Wibisono.", QuoteKind.Direct);

        public override bool TryDecide(Attribution a, QuoteSite s, out Decision decision)
        {
            decision = default;
            var post = s.PostToks;
            int w = FirstAfter(post);
            if (!s.Text.EndsWith(",", StringComparison.Ordinal) || !HasCueSlot(s, w) || !post[w].IsCap || !NameScanner.IsOfficeRole(post[w])) return false;
            var holder = a.HolderEndingAttribution(post, w);
            if (holder == null) return false;
            s.IsExplicit = true;
            decision = new Decision(QuoteKind.Direct, new List<string> { holder }, null, null, s.Via, true);
            return true;
        }
    }

    /// <summary>
    /// '"…," Aljufri.': a quotation closed by its comma, then the name of a person of the article alone (up to four words)
    /// ending the sentence, or a date after it, with no verb: that person said it.
    /// </summary>
    internal sealed class NameAfterSieve : AttributionSieve
    {
        public override string Id => QuoteRules.NameAfter;
        public override string Description => "a person's name alone after the quote, no verb: \"…,\" Aljufri. (direct)";
        public override (string Paragraph, QuoteKind Kind) Example => ("Kepala Dinas Pendidikan Rudi Hartono menyambut kontingen.\n\n\"Kami bangga,\" Rudi.", QuoteKind.Direct);

        public override bool TryDecide(Attribution a, QuoteSite s, out Decision decision)
        {
            decision = default;
            var post = s.PostToks;
            int w = FirstAfter(post);
            if (!NyaCueSlotSieve.ClosedByComma(s) || !HasCueSlot(s, w) || !post[w].IsWord || !post[w].IsCap) return false;
            int e = w;
            while (e < post.Count && e < w + 4 && post[e].IsWord && post[e].IsCap) e++;
            if (!NyaCueSlotSieve.EndsHere(post, e)) return false;
            var name = new string[e - w];
            for (int i = w; i < e; i++) name[i - w] = post[i].Text;
            var speakers = a.PersonNamed(name);
            if (speakers == null) return false;
            s.IsExplicit = true;
            decision = new Decision(QuoteKind.Direct, speakers, null, null, s.Via, true);
            return true;
        }
    }
}
