using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;
using TypedCorpus.Extraction.People;

namespace TypedCorpus.Extraction.Quotes
{
    internal sealed partial class Attribution
    {
        private void UpdateSubject(int b, int s, int e, string? explicitSpeaker)
        {
            _subjectBlock = b;
            _groupOpened = false;
            if (explicitSpeaker != null) { _subject = _lastSpeaker = explicitSpeaker; _stranger = false; return; }
            // a sentence with nothing quoted in it is its block's text there, so it may take the people step's tokens and mentions
            bool plain = b < _people.BlockTokens.Count && (ReferenceEquals(_outside[b], _ctx.Body[b].Text) || Array.IndexOf(_masks[b], true, s, e - s) < 0);
            // the sentence's tokens are toks[lo..hi), those toks.Slice(s, e) would copy
            var toks = plain ? _people.BlockTokens[b] : OutsideTokens(b);
            int lo = TokenAt(toks, s), hi = TokenAt(toks, e);
            int first = lo;
            while (first < hi && !toks[first].IsWord) first++;
            if (first < hi && (toks[first].Is("ia") || toks[first].Is("dia") || toks[first].Is("beliau"))) return;
            if (MenurutOfficeHolder(toks, first, hi) is { } source) { _subject = _lastSpeaker = source; _stranger = false; return; }
            // "Setelah bertemu Ani, Budi mengatakan …": the main clause's subject first
            int main = MainClauseStart(toks, lo, hi, hi);
            if (main > lo && main < hi && (IsPronoun(toks[main]))) return;
            List<Mention> mentions;
            int shift;
            if (plain && OpaqueBound(toks, lo) && OpaqueBound(toks, hi)) { mentions = _people.BlockMentions[b]; shift = 0; }
            else { mentions = NameScanner.Mentions(_outside[b].Substring(s, e - s), toks.Slice(s, e)); shift = lo; }
            // the sentence's new subject: a person who speaks in it ("Budi menambahkan", "menurut Budi", "lanjut Budi"), else
            // the person its main clause opens with; a person named elsewhere (an object, a parenthesis) is no subject
            if (Opener(mentions, shift, toks, lo, main, hi, out bool unknownOpener) is var (opener, speaks) && speaks) { _subject = _lastSpeaker = opener!.Name; _stranger = false; return; }
            int clause = main > lo && main < hi ? main : first;
            _groupOpened = GroupOpens(toks, clause, hi);

            if (TakeSubject(opener, unknownOpener, toks, lo, clause, hi))
            {
                _stranger = false;
                // "Kapolsek X memerintahkan …, sementara Lurah Y, Sri Endah, membuka posko.": the last clause's person acts last
                if (opener != null && LaterClauseOpener(mentions, shift, toks, lo, hi) is { } later && later.Name != opener.Name) _subject = later.Name;
                return;
            }
            _introduced = NewlyIntroduced(toks, mentions, shift, lo, hi, b, s, e);
            // a person the sentence introduces with an office, not its subject ("Rapat itu dihadiri … Brigjen TNI Andi Rahmat"), is as
            // likely the one a description points back to as the subject
            _stranger |= _introduced != null || NamesStranger(mentions, shift, toks, lo, hi) || UnnamedRoleActs(toks, clause, hi);
        }

