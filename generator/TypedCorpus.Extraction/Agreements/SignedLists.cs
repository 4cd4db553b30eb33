using System;
using System.Collections.Generic;
using System.Linq;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>Whether a paragraph introduces a list of signed documents (whose items <see cref="SignedListTrigger"/> reads).</summary>
    internal static class SignedLists
    {
        // "nandatangan": the nasalised stem of menandatangani / penandatanganan (meN-/peN- + tandatangan)
        private static readonly string[] SignCues = { "tandatangan", "nandatangan", "diteken", "meneken", "teken", "dokumen", "kesepahaman", "mou", "memorandum", "perjanjian", "protokol", "menyepakati", "disepakati", "kesepakatan", "sepakat" };
        private static readonly HashSet<string> ContentVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "memuat", "berisi", "berisikan", "mencakup", "meliputi", "mengatur", "menetapkan" };
        private static readonly HashSet<string> TopicCues = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "membahas", "dibahas", "pembahasan", "isu", "topik", "belum", "tidak", "akan", "rencana", "kuota", "porsi", "usulan", "diusulkan", "tuntutan", "syarat", "persyaratan" };

        private static readonly string[] ListCues = { "berikut", "antara lain", "yaitu", "yakni", "meliputi", "di antaranya", "diantaranya", "sebagai berikut", "adalah" };

        /// <summary>
        /// Block <paramref name="b"/> (its sentences <paramref name="sents"/>) is a paragraph that introduces the list items after
        /// it (it ends with a colon, or announces them), and the list is of signed documents.
        /// </summary>
        public static bool Introduces(IReadOnlyList<BodyBlock> body, int b, List<Sent> sents, List<Sent> before)
        {
            var block = body[b];
            bool intro = block.Kind == BodyBlockKind.Paragraph && (EndsWith(block.Text, ':') || EndsWith(block.Text, ';') || AnnouncesList(sents))
                && b + 1 < body.Count && body[b + 1].Kind == BodyBlockKind.ListItem;
            return intro && (IsSignedListIntro(sents) || b > 0 && SignsDocuments(before) && IsListOfThem(sents));
        }

        /// <summary>A sentence of <paramref name="sents"/> signs documents: a signing verb, not negated, with a document noun within four words.</summary>
        private static bool SignsDocuments(List<Sent> sents)
        {
            foreach (var s in sents)
                for (int i = 0; i < s.Toks.Count; i++)
                    if (AgreementWords.SignVerbs.Contains(s.Toks[i].Lower) && !Clauses.Negated(s, i) && !Planned(s.Toks, i) && AgreementWords.DocumentAfter(s.Toks, i, 4) >= 0) return true;
            return false;
        }

        /// <summary>Words before a verb that make the signing one still to come ("akan menandatangani").</summary>
        private static readonly HashSet<string> PlanWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "akan", "bakal", "hendak", "berencana", "rencananya", "dijadwalkan", "direncanakan", "siap", "ingin" };

        private static bool Planned(TokenList toks, int verb)
        {
            for (int k = verb - 1; k >= 0 && k >= verb - 3; k--) if (PlanWords.Contains(toks[k].Lower)) return true;
            return false;
        }

        /// <summary>
        /// "Berikut daftar naskah yang ditandatangani;", "Dokumen-dokumen itu adalah:": after a paragraph that signs documents, an
        /// introduction that names no topic nor the terms of one document lists the documents signed.
        /// </summary>
        private static bool IsListOfThem(List<Sent> sents)
        {
            if (sents.Count == 0) return false;
            var last = sents[sents.Count - 1].Toks;
            if (IntroducesTerms(last)) return false;
            foreach (var t in last) if (TopicCues.Contains(t.Lower)) return false;
            return true;
        }

        /// <summary><c>text.TrimEnd().EndsWith(mark)</c>, without the trimmed copy.</summary>
        public static bool EndsWith(string text, char mark)
        {
            int end = text.Length;
            while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
            return end > 0 && text[end - 1] == mark;
        }

        /// <summary>An introduction without a colon: its last sentence announces what follows ("sebagai berikut", "antara lain").</summary>
        private static bool AnnouncesList(List<Sent> sents)
        {
            if (sents.Count == 0) return false;
            // the last sentence without its closing spaces and periods, compared in lower case (char by char, as
            // ToLowerInvariant would) with each cue: no trimmed or lowered copy of the sentence is made
            string last = sents[sents.Count - 1].Text;
            int end = last.Length;
            while (end > 0 && char.IsWhiteSpace(last[end - 1])) end--;
            while (end > 0 && (last[end - 1] == '.' || last[end - 1] == ' ')) end--;
            foreach (var c in ListCues) if (EndsWithLower(last, end, c)) return true;
            return false;
        }

        /// <summary>Does <c>text[0..end)</c>, lowered, end with <paramref name="cue"/> (ASCII lower case)?</summary>
        private static bool EndsWithLower(string text, int end, string cue)
        {
            if (cue.Length > end) return false;
            for (int k = 0; k < cue.Length; k++)
                if (char.ToLowerInvariant(text[end - cue.Length + k]) != cue[k]) return false;
            return true;
        }

        private static bool IsSignedListIntro(List<Sent> sents)
        {
            if (sents.Count == 0) return false;
            string all = string.Join(" ", sents.Select(x => x.Text)).ToLowerInvariant();
            if (!SignCues.Any(c => all.Contains(c))) return false;
            var lastSent = sents[sents.Count - 1];
            var last = lastSent.Toks;
            // "dokumen tersebut memuat tiga poin:", "nota itu berisi:": the document's own content follows, whatever else the
            // sentence mentions
            for (int i = 0; i < last.Count; i++)
                if (AgreementWords.Documents.Contains(last[i].Lower))
                    for (int k = i + 1; k < last.Count && k <= i + 3; k++)
                        if (ContentVerbs.Contains(last[k].Lower)) return true;
            if (IntroducesTerms(last)) return false;
            // "X meneken tiga dokumen dengan Y, pengelola kawasan tempat pabrik akan dibangun, yaitu:": the sentence signs
            // documents itself, so a topic word elsewhere in it ("akan") does not make the list a list of topics
            for (int i = 0; i < last.Count; i++)
                if (AgreementWords.SignVerbs.Contains(last[i].Lower) && !Clauses.Negated(lastSent, i) && AgreementWords.DocumentAfter(last, i, 4) >= 0) return true;
            foreach (var t in last) if (TopicCues.Contains(t.Lower)) return false;
            return true;
        }

        /// <summary>Lower-case words that may stand between a term noun and its document ("poin penting dalam kesepakatan").</summary>
        private static readonly HashSet<string> TermLinks = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "penting", "utama", "pokok", "dalam", "dari", "pada", "isi" };

        /// <summary>Words between "yang" and "disepakati" ("yang telah disepakati").</summary>
        private static readonly HashSet<string> AgreedAdverbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "telah", "sudah", "berhasil", "akhirnya", "juga" };

        /// <summary>"yang (telah) disepakati" at <paramref name="k"/>: "dua poin yang disepakati kedua belah pihak:" names the terms agreed.</summary>
        private static bool IsAgreedClause(TokenList toks, int k)
        {
            if (toks[k].Lower != "yang") return false;
            int v = k + 1;
            while (v < toks.Count && v <= k + 2 && AgreedAdverbs.Contains(toks[v].Lower)) v++;
            return v < toks.Count && toks[v].Lower == "disepakati";
        }

        /// <summary>
        /// "Berikut poin-poin kesepakatan yang dicapai:", "isi perjanjian itu sebagai berikut:", "poin penting dalam kesepakatan
        /// tersebut antara lain:", "dua poin yang disepakati:": a term noun before a document noun (at most two linking words
        /// between) or before "yang disepakati" introduces the terms of one agreement (a reduplicated "poin-poin" read by its first half).
        /// </summary>
        private static bool IntroducesTerms(TokenList toks)
        {
            for (int i = 0; i + 1 < toks.Count; i++)
            {
                string w = toks[i].Lower;
                int dash = w.IndexOf('-');
                if (!AgreementWords.TermNouns.Contains(dash > 0 ? w.Substring(0, dash) : w)) continue;
                for (int k = i + 1; k < toks.Count && k <= i + 3; k++)
                {
                    if (AgreementWords.Documents.Contains(toks[k].Lower) || IsAgreedClause(toks, k)) return true;
                    if (!TermLinks.Contains(toks[k].Lower)) break;
                }
            }
            return false;
        }
    }
}
