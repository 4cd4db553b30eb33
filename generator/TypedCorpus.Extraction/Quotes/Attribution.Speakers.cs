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
            if (toks[from].IsWord)
            {
                if (IsPronoun(toks[from]) || OwnStatement(toks, from)) return SubjectList();
                var g = Group(toks, from, out var used);
                if (used > 0 && g.Count > 0) return Found(SpeakerRules.Group, g);
                if (RoleReference(toks, from) is { } byRole) return byRole;
                if (_people.ByInitials(toks[from].Text) is { } byInitials) { isExplicit = true; return Found(SpeakerRules.Initials, new List<string> { byInitials.Name }); }
            }
            int limit = Math.Min(toks.Count, from + 16);
            foreach (var m in MentionsOf(text, toks))
            {
                if (m.TokenIndex < from) continue;
                if (m.TokenIndex >= limit) break;
                // stop at an addressee or a source
                bool blocked = false;
                for (int k = from; k < m.TokenIndex; k++) if (toks[k].Is("kepada") || toks[k].Is("dikutip") || toks[k].Is("seperti") || toks[k].Is("sebagaimana")) { blocked = true; break; }
                if (blocked) break;
                // "ujar Camat Lembang, Irawan Saputra," — the office's place is no speaker; its holder follows
                if ((m.OrgOrPlace || _people.BodyNames.Contains(m.Joined)) && FindPerson(m.Name) == null) continue;
                isExplicit = true;
                var holder = m.TokenIndex > from ? HolderAfterOffice(text, toks, m) : null;
                return Found(holder != null ? SpeakerRules.OfficeHolder : SpeakerRules.Name, new List<string> { _people.Resolve((holder ?? m).Name) });
            }
            // a city or country standing for its state, right after the cue: "ujar Beijing" (not "… siaran persnya di Jakarta")
            if (from < toks.Count && toks[from].IsCap && Countries.Resolve(toks[from].Text) is { } state)
                return Found(SpeakerRules.State, new List<string> { state });
            return new List<string>();
        }

        /// <summary>"demikian siaran persnya", "tulis keterangannya": the subject's own statement (a lower-case noun with -nya).</summary>
        private static bool OwnStatement(TokenList toks, int from)
        {
            for (int i = from; i < toks.Count && i < from + 2; i++)
            {
                var t = toks[i];
                if (!t.IsWord || t.IsCap) return false;
                if (t.Text.Length > 5 && t.Text.EndsWith("nya", System.StringComparison.Ordinal)) return true;
            }
            return false;
        }

        /// <summary>
        /// A speaker named by an office alone: "ujar Presiden." is the one person the article gave that office ("Presiden Joko
        /// Widodo mengatakan …"), "papar Ketua AJI Bandung tersebut" / "kata politisi PDI-P itu" the person last speaking or
        /// acting. Null when the words after the cue are no bare office (a name follows); empty when the office is held by
        /// several people of the article or by none (a wrong name is worse than none).
        /// </summary>
        private List<string>? RoleReference(TokenList toks, int from)
        {
            // "ujar orang nomor satu di Kota Manado ini": the top official, described
            bool topOfficial = toks[from].Is("orang") && from + 1 < toks.Count && toks[from + 1].Is("nomor");
            if (!topOfficial && (!NameLexicon.IsPersonRole(toks[from].Text) || NameLexicon.IsTitle(toks[from].Text))) return null;
            int j = from + 1;
            bool placesOnly = true; // "kata Kapolsek Paiton": the office of a place is the office
            for (; j < toks.Count && toks[j].IsWord && toks[j].IsCap; j++)
            {
                // "ujar Wali Kota", "kata Kepala Desa": the office's own unit right after it is part of the office
                bool place = _people.Places.Contains(toks[j].Text) || NameLexicon.PlaceWords.Contains(toks[j].Text) || _people.BodyWords.Contains(toks[j].Text)
                    || j == from + 1 && (NameLexicon.IsPlaceUnit(toks[j].Text) || UnknownPlaceEndingOffice(toks, j));
                if (!place && !NameLexicon.IsNonName(toks[j].Text) && !NameLexicon.IsAbstractNoun(toks[j].Text)) break;
                placesOnly &= place;
            }
            // "kata jenderal bintang satu tersebut", "ucap pelatih berpaspor Austria itu": up to three words describe the office
            // before the anaphor (lower-case, or a country or place the gazetteer knows)
            int d = j;
            while (d < toks.Count && d < j + 3 && toks[d].IsWord && !toks[d].Is("tersebut") && !toks[d].Is("itu") && !ClauseGoesOn.Contains(toks[d].Text)
                && (!toks[d].IsCap || Countries.Resolve(toks[d].Text) != null || NameLexicon.IsGazetteerPlace(toks[d].Text))) d++;
            // "… di Kota Manado ini": the place of the description
            if (d < toks.Count && toks[d].Is("di")) d = AfterPlace(toks, d + 1);
            if (d > j && d < toks.Count && (toks[d].Is("tersebut") || toks[d].Is("itu") || toks[d].Is("ini") && d > j + 1)) j = d;
            bool anaphor = j < toks.Count && (toks[j].Is("tersebut") || toks[j].Is("itu") || toks[j].Is("ini") && j > from + 2);
            // "kata politisi Partai Kebangkitan Bangsa (PKB) tersebut": a body's whole name, its short name in brackets, then "tersebut"
            if (!anaphor && BodyNameThenAnaphor(toks, from + 1, j) is int end) { anaphor = true; j = end; }
            if (anaphor) j++;
            // the office must end the attribution: a name, a field or an apposition after it is not a bare office
            // (", Senin (15/5/2023)": a date after the comma is no apposition)
            bool dateAfter = j + 1 < toks.Count && toks[j].Text == "," && toks[j + 1].IsWord
                && (NameLexicon.IsCalendar(toks[j + 1].Text) || !toks[j + 1].IsCap && ClauseGoesOn.Contains(toks[j + 1].Text)); // ", saat ditemui"
            if (j < toks.Count && (toks[j].IsCap || toks[j].Text == "," && !dateAfter || toks[j].IsWord && !ClauseGoesOn.Contains(toks[j].Text))) return null;
            if (anaphor) return Found(SpeakerRules.OfficeAnaphor, SubjectList());
            if (j > from + 1 && !placesOnly) return null; // "kata Ketua KPK" without its holder's name: no person is named
            // "ujar Kepala Desa": the office with its own unit, not any "Kepala …"
            var unit = from + 1 < toks.Count && toks[from + 1].IsWord && NameLexicon.IsPlaceUnit(toks[from + 1].Text) ? toks[from + 1].Text : null;
            var holder = HolderOf(toks[from].Text, unit);
            return Found(SpeakerRules.OfficeAlone, holder != null ? new List<string> { holder } : new List<string>());
        }

        /// <summary>
        /// Where "tersebut"/"itu" stands after a body's name that opens with an organisation word at <paramref name="from"/> and may
        /// hold any capitalised words and one short name in brackets ("Partai Kebangkitan Bangsa (PKB) tersebut"), else null.
        /// </summary>
        private static int? BodyNameThenAnaphor(TokenList toks, int from, int stop)
        {
            if (stop <= from || !toks[from].IsWord || !NameLexicon.IsOrgWord(toks[from].Text)) return null;
            int j = stop;
            for (int n = 0; j < toks.Count && n < 8; n++)
            {
                if (toks[j].IsWord && toks[j].IsCap) { j++; continue; }
                if (toks[j].Text == "(" && j + 2 < toks.Count && toks[j + 1].IsWord && toks[j + 2].Text == ")") { j += 3; continue; }
                break;
            }
            return j < toks.Count && (toks[j].Is("tersebut") || toks[j].Is("itu")) ? j : (int?)null;
        }

        /// <summary>
        /// "ujar Bupati Butur, saat ditemui": one capitalised word that names no person of the article, ending the attribution
        /// (a comma and a clause word, or the sentence's end), is the office's place.
        /// </summary>
        private bool UnknownPlaceEndingOffice(TokenList toks, int j)
        {
            if (FindPerson(new[] { toks[j].Text }) != null || NameLexicon.IsNameOpener(toks[j].Text)) return false;
            int a = j + 1;
            if (a >= toks.Count || toks[a].Text == ".") return true;
            return toks[a].Text == "," && a + 1 < toks.Count && toks[a + 1].IsWord && ClauseGoesOn.Contains(toks[a + 1].Text);
        }

        /// <summary>Past a place's capitalised words ("Kota Manado") from <paramref name="i"/>.</summary>
        private static int AfterPlace(TokenList toks, int i)
        {
            int start = i;
            while (i < toks.Count && i < start + 4 && toks[i].IsWord && toks[i].IsCap) i++;
            return i;
        }

        /// <summary>Words that continue an attribution clause after its speaker ("kata Presiden dalam video …").</summary>
        private static readonly HashSet<string> ClauseGoesOn = LexiconResource.WordSet("clause-continuations");

        /// <summary>The one person of the article introduced with <paramref name="role"/> right before the name ("Presiden Joko Widodo"), else null.</summary>
        private string? HolderOf(string role, string? unit = null)
        {
            string? holder = null;
            for (int b = 0; b < _people.BlockMentions.Count; b++)
            {
                var toks = _people.BlockTokens[b];
                foreach (var m in _people.BlockMentions[b])
                {
                    // the office's own words may stand between it and the name: "Presiden Konfederasi Serikat Pekerja Nusantara (KSPN) Hendra"
                    int r = m.TokenIndex - 1, limit = m.TokenIndex - 8;
                    // "Kapolsek Paiton, Iptu Maskur": the holder after the office's comma and a rank
                    // "Wali Kota Kotamobagu, Weny Gaib,": the holder in apposition between commas after the office and its place
                    // "Menteri Perdagangan (Mendag), Zulkifli Hasan": after the office's short form in brackets
                    if (r > 0 && toks[r].Text == "," && (toks[r - 1].IsCap && !toks[r - 1].Is(role) && ClosedByComma(toks, m) || toks[r - 1].Text == ")")) { r--; limit -= 2; }
                    while (r >= 0 && r >= limit && !toks[r].Is(role) && (toks[r].IsCap || toks[r].Text == "(" || toks[r].Text == ")" || AppositionRank(toks, r) || RankPeriod(toks, r)))
                        if (toks[r--].Text == ",") limit -= 2;
                    if (r < 0 || !toks[r].Is(role) || unit != null && !(r + 1 < toks.Count && toks[r + 1].Is(unit))) continue;
                    var p = FindPerson(m.Name);
                    if (p == null) continue;
                    if (holder != null && holder != p.Name) return null;
                    holder = p.Name;
                }
            }
            return holder;
        }

        /// <summary>The apposition closes after the name: a comma, or the clause's lower-case verb ("…, Abu Hasan mengungkapkan").</summary>
        private static bool ClosedByComma(TokenList toks, Mention m)
            => m.EndTokenIndex + 1 < toks.Count && (toks[m.EndTokenIndex + 1].Text == "," || toks[m.EndTokenIndex + 1].IsWord && !toks[m.EndTokenIndex + 1].Upper);

        /// <summary>"AKP. Hasanuddin": a rank written with a period before the name.</summary>
        private static bool RankPeriod(TokenList toks, int r) => toks[r].Text == "." && r > 0 && toks[r - 1].IsWord && NameLexicon.IsRank(toks[r - 1].Text);

        private static bool AppositionRank(TokenList toks, int r) =>
            toks[r].Text == "," && r + 1 < toks.Count && toks[r + 1].IsWord && NameLexicon.IsRank(toks[r + 1].Text);

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

        /// <summary>Who a quoted fragment is ascribed to: the clause's subject (person, pronoun, group, or a country that says).</summary>
        internal List<string> FragmentSubject(string text, TokenList toks)
        {
            var mentions = MentionsOf(text, toks);
            int mi = 0;
            for (int i = 0; i < toks.Count; i++)
            {
                var t = toks[i];
                if (!t.IsWord) continue;
                while (mi < mentions.Count && mentions[mi].EndTokenIndex < i) mi++;
                if (mi < mentions.Count && mentions[mi].TokenIndex <= i)
                {
                    var p = FindPerson(mentions[mi].Name);
                    if (p != null) return Found(SpeakerRules.Name, new List<string> { p.Name });
                }
                if (IsPronoun(t)) return SubjectList();
                var g = Group(toks, i, out var used);
                if (used > 0 && g.Count > 0) return Found(SpeakerRules.Group, g);
                if (t.IsCap && i + 1 < toks.Count && toks[i + 1].IsWord && NameScanner.SayingVerbs.Contains(toks[i + 1].Text))
                {
                    var c = Countries.Resolve(t.Text);
                    if (c != null) return Found(SpeakerRules.State, new List<string> { c });
                }
            }
            return new List<string>();
        }

        internal string? FragmentAddressee(string text, TokenList toks)
        {
            // only the clause right before the quote (after the previous quote)
            int from = 0;
            for (int i = toks.Count - 1; i >= 0; i--) if (!toks[i].IsWord && toks[i].Text.Length == 1 && QuoteMarks.IsDoubleMark(toks[i].Text[0])) { from = i + 1; break; }
            // blanked quotes leave a gap of spaces; find the last wide gap
            int lastGap = 0;
            for (int i = 1; i < toks.Count; i++) if (toks[i].Start - toks[i - 1].End > 3) lastGap = i;
            from = Math.Max(from, lastGap);
            for (int i = from; i < toks.Count - 1; i++)
            {
                if (toks[i].Is("kepada") || toks[i].Is("menyapa"))
                {
                    var a = NameAt(text, toks, i + 1);
                    if (a != null) return a;
                }
            }
            return null;
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
    }
}
