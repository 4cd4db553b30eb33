using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;
using TypedCorpus.Extraction.People;

namespace TypedCorpus.Extraction.Quotes
{
    internal sealed partial class Attribution
    {
        /// <summary>The speaker named after a cue: pronoun, group, or the first name (roles stripped).</summary>
        internal List<string> SpeakerAfter(string text, TokenList toks, int from, out bool isExplicit)
        {
            isExplicit = false;
            // a bare cue: '…," ungkap Selasa (7/9).' / '…," ujar saat ditemui.' — said by the subject of the sentences before
            if (from >= toks.Count || toks[from].IsWord && (NameLexicon.IsCalendar(toks[from].Text) || !toks[from].IsCap && ClauseGoesOn.Contains(toks[from].Text))
                || toks[from].Text == ".")
                return SubjectList();
            if (toks[from].Text == "@") return Handle(toks, from + 1);
            // "kata Kajari X melalui Kasi Intel Y": the holder named after "melalui" speaks; when nobody is named there ("melalui
            // Kabag Prokopim"), the office before it does
            if (ThroughSpokesperson(toks, from) is var through && through != from && SpeakerAfter(text, toks, through, out var byThrough) is { Count: > 0 } spokesperson)
            {
                isExplicit = byThrough;
                return spokesperson;
            }
            if (toks[from].IsWord && ByFirstWord(toks, from, out isExplicit) is { } byWord) return byWord;
            int limit = Math.Min(toks.Count, from + 16), longLimit = Math.Min(toks.Count, from + 26);
            if (NamedAfterDescription(text, toks, from, limit) is { } described)
            {
                isExplicit = true;
                return Found(SpeakerRules.Name, new List<string> { _people.Resolve(described.Name) });
            }
            foreach (var m in MentionsOf(text, toks))
            {
                if (m.TokenIndex < from)
                {
                    if (!CueOpensRun(toks, m, from)) continue;
                    isExplicit = true;
                    return Found(SpeakerRules.Name, new List<string> { _people.Resolve(m.Name.Skip(1).ToArray()) });
                }
                if (m.TokenIndex >= longLimit || m.TokenIndex >= limit && !LongOfficeTitleBefore(toks, from, m.TokenIndex)) break;
                if (BlockedBefore(toks, from, m.TokenIndex)) break;
                // "ucap seorang jaksa yang merupakan rekan Joice": a name after a lower-case relation noun is the relative, not the speaker
                if (RelativeOfName(toks, from, m.TokenIndex)) continue;
                // "… Ketua Pengurus Provinsi (Pengprov) Persatuan …": a word in brackets inside the office is its short form
                if (m.TokenIndex > from && toks[m.TokenIndex - 1].Text == "(" && FindPerson(m.Name) == null) continue;
                // "ujar Camat Lembang, Irawan Saputra," — the office's place is no speaker; its holder follows
                if (NamesNoSpeaker(m) || WhereNotWho(toks, from, m) || FindPerson(m.Name) == null && NameScanner.InEnglishBodyName(toks, m.TokenIndex, m.EndTokenIndex + 1, m.Name.Length)) continue;
                isExplicit = true;
                var holder = m.TokenIndex > from ? HolderAfterOffice(text, toks, m) : null;
                if (holder == null && SharedShortName(m.Name) is { } shared) return Found(SpeakerRules.Name, shared);
                return Found(holder != null ? SpeakerRules.OfficeHolder : SpeakerRules.Name, new List<string> { _people.Resolve((holder ?? m).Name) });
            }
            // a city or country standing for its state, right after the cue: "ujar Beijing" (not "… siaran persnya di Jakarta")
            if (from < toks.Count && toks[from].IsCap && Countries.Resolve(toks[from].Text) is { } state)
                return Found(SpeakerRules.State, new List<string> { state });
            return new List<string>();
        }

