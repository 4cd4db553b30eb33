using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public sealed partial class ArticlePeople
    {
        private sealed partial class Builder
        {
            /// <summary>
            /// "Yudha Firmansyah alias Ucil", "Dadang Sutisna atau yang akrab disapa Kang Ebod": a name and the nickname the article
            /// gives it are one person, under the name (the pattern is said of persons only); the nickname finds them.
            /// </summary>
            private void LinkNicknames()
            {
                for (int b = 0; b < _ap.BlockMentions.Count; b++)
                {
                    var toks = _ap.BlockTokens[b];
                    foreach (var m in _ap.BlockMentions[b])
                    {
                        if (NamedBySapaan(b, toks, m)) continue;
                        if (!MayHaveNickname(m, toks)) continue;
                        int at = NicknameAt(toks, m.EndTokenIndex + 1);
                        if (at < 0) continue;
                        var alias = new List<string>();
                        at = PastTitleOfAddress(toks, at); // "akrab disapa Kang Ebod"
                        for (int j = at; j < toks.Count && alias.Count < 3 && toks[j].IsWord && char.IsUpper(toks[j].Text[0]); j++) alias.Add(toks[j].Text);
                        // "… Elevated atau lebih dikenal Jalan Layang …": a place or a body is no nickname; "disapa Gus Menteri": an office
                        // closing a nickname of two words is the nickname's ("Gus Menteri" is the minister named before)
                        int last = alias.Count >= 2 && NameLexicon.IsPersonRole(alias[alias.Count - 1]) ? alias.Count - 1 : alias.Count;
                        if (alias.Count == 0 || alias.Take(last).Any(w => NameLexicon.IsNonName(w) || NameLexicon.IsPlaceUnit(w)) || NameLexicon.IsPlaceUnit(alias[alias.Count - 1])) continue;
                        Link(m.Name, alias.ToArray());
                    }
                    LinkDescribedNicknames(b, toks);
                    LinkDistantNicknames(b, toks);
                }
            }

            /// <summary>
            /// "Siti Aminah binti Rasyid (45), pedagang gorengan di Depok yang akrab disapa Bu Ami": "yang akrab disapa" after an
            /// apposition gives the nickname of the person the sentence named last before it, when no other person stands between.
            /// </summary>
            private void LinkDistantNicknames(int b, TokenList toks)
            {
                for (int k = 2; k + 1 < toks.Count; k++)
                {
                    if (!(toks[k].Is("disapa") || toks[k].Is("dipanggil")) || !toks[k - 2].Is("yang") || !(toks[k - 1].Is("akrab") || toks[k - 1].Is("biasa"))) continue;
                    int at = k + 1;
                    at = PastTitleOfAddress(toks, at); // "yang akrab disapa Bu Ami"
                    if (!toks[at].IsWord || !toks[at].IsCap || NameLexicon.IsNonName(toks[at].Text) || at + 1 < toks.Count && toks[at + 1].IsCap) continue;
                    Mention? last = null;
                    foreach (var m in _ap.BlockMentions[b])
                        if (m.EndTokenIndex < k - 2 && m.EndTokenIndex >= k - 16 && !m.OrgOrPlace && _ap.Find(m.Name) != null) last = m;
                    if (last == null || last.Name.Length < 2 || SentenceEndBetween(toks, last.EndTokenIndex, k)) continue;
                    if (_ap.Find(new[] { toks[at].Text }) is { } other && other.Tokens.Length > 1) continue;
                    Link(last.Name, new[] { toks[at].Text });
                }
            }

            /// <summary>Past the titles of address ("Pak", "Bu", "Kang", "Mama") before a capitalised nickname at <paramref name="at"/>.</summary>
            private static int PastTitleOfAddress(TokenList toks, int at)
            {
                // "akrab disapa Pastor Alo": a role that opens the nickname is no part of it
                if (at + 1 < toks.Count && toks[at].IsWord && toks[at].IsCap && NameLexicon.IsPersonRole(toks[at].Text) && toks[at + 1].IsWord && toks[at + 1].IsCap) at++;
                while (at + 1 < toks.Count && toks[at].IsWord && NameLexicon.IsTitle(toks[at].Text) && toks[at + 1].IsWord && toks[at + 1].IsCap) at++;
                return at;
            }

            private static bool SentenceEndBetween(TokenList toks, int from, int to)
            {
                for (int i = from + 1; i < to; i++) if (toks[i].Text is "." or "!" or "?") return true;
                return false;
            }

            /// <summary>
            /// "kata pria yang sering disapa Ical ini": a nickname given to a person described by a noun ("pria", "wanita",
            /// "lulusan …"), not named, is the nickname of the one person named in the nearest paragraph before that names
            /// persons; when that paragraph names several, nobody (a wrong name is worse than none).
            /// </summary>
            private void LinkDescribedNicknames(int b, TokenList toks)
            {
                for (int i = 0; i + 2 < toks.Count; i++)
                {
                    // ("Pria yang akrab disapa Aji …": capitalised only as the sentence's first word)
                    bool opens = i == 0 || toks[i - 1].Text is "." or "!" or "?";
                    if (!toks[i].IsWord || toks[i].IsCap && !opens || !NameScanner.DescribedPersonNouns.Contains(toks[i].Text) || !toks[i + 1].Is("yang")) continue;
                    int at = NicknameAt(toks, i + 1);
                    if (at >= 0) at = PastTitleOfAddress(toks, at); // "pria yang akrab disapa Pak Tarjo"
                    if (at < 0 || !toks[at].IsWord || !toks[at].IsCap || NameLexicon.IsNonName(toks[at].Text) || NameLexicon.IsPlaceUnit(toks[at].Text)) continue;
                    if (at + 1 < toks.Count && toks[at + 1].IsCap) continue; // a nickname of one word only
                    // (at a sentence's start the noun may open a new sentence about anyone: the nickname must then be part of the
                    // person's name, "Aji" of "Darmaji")
                    // ("disapa Pak Tarjo" of "Bambang Sutarjo Wiryono": a nickname that is part of one person's name is that person's, whoever
                    // the paragraph before names)
                    var owner = OnlyPersonWithPart(toks[at].Text);
                    var antecedent = owner ?? Antecedent(b);
                    // (nor the antecedent when the nickname is part of another capitalised word of the article: "Tarjo" of a "Sutarjo"
                    // the article shows no person)
                    if (antecedent is { } person && _ap.Find(new[] { toks[at].Text }) is var nick && (nick == null || nick.Tokens.Length == 1)
                        && (!toks[i].IsCap || PartOfName(toks[at].Text, person.Tokens)) && (owner != null || !PartOfOtherWord(toks[at].Text, person.Tokens)))
                        Link(person.Tokens, new[] { toks[at].Text });
                }
            }

            /// <summary>The person whose mention in block <paramref name="b"/> starts at token <paramref name="i"/> (titles before it skipped), else null.</summary>
            private PersonEntry? PersonAt(int b, int i)
            {
                foreach (var x in _ap.BlockMentions[b])
                    if (x.TokenIndex >= i && x.TokenIndex <= i + 2 && !x.OrgOrPlace && _ap.Find(x.Name) is PersonEntry p) return p;
                return null;
            }

            /// <summary>
            /// "Gubernur Aceh" at <paramref name="i"/> (an office and its capitalised words, up to four): the one person the article
            /// names right after the same words ("Gubernur Aceh H. Muzakir Manaf"), else null.
            /// </summary>
            private PersonEntry? HolderOfOfficeAt(TokenList toks, int i)
            {
                if (i >= toks.Count || !NameLexicon.IsPersonRole(toks[i].Text)) return null;
                int end = i;
                while (end < toks.Count && end < i + 4 && toks[end].IsWord && toks[end].IsCap) end++;
                PersonEntry? holder = null;
                for (int x = 0; x < _ap.BlockTokens.Count; x++)
                {
                    var t = _ap.BlockTokens[x];
                    for (int k = 0; k + (end - i) < t.Count; k++)
                    {
                        bool same = true;
                        for (int w = 0; w < end - i && same; w++) same = t[k + w].Text == toks[i + w].Text;
                        // "Wakil Gubernur Aceh …" is another office
                        if (!same || k > 0 && t[k - 1].IsCap && (NameLexicon.IsPersonRole(t[k - 1].Text) || RoleModifierWords.Contains(t[k - 1].Text))) continue;
                        int office = k + (end - i);
                        foreach (var mm in _ap.BlockMentions[x])
                            if (HolderRightAfter(t, office, mm) && !mm.OrgOrPlace && mm.Name.Length >= 2 && _ap.Find(mm.Name) is PersonEntry p)
                            {
                                if (holder != null && holder != p) return null;
                                holder = p;
                                break;
                            }
                    }
                }
                return holder;
            }

            private static readonly HashSet<string> RoleModifierWords = LexiconResource.WordSet("role-modifiers");

            /// <summary>The name of <paramref name="mm"/> starts right at <paramref name="office"/>'s end, or after titles and their periods only ("Gubernur Aceh H. Muzakir Manaf").</summary>
            private static bool HolderRightAfter(TokenList t, int office, Mention mm)
            {
                int start = mm.EndTokenIndex - mm.Name.Length + 1;
                if (start < office || start > office + 4) return false;
                for (int k = office; k < start; k++)
                    if (t[k].IsWord && !NameLexicon.IsTitle(t[k].Text) && t[k].Text.Length > 2) return false;
                return true;
            }

            /// <summary>"Aji" of "Darmaji", "Parno" of "Suparno": the nickname opens or ends a word of the name, three letters or more.</summary>
            private static bool PartOfName(string nick, string[] name)
            {
                if (nick.Length < 3) return false;
                foreach (var w in name)
                    if (w.Length > nick.Length && (w.EndsWith(nick.ToLowerInvariant(), System.StringComparison.Ordinal) || w.StartsWith(nick, System.StringComparison.Ordinal))) return true;
                return false;
            }

            /// <summary>Whether <paramref name="nick"/> is part of a capitalised word of the article that is not one of <paramref name="name"/>.</summary>
            private bool PartOfOtherWord(string nick, string[] name)
            {
                foreach (var toks in _ap.BlockTokens)
                    for (int i = 0; i < toks.Count; i++)
                        if (toks[i].IsWord && toks[i].IsCap && toks[i].Text != nick && System.Array.IndexOf(name, toks[i].Text) < 0 && PartOfName(nick, new[] { toks[i].Text })) return true;
                return false;
            }

            /// <summary>The one person of the article with more than one name word, one of which <paramref name="nick"/> is part of ("Tarjo" of "Sutarjo"), else null.</summary>
            private PersonEntry? OnlyPersonWithPart(string nick)
            {
                PersonEntry? found = null;
                foreach (var p in _ap.Persons)
                {
                    if (p.Tokens.Length < 2 || !PartOfName(nick, p.Tokens)) continue;
                    if (found != null) return null;
                    found = p;
                }
                return found;
            }

            /// <summary>The one person named in the nearest of the three blocks before <paramref name="b"/> that names any, else null.</summary>
            private PersonEntry? Antecedent(int b)
            {
                for (int x = b - 1; x >= 0 && x >= b - 3; x--)
                {
                    PersonEntry? found = null;
                    bool any = false;
                    foreach (var m in _ap.BlockMentions[x])
                    {
                        // ("Kabid Kesenian, H Syahliansyah, … "…," ujarnya": one name word, made a person by strong evidence, is as good when
                        // the block has somebody speak; "Korban, Darto (45), ditemukan tewas" is a victim, no speaker a nickname follows)
                        if (!m.Strong || m.OrgOrPlace || m.Name.Length < 2 && (m.Name[0].Length < 4 || !SpeechIn(_ap.BlockTokens[x]))) continue;
                        var p = _ap.Find(m.Name);
                        if (p == null) continue;
                        if (found != null && found != p) return null;
                        found = p; any = true;
                    }
                    if (any) return found;
                }
                return null;
            }

            /// <summary>Whether the block holds a double quotation mark or a verb of saying in small letters ("mengaku", "membenarkan").</summary>
            private static bool SpeechIn(TokenList toks)
            {
                foreach (var t in toks)
                    if (t.Text.Length == 1 && QuoteMarks.IsDoubleMark(t.Text[0]) || t.IsWord && !t.IsCap && NameScanner.SayingVerbs.Contains(t.Text)) return true;
                return false;
            }

            /// <summary>A plain name (no body, place or initials; not the tail of a longer capitalised run) may have a nickname.</summary>
            private bool MayHaveNickname(Mention m, TokenList toks)
            {
                if (m.OrgOrPlace || m.Name.Length > 4 || NameScanner.IsBareInitials(m.Name) || Initials().Contains(m.Name[0])) return false;
                if (m.Name.Length == 1 && m.Name[0].Length < 3) return false;
                // ("Menteri Halim atau yang kerap disapa …": an office before a person the article knows leaves the name whole; "Bupati
                // Mabar yang akrab disapa Rudi" names the office's place)
                if (m.TokenIndex > 0 && toks[m.TokenIndex - 1].IsCap && !(NameScanner.IsOfficeRole(toks[m.TokenIndex - 1]) && _ap.Find(m.Name) != null)) return false;
                foreach (var w in m.Name) if (NameLexicon.IsNonName(w) || _places.Contains(w)) return false;
                return true;
            }

            private void Link(string[] name, string[] alias)
            {
                var person = _ap.Find(name);
                var nick = _ap.Persons.Find(x => x != person && PersonEntry.AllIn(x.Tokens, alias));
                if (person == null && nick != null) { nick.Tokens = name; person = nick; nick = null; }
                if (person == null) _ap.Persons.Add(person = new PersonEntry { Tokens = name });
                if (nick != null) _ap.Persons.Remove(nick);
                person.Alias = alias;
            }

            /// <summary>Where the nickname starts after "alias" / "atau (yang) (akrab) disapa|dipanggil" / "yang akrab disapa" at <paramref name="i"/>, else -1.</summary>
            private static int NicknameAt(TokenList toks, int i)
            {
                // "Nurhayati Tombolotutu (47), yang akrab disapa Mama Ati": past the age in brackets
                if (i + 2 < toks.Count && toks[i].Text == "(" && toks[i + 1].HasDigit && toks[i + 2].Text == ")") i += 3;
                if (i < toks.Count && toks[i].Text == ",") i++;
                if (i + 1 < toks.Count && toks[i].Is("alias")) return i + 1;
                // "X atau (yang) akrab disapa Y", "X, yang akrab disapa Y"
                bool or = i < toks.Count && toks[i].Is("atau");
                if (or) i++;
                bool which = i < toks.Count && toks[i].Is("yang");
                if (!or && !which) return -1;
                if (which) i++;
                if (i < toks.Count && (toks[i].Is("akrab") || toks[i].Is("biasa") || toks[i].Is("kerap") || toks[i].Is("sering") || toks[i].Is("lebih"))) i++;
                if (i + 1 < toks.Count && (toks[i].Is("disapa") || toks[i].Is("dipanggil") || toks[i].Is("dikenal"))) return i + 1;
                return -1;
            }
        }
    }
}
