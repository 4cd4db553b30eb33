using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;
using TypedCorpus.Extraction.People;

namespace TypedCorpus.Extraction.Quotes
{
    internal sealed partial class Attribution
    {
        /// <summary>
        /// "tutur seorang nelayan dari Teluk Wangi bernama Wulan": a cue, a description of somebody (which may hold a place),
        /// then "bernama" and a name: that name is the speaker, not the place of the description. Null when no "bernama" follows
        /// the cue within its clause, or a person of the article, an addressee or a source comes first.
        /// </summary>
        private Mention? NamedAfterDescription(string text, TokenList toks, int from, int limit)
        {
            int k = from;
            for (; k < limit; k++)
            {
                var t = toks[k];
                if (t.Text == "." || t.Text == ";" || t.Text == ":" || t.Is("kepada") || t.Is("dikutip") || t.Is("seperti") || t.Is("sebagaimana")) return null;
                if (t.Is("bernama")) break;
            }
            if (k == from || k >= limit || KinOfNamed(toks, from, k)) return null;
            foreach (var m in MentionsOf(text, toks))
            {
                if (m.TokenIndex < from) continue;
                if (m.TokenIndex < k) { if (FindPerson(m.Name) != null) return null; continue; }
                return m.TokenIndex == k + 1 && !m.OrgOrPlace ? m : null;
            }
            return null;
        }