        /// <summary>The speaker told by the word right after the cue: a pronoun, a group, an office, a description, initials; null when it tells none.</summary>
        private List<string>? ByFirstWord(TokenList toks, int from, out bool isExplicit)
        {
            isExplicit = false;
            if (IsPronoun(toks[from]) || OwnStatement(toks, from)) return SubjectList();
            var g = Group(toks, from, out var used);
            if (used > 0 && (g.Count > 0 || toks[from].Is("mereka"))) return Found(SpeakerRules.Group, g);
            if (SangOffice(toks, from) is { } bySangOffice) return bySangOffice;
            if (DescribedPersonAnaphor(toks, from) is { } byDescription) return byDescription;
            if (RoleReference(toks, from) is { } byRole) return byRole;
            if (LowerCaseName(toks, from) is { } lower) { isExplicit = true; return Found(SpeakerRules.Name, new List<string> { lower }); }
            if (_people.ByInitials(toks[from].Text) is { } byInitials) { isExplicit = true; return Found(SpeakerRules.Initials, new List<string> { byInitials.Name }); }
            if (WithheldName(toks, from) || UnnamedGroupAfterCue(toks, from)) return new List<string>();
            if (PersonBeforeOfficeWords(toks, from) is { } named) { isExplicit = true; return Found(SpeakerRules.Name, new List<string> { named.Name }); }
            return null;
        }

        /// <summary>"terang salah satu warga di Tanjung Mulia": a run after "di" that is no person of the article says where the speaker is, not who.</summary>
        private bool WhereNotWho(TokenList toks, int from, Mention m)
            => m.TokenIndex > from && (toks[m.TokenIndex - 1].Is("di") || OriginOfOrdinaryPerson(toks, m.TokenIndex - 1)) && FindPerson(m.Name) == null;

        /// <summary>"ujar seorang pedagang dari Pasar X", "kata warga lain dari Y": "dari" after a noun of ordinary people says where they come from (not "surat dari X", whose writer X is).</summary>
        private static bool OriginOfOrdinaryPerson(TokenList toks, int dari)
        {
            if (dari < 1 || !toks[dari].Is("dari")) return false;
            int k = dari - 1;
            if (k >= 1 && (toks[k].Is("lain") || toks[k].Is("lainnya") || toks[k].Is("setempat"))) k--;
            return toks[k].IsWord && !toks[k].IsCap && IsGroupSpeakerNoun(toks[k].Text);
        }

        /// <summary>An addressee or a source ("kepada", "dikutip", "seperti", an adverbial after a comma) between the cue and the name at <paramref name="at"/>.</summary>
        private static bool BlockedBefore(TokenList toks, int from, int at)
        {
            for (int k = from; k < at; k++)
                if (toks[k].Is("kepada") || toks[k].Is("dikutip") || toks[k].Is("seperti") || toks[k].Is("sebagaimana") || AdverbialAfterComma(toks, k)) return true;
            return false;
        }

        /// <summary>'"…," Kata Budi.': a cue written with a capital right before <paramref name="from"/> opened the name's run; the name is the rest of it.</summary>
        private static bool CueOpensRun(TokenList toks, Mention m, int from)
            => m.TokenIndex == from - 1 && m.EndTokenIndex >= from && m.Name.Length >= 2 && toks[m.TokenIndex].IsCap && NameScanner.Cue(toks[m.TokenIndex].Text) is { Nya: false }
               && NameScanner.NameClosesCue(toks, from);

        /// <summary>"rekan Joice", "istri Budi": a lower-case relation noun (no title: "bapak") right before the name at <paramref name="at"/>.</summary>
        private static bool RelativeOfName(TokenList toks, int from, int at)
        {
            if (at - 1 < from || !toks[at - 1].IsWord) return false;
            var w = toks[at - 1];
            if (!w.IsCap && NameLexicon.IsRelationNoun(w.Text) && !NameLexicon.IsTitle(w.Text)) return true;
            // "kata orang tua Resky": the parent, written as two words
            if (w.Is("tua") && at - 2 >= from && toks[at - 2].Is("orang")) return true;
            if (w.Is("bernama") && KinOfNamed(toks, from, at - 1)) return true;
            // "terang suami tercinta dr Rina": the relation noun heads the attribution (right after the cue), a word or two
            // describing it and a title follow, no comma between ("kata dokter spesialis anak dr X" is the doctor)
            if (at - from < 2 || at - from > 4 || !toks[from].IsWord || toks[from].IsCap || !NameLexicon.IsRelationNoun(toks[from].Text) || NameLexicon.IsTitle(toks[from].Text)) return false;
            for (int k = from + 1; k < at; k++) if (!toks[k].IsWord || toks[k].IsCap) return false;
            return IsTitleBefore(toks, at);
        }

