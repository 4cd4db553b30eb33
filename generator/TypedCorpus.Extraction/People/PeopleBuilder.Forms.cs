using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public sealed partial class ArticlePeople
    {
        private sealed partial class Builder
        {
            /// <summary>A word that may be a given name before "bin"/"binti": no office, initial, place, organisation's word or name opener.</summary>
            private bool MayBeGivenName(string word) => !NameLexicon.IsNonName(word) && !NameLexicon.IsInitial(word) && !_places.Contains(word)
                && !NameLexicon.IsGazetteerPlace(word) && !OrgNamed().Contains(word) && !NameLexicon.IsNameOpener(word);

            /// <summary>
            /// "Kepala Biro Humas Taufik Budi Santoso" beside "Kepala Dinas Dedi Taufik": the first word of a long name is a later
            /// word of another person's name (met with evidence), so it is glued elsewhere as a name word, not as a body's or
            /// place's word.
            /// </summary>
            private bool IsSurnameOfAnother(string[] name)
            {
                foreach (var s in _strong)
                {
                    if (s.Name.Length < 2 || PersonEntry.AllIn(name, s.Name) || PersonEntry.AllIn(s.Name, name)) continue;
                    for (int i = 1; i < s.Name.Length; i++)
                        if (string.Equals(s.Name[i], name[0], StringComparison.Ordinal) && !NameLexicon.IsNonName(s.Name[i - 1]) && !_places.Contains(s.Name[i - 1])) return true;
                }
                return false;
            }

            private HashSet<string>? _lowerPairs;

            /// <summary>
            /// "Ketua Panitia Bersih desa Desa Sukamaju" beside "warga menggelar bersih desa": one capitalised word and the
            /// lower-case word right after it, written elsewhere in the article as a lower-case phrase, are that phrase, no name.
            /// </summary>
            private bool CommonPhrase(int b, Mention m)
            {
                var toks = _ap.BlockTokens[b];
                int a = m.EndTokenIndex + 1;
                if (a >= toks.Count || !toks[a].IsWord || toks[a].IsCap || toks[a].HasDigit) return false;
                _lowerPairs ??= LowerPairs(_ap.BlockTokens);
                return _lowerPairs.Contains(m.Name[0].ToLowerInvariant() + " " + toks[a].Text.ToLowerInvariant());
            }

            /// <summary>The article's own form of a lexicon's full name: a mention of as many words with its first and last word.</summary>
            private string[] ArticleSpelling(string[] full)
            {
                foreach (var ms in _ap.BlockMentions)
                    foreach (var m in ms)
                        if (m.Name.Length == full.Length && full.Length >= 2 && m.Name[0] == full[0] && m.Name[full.Length - 1] == full[full.Length - 1]) return m.Name;
                return full;
            }

            /// <summary>
            /// Rule place-office-head: "Bupati Tanjungwangi Arman Sudarsa" beside "kata Arman" or "ujar Sudarsa": after an office
            /// that names its place first (a regent, a police chief: place-offices.txt), three capitalised words are the place and
            /// the holder's two names when the article uses one of the two alone and never the first.
            /// </summary>
            private bool PlaceBeforeHolder(string[] name, int block, int pos)
            {
                if (name.Length == 4 && IsShortTitle(name[1])) name = new[] { name[0], name[2], name[3] };
                if (name.Length != 3 || !(_singles.Contains(name[1]) || _singles.Contains(name[2])) || _singles.Contains(name[0])) return false;
                if (NameLexicon.IsNameOpener(name[0]) || NameLexicon.GivenNameOpeners.Contains(name[0]) || NameLexicon.IsTitle(name[0]) || NameLexicon.IsInitial(name[0])) return false;
                var toks = _ap.BlockTokens[block];
                for (int i = 1; i < toks.Count; i++)
                {
                    if (toks[i].Start < pos || toks[i].Text != name[0]) continue;
                    return NameLexicon.PlaceOfficeEndsAt(toks, i - 1);
                }
                return false;
            }

            private static bool IsShortTitle(string word) => word.Length >= 2 && word[word.Length - 1] == '.' && NameLexicon.IsTitle(word.Substring(0, word.Length - 1));

            /// <summary>
            /// The mentions <see cref="PlaceBeforeHolder"/> finds lose their place (and a short title after it); only those mentions:
            /// the word is no place of the article elsewhere, and the fuller form is not taken back (<see cref="_placeHeads"/>).
            /// </summary>
            private void CutPlaceHeads()
            {
                for (int i = 0; i < _strong.Count; i++)
                {
                    var s = _strong[i];
                    if (!PlaceBeforeHolder(s.Name, s.Block, s.Pos)) continue;
                    int lead = IsShortTitle(s.Name[1]) ? 2 : 1;
                    _placeHeads.Add(string.Join(" ", s.Name));
                    _strong[i] = (s.Name.Skip(lead).ToArray(), s.Block, s.Pos, s.Country, false, true);
                }
            }

            /// <summary>The text's word right before the name <paramref name="first"/> that starts at or after <paramref name="pos"/> ("" at the block's start).</summary>
            private string WordBefore(int block, int pos, string first)
            {
                var toks = _ap.BlockTokens[block];
                int i = FirstTokenAt(toks, pos, first);
                return i > 0 ? toks[i - 1].Text : "";
            }

            /// <summary>A title of address stands right before the name's first word, its period glued or not ("Ny. Maria", "Ibu Maria").</summary>
            private bool TitledBefore(int block, int pos, string first)
            {
                var toks = _ap.BlockTokens[block];
                int i = FirstTokenAt(toks, pos, first);
                int t = i >= 2 && toks[i - 1].Text == "." && toks[i - 1].Start == toks[i - 2].End ? i - 2 : i - 1;
                return t >= 0 && toks[t].IsWord && NameLexicon.IsTitle(toks[t].Text);
            }

            /// <summary>
            /// The name of <paramref name="words"/> words stands alone in apposition: right after a comma, and not before another
            /// comma and a capitalised word (", Aristo Munandar." but not "Kades Bandar, Percut Sei Tuan, Supario,": a place first).
            /// </summary>
            private bool ApposedAlone(int block, int pos, string first, int words)
            {
                var toks = _ap.BlockTokens[block];
                int i = FirstTokenAt(toks, pos, first), after = i + words;
                if (i <= 0 || toks[i - 1].Text != ",") return false;
                return !(after + 1 < toks.Count && toks[after].Text == "," && toks[after + 1].IsCap);
            }

            /// <summary>The index of the token <paramref name="first"/> at or after <paramref name="pos"/> (-1: none).</summary>
            private static int FirstTokenAt(TokenList toks, int pos, string first)
            {
                for (int i = 0; i < toks.Count; i++)
                    if (toks[i].Start >= pos && toks[i].Text == first) return i;
                return -1;
            }

            /// <summary>
            /// Rule truncated-last-word: "… dan PM Ism" ending a page cut off mid-word, beside "Ismail": a one-word name that is the
            /// text's last token, with no stop after it, and the start of a longer capitalised word of the article is a cut word.
            /// </summary>
            private bool CutByTruncation(int block, Mention m)
            {
                var toks = _ap.BlockTokens[block];
                if (m.Name.Length != 1 || block != _ap.BlockTokens.Count - 1 || m.EndTokenIndex != toks.Count - 1) return false;
                var word = m.Name[0];
                foreach (var bt in _ap.BlockTokens)
                    foreach (var t in bt)
                        if (t.IsCap && t.Text.Length > word.Length && t.Text.StartsWith(word, StringComparison.Ordinal)) return true;
                return false;
            }

            /// <summary>
            /// "Pengurus Masjid Taqwa Ngemplak Gebog Kartono" beside "Kecamatan Gebog": a name the trim cut from a longer run
            /// (<paramref name="found"/> words) does not start with a place of the article either.
            /// </summary>
            private string[] PastPlace(string[] name, int found)
                => name.Length >= 2 && name.Length < found && _places.Contains(name[0]) && !NameLexicon.IsAmbiguousPlace(name[0]) ? name.Skip(1).ToArray() : name;

            /// <summary>Place evidence: "Kabupaten Sleman", "Desa Sukamaju": those words are places in this article, not name words.</summary>
            private void DropPlaceWords()
            {
                _places = PlaceWords(_ap.BlockTokens);
                // a word the article uses alone as a speaker or subject ("ujar Sambodo") is a name, wherever else it stands
                _places.ExceptWith(CueSingles(_ap));
                CutPlaceHeads();
                // the places of offices ("Kapolres Butara AKBP …") are the article's places too, for the quotes' offices ("Kapolres Butara memberikan …")
                _ap.Places = _officePlaces.Count == 0 ? _places : new HashSet<string>(_places.Concat(_officePlaces), StringComparer.Ordinal);
                if (_ap.Places.Count == 0) return;
                DropPartnersOfPlaces();
                for (int i = _strong.Count - 1; i >= 0; i--)
                {
                    var n = _strong[i].Name;
                    // ", Aristo Munandar,": a run of name words alone in apposition starts with the name, whatever a place unit
                    // glues to its first word elsewhere ("Tim Ranperda Nagari Aristo Munandar")
                    // (not a place the gazetteer knows: ", Deli Serdang,")
                    if (_strong[i].Bare && n.Length >= 2 && ApposedAlone(_strong[i].Block, _strong[i].Pos, n[0], n.Length) && !NameLexicon.IsGazetteerPlace(string.Join(" ", n))) continue;
                    int lead = 0;
                    // "Kepala Kejari Tanjungraya Budiman" after "Bupati Tanjungraya Hj. Ratna": an office's place opens no name either
                    // (not a place whose name is also a given name: "Bima Santoso" after "Wali Kota Bima, …")
                    while (lead < n.Length && (_places.Contains(n[lead]) || _officePlaces.Contains(n[lead]) && !NameLexicon.IsAmbiguousPlace(n[lead]))) lead++;
                    if (lead == 0) continue;
                    // "Tanjungwangi H. Arman Sudarsa": after the place, "H." before two names is the title (Haji), not an initial
                    if (n.Length - lead >= 3 && IsShortTitle(n[lead])) lead++;
                    // ("Percut Sei Tuan" after "Kecamatan Percut Sei Tuan": what is left past the places, a title alone, names nobody)
                    if (lead >= n.Length || n.Skip(lead).All(NameLexicon.IsNonName)) { _strong.RemoveAt(i); continue; }
                    _strong[i] = (n.Skip(lead).ToArray(), _strong[i].Block, _strong[i].Pos, _strong[i].Country, false, true);
                }
                _singles.RemoveWhere(_places.Contains);
            }

            /// <summary>One-word places of offices the article writes with their holder in apposition ("Bupati Butara, Abu Rahmat") or before the holder's rank ("Kapolres Butara AKBP Abu Rahmat").</summary>
            private HashSet<string> OfficePlaces()
            {
                var set = new HashSet<string>(StringComparer.Ordinal);
                foreach (var ms in _ap.BlockMentions)
                    foreach (var m in ms)
                        if (m.Name.Length == 1 && m.OrgOrPlace && m.AfterRole && !m.NamesBody) set.Add(m.Name[0]);
                // "Kapolres Sukamaju AKBP Bagus Santoso", "Kapolres Sukamaju, AKBP …": after an office that names its place first,
                // one word and then a rank or a title opening the holder's name (after a comma a rank only: "Camat X, dr Y" is a list)
                foreach (var toks in _ap.BlockTokens)
                    for (int i = 1; i + 1 < toks.Count; i++)
                        if (toks[i].IsCap && (toks[i + 1].Text == "," ? RankAt(toks, i + 2) : RankOrTitleAt(toks, i + 1))
                            && NameLexicon.PlaceOfficeEndsAt(toks, i - 1))
                            set.Add(toks[i].Text);
                // "Polsek Tanjung Polres Hulu" beside "Kapolsek Tanjung": one word after the body a place office heads ("Kapolsek" heads a "Polsek")
                // is that body's place
                foreach (var toks in _ap.BlockTokens)
                    for (int i = 1; i < toks.Count; i++)
                        if (toks[i].IsCap && (i + 1 == toks.Count || !toks[i + 1].IsCap || IsHeadedBody(toks[i + 1].Text)) && IsHeadedBody(toks[i - 1].Text)) set.Add(toks[i].Text);
                AddPlaceShortForms(set);
                return set;
            }

            /// <summary>"Polsek", "Polres", "Kejari": a body whose head's office (its name with "Ka" before it) names its place first.</summary>
            private static bool IsHeadedBody(string w)
                => w.Length >= 5 && char.IsUpper(w[0]) && HeadedBodies.Contains(w);

            /// <summary>The bodies of <see cref="IsHeadedBody"/>: the place offices opening with "ka", without it ("kapolsek" → "polsek").</summary>
            private static readonly HashSet<string> HeadedBodies = new HashSet<string>(
                NameLexicon.PlaceOffices.Where(o => o.Length >= 7 && o.StartsWith("ka", StringComparison.Ordinal) && o.IndexOf(' ') < 0).Select(o => o.Substring(2)),
                StringComparer.OrdinalIgnoreCase);

            /// <summary>
            /// Rule place-short-form: "Bupati Mabar" beside "Bupati Manggarai Barat X": one word of five letters or more after a place
            /// office that joins the first letters of the two words of a known place the article writes after the same office
            /// (Ma-nggarai + Bar-at) is that place.
            /// </summary>
            private void AddPlaceShortForms(HashSet<string> set)
            {
                var places = new List<string[]>(); // the office word, then the place's two words
                var shorts = new List<(string Office, string Word)>();
                foreach (var toks in _ap.BlockTokens)
                    for (int i = 1; i + 1 < toks.Count; i++)
                    {
                        if (!toks[i].IsCap || !NameLexicon.PlaceOfficeEndsAt(toks, i - 1)) continue;
                        if (i + 2 < toks.Count && toks[i + 1].IsCap && NameLexicon.KnownPlaceAt(new[] { toks[i].Text, toks[i + 1].Text, toks[i + 2].Text }) == 2) places.Add(new[] { toks[i - 1].Text, toks[i].Text, toks[i + 1].Text });
                        else if (toks[i].Text.Length is >= 5 and <= 8 && !toks[i + 1].IsCap) shorts.Add((toks[i - 1].Text, toks[i].Text));
                    }
                // the same office ("Camat Baba" is no short form of "Bupati Bandung Barat")
                foreach (var (office, w) in shorts)
                    foreach (var p in places)
                        if (string.Equals(office, p[0], StringComparison.OrdinalIgnoreCase) && ShortFormOf(w.ToLowerInvariant(), p[1].ToLowerInvariant(), p[2].ToLowerInvariant())) set.Add(w);
            }

            /// <summary>Is <paramref name="w"/> the first two to four letters of <paramref name="a"/> and then of <paramref name="b"/>?</summary>
            private static bool ShortFormOf(string w, string a, string b)
            {
                for (int k = 2; k <= 4 && k < a.Length && k < w.Length; k++)
                {
                    if (string.CompareOrdinal(w, 0, a, 0, k) != 0) return false;
                    int rest = w.Length - k;
                    if (rest >= 2 && rest <= 4 && rest < b.Length && string.CompareOrdinal(w, k, b, 0, rest) == 0) return true;
                }
                return false;
            }

            private static bool RankAt(TokenList toks, int i) => i < toks.Count && toks[i].IsWord && NameLexicon.IsRank(toks[i].Text);

            private static bool RankOrTitleAt(TokenList toks, int i) => i < toks.Count && toks[i].IsWord && (NameLexicon.IsRank(toks[i].Text) || NameLexicon.IsTitle(toks[i].Text));

            /// <summary>"BPD Sukamaju Raya dan Cibaru" after "Desa Sukamaju Raya": a name paired with a place of the article is a place too.</summary>
            private void DropPartnersOfPlaces()
            {
                for (int b = 0; b < _ap.BlockMentions.Count; b++)
                    foreach (var m in _ap.BlockMentions[b])
                        if (m.Strong && m.Partner is { } p && Array.TrueForAll(p.Name, _places.Contains))
                            _strong.RemoveAll(s => s.Block == b && s.Pos == m.Start);
            }

            /// <summary>
            /// "pasangan Rina Hartati-Doni Saputra" (a pair of candidates): the word joining two capitalised halves with a hyphen
            /// inside the name splits it into two persons; null when the mention is no such pair.
            /// </summary>
            private string[][]? PairOfCandidates(int block, Mention m)
            {
                var toks = _ap.BlockTokens[block];
                // the hyphen inside the name first: most mentions have none, and the look back for "pasangan" is the longer test
                return m.TokenIndex > 0 && NameScanner.SplitPair(m.Name) is { } pair && NameScanner.CandidateCueBefore(toks, m.TokenIndex) ? pair : null;
            }
        }
    }
}
