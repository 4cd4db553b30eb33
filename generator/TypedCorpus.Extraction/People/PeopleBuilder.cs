using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public sealed partial class ArticlePeople
    {
        /// <summary>
        /// Builds an article's people in steps: scan every block for name runs with evidence; keep the persons' names; drop the
        /// article's place words from them; trim office words; register each person once under its fullest name; add persons
        /// listed with a known one; take fuller forms met without evidence; count mentions and order by first mention; merge
        /// clipped first names into their person.
        /// </summary>
        private sealed partial class Builder
        {
            private readonly ArticlePeople _ap = new ArticlePeople();
            private readonly List<(string[] Name, int Block, int Pos, string? Country, bool Bare, bool Clean)> _strong =
                new List<(string[] Name, int Block, int Pos, string? Country, bool Bare, bool Clean)>();
            private readonly HashSet<string> _singles = new HashSet<string>(StringComparer.Ordinal);
            // one-word names the article introduces with an age ("Santoso (48)"): a person of their own, not a word of a longer name
            private readonly HashSet<string> _aged = new HashSet<string>(StringComparer.Ordinal);
            // one-word names the article introduces with a role of their own ("Ketua RT setempat, Agus,"): persons of their own
            private readonly HashSet<string> _introducedSingles = new HashSet<string>(StringComparer.Ordinal);
            // names of any length the article introduces with a role of their own ("Wali Kota Sukamaju, Sutrisno", "Gubernur X, Darmadi Lubis")
            private readonly Dictionary<string, (int Block, int Pos)> _introducedNames = new Dictionary<string, (int Block, int Pos)>(StringComparer.Ordinal);
            // names written after a spouse's or child's office ("istrinya, Wulan …", "Ketua TP PKK …, Wulan …"; see OwnTail)
            private readonly HashSet<string> _spouseOffice = new HashSet<string>(StringComparer.Ordinal);
            // names written after "Ny." ("ujar Ny. Hendra Wijaya": the wife, named by her husband's name)
            private readonly HashSet<string> _wifeForms = new HashSet<string>(StringComparer.Ordinal);
            // names right after a rank ("Kombes Yoyon Tony Surya Putra"): their first word is certain
            private readonly HashSet<string> _afterRank = new HashSet<string>(StringComparer.Ordinal);
            // first words of names whose start is certain (after a place, country or rank, or in apposition): "Bupati Sukamaju Wirana Adi"
            private readonly HashSet<string> _certainFirst = new HashSet<string>(StringComparer.Ordinal);
            private HashSet<string> _places = new HashSet<string>(StringComparer.Ordinal);
            private HashSet<string> _officePlaces = new HashSet<string>(StringComparer.Ordinal);
            // mentions whose first word rule place-office-head cut as a place ("Tanjungwangi Arman Sudarsa"): no fuller form of them
            private readonly HashSet<string> _placeHeads = new HashSet<string>(StringComparer.Ordinal);
            // article-wide word sets, built on first use: most articles never ask (the tokens do not change meanwhile)
            private HashSet<string>? _lower, _orgNamed, _orgShort, _initials;
            private Glue? _glue;

            private HashSet<string> Lower() => _lower ??= LowerWords(_ap.BlockTokens);
            private HashSet<string> OrgNamed() => _orgNamed ??= OrgNamedWords(_ap.BlockTokens);
            private Glue GlueOf() => _glue ??= new Glue(_ap.BlockTokens);
            private HashSet<string> OrgShort() => _orgShort ??= OrgShortNames(_ap.BlockTokens);
            private HashSet<string> Initials() => _initials ??= GivenInitials(_ap.BlockTokens);

            public ArticlePeople Build(ArticleContext context)
            {
                Scan(context.Analysed);
                CollectStrong();
                DropPlaceWords();
                var trimmed = new List<(string[] Name, int Block, int Pos, string? Country)>();
                foreach (var s in _strong)
                {
                    var before = WordBefore(s.Block, s.Pos, s.Name[0]);
                    var name = PastPlace(Trim(s.Name, s.Bare, s.Clean, before, TitledBefore(s.Block, s.Pos, s.Name[0])), s.Name.Length);
                    if (name.Length < s.Name.Length && name.Length > 0) _ap.TrimmedRuns[string.Join(" ", s.Name)] = name;
                    // "Presiden Jokowi" is Joko Widodo, spelt as the article spells him if it does ("Basuki Tjahja Purnama")
                    trimmed.Add((NameLexicon.KnownFullName(name) is { } full ? ArticleSpelling(full) : name, s.Block, s.Pos, s.Country));
                }
                Register(trimmed);
                LinkNicknames();
                AddListed();
                TakeFullerForms();
                JoinSpellingVariants();
                CountMentions();
                JoinClippedNames();
                return _ap;
            }

            private void Scan(AnalysedText text)
            {
                var blocks = text.Blocks;
                for (int b = 0; b < blocks.Count; b++)
                {
                    var block = blocks[b];
                    _ap.BlockTokens.Add(block.Tokens);
                    _ap.BlockMentions.Add(NameScanner.Mentions(block.Block.Text, block.Tokens));
                }
                foreach (var ms in _ap.BlockMentions)
                    foreach (var m in ms)
                        if (m.NamesBody && m.Name.Length >= 2 && _ap.BodyNames.Add(m.Joined)) _ap.BodyWords.UnionWith(m.Name);
                // "Universitas Syiah Kuala (Unsyiah)": a body's short name the article defines names the body ("kata Rektor Unsyiah")
                _ap.BodyWords.UnionWith(OrgShort());
            }

            /// <summary>The persons' mentions; a one-word subject at a sentence start that the article uses as a common or organisation word is none.</summary>
            private void CollectStrong()
            {
                var officePlaces = _officePlaces = OfficePlaces();
                for (int b = 0; b < _ap.BlockMentions.Count; b++)
                    foreach (var m in _ap.BlockMentions[b])
                    {
                        // "ujar Bupati Butara" after "Bupati Butara, Abu Rahmat": the office's place again, not its holder
                        // (also after a cue: "lanjut Bupati Mabar" when "Mabar" is the short form of the office's place)
                        if (m.Strong && m.Name.Length == 1 && (m.Evidence == "office-role" || m.Evidence == "after-cue" && m.AfterRole) && officePlaces.Contains(m.Name[0])) m.Strong = false;
                        if (m.Strong && m.SubjectOnlyAtStart && (Lower().Contains(m.Name[0].ToLowerInvariant()) || OrgNamed().Contains(m.Name[0]))) m.Strong = false;
                        // "Kapolsek Tondon Nanggala" after "Polsek Tondon Nanggala": the office's body, not a person
                        // (a name in apposition after an office's comma is its holder: "serta Kejari Rina Sari" wrote the office for its head)
                        if (m.Strong && m.Name.Length >= 2 && _ap.BodyNames.Contains(m.Joined) && !(m.Bare && m.Evidence == "role-apposition" && !m.NamesBody && !m.OrgOrPlace)) m.Strong = false;
                        // "Jakpro lalu menyebut" after "PT Jakarta Propertindo (Jakpro)": the organisation's short name
                        if (m.Strong && m.Name.Length == 1 && OrgShort().Contains(m.Name[0])) m.Strong = false;
                        // "Selain menangkap Nd dan Sy" after "berinisial Sy": initials, nobody the reader can know
                        if (m.Strong && m.Name.Length == 1 && Initials().Contains(m.Name[0])) m.Strong = false;
                        if (m.Strong && CutByTruncation(b, m) || m.Strong && m.Name.Length == 1 && CommonPhrase(b, m)) m.Strong = false;
                        if (m.Refused) m.Strong = false;
                        // "pasangan Rina Hartati-Doni Saputra": two persons
                        if (m.Strong && PairOfCandidates(b, m) is { } pair) foreach (var n in pair) _strong.Add((n, b, m.Start, m.RoleCountry, true, true));
                        else if (m.Strong) _strong.Add((m.Name, b, m.Start, m.RoleCountry, m.Bare, m.CleanEdge));
                        if (m.Name.Length == 1 && m.Strong) _singles.Add(m.Name[0]);
                        if (m.Name.Length == 1 && m.Strong && m.Evidence is "age-parenthesis" or "age-apposition") _aged.Add(m.Name[0]);
                        if (m.Name.Length == 1 && m.Strong && (m.Introduced || m.Evidence is "office-role" or "role-after")) _introducedSingles.Add(m.Name[0]);
                        if (m.Strong && (m.Introduced || m.Evidence is "office-role" or "role-after") && !_introducedNames.ContainsKey(m.Joined)) _introducedNames[m.Joined] = (b, m.Start);
                        if (m.Strong) NoteSpouseOffice(m.Joined, _ap.BlockTokens[b], m.TokenIndex);
                        if (AfterNyonya(_ap.BlockTokens[b], m.TokenIndex)) _wifeForms.Add(m.Joined);
                        if (m.Strong && m.RankOrTitleEdge) _afterRank.Add(m.Joined);
                        if (m.Strong && m.Name.Length >= 2 && (m.CleanEdge || m.Bare)) _certainFirst.Add(m.Name[0]);
                    }
            }

            /// <summary>A person's name without the office, body or place words glued before it.</summary>
            private string[] Trim(string[] found, bool bare, bool clean, string before, bool titled)
            {
                var name = found;
                if (PatronymStart(found) is var given && given >= 0) return found.Skip(given).ToArray();
                // trim long names to start at a short form used alone ("Kemendikdasmen Hendra Kurniawan" + "Hendra" → "Hendra Kurniawan");
                // a name in apposition, or opening with a noble or given-name opener ("Andi Muhammad Rusdi Patunru"), has no office words to trim;
                if (name.Length >= 3 && !bare && !_afterRank.Contains(string.Join(" ", found)) && !NameLexicon.IsNameOpener(name[0]) && !NameLexicon.GivenNameOpeners.Contains(name[0]))
                {
                    for (int i = 1; i < name.Length; i++)
                        // a word introduced alone with an age is another person's name ("Dwi Santoso Nugraha" beside "Santoso (48)")
                        if (_singles.Contains(name[i]) && !_aged.Contains(name[i]) && i < name.Length - 1 && !NameLexicon.IsInitial(name[i - 1])) { name = name.Skip(i).ToArray(); break; }
                }
                // "Pelatih Arsenal Mikel Arteta" when "Arsenal" is glued to other capitalised words elsewhere ("Gol Arsenal", "Arsenal
                // Football Club"): the first word names a club, company or place, not the person
                // (a title of address right before the run starts the name there: "Ny. Maria Sofia" beside "Ny. Maria Cahyani")
                while (name.Length >= 3 && !(titled && name.Length == found.Length) && GluedHead(name, bare, name.Length < found.Length ? found[found.Length - name.Length - 1] : before)) name = name.Skip(1).ToArray();
                name = TrimOfficeWords(name, found, bare, clean);
                return RestoreOpeners(name, found, before);
            }

            /// <summary>
            /// Rule patronym-given-names: "Tersangka Akbar Amin bin Hamile": one or two given names stand before "bin" or "binti",
            /// the father's name after; the name starts there (-1 when the run has no patronym).
            /// </summary>
            private int PatronymStart(string[] name)
            {
                int p = Array.FindIndex(name, t => NameLexicon.PatronymParticles.Contains(t));
                if (p < 1 || p == name.Length - 1 || !MayBeGivenName(name[p - 1])) return -1;
                int start = p - 1;
                if (start > 0 && MayBeGivenName(name[start - 1])) start--;
                if (start > 0 && NameLexicon.GivenNameOpeners.Contains(name[start - 1])) start--;
                return start;
            }

            /// <summary>
            /// Long runs are office words glued to a name: keep the last two name words, or three when particles join them
            /// ("Julião da Silva Pereira", "Ahmad bin Yusuf Al-Bakri"), unless the run is known to be a name.
            /// </summary>
            private string[] TrimOfficeWords(string[] name, string[] found, bool bare, bool clean)
            {
                int words = NameWords(name);
                int particle = Array.FindIndex(name, t => NameLexicon.IsNameParticle(t));
                bool whole = name.Length == found.Length;
                // "Nguyen Thi Thanh Huong" when "Nguyen" is used alone: a long name, not office words
                if (name.Length > 3 && name.Length <= 5 && _singles.Contains(name[0])) return name;
                // a run of name words only, in apposition or before an age: ", Dolfie Othniel Frederic Palit,"
                if (bare && words <= 5 && whole) return name;
                // a Balinese name in apposition is long by nature: ", I Dewa Kade Wiarsa Raka Sandi,"
                if (bare && words <= 7 && whole && NameLexicon.IsNameOpener(name[0]) && NameLexicon.IsNameOpener(name[1])) return name;
                // "Presiden Brasil Luiz Inacio Lula da Silva": after a country, place, acronym or title the name's start is certain
                if (clean && words <= 5 && name.Length <= 6 && whole) return name;
                // "Bupati Wirana Adi Bayu Sakti" after "Bupati Sukamaju Wirana Adi Bayusakti": the article starts a name with the first word
                if (words <= 5 && name.Length <= 6 && whole && _certainFirst.Contains(name[0])) return name;
                // "… Oman Yusuf bin Hamdan Al-Qasimi": the given name stands right before the first particle
                if (name.Length > 3 && particle >= 1) return name.Skip(particle - 1).ToArray();
                if (words > 3) return KeepLastWords(name, 2);
                if (name.Length > 3 && words < name.Length) return KeepLastWords(name, 3);
                if (name.Length > 3) return KeepLastWords(name, 2);
                return name;
            }

            /// <summary>
            /// "… Bali I Gede Arya Sugiartha", "Bupati Hulu Mhd Rahmat Hidayat", "… KPK Ahmad Fikri Hasibuan": name openers (noble,
            /// Balinese), given-name openers (Muhammad's written forms, "Ahmad", "Abdul", "Siti") and the Sasak nobles' "Lalu" cut off
            /// by the trim belong to the name; not "Nur", "Nurul" or "Sri", which may end a mosque's or shop's name ("Masjid Baitun
            /// Nur Zainal Arifin" is Zainal Arifin).
            /// </summary>
            private static readonly HashSet<string> EndsBodyNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Nur", "Nurul", "Sri" };

            private static string[] RestoreOpeners(string[] name, string[] found, string before)
            {
                if (name.Length >= found.Length || name.Length < 2) return name;
                int at = found.Length - name.Length;
                // ("Lalu" opening the run is the Sasak noble's only in apposition: ", Lalu Ratmaje Wirasentana"; "Lalu Budi …" opening a sentence is "then")
                while (at > 0 && (NameLexicon.IsNameOpener(found[at - 1]) || NameLexicon.GivenNameOpeners.Contains(found[at - 1]) && !EndsBodyNames.Contains(found[at - 1])
                    || found[at - 1] == "Lalu" && (at > 1 || before == ","))) at--;
                return at < found.Length - name.Length && (found.Length - at) <= 5 ? found.Skip(at).ToArray() : name;
            }

            /// <summary>A list with one known person names persons only: "dicetak Bukayo Sako, Kai Hamers, dan Martin Olsen".</summary>
            private void AddListed()
            {
                for (int bi = 0; bi < _ap.BlockMentions.Count; bi++)
                {
                    foreach (var (from, to) in NameScanner.PersonNounLists(_ap.BlockTokens[bi], _ap.BlockMentions[bi])) AddAll(bi, from, to);
                    foreach (var (from, to) in NameScanner.NameLists(_ap.BlockTokens[bi], _ap.BlockMentions[bi]))
                    {
                        bool any = false;
                        for (int x = from; x <= to; x++) if (_ap.Find(_ap.BlockMentions[bi][x].Name) != null) any = true;
                        if (any) AddAll(bi, from, to);
                    }
                }
            }

            private void AddAll(int bi, int from, int to)
            {
                for (int x = from; x <= to; x++)
                {
                    var n = _ap.BlockMentions[bi][x].Name;
                    if (n.Length > 3 || _places.Contains(n[0]) || _ap.Find(n) != null || NameScanner.IsBareInitials(n)) continue;
                    _ap.Persons.Add(new PersonEntry { Tokens = n });
                }
            }

            /// <summary>A fuller form met without evidence ("Xi Jinping" when only "Xi" was a speaker) names the same person.</summary>
            private void TakeFullerForms()
            {
                for (int bi = 0; bi < _ap.BlockMentions.Count; bi++)
                    foreach (var m in _ap.BlockMentions[bi])
                    {
                        if (!MayBeFullerForm(m, _ap.BlockTokens[bi])) continue;
                        foreach (var p in _ap.Persons)
                        {
                            if (m.Name.Length <= p.Tokens.Length) continue;
                            if (!PersonEntry.AllIn(p.Tokens, m.Name)) continue;
                            if (_ap.AnyOtherWithin(p, m.Name)) continue;
                            p.Tokens = m.Name;
                        }
                    }
            }

            private bool MayBeFullerForm(Mention m, TokenList toks)
            {
                // "Sekretaris Kabinet Andi Widjajanto" beside "kata Andi": two name words after a role and its body are the holder's
                bool holderAfterBody = m.OrgOrPlace && m.NamesBody && m.AfterRole && m.Name.Length == 2 && !_places.Contains(m.Name[1])
                    && NameLexicon.KnownPlaceAt(m.Name) == 0;
                if (NameWords(m.Name) > 3 || m.OrgOrPlace && !holderAfterBody) return false;
                if (_ap.Places.Contains(m.Name[0]) || _placeHeads.Contains(m.Joined)) return false; // "Sukadana Agus Wibowo" after "Kabupaten Sukadana"
                if (m.Name.Length >= 3 && GluedHead(m.Name, m.Bare, m.TokenIndex > 0 ? toks[m.TokenIndex - 1].Text : "")) return false;
                return !(NameScanner.IsSentenceStart(toks, m.TokenIndex) && NameLexicon.IsNonName(m.Name[0]) == false && !_ap.AnyPersonStartsWith(m.Name[0]));
            }

            /// <summary>"Kepala Desa Sukamaju Absorihim": the person the name is once the article's place words before it are dropped.</summary>
            private PersonEntry? FindWithoutPlaces(string[] name)
            {
                int lead = 0;
                while (lead < name.Length && _ap.Places.Contains(name[lead])) lead++;
                return lead > 0 && lead < name.Length ? _ap.Find(name.Skip(lead).ToArray()) : null;
            }

            private static void Count(PersonEntry p, int b, int pos)
            {
                p.Count++;
                if (b < p.FirstBlock || b == p.FirstBlock && pos < p.FirstPos) { p.FirstBlock = b; p.FirstPos = pos; }
            }

            /// <summary>Counts every mention (strong or weak) that fits a person, notes the first and whether one introduces it; orders the persons.</summary>
            private void CountMentions()
            {
                for (int b = 0; b < _ap.BlockMentions.Count; b++)
                    foreach (var m in _ap.BlockMentions[b])
                    {
                        // a pair of candidates counts both halves (a title opening the second would let its half alone be found)
                        if (m.Strong && PairOfCandidates(b, m) is { } pair)
                        {
                            foreach (var half in pair) if (_ap.Find(half) is { } q) Count(q, b, m.Start);
                            continue;
                        }
                        var p = _ap.Find(m.Name) ?? FindWithoutPlaces(m.Name);
                        if (p != null) Count(p, b, m.Start);
                    }
                _ap.Persons.RemoveAll(p => p.Count == 0);
                foreach (var ms in _ap.BlockMentions)
                    foreach (var m in ms)
                        if (m.Introduced && _ap.Find(m.Name) is { } p && p.Tokens.Length == m.Name.Length) p.Introduced = true;
                _ap.Persons.Sort((x, y) => x.FirstBlock != y.FirstBlock ? x.FirstBlock.CompareTo(y.FirstBlock) : x.FirstPos.CompareTo(y.FirstPos));
            }
        }
    }
}