        /// <summary>
        /// "tegas orang tua dari balita bernama Avif itu": a relative heads the attribution at <paramref name="from"/> and "dari"
        /// comes before "bernama" at <paramref name="named"/>: the one named is their kin, not the speaker ("ibu bernama Siti" is she).
        /// </summary>
        private static bool KinOfNamed(TokenList toks, int from, int named)
        {
            if (named - from > 7 || !toks[from].IsWord || toks[from].IsCap) return false;
            bool kin = NameLexicon.IsRelationNoun(toks[from].Text) && !NameLexicon.IsTitle(toks[from].Text) || toks[from].Is("orang") && from + 1 < named && toks[from + 1].Is("tua");
            if (!kin) return false;
            for (int i = from + 1; i < named; i++) if (toks[i].Is("dari")) return true;
            return false;
        }

        /// <summary>A title written in lower case right before the name at <paramref name="at"/> ("dr", "dr.").</summary>
        private static bool IsTitleBefore(TokenList toks, int at)
        {
            int t = at - 1;
            if (t >= 1 && toks[t].Text == "." && toks[t].Start == toks[t - 1].End) t--;
            return toks[t].IsWord && (NameLexicon.IsTitle(toks[t].Text) || NameLexicon.AbbreviatedTitles.Contains(toks[t].Text));
        }

        /// <summary>
        /// "demikian siaran persnya", "tulis keterangannya": the subject's own statement (a lower-case noun with -nya). Not when
        /// a person of the article follows in apposition: "terang penasihat hukumnya, Hendra Siagian" names the speaker.
        /// </summary>
        private bool OwnStatement(TokenList toks, int from)
        {
            for (int i = from; i < toks.Count && i < from + 2; i++)
            {
                var t = toks[i];
                if (!t.IsWord || t.IsCap) return false;
                if (t.Text.Length > 5 && t.Text.EndsWith("nya", System.StringComparison.Ordinal)) return !PersonInApposition(toks, i + 1);
            }
            return false;
        }

        /// <summary>", Hendra Siagian" at <paramref name="at"/>: a comma, then a capitalised word of a person of the article.</summary>
        private bool PersonInApposition(TokenList toks, int at)
            => at + 1 < toks.Count && toks[at].Text == "," && toks[at + 1].IsWord && toks[at + 1].IsCap && FindPerson(new[] { toks[at + 1].Text }) != null;

        /// <summary>Words that continue an attribution clause after its speaker ("kata Presiden dalam video …").</summary>
        private static HashSet<string> ClauseGoesOn => NameLexicon.ClauseContinuations;

        /// <summary>
        /// "ujar Kepala Bidang Kedaruratan dan Logistik di Badan … Andri Sulistyo", "papar Wakil Kepala Operasi Damai Cartenz,
        /// Komisaris Besar Faizal": a name run after office words that goes on ("dan", ",", "di" and a capitalised office word)
        /// is part of the office; its holder is the last name of the office title, before the clause ends.
        /// </summary>
        private Mention? HolderAfterOffice(string text, TokenList toks, Mention first)
        {
            int j = first.EndTokenIndex + 1;
            // "… Indonesia Ferry (Persero) Cabang Ketapang Dwi Santoso": a company's suffix in brackets goes on with its office words
            if (j + 3 < toks.Count && toks[j].Text == "(" && toks[j + 1].IsWord && toks[j + 2].Text == ")" && toks[j + 3].IsCap) j += 2;
            if (j + 1 >= toks.Count || !(toks[j].Text == "," || toks[j].Is("dan") || toks[j].Is("di") || toks[j].Text == ")")) return null;
            var next = toks[j + 1];
            if (!next.IsCap || !NameLexicon.IsNonName(next.Text) && !NameLexicon.IsPersonRole(next.Text)) return null;
            Mention? holder = null;
            foreach (var m in MentionsOf(text, toks))
            {
                if (m.TokenIndex <= first.EndTokenIndex) continue;
                if (m.TokenIndex > j + 16) break;
                for (int k = j; k < m.TokenIndex; k++)
                {
                    var t = toks[k];
                    if (t.Text == "." || t.Text == ";" || t.IsWord && !t.IsCap && !t.Is("dan") && !t.Is("di") && !t.Is("untuk") && !t.Is("dari")
                        && !NameLexicon.IsPersonRole(t.Text)) return holder;
                }
                if (!m.OrgOrPlace && FindPerson(m.Name) != null) holder = m;
                j = m.EndTokenIndex + 1;
            }
            return holder;
        }