        /// <summary>
        /// The sentence's subject when no person speaks in it: the person opening its clause at <paramref name="clause"/>, else
        /// (nobody when a name the article shows no person acts) initials, an office, an unnamed person or group; false when none.
        /// </summary>
        private bool TakeSubject(PersonEntry? opener, bool unknownOpener, TokenList toks, int lo, int clause, int hi)
        {
            if (opener != null && !unknownOpener) _subject = opener.Name;
            // "Rudi Hartono menyambut …": a name the article gives no evidence of a person opens the clause and acts; who it is
            // is not known, so a "-nya" after it names nobody rather than the person before
            else if (unknownOpener) _subject = _lastSpeaker = null;
            else if (InitialsSubject(toks, lo, hi) is { } byInitials) _subject = byInitials;
            // "Sedangkan, H sebagai penerima bantuan, …": someone the article names by an initial alone acts; a "-nya" after it
            // names nobody the reader can know, not the person before
            else if (NewLetterSubject(toks, clause, hi) || NewLetterSubject(toks, AfterLeadWord(toks, lo, hi), hi)) _subject = _lastSpeaker = null;
            // an office speaks (its holder, or nobody when the article names none) or acts (its one holder)
            else if (OfficeSpeaks(toks, clause, hi) is { } office)
            {
                _subject = office.Holder;
                if (office.Office) _lastSpeaker = office.Holder;
            }
            else if (UnnamedSpeaks(toks, clause, hi) || GroupSpeaks(toks, clause, hi) || UnnamedOfficerSpeaks(toks, clause, hi)) _subject = _lastSpeaker = null;
            else return false;
            return true;
        }

        /// <summary>A person introduced by the sentence before (see <see cref="NewlyIntroduced"/>), for a pronoun opening the next.</summary>
        private string? _introduced;

        /// <summary>
        /// The last person of the sentence [<paramref name="s"/>, <paramref name="e"/>) of block <paramref name="b"/> that the
        /// article first names there, with an office or a role ("… diwakili Deputi Pariwisata, Nirwasa."), other than the subject.
        /// </summary>
        private string? NewlyIntroduced(TokenList toks, List<Mention> mentions, int shift, int lo, int hi, int b, int s, int e)
        {
            string? found = null;
            foreach (var m in mentions)
            {
                int at = m.TokenIndex + shift;
                if (at < lo) continue;
                if (at >= hi) break;
                var p = FindPerson(m.Name);
                if (p != null && p.Introduced && p.FirstBlock == b && p.FirstPos >= s && p.FirstPos < e && p.Name != _subject && !InBrackets(toks, m.EndTokenIndex + shift, at)) found = p.Name;
            }
            return found;
        }

        /// <summary>
        /// "… diwakili Deputi Pariwisata, Nirwasa. Dia mengatakan, …": a sentence opening with dia/ia/beliau right after one that
        /// introduced a person and gave no subject of its own speaks of that person; so does a quotation opening the sentence
        /// when the article has no subject yet ("Harga naik membuat Rina salah satu pedagang mengeluh. \"…,\" ujarnya.").
        /// Called as each sentence starts.
        /// </summary>
        private void TakeIntroduced(int b, int s, int e)
        {
            var who = _introduced;
            _introduced = null;
            if (who == null) return;
            if (_subject == null && OpensWithQuotation(_ctx.Body[b].Text, s, e)) { _subject = who; _stranger = false; return; }
            var toks = OutsideTokens(b);
            int lo = TokenAt(toks, s), hi = TokenAt(toks, e);
            while (lo < hi && !toks[lo].IsWord) lo++;
            if (lo < hi && IsPronoun(toks[lo])) { _subject = who; _stranger = false; }
        }

        private static bool OpensWithQuotation(string text, int s, int e)
        {
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            return s < e && QuoteMarks.IsDoubleMark(text[s]);
        }

        /// <summary>
        /// "Seorang petugas puskesmas yang enggan disebutkan namanya mengatakan, …": the clause opens with one unnamed person
        /// ("seorang", "salah seorang", "salah satu" and a description without a comma or a person of the article), the subject
        /// of a verb of saying. The turn passes to somebody the article does not name.
        /// </summary>
        private bool UnnamedSpeaks(TokenList toks, int at, int hi)
        {
            at = PastLeadAdverbials(toks, at, hi);
            int one = PastOneOfGroup(toks, at, hi);
            if (one == at) return false;
            at = one;
            bool withheld = false; // "… yang enggan disebut namanya", "… yang meminta namanya tidak ditulis"
            for (int n = 0; at < hi && n < 26; at++, n++)
            {
                var t = toks[at];
                if (t.Text == ",") continue; // "Salah seorang penumpang, seorang ibu asal Kampar …, mengaku …"
                if (!t.IsWord || t.IsCap && FindPerson(new[] { t.Text }) != null) return false;
                if (t.Is("namanya")) withheld = true;
                if (!t.IsCap && NameScanner.SayingVerbs.Contains(t.Text)) return n > 0;
                if (withheld && !t.IsCap && n > 0 && NameLexicon.LooksLikeActiveVerb(t.Text) && !t.Is("meminta") && !t.Is("menolak")) return true;
            }
            return false;
        }