        /// <summary>
        /// '"…," tutur hartono.': a word written in lower case right after the cue, ending the attribution, that is a word of
        /// the name of a person of the article once capitalised: that person. Null for any other word.
        /// </summary>
        private string? LowerCaseName(TokenList toks, int from)
        {
            if (from >= toks.Count) return null;
            var t = toks[from];
            if (!t.IsWord || t.IsCap || t.HasDigit || t.Text.Length < 4 || IsPronoun(t) || ClauseGoesOn.Contains(t.Text)) return null;
            int a = from + 1;
            bool ends = a >= toks.Count || toks[a].Text == "." || toks[a].Text == "," || toks[a].IsWord && NameLexicon.IsCalendar(toks[a].Text);
            if (!ends) return null;
            var cap = char.ToUpperInvariant(t.Text[0]) + t.Text.Substring(1);
            if (NameLexicon.IsNonName(cap) || NameLexicon.StopWords.Contains(t.Text)) return null;
            return FindPerson(new[] { cap })?.Name;
        }
        /// <summary>
        /// "tutur pelatih renang Jateng sekaligus Ketua Umum Pengurus Daerah (Pengda) Ikatan … (IRN) Jateng Budi": the
        /// tokens from <paramref name="from"/> to <paramref name="at"/> are one office title (capitalised words, short forms in
        /// brackets, "&amp;", its glue and roles, "sekaligus", at most two other lower-case words), so a name after it is its holder
        /// however long the title is.
        /// </summary>
        private static bool LongOfficeTitleBefore(TokenList toks, int from, int at)
        {
            int other = 0;
            bool comma = false;
            for (int k = from; k < at; k++)
            {
                var t = toks[k];
                // (a comma before a capitalised word lists the office's fields: "Dinas Pemuda, Olahraga, Kebudayaan dan Pariwisata")
                if (!t.IsWord) { if (t.Text != "(" && t.Text != ")" && t.Text != "&" && !(t.Text == "," && k + 1 < toks.Count && toks[k + 1].IsCap)) return false; comma |= t.Text == ","; continue; }
                if (t.IsCap || t.HasDigit) continue;
                if (t.Is("sekaligus") || t.Is("dan") && k > from && toks[k - 1].IsCap && k + 1 < at && toks[k + 1].IsCap) continue; // "Kebudayaan dan Pariwisata"
                if (ClauseGoesOn.Contains(t.Text) || NameScanner.SayingVerbs.Contains(t.Text) || NameLexicon.StopWords.Contains(t.Text)) return false;
                if (TitleGlue.Contains(t.Text) || NameLexicon.IsPersonRole(t.Text)) continue;
                if (++other > 2) return false;
            }
            // (a title broken by commas is all capitals: "… Kota Sukamaju mewakili Wali Kota Sukamaju, Budi" names another office's holder)
            return !(comma && other > 0);
        }
        /// <summary>
        /// 'Budi lalu berpesan kepada siswa, "jaga nama baik sekolah …" tuturnya.': a quotation introduced by a comma or a
        /// colon in its own sentence, its cue a "-nya": the person opening that sentence's main clause (before any pronoun)
        /// is the one who says it, whoever spoke before. Null when no person of the article comes first.
        /// </summary>
        internal List<string>? IntroducerOf(QuoteSite s)
        {
            var pre = s.PreText.TrimEnd();
            var toks = s.PreToks;
            // "Budi, salah satu warga, menyampaikan “…” tuturnya": the verb of saying right before the quote, its comma lost
            bool verbLast = toks.Count > 0 && toks[toks.Count - 1].IsWord && !toks[toks.Count - 1].IsCap && NameScanner.SayingVerbs.Contains(toks[toks.Count - 1].Text);
            if (pre.Length == 0 || pre[pre.Length - 1] != ',' && pre[pre.Length - 1] != ':' && !verbLast) return null;
            int from = MainClauseStart(toks, toks.Count);
            var mentions = MentionsOf(s.PreText, toks);
            int mi = 0;
            for (int i = from; i < toks.Count; i++)
            {
                if (!toks[i].IsWord) continue;
                if (IsPronoun(toks[i])) return null;
                while (mi < mentions.Count && mentions[mi].EndTokenIndex < i) mi++;
                if (mi < mentions.Count && mentions[mi].TokenIndex == i && !mentions[mi].OrgOrPlace && FindPerson(mentions[mi].Name) is { } p)
                {
                    // "Ina dan Ropi’i menyampaikan “…,” ucapnya": two who speak together are both the speakers, or nobody the
                    // article names when one of them is no person
                    int e = mentions[mi].EndTokenIndex;
                    bool joinedBefore = i > 0 && (toks[i - 1].Is("dan") || toks[i - 1].Is("serta"));
                    bool joinedAfter = e + 2 < toks.Count && (toks[e + 1].Is("dan") || toks[e + 1].Is("serta")) && toks[e + 2].IsCap;
                    if (joinedBefore) return new List<string>();
                    if (!joinedAfter) return Found(SpeakerRules.Name, new List<string> { p.Name });
                    // ("Budi Santoso dan Dandim Arif Hidayat": the second's office may stand before the name)
                    var second = mi + 1 < mentions.Count && mentions[mi + 1].TokenIndex >= e + 2 && mentions[mi + 1].TokenIndex <= e + 5 && CapitalsBetween(toks, e + 2, mentions[mi + 1].TokenIndex)
                        && !mentions[mi + 1].OrgOrPlace ? FindPerson(mentions[mi + 1].Name) : null;
                    return second != null ? Found(SpeakerRules.Name, new List<string> { p.Name, second.Name }) : new List<string>();
                }
            }
            return null;
        }
        private static bool CapitalsBetween(TokenList toks, int from, int to)
        {
            for (int i = from; i < to; i++) if (!toks[i].IsWord || !toks[i].IsCap) return false;
            return true;
        }

        /// <summary>
        /// "kata Kabid Logistik BPBD, saat mendampingi Bupati Budi ke lokasi": a comma, then a lower-case word that goes on with
        /// the clause (saat, usai, didampingi …, not "di" of an office's place): the attribution ended at the comma, and a
        /// name after it is somebody the speaker was with.
        /// </summary>
        private static bool AdverbialAfterComma(TokenList toks, int k)
            => toks[k].Text == "," && k + 1 < toks.Count && toks[k + 1].IsWord && !toks[k + 1].IsCap && !toks[k + 1].Is("di")
                && ClauseGoesOn.Contains(toks[k + 1].Text);
    }
}