        /// <summary>The subject of a clause ending at a verb of saying: the first person named before it, or a pronoun/group.</summary>
        internal List<string> SubjectBefore(string text, TokenList toks, int verbAt, out bool isExplicit)
        {
            isExplicit = false;
            int from = MainClauseStart(toks, verbAt);
            for (int i = from; i < verbAt; i++)
            {
                if (!toks[i].IsWord) continue;
                if (IsPronoun(toks[i])) return SubjectList();
                var g = Group(toks, i, out var used);
                if (used > 0 && g.Count > 0) return Found(SpeakerRules.Group, g);
            }
            foreach (var m in MentionsOf(text, toks))
            {
                if (m.TokenIndex >= verbAt) break;
                if (m.TokenIndex < from) continue;
                var p = FindPerson(m.Name);
                if (p != null) { isExplicit = true; return Found(SpeakerRules.Name, new List<string> { p.Name }); }
            }
            if (OfficeBeforeVerb(toks, from, verbAt) is { Count: > 0 } byOffice) return byOffice;
            for (int i = 0; i < verbAt; i++)
            {
                if (!toks[i].IsCap) continue;
                var c = Countries.Resolve(toks[i].Text);
                if (c != null && i + 1 == verbAt) return Found(SpeakerRules.State, new List<string> { c });
            }
            return new List<string>();
        }

        private static readonly HashSet<string> SubordinateOpeners = LexiconResource.WordSet("subordinate-openers");

        /// <summary>"Usai bertemu Ani, Budi mengatakan:" — when the sentence opens with a subordinate clause, the subject follows its comma.</summary>
        private static int MainClauseStart(TokenList toks, int verbAt) => MainClauseStart(toks, 0, toks.Count, verbAt);

        /// <summary>As above for the tokens <paramref name="toks"/>[<paramref name="lo"/>..<paramref name="hi"/>): an index into <paramref name="toks"/>, <paramref name="lo"/> for none.</summary>
        private static int MainClauseStart(TokenList toks, int lo, int hi, int verbAt)
        {
            int first = lo;
            while (first < hi && !toks[first].IsWord) first++;
            if (first >= hi || first >= verbAt || !SubordinateOpeners.Contains(toks[first].Text)) return lo;
            if (toks[first].Is("menurut")) return lo;
            for (int i = first + 1; i < verbAt; i++)
                if (toks[i].Text == ",") return i + 1 < verbAt ? i + 1 : lo;
            return lo;
        }

        internal string? Addressee(string text, TokenList toks, int from)
        {
            for (int i = from; i < toks.Count - 1; i++)
            {
                if (!toks[i].Is("kepada")) continue;
                var a = NameAt(text, toks, i + 1);
                if (a != null) return a;
            }
            return null;
        }

        private string? NameAt(string text, TokenList toks, int at)
        {
            int from = at;
            foreach (var m in MentionsOf(text, toks))
            {
                if (m.TokenIndex < from) continue;
                // the name must follow directly (roles allowed): nothing lower-case in between
                // "kepada rekannya, Budi" / "kepada ketua RT, Budi": a lower-case role or relation noun before the name in apposition
                bool lowerRole = m.TokenIndex - 1 > from && toks[m.TokenIndex - 1].Text == "," && toks[from].IsWord && !toks[from].IsCap
                    && (NameLexicon.PersonRoles.Contains(toks[from].Text) || NameLexicon.IsRelationNoun(toks[from].Text)) && m.TokenIndex - from <= 6;
                if (!lowerRole)
                    for (int k = from; k < m.TokenIndex; k++)
                        if (!toks[k].IsCap && !((toks[k].Text == "," || toks[k].Text == "." && toks[k].Start == toks[k - 1].End || toks[k].Text == "(" || toks[k].Text == ")") && k > from && toks[k - 1].IsWord)) return null;
                var p = FindPerson(m.Name);
                if (p != null) return p.Name;
                // an office and its holder in apposition: "kepada Bupati Sleman, Rina Wulandari,"
                int next = m.EndTokenIndex + 1;
                if (from == at && next + 1 < toks.Count && toks[next].Text == ",") { from = next + 1; continue; }
                return null;
            }
            return null;
        }

        /// <summary>
        /// A place, body or organisation no person of the article is named after ("ujar Camat Lembang, …"; "tambah Pj Kades
        /// Talang" after "warga desa Talang": a place the article names by its unit).
        /// </summary>
        private bool NamesNoSpeaker(Mention m)
            => (m.OrgOrPlace || _people.BodyNames.Contains(m.Joined) || m.Name.Length == 1 && _people.Places.Contains(m.Joined)) && FindPerson(m.Name) == null;
    }
}