        private static readonly HashSet<string> GroupSpeakers = LexiconResource.WordSet("unnamed-group-speakers");

        /// <summary>A noun of ordinary people who speak unnamed ("warga", "peserta"; unnamed-group-speakers.txt).</summary>
        internal static bool IsGroupSpeakerNoun(string word) => GroupSpeakers.Contains(word);
        private static readonly HashSet<string> GroupModifiers = LexiconResource.WordSet("unnamed-group-modifiers");

        /// <summary>
        /// "Warga lainnya juga menambahkan, …": the clause opens with a noun of ordinary people (past "lainnya", "setempat"
        /// and adverbs), the subject of a verb of saying that reports their words, and names nobody. The turn passes to somebody the article does not name.
        /// </summary>
        private static bool GroupSpeaks(TokenList toks, int at, int hi)
        {
            at = PastLeadAdverbials(toks, at, hi);
            if (at >= hi || !GroupSpeakers.Contains(toks[at].Text)) return false;
            int v = at + 1;
            while (v < hi && toks[v].IsWord && GroupModifiers.Contains(toks[v].Text)) v++;
            v = NameScanner.SkipAdverbs(toks, v, hi);
            // the verb reports what they said (a comma or "bahwa" after it), not "warga mengeluhkan tindakan itu"
            return v + 1 < hi && toks[v].IsWord && !toks[v].IsCap && NameScanner.SayingVerbs.Contains(toks[v].Text)
                && (toks[v + 1].Text == "," || toks[v + 1].Is("bahwa"));
        }

        /// <summary>"Dalam konferensi pers itu SBY merasa …": a person's initials before a lower-case word (its verb) make the subject.</summary>
        private string? InitialsSubject(TokenList toks, int lo, int hi)
        {
            for (int i = lo; i + 1 < hi; i++)
                if (toks[i].IsWord && toks[i].Upper && toks[i + 1].IsWord && !toks[i + 1].Upper && _people.ByInitials(toks[i].Text) is { } p) return p.Name;
            return null;
        }

        /// <summary>Lower-case words that may stand inside an office title before its holder's name ("juru bicara", "Kepala Bidang X dan Y").</summary>
        private static readonly HashSet<string> TitleGlue = LexiconResource.WordSet("office-title-glue");

        /// <summary>Sentence adverbials that may come before a clause's subject ("Sementara itu,", "Adapun", "Secara terpisah,").</summary>
        private static HashSet<string> LeadAdverbials => NameLexicon.LeadAdverbials;


        /// <summary>
        /// Is the name before <paramref name="a"/> described rather than acting: "Sunardi yang terpaksa ditembak …",
        /// "Korban dibawa …" (a relative clause or a passive verb)? Such a sentence is about the person, who says nothing.
        /// </summary>
        private static bool Undergoes(TokenList toks, int a, int hi)
        {
            if (a >= hi || !toks[a].IsWord) return false;
            var w = toks[a].Text;
            return toks[a].Is("yang") || w.Length > 5 && !toks[a].IsCap && (w.StartsWith("di", StringComparison.Ordinal) && !w.StartsWith("dian", StringComparison.Ordinal)
                || w.StartsWith("ter", StringComparison.Ordinal));
        }

        /// <summary>Passive verbs of saying: their agent follows ("hal itu disampaikan Kepala Dinas Budi", "dikatakan oleh Ani").</summary>
        private static readonly HashSet<string> PassiveSaying = NameScanner.PassiveSayingVerbs;

        /// <summary>
        /// Does a name at <paramref name="at"/> open its clause (from <paramref name="from"/>)? Only capitalised office words,
        /// titles, brackets, commas and the glue of office titles stand before it, after sentence adverbials.
        /// </summary>
        private static bool OpensClause(TokenList toks, int from, int at)
        {
            int i = from;
            i = PastLeadAdverbials(toks, i, at);
            i = AfterSettingPhrase(toks, i, at);
            // "Salah satu personel di pos penyekatan, Brigpol Meilany …, terlihat …": one of a group described at length, then
            // the person in apposition, is the clause's subject
            if (OneOfThenApposition(toks, i, at)) return true;
            int lower = 0;
            for (; i < at; i++)
            {
                var t = toks[i];
                // the period of a title written short, a space after it ("Dr. Budi Santoso menyambut"), ends no clause
                if (!t.IsWord) { if ((t.Text == "." && !ShortTitleEnds(toks, i, at)) || t.Text == ":" || t.Text == ";") return false; continue; }
                if (t.IsCap || t.HasDigit) continue;
                if (TitleGlue.Contains(t.Text) || NameLexicon.IsPersonRole(t.Text) || NameLexicon.IsTitle(t.Text)) continue;
                // "Calon wakil bupati nomor urut 1, Nur Ainiyah, …": a ballot number belongs to the role
                if ((t.Is("nomor") || t.Is("urut")) && i + 1 < at && (toks[i + 1].HasDigit || toks[i + 1].Is("urut"))) continue;
                // "anggota Fraksi X lainnya, Nama meminta …": "other" closes the role before its holder
                if (t.Text == "lainnya" && i + 1 < at && toks[i + 1].Text == ",") continue;
                if (++lower > 2 || NameLexicon.StopWords.Contains(t.Text) || NameScanner.SayingVerbs.Contains(t.Text)) return false;
            }
            return true;
        }

        /// <summary>
        /// The person opening a clause after ", sementara" or ", sedangkan" in [<paramref name="lo"/>, <paramref name="hi"/>): an office
        /// and the name in apposition, or the name, within eight words of the joiner; else null.
        /// </summary>
        private PersonEntry? LaterClauseOpener(List<Mention> mentions, int shift, TokenList toks, int lo, int hi)
        {
            for (int i = lo + 1; i < hi; i++)
            {
                if (!(toks[i].Is("sementara") || toks[i].Is("sedangkan")) || toks[i - 1].Text != ",") continue;
                foreach (var m in mentions)
                {
                    int at = m.TokenIndex + shift;
                    if (at <= i || at > i + 8) continue;
                    if (!m.OrgOrPlace && FindPerson(m.Name) is { } p && OpensClause(toks, i + 1, at)) return p;
                }
            }
            return null;
        }

        /// <summary>"Salah satu|seorang" at <paramref name="i"/>, up to ten words with no verb or clause end, then a comma right before <paramref name="at"/> (past titles and ranks).</summary>
        private static bool OneOfThenApposition(TokenList toks, int i, int at)
        {
            if (i + 2 >= at || !toks[i].Is("salah") || !(toks[i + 1].Is("satu") || toks[i + 1].Is("seorang"))) return false;
            int comma = at - 1;
            while (comma > i && toks[comma].IsWord && (toks[comma].IsCap && (NameLexicon.IsRank(toks[comma].Text) || NameLexicon.IsTitle(toks[comma].Text))) || comma > i && toks[comma].Text == ".") comma--;
            if (toks[comma].Text != "," || comma - i > 12) return false;
            for (int k = i + 2; k < comma; k++)
                if (toks[k].Text is "." or ";" or ":" || toks[k].IsWord && !toks[k].IsCap && (NameScanner.SayingVerbs.Contains(toks[k].Text) || NameLexicon.LooksLikeActiveVerb(toks[k].Text))) return false;
            return true;
        }

        private static bool SayingVerbAt(TokenList toks, int v, int hi) => v < hi && toks[v].IsWord && NameScanner.SayingVerbs.Contains(toks[v].Text);

        /// <summary>
        /// Is the name at toks[<paramref name="at"/>..<paramref name="end"/>] the one who speaks in its sentence: right after
        /// a cue or "menurut", or followed by a verb of saying (after an apposition, "pun", "juga")?
        /// </summary>
        private static bool SpeaksHere(TokenList toks, int lo, int at, int end, int hi)
        {
            int b = at - 1;
            // the office words of the name's run, an office written in small letters among them ("menurut kadiskes Garut Rina")
            // (and the period of a title written short: "menurut Hj. Khusnul")
            while (b >= lo && (toks[b].IsCap || toks[b].Text == "(" || toks[b].Text == ")" || NameScanner.IsOfficeRole(toks[b])
                || toks[b].Text == "." && b > lo && toks[b - 1].IsWord && NameLexicon.IsTitle(toks[b - 1].Text)) && b > at - 16) b--;
            b = PastAccountHolder(toks, lo, NameScanner.PastOccupation(toks, lo, b)); // "disampaikan petani Rudi", "menurut keterangan korban X"
            if (b >= lo && toks[b].IsWord && toks[b].Is("oleh") && b > lo && NameScanner.IsPassiveSaying(toks, b - 1)) b--;
            if (b >= lo && toks[b].IsWord && (NameScanner.Cue(toks[b].Text) is { Nya: false } || toks[b].Is("menurut") || NameScanner.IsPassiveSaying(toks, b))) return true;
            if (PassiveAgentAfterOffice(toks, lo, b) || PassiveThroughAgent(toks, lo, b) || DescribedAgentOfPassive(toks, lo, b)) return true;
            // "dalam pendapat Herlambang", "menurut pandangan Budi", "menurut keterangan Budi": whose opinion or account it gives
            if (b >= lo && toks[b].IsWord && OpinionNouns.Contains(toks[b].Text)) return true;
            int a = end + 1;
            // "Diyanto dari Seksi Pengujian … Dinas Perhubungan Kabupaten Cirebon menambahkan": the body he speaks for
            if (NameScanner.AfterBodyOf(toks, a, hi) is int afterBody) a = afterBody;
            a = AfterAge(toks, a, hi); // "Sarni (45) mengatakan"
            a = Math.Min(NameScanner.SkipDegrees(toks, a), hi); // "Hj. Andi Nurhayati, S.Pd., mengaku"
            if (a < hi && toks[a].Text == ",")
            {
                if (ClosesAsideBeforeVerb(toks, lo, b, a, hi) || SayingVerbAt(toks, NameScanner.SkipAdverbs(toks, a + 1, hi), hi)) return true; // "…, Niko Agus, menyatakan"
                if (SubjectHeard(toks, lo, b, a, hi)) return true; // "…, Lukman, kepada wartawan mengatakan"
                // an apposition: ", salah satu anggota staf dari KSOP Marunda," / ", Ketua RT 05,"
                int close = a + 1;
                while (close < hi && close < a + 14 && toks[close].Text != "," && toks[close].Text != ".") close++;
                if (close < hi && toks[close].Text == ",") a = close + 1; else return false;
            }
            // "Sukamsih dikonfirmasi Jumat (29/12) mengatakan", "Rudi perwakilan sopir angkot mengatakan": a short aside before the verb
            if (NameScanner.SayingVerbAfterAside(toks, a, hi) != null || SubjectHeard(toks, lo, b, a, hi) || DescribedAtLengthThenSays(toks, a, hi)) return true;
            a = NameScanner.SkipAdverbs(toks, a, hi);
            if (a >= hi || !toks[a].IsWord) return false;
            if (NameScanner.SayingVerbs.Contains(toks[a].Text)) return true;
            // "anak asuh Shin Tae-yong kata Erick Thohir": a cue before another name is that name's
            return NameScanner.Cue(toks[a].Text) is { Nya: false } && !(a + 1 < hi && toks[a + 1].IsCap);
        }
    }
}
