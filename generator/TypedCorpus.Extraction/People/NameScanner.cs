using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    /// <summary>A word or punctuation token of a text, with its offsets.</summary>
    /// <remarks>
    /// A token's text is exactly the characters it spans, so its end is its start plus the text's length and is not stored; the
    /// three facts share a byte. Sixteen bytes a token: token lists are the scanners' largest allocation.
    /// </remarks>
    public readonly struct Tok
    {
        private const byte Word = 1, Digit = 2, Cap = 4;
        private readonly string _text;
        private readonly int _start;
        private readonly byte _facts;

        internal Tok(int start, string text, bool isWord, bool hasDigit, bool isCap)
        {
            _start = start; _text = text;
            _facts = (byte)((isWord ? Word : 0) | (hasDigit ? Digit : 0) | (isCap ? Cap : 0));
        }
        private Tok(int start, string text, byte facts) { _start = start; _text = text; _facts = facts; }
        /// <summary>The same token, its offsets moved by <paramref name="delta"/>.</summary>
        internal Tok Shift(int delta) => new Tok(_start + delta, _text, _facts);
        public int Start => _start;
        public int End => _start + _text.Length;
        public string Text => _text;
        public bool IsWord => (_facts & Word) != 0;
        /// <summary>A capitalised word without digits (computed once: it is asked many times of every token).</summary>
        public bool IsCap => (_facts & Cap) != 0;
        /// <summary>A transliterated Arabic name with its lower-case article: "al-Harbi", "el-Sisi", "ad-Dawsari", "as-Sudais".</summary>
        internal static bool ArabicArticleName(string t)
        {
            int dash = t.IndexOf('-');
            if (dash < 2 || dash > 3 || dash + 1 >= t.Length || !char.IsUpper(t[dash + 1])) return false;
            var article = t.Substring(0, dash);
            return article is "al" or "el" or "ad" or "ar" or "as" or "at" or "az" or "an" or "ash" or "ath" or "ul" or "ud";
        }
        public bool HasDigit => (_facts & Digit) != 0;
        public bool Is(string s) => string.Equals(_text, s, StringComparison.OrdinalIgnoreCase);
        public override string ToString() => _text;
    }

    /// <summary>A capitalised name met in a text: the person-name part (roles stripped) and how sure we are it is a person.</summary>
    public sealed class Mention
    {
        public int Start;
        public int End;
        public int TokenIndex;
        public int EndTokenIndex;
        public string[] Name = Array.Empty<string>();
        public bool Strong;
        public bool OrgOrPlace;
        public string? RoleCountry;
        /// <summary>The only evidence is being the subject of a saying verb at the start of a sentence ("Polisi mengatakan").</summary>
        public bool SubjectOnlyAtStart;
        /// <summary>The text introduces the person here: an office or title before the name, or a role in apposition after it.</summary>
        public bool Introduced;
        /// <summary>The run held name words only (no role, office or place words before them) and did not open a sentence.</summary>
        public bool Bare;
        /// <summary>The word before the name is a country, place, acronym or title: the name's start is certain.</summary>
        public bool CleanEdge;
        public string Joined => string.Join(" ", Name);
    }

    /// <summary>Hand-written, linear scanners for tokens and name runs (no regular expressions).</summary>
    public static class NameScanner
    {
        private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);
        private static bool IsJoiner(char c) => c == '-' || c == '\'' || c == '\u2019' || c == '.' && false;

        /// <summary>Words that open a noble name when a name opener follows them ("Anak Agung", "Ratu Ayu", "Raden Ayu").</summary>
        private static readonly HashSet<string> NobleOpeners = new HashSet<string>(StringComparer.Ordinal) { "Anak", "Ratu", "Raden", "Gusti" };

        /// <summary>A person's age as written in apposition: a whole number from 1 to 120.</summary>
        private static bool IsAge(string t) => t.Length <= 3 && t.Length > 0 && t.All(char.IsDigit) && int.Parse(t, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 120;

        /// <summary>
        /// The words and punctuation marks of <paramref name="s"/>, in order. One scan: each word's digit and capital facts and
        /// its string's hash are taken while its end is found (the same tests as <see cref="char"/>'s), into a per-thread buffer
        /// copied once into a list of the exact size.
        /// </summary>
        public static List<Tok> Tokenize(string s)
        {
            var buf = NameTokens ??= new ScratchBuffer<Tok>(256);
            buf.Clear();
            int i = 0, n = s.Length;
            while (i < n)
            {
                char c = s[i];
                int cls = CharClass(c);
                if ((cls & Space) != 0) { i++; continue; }
                if ((cls & WordChar) != 0)
                {
                    int j = WordEnd(s, i, out bool digit, out uint hash);
                    var text = TokenStrings.Of(s, i, j - i, hash);
                    bool cap = !digit && (char.IsUpper(c) || MayOpenArabicArticle(c) && Tok.ArabicArticleName(text));
                    buf.Add(new Tok(i, text, true, digit, cap));
                    i = j;
                }
                else
                {
                    buf.Add(new Tok(i, TokenStrings.Of(c), false, false, false)); // not a word character, so no digit
                    i++;
                }
            }
            var list = new List<Tok>(buf); // one copy of exactly the tokens
            if (buf.Oversized) NameTokens = null;
            return list;
        }

        private static ref ScratchBuffer<Tok>? NameTokens => ref Scratch.Current.NameTokens;

        private const byte Space = 1, WordChar = 2, Digit = 4;

        private static readonly CharClassTable Classes = new CharClassTable(c =>
            (byte)((char.IsWhiteSpace(c) ? Space : 0) | (IsWordChar(c) ? WordChar : 0) | (char.IsDigit(c) ? Digit : 0)));

        /// <summary>Is <paramref name="c"/> white space, a word character, a decimal digit (<see cref="Space"/>, <see cref="WordChar"/>, <see cref="Digit"/>)?</summary>
        private static int CharClass(char c) => Classes.Of(c);

        /// <summary>Every article <see cref="Tok.ArabicArticleName"/> accepts ("al", "el", "ud" …) starts with a, e or u.</summary>
        private static bool MayOpenArabicArticle(char c) => c == 'a' || c == 'e' || c == 'u';

        /// <summary>
        /// The end of the word starting at <paramref name="i"/>: word characters, joined across one joiner between two of them;
        /// whether the word holds a decimal digit (joiners are no digits); and the word's <see cref="TokenStrings.Hash"/>.
        /// </summary>
        private static int WordEnd(string s, int i, out bool digit, out uint hash)
        {
            char first = s[i];
            digit = (CharClass(first) & Digit) != 0;
            hash = TokenStrings.Hash(TokenStrings.EmptyHash, first);
            int j = i + 1, n = s.Length;
            while (j < n)
            {
                char c = s[j];
                int cls = CharClass(c);
                if ((cls & WordChar) != 0) { digit |= (cls & Digit) != 0; hash = TokenStrings.Hash(hash, c); j++; continue; }
                if (IsJoiner(c) && j + 1 < n && (CharClass(s[j + 1]) & WordChar) != 0 && (CharClass(s[j - 1]) & WordChar) != 0)
                {
                    char next = s[j + 1];
                    digit |= (CharClass(next) & Digit) != 0;
                    hash = TokenStrings.Hash(TokenStrings.Hash(hash, c), next);
                    j += 2;
                    continue;
                }
                break;
            }
            return j;
        }

        /// <summary>
        /// The tokens <see cref="Tokenize"/> would give for <c>s.Substring(from, to - from)</c>, taken from
        /// <paramref name="all"/> = <c>Tokenize(s)</c>. Only for bounds no token of <paramref name="all"/> crosses: each bound
        /// is the text's start or end, or stands right after a character that is neither a word character nor a joiner
        /// (a space or punctuation), so the scan of the substring meets the same tokens.
        /// </summary>
        internal static List<Tok> Slice(List<Tok> all, int from, int to)
        {
            int lo = 0, hi = all.Count;
            while (lo < hi) { int mid = (lo + hi) / 2; if (all[mid].Start < from) lo = mid + 1; else hi = mid; }
            int end = lo;
            while (end < all.Count && all[end].Start < to) end++;
            var list = new List<Tok>(end - lo);
            for (int k = lo; k < end; k++) list.Add(all[k].Shift(-from));
            return list;
        }

        public static readonly HashSet<string> CueBases = LexiconResource.WordSet("cue-bases");

        /// <summary>"ujar", "ujarnya", "katanya" → (base, isNya); else null.</summary>
        public static (string Base, bool Nya)? Cue(string word)
        {
            // asked of most words of a text, often the same ones: the answers are kept (a null base: no cue)
            var known = InstanceMemo.Slot(ref CueMemo, word, out bool fresh).Value;
            if (!fresh) return known.Base is null ? null : (known.Base, known.Nya);
            var cue = ComputeCue(word);
            InstanceMemo.Slot(ref CueMemo, word, out _).Value = cue is { } c ? (c.Base, c.Nya) : (null, false);
            return cue;
        }

        private static ref MemoSlot<(string? Base, bool Nya)>[]? CueMemo => ref Scratch.Current.CueMemo;

        private static (string Base, bool Nya)? ComputeCue(string word)
        {
            if (CueBases.Contains(word)) return (word.ToLowerInvariant(), false);
            if (word.Length > 3 && word.EndsWith("nya", StringComparison.OrdinalIgnoreCase))
            {
                var b = word.Substring(0, word.Length - 3);
                if (CueBases.Contains(b)) return (b.ToLowerInvariant(), true);
            }
            return null;
        }

        /// <summary>me- verbs of saying used as attribution cues.</summary>
        public static readonly HashSet<string> SayingVerbs = LexiconResource.WordSet("saying-verbs");

        /// <summary>Words that close a company's name ("PT Sinar Abadi Tbk"): a name after them is the role's holder.</summary>
        private static readonly HashSet<string> CompanySuffixes = LexiconResource.WordSet("company-suffixes");

        /// <summary>Words that open a company's name ("PT Maju Jaya"): what follows is the company, not a person.</summary>
        private static readonly HashSet<string> CompanyPrefixes = LexiconResource.WordSet("company-prefixes");

        /// <summary>Buildings and streets: an office after them names the building, not its holder.</summary>
        private static readonly HashSet<string> BuildingWords = LexiconResource.WordSet("building-words");

        /// <summary>Saying verbs that take a human subject: "Hikmahanto Juwana mengatakan".</summary>
        private static readonly HashSet<string> HumanSayingVerbs = LexiconResource.WordSet("human-saying-verbs");

        /// <summary>A role that heads an office named by a place unit ("Wali Kota", "Kepala Desa"), not "warga Desa".</summary>
        public static bool IsOfficeRole(Tok t) => t.IsWord && NameLexicon.IsPersonRole(t.Text) && !Occupations.Contains(t.Text);

        private static readonly HashSet<string> Occupations = LexiconResource.WordSet("occupations");

        /// <summary>Group words that end an office title before a group's name ("Kelompok Tani Maju"): what follows is no person.</summary>
        private static readonly HashSet<string> GroupUnits = LexiconResource.WordSet("group-units");

        /// <summary>"Tan Sri" (a Malaysian honorific) is a title only as a pair; alone "Tan" and "Sri" are names.</summary>
        private static bool IsTitleAt(List<Tok> toks, int i)
        {
            var t = toks[i];
            if (NameLexicon.IsTitle(t.Text)) return true;
            if (t.Is("tan") && i + 1 < toks.Count && toks[i + 1].Is("sri")) return true;
            if (t.Is("sri") && i > 0 && toks[i - 1].Is("tan")) return true;
            return false;
        }

        private static bool IsParticle(Tok t) => t.IsWord && !t.IsCap && NameLexicon.IsNameParticle(t.Text);

        /// <summary>A lower-case particle inside a name: after a name word (or particle) and before a name word (or "von der Leyen").</summary>
        private static bool IsParticleAt(List<Tok> toks, int j, bool inRun)
        {
            if (!inRun || j == 0 || !IsParticle(toks[j])) return false;
            var prev = toks[j - 1];
            if (!(prev.IsCap && !NameLexicon.IsNonName(prev.Text) || IsParticle(prev) && j >= 2 && toks[j - 2].IsCap)) return false;
            int n = j + 1;
            if (n < toks.Count && IsParticle(toks[n])) n++;
            if (n >= toks.Count || !toks[n].IsCap) return false;
            // "Faisal bin Turki": after bin/binti any capitalised word but a role or organisation word is a name
            if (IsPatronymic(toks[j]) && !NameLexicon.IsPersonRole(toks[n].Text) && !NameLexicon.IsOrgWord(toks[n].Text)) return true;
            return !NameLexicon.IsNonName(toks[n].Text);
        }

        private static bool IsPatronymic(Tok t) => t.Is("bin") || t.Is("binti") || t.Is("ibn") || t.Is("ibnu") || t.Is("bt") || t.Is("bte");

        private static ref List<int>? NameRun => ref Scratch.Current.NameRun;

        /// <summary>Finds name runs in <paramref name="text"/> (tokens from <see cref="Tokenize"/>), with person evidence.</summary>
        public static List<Mention> Mentions(string text, List<Tok> toks)
        {
            var result = new List<Mention>();
            var run = NameRun ??= new List<int>(); // the token indexes of the current run (one list per thread, cleared for each run)
            int i = 0;
            while (i < toks.Count)
            {
                if (!StartsRun(toks, i)) { i++; continue; }
                int start = i;
                run.Clear();
                int j = i;
                while (j < toks.Count)
                {
                    var t = toks[j];
                    // "Dr. Ir. Siti": a title written with its period
                    if (t.IsWord && j + 2 < toks.Count && toks[j + 1].Text == "." && toks[j + 1].Start == t.End && toks[j + 2].IsCap && IsTitleAt(toks, j)) { run.Add(j); j += 2; continue; }
                    // "M. Qodari", "A. Rahman Hakim": an initial with its period inside a name
                    if (IsInitialAt(toks, j) && j + 2 < toks.Count && toks[j + 2].IsCap) { run.Add(j); j += 2; continue; }
                    if (t.IsCap && !NameLexicon.IsCalendar(t.Text)) { run.Add(j); j++; continue; }
                    // "Julião da Silva", "Sa'ad bin Khalid": a lower-case particle between two name words
                    if (IsParticleAt(toks, j, run.Count > 0)) { run.Add(j); j++; continue; }
                    if (t.IsWord && !t.HasDigit && j + 1 < toks.Count && toks[j + 1].IsCap && IsTitleAt(toks, j)) { run.Add(j); j++; continue; }

                    // "(BPBD)" inside an office title
                    if (t.Text == "(" && run.Count > 0 && j + 2 < toks.Count && toks[j + 1].IsWord && (NameLexicon.IsAcronym(toks[j + 1].Text) || NameLexicon.IsPersonRole(toks[j + 1].Text)) && toks[j + 2].Text == ")"
                        && j + 3 < toks.Count && toks[j + 3].IsCap)
                    { run.Add(j + 1); j += 3; continue; } // also a rank's branch: "Brigjen (Pol) Ahmad Ramadhan"
                    break;
                }
                i = Math.Max(j, i + 1);
                if (run.Count == 0) continue;
                // "Budi Santoso RI", "Ridwan Kamil PKS": an acronym after the name words names the body, not the person
                while (run.Count >= 3 && IsBodyAcronym(toks[run[run.Count - 1]].Text) && toks[run[run.Count - 2]].IsCap && toks[run[run.Count - 3]].IsCap
                    && !NameLexicon.IsNonName(toks[run[run.Count - 2]].Text) && !NameLexicon.IsNonName(toks[run[run.Count - 3]].Text)) run.RemoveAt(run.Count - 1);
                // the last non-name word of the run
                int k = -1;
                for (int r = 0; r < run.Count; r++)
                {
                    var w = toks[run[r]].Text;
                    bool nonName = NameLexicon.IsNonName(w) || IsTitleAt(toks, run[r]) || NameLexicon.IsPlaceUnit(w) || (r == 0 && IsSentenceStart(toks, run[0]) && NameLexicon.IsNominalisation(w));
                    if (nonName && r > 0 && IsPatronymic(toks[run[r - 1]])) nonName = false;
                    // noble name openers that are also common words: "Anak Agung Gede …" (Bali), "Ratu Ayu …", "Raden Ayu …"
                    if (nonName && r + 2 < run.Count && NobleOpeners.Contains(w) && NameLexicon.IsNameOpener(toks[run[r + 1]].Text)) nonName = false;
                    // "Lukman Hakim": a role word closing a run after a name word is a surname (roles come before names)
                    if (nonName && r == run.Count - 1 && r > 0 && IsSurnameLikeRole(toks, run[r - 1], w)) nonName = false;
                    // "Mahfud MD", "Safrizal ZA": two capitals closing a name are the person's initials
                    if (nonName && r == run.Count - 1 && r > 0 && IsInitialsPair(w) && toks[run[r - 1]].IsCap && !NameLexicon.IsNonName(toks[run[r - 1]].Text)
                        && !NameLexicon.IsInitial(toks[run[r - 1]].Text)) nonName = false;
                    if (nonName) k = r;
                }
                // a noble opener inside the run starts the name: "PHRI Badung Anak Agung Ngurah Sukadana"
                int k0 = k;
                for (int r = k + 2; r + 2 < run.Count; r++)
                    if (NobleOpeners.Contains(toks[run[r]].Text) && NameLexicon.IsNameOpener(toks[run[r + 1]].Text))
                    {
                        k = r - 1;
                        while (k > 0 && NameLexicon.IsNameOpener(toks[run[k]].Text) && k > k0) k--; // "… Bali I Gusti Ngurah …": "I" opens it
                        break;
                    }
                int nameCount = run.Count - k - 1; // the name is run[k + 1 …]
                if (nameCount == 0) continue;
                var m = new Mention
                {
                    Start = toks[run[k + 1]].Start,
                    End = toks[run[run.Count - 1]].End,
                    TokenIndex = run[k + 1],
                    EndTokenIndex = run[run.Count - 1],
                };
                var names = new string[nameCount];
                for (int r = 0; r < nameCount; r++) { int x = run[k + 1 + r]; names[r] = IsInitialAt(toks, x) ? toks[x].Text + "." : toks[x].Text; }
                m.Name = names;
                bool hadRole = false;
                for (int r = 0; r <= k; r++)
                {
                    var w = toks[run[r]].Text;
                    if (NameLexicon.IsPersonRole(w) || IsTitleAt(toks, run[r])) hadRole = true;
                    var c = Countries.Canonical(w);
                    if (c != null) m.RoleCountry = c;
                }
                // lower-case role words right before the run ("juru bicara", "kuasa hukum", "dr")
                int before = start - 1;
                if (!hadRole && before >= 0 && toks[before].IsWord && (NameLexicon.IsPersonRole(toks[before].Text) && !Occupations.Contains(toks[before].Text) || IsTitleAt(toks, before)))
                    hadRole = true;
                // a role with a lower-case field before the name: "pengamat politik Budi", "direktur museum Pieter van Houten"
                if (!hadRole && before >= 1 && IsPlainLower(toks[before]))
                {
                    int r2 = before - 1;
                    for (int extra = 0; extra < 2 && r2 >= 1 && IsPlainLower(toks[r2]) && !IsOfficeRole(toks[r2]); extra++) r2--;
                    if (r2 >= 0 && IsOfficeRole(toks[r2]) && !HolderInApposition(toks, run[run.Count - 1] + 1)) hadRole = true;
                }
                if (k >= 0)
                {
                    var edge = toks[run[k]].Text;
                    m.CleanEdge = Countries.Resolve(edge) != null || NameLexicon.PlaceWords.Contains(edge) || NameLexicon.BodyNames.Contains(edge) || IsTitleAt(toks, run[k])
                        || NameLexicon.IsAcronym(edge) && !CompanyPrefixes.Contains(edge);
                }
                if (k >= 0)
                {
                    var pred = toks[run[k]].Text;
                    // an organisation acronym after a role names the role's body: "Jaksa KPK Andreas", "Anggota DPR Budi"
                    bool roleAcronym = hadRole && (NameLexicon.IsAcronym(pred) || NameLexicon.OrgAbbreviations.Contains(pred) || CompanySuffixes.Contains(pred)) && k > 0;
                    // "Wali Kota", "Kepala Desa": a place unit right after a role is part of the role
                    bool roleUnit = NameLexicon.IsPlaceUnit(pred) && k > 0 && IsOfficeRole(toks[run[k - 1]]);
                    // "Jakarta Pusat": a place's direction word that is also an organisation word ("Pusat") ends a place, not a body
                    bool placeDirection = k > 0 && NameLexicon.PlaceWords.Contains(pred) && NameLexicon.PlaceWords.Contains(toks[run[k - 1]].Text);
                    if ((NameLexicon.IsOrgWord(pred) && !roleAcronym && !placeDirection) || NameLexicon.IsPlaceUnit(pred) && !roleUnit || GroupUnits.Contains(pred)) m.OrgOrPlace = true;
                    // The last two words are the holder's name after an office that names its body or place first:
                    // "Direktur Utama Bank Mandiri Darmawan Junaidi" (a role, an organisation word, three or more name words),
                    // "Kepala Desa Lembah Hijau Asep Sunandar" (a role, its place's own unit, the place, the holder), and
                    // "Kepala Desa Sukamaju Budi Santoso" (a role's own unit names its place first).
                    bool holderAfterBody = m.OrgOrPlace && k > 0 && (NameLexicon.IsPersonRole(toks[run[0]].Text) || OfficeBefore(toks, start)) && m.Name.Length >= 3 && !BuildingWords.Contains(pred)
                        && (NameLexicon.IsOrgWord(pred) || NameLexicon.IsPlaceUnit(pred) && m.Name.Length <= 4 && LastTwoNameLike(m.Name));
                    // "Wakil Wali Kota Malang Sofyan Edy Jarwoko": a known place after the unit ends where the gazetteer says
                    int knownPlace = NameLexicon.IsPlaceUnit(pred) ? NameLexicon.KnownPlaceAt(m.Name) : 0;
                    bool holderAfterRoleUnit = roleUnit && !m.OrgOrPlace && m.Name.Length >= 3 && (m.Name.Length <= 4 || knownPlace > 0) && LastTwoNameLike(m.Name)
                        && !NameLexicon.IsNameOpener(m.Name[m.Name.Length - 3]) && !m.Name.Any(w => NameLexicon.IsNameParticle(w));
                    if ((holderAfterBody || holderAfterRoleUnit) && !HolderInApposition(toks, m.EndTokenIndex + 1))
                    {
                        int cut = knownPlace > 0 ? knownPlace : m.Name.Length - 2;
                        // an initial belongs with its neighbours: "… Pusat Januar P Ruswita", "… Jakarta M Yana Aditya"
                        while (cut > 0 && (NameLexicon.IsInitial(m.Name[cut]) || NameLexicon.IsInitial(m.Name[cut - 1])
                            || NameLexicon.GivenNameOpeners.Contains(m.Name[cut - 1]))) cut--; // "… Sutopati Muhammad Nur Hidayat"
                        m.Name = m.Name.Skip(cut).ToArray();
                        m.TokenIndex = run[k + 1 + cut];
                        m.Start = toks[m.TokenIndex].Start;
                        m.OrgOrPlace = false;
                    }
                }
                // an office in apposition after a name: "Budi Harjono, Ketua Koperasi Sumber Rejeki, mengatakan" — the office words are no person
                if (k >= 0 && hadRole && !m.OrgOrPlace && start >= 2 && toks[start - 1].Text == "," && toks[start - 2].IsCap && !NameLexicon.IsNonName(toks[start - 2].Text)
                    && m.EndTokenIndex + 2 < toks.Count && toks[m.EndTokenIndex + 1].Text == "," && toks[m.EndTokenIndex + 2].IsWord && !toks[m.EndTokenIndex + 2].IsCap
                    && !toks[m.EndTokenIndex + 2].Is("dan") && !toks[m.EndTokenIndex + 2].Is("serta") && !IsAbbreviatedTitle(toks, run[k])) m.OrgOrPlace = true;
                // a building or street named after an office: "Kantor Bupati Maros", "Jalan Gubernur Suryo", "Rumah Dinas Wali Kota"
                if (k >= 1 && hadRole && BuildingWords.Contains(toks[run[0]].Text)) m.OrgOrPlace = true;
                // a role's office followed by the holder in apposition: "Bupati Sleman, Rina Wulandari," — the office words are no person
                if (k >= 0 && hadRole && !m.OrgOrPlace && !IsAbbreviatedTitle(toks, run[k]) && HolderInApposition(toks, m.EndTokenIndex + 1)) m.OrgOrPlace = true;
                // an office title broken by commas and "dan": "Kepala Dinas Sumber Daya Air, Cipta Karya, dan Tata Ruang Sulsel Andi Muhammad Yusran"
                if (!hadRole && k >= 0 && OfficeBefore(toks, start)) hadRole = true;
                bool strong = hadRole && !m.OrgOrPlace;
                m.Introduced = strong;
                int after = m.EndTokenIndex + 1;
                // age: "Sumarni (67)"
                if (after + 2 < toks.Count && toks[after].Text == "(" && toks[after + 1].HasDigit && toks[after + 2].Text == ")") strong = m.Introduced = true;
                // age in apposition: "Lilik Suryani, 52, warga Lowokwaru" / "Budi, 45 tahun, pedagang"
                if (!m.OrgOrPlace && after + 2 < toks.Count && toks[after].Text == "," && IsAge(toks[after + 1].Text)
                    && (toks[after + 2].Text == "," || toks[after + 2].Is("tahun"))) strong = true;
                // after a cue: "kata Xi", "Menurut Lim"
                if (start > 0 && toks[start - 1].IsWord)
                {
                    var p = toks[start - 1].Text;
                    if ((Cue(p) is { Nya: false }) || p.Equals("menurut", StringComparison.OrdinalIgnoreCase) || p.Equals("Menurut", StringComparison.Ordinal)) strong = !m.OrgOrPlace;
                }
                if (k < 0 && start > 0 && toks[start - 1].IsWord && (Cue(toks[start - 1].Text) is { Nya: false })) strong = true;
                // "Menurut Asep Mulyana, …" opening a sentence: the cue is the run's first word
                if (k == 0 && !m.OrgOrPlace && (toks[run[0]].Is("menurut") || Cue(toks[run[0]].Text) is { Nya: false })) strong = true;
                // apposition after a role: "koordinator relawan setempat, Asep Saepudin," / "calon investor, Gunadi Halim,"
                if (!strong && k < 0 && start > 0 && toks[start - 1].Text == ",")
                {
                    bool ends = after >= toks.Count || toks[after].Text == "," || toks[after].Text == "." || toks[after].Text == "(";
                    if (ends)
                    {
                        // "tetangganya, Sanimin," — a relation noun right before the comma
                        if (start >= 2 && toks[start - 2].IsWord && NameLexicon.IsRelationNoun(toks[start - 2].Text)) strong = true;
                        bool placeSeen = false;
                        for (int b = start - 2, steps = 0; !strong && b >= 0 && steps < (placeSeen ? 12 : 8); b--, steps++)
                        {
                            var t = toks[b];
                            if (!t.IsWord) { if (t.Text == "." || t.Text == ";") break; continue; }
                            // a place before the comma: "di Kecamatan Wates, Kulon Progo," / "Dusun Ngablak, Sitimulyo," is a list of places
                            if (t.IsCap && NameLexicon.IsPlaceUnit(t.Text))
                            {
                                // "Wali Kota Sukamaju, Budi," — the unit belongs to the role
                                if (b > 0 && IsOfficeRole(toks[b - 1])) { strong = true; break; }
                                // "Ketua PGRI Kota Semarang, Wahyuningsih,": a capitalised body before the unit places the office, go on
                                // to its role; a preposition or nothing before the unit makes it a plain place
                                if (b > 0 && toks[b - 1].IsWord && toks[b - 1].IsCap && !toks[b - 1].Is("di") || b > 0 && toks[b - 1].Text == ")") { placeSeen = true; continue; }
                                break;
                            }
                            if ((t.Is("di") || t.Is("ke") || t.Is("dari")) && !(b + 1 < toks.Count && toks[b + 1].IsWord
                                && (NameLexicon.IsOrgWord(toks[b + 1].Text) || NameLexicon.FieldWords.Contains(toks[b + 1].Text) || NameLexicon.IsAcronym(toks[b + 1].Text)))) break;
                            if (NameLexicon.IsPersonRole(t.Text)) { strong = true; break; }
                        }
                    }
                }
                // a two- or three-word name as subject of a saying verb: "Rimawan Pradipta mengatakan"
                int verb = SkipAdverbs(toks, after, toks.Count);
                if (!strong && k < 0 && !m.OrgOrPlace && (m.Name.Length == 2 || m.Name.Length == 3) && verb < toks.Count && toks[verb].IsWord && HumanSayingVerbs.Contains(toks[verb].Text)
                    && Array.TrueForAll(m.Name, w => !NameLexicon.IsNameParticle(w))) strong = true;
                // after a country the name's start is certain: "… untuk Indonesia Faisal bin Sa'id al-Ghamdi menambahkan"
                if (!strong && m.CleanEdge && k >= 0 && !m.OrgOrPlace && Countries.Resolve(toks[run[k]].Text) != null && m.Name.Length >= 2 && m.Name.Length <= 5
                    && after < toks.Count && toks[after].IsWord && HumanSayingVerbs.Contains(toks[after].Text)) strong = true;
                // subject of a saying verb: "Putin menegaskan"
                // a role in apposition after the name: "Budi Harjono, Ketua Koperasi …," / "Aminah, seorang guru," / "Yusri selaku Kabid Humas"
                if (!m.OrgOrPlace && k < 0 && RoleFollows(toks, after) && !(start > 0 && toks[start - 1].IsWord && IsPlaceWord(toks[start - 1]))) strong = m.Introduced = true;
                bool wasStrong = strong;
                if (!strong && m.Name.Length == 1 && k < 0 && after < toks.Count && toks[after].IsWord && SayingVerbs.Contains(toks[after].Text)) strong = true;
                // "Diyono dari Seksi Pengujian … Dinas Perhubungan menambahkan": a name, the body it speaks for, a verb of saying
                if (!strong && k < 0 && !m.OrgOrPlace && AfterBodyOf(toks, after, toks.Count) is int v && v < toks.Count && toks[v].IsWord && SayingVerbs.Contains(toks[v].Text)) strong = true;
                if (!strong && m.Name.Length == 1 && k < 0 && after + 1 < toks.Count && toks[after].IsWord && (toks[after].Is("juga") || toks[after].Is("pun") || toks[after].Is("sering") || toks[after].Is("lalu") || toks[after].Is("kemudian"))
                    && toks[after + 1].IsWord && SayingVerbs.Contains(toks[after + 1].Text)) strong = true;
                if (!wasStrong && strong && m.Name.Length == 1 && IsSentenceStart(toks, m.TokenIndex)) m.SubjectOnlyAtStart = true;
                m.Strong = strong;
                m.Bare = k < 0 && !IsSentenceStart(toks, m.TokenIndex) && m.TokenIndex > 0 && !toks[m.TokenIndex - 1].IsCap;
                result.Add(m);
            }
            // a list of names with one person in it: "dicetak Bukayo Sako, Kai Hamers, dan Martin Olsen" — all are persons
            foreach (var (r, e) in NameLists(toks, result))
            {
                bool any = false;
                for (int x = r; x <= e; x++) any |= result[x].Strong;
                if (any) for (int x = r; x <= e; x++) result[x].Strong = true;
            }
            // doubles pairs in apposition: ", Ahmad Fauzi/Rendra Wijaya," — both sides are persons
            for (int r = 0; r + 1 < result.Count; r++)
            {
                var a = result[r];
                var b = result[r + 1];
                if (b.TokenIndex != a.EndTokenIndex + 2 || toks[a.EndTokenIndex + 1].Text != "/") continue;
                if (a.Name.Length < 2 || b.Name.Length < 2 || a.OrgOrPlace || b.OrgOrPlace) continue;
                if (toks[a.EndTokenIndex + 1].Start != toks[a.EndTokenIndex].End || toks[b.TokenIndex].Start != toks[a.EndTokenIndex + 1].End) continue;
                int before = a.TokenIndex - 1, after = b.EndTokenIndex + 1;
                bool open = before >= 0 && toks[before].Text == ",";
                bool close = after >= toks.Count || toks[after].Text == "," || toks[after].Text == "." || toks[after].Text == ")";
                if (open && close) { a.Strong = true; b.Strong = true; }
            }
            return result;
        }

        /// <summary>
        /// Does an office title broken by commas, "dan" or "di" open before <paramref name="start"/>? "Kepala Dinas Sumber Daya
        /// Air, Cipta Karya, dan Tata Ruang Sulsel Andi Muhammad Yusran", "Kepala Bidang Kedaruratan dan Logistik di Badan …".
        /// </summary>
        private static bool OfficeBefore(List<Tok> toks, int start)
        {
            for (int bk = start - 1, steps = 0; bk >= 0 && steps < 12; bk--, steps++)
            {
                var t = toks[bk];
                // "," and "dan" in a long office name, "/" between a ministry and its acronym ("… Hilirisasi/BKPM Sarwono")
                if (!t.IsWord) { if (t.Text == "," || t.Text == "/") continue; break; }
                if (t.Is("dan") || (t.Is("di") || t.Is("dari") || t.Is("bidang")) && !t.IsCap) continue;
                if (NameLexicon.IsPersonRole(t.Text) && !Occupations.Contains(t.Text)) return true; // "anggota Komisi I DPR dari Fraksi …"
                if (!t.IsCap) break;
            }
            return false;
        }

        /// <summary>Are the last two words of a name (or its only word) name-like: no role, place or country words?</summary>
        private static bool LastTwoNameLike(string[] name)
        {
            for (int i = Math.Max(0, name.Length - 2); i < name.Length; i++)
            {
                var w = name[i];
                if (NameLexicon.IsNonName(w) || NameLexicon.PlaceWords.Contains(w) || Countries.Resolve(w) != null) return false;
            }
            return true;
        }

        /// <summary>
        /// After "dari"/"selaku"/"sebagai" and a capitalised body ("dari Dinas Perhubungan Kabupaten Cirebon"), the next token
        /// (before <paramref name="hi"/>); else null.
        /// </summary>
        internal static int? AfterBodyOf(List<Tok> toks, int i, int hi)
        {
            if (i + 1 >= hi || !(toks[i].Is("dari") || toks[i].Is("selaku") || toks[i].Is("sebagai")) || !toks[i + 1].IsCap) return null;
            int end = i + 16;
            i++;
            while (i < hi && i < end && (toks[i].IsCap || toks[i].Is("dan") || toks[i].Text == "(" || toks[i].Text == ")")) i++;
            return i;
        }

        /// <summary>An acronym that is not a person's initials (two capitals of a body, or three capitals or more).</summary>
        private static bool IsBodyAcronym(string w) => NameLexicon.IsAcronym(w) && (w.Length > 2 || !IsInitialsPair(w)) && !NameLexicon.IsInitial(w);

        /// <summary>The first token from <paramref name="i"/> (before <paramref name="hi"/>) that is not an adverb of time or aspect ("telah", "juga", "pun").</summary>
        internal static int SkipAdverbs(List<Tok> toks, int i, int hi)
        {
            while (i < hi && toks[i].IsWord && NameLexicon.VerbAdverbs.Contains(toks[i].Text)) i++;
            return i;
        }

        /// <summary>Two capital letters that are no organisation, office or country ("MD", "ZA"; not "RI", "AS", "PT").</summary>
        private static bool IsInitialsPair(string w)
            => w.Length == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'A' && w[1] <= 'Z' && !NameLexicon.TwoLetterAcronyms.Contains(w) && Countries.Resolve(w) == null;

        private static bool IsSurnameLikeRole(List<Tok> toks, int prev, string w)
            => NameLexicon.IsPersonRole(w) && !NameLexicon.IsTitle(w) && w.IndexOf('-') < 0 && toks[prev].IsCap
               && !NameLexicon.IsNonName(toks[prev].Text) && !NameLexicon.IsPlaceUnit(toks[prev].Text);

        private static bool IsPlaceWord(Tok t) => t.Is("di") || t.Is("ke") || t.Is("dari") || t.Is("asal");

        /// <summary>Does a role follow a name at <paramref name="at"/>: ", Ketua …", ", seorang guru", "selaku Kabid", ", warga …"?</summary>
        private static bool RoleFollows(List<Tok> toks, int at)
        {
            if (at >= toks.Count || !toks[at].IsWord && toks[at].Text != ",") return false;
            int i = at;
            if (toks[i].Text == ",") i++;
            else if (!(toks[i].Is("selaku") || toks[i].Is("sebagai"))) return false;
            if (i < toks.Count && (toks[i].Is("seorang") || toks[i].Is("sang") || toks[i].Is("selaku") || toks[i].Is("sebagai"))) i++;
            return i < toks.Count && toks[i].IsWord && NameLexicon.IsPersonRole(toks[i].Text) && !toks[i].Is("pemilik");
        }

        private static bool IsPlainLower(Tok t) => t.IsWord && !t.IsCap && !t.HasDigit && !NameLexicon.StopWords.Contains(t.Text)
            && !NameLexicon.IsNameParticle(t.Text) && !NameLexicon.IsPersonRole(t.Text) && Cue(t.Text) == null && !SayingVerbs.Contains(t.Text);

        /// <summary>Runs of mentions forming a list of plain names ("A B, C D, dan E F"), as index ranges into <paramref name="ms"/>.</summary>
        public static IReadOnlyList<(int From, int To)> NameLists(List<Tok> toks, List<Mention> ms)
        {
            List<(int, int)>? lists = null; // made for the first list: most texts have none
            for (int r = 0; r < ms.Count; r++)
            {
                int e = r;
                while (e + 1 < ms.Count && ListJoined(toks, ms[e].EndTokenIndex, ms[e + 1].TokenIndex)) e++;
                if (e == r) continue;
                // a list ends with "dan"/"serta": ", Ferry Gunawan," after an office is an apposition, not a list
                bool endsWithAnd = false;
                for (int x = ms[e - 1].EndTokenIndex + 1; x < ms[e].TokenIndex; x++) if (toks[x].Is("dan") || toks[x].Is("serta")) endsWithAnd = true;
                bool allNames = true;
                for (int x = r; x <= e; x++)
                {
                    if (ms[x].Name.Length < 2 || ms[x].OrgOrPlace) allNames = false;
                    if (x > r && toks[ms[x].TokenIndex - 1].IsCap) allNames = false; // a prefix of office words: not a plain list
                }
                if (endsWithAnd && allNames) (lists ??= new List<(int, int)>()).Add((r, e));
                r = e;
            }
            return lists ?? (IReadOnlyList<(int From, int To)>)Array.Empty<(int, int)>();
        }

        /// <summary>Are two mentions separated by only ",", "dan", "serta" or ", dan"?</summary>
        private static bool ListJoined(List<Tok> toks, int endOfFirst, int startOfNext)
        {
            int gap = startOfNext - endOfFirst - 1;
            if (gap < 1 || gap > 2) return false;
            for (int i = endOfFirst + 1; i < startOfNext; i++)
                if (!(toks[i].Text == "," || toks[i].Is("dan") || toks[i].Is("serta"))) return false;
            return gap == 1 || toks[endOfFirst + 1].Text == ",";
        }

        /// <summary>Does ", [Title] Name Name," (the holder of an office) follow at <paramref name="at"/>, possibly after "dan Cap…"?</summary>
        private static bool HolderInApposition(List<Tok> toks, int at)
        {
            int i = at;
            // "Ketua Himpunan Pengusaha Kopi dan Teh Nusantara, Budi Santoso,"
            if (i + 1 < toks.Count && toks[i].Is("dan") && toks[i + 1].IsCap)
            {
                i++;
                while (i < toks.Count && toks[i].IsCap && i < at + 8) i++;
            }
            if (i >= toks.Count || toks[i].Text != ",") return false;
            i++;
            i = SkipTitles(toks, i);
            int nameStart = i;
            while (i < toks.Count && (toks[i].IsCap || IsParticleAt(toks, i, true)) && i < nameStart + 6)
            {
                bool surname = i > nameStart && (i + 1 >= toks.Count || !toks[i + 1].IsCap) && IsSurnameLikeRole(toks, i - 1, toks[i].Text);
                if (!surname && (NameLexicon.IsNonName(toks[i].Text) || NameLexicon.IsCalendar(toks[i].Text) || NameLexicon.IsPlaceUnit(toks[i].Text))) return false;
                if (toks[i].Text.Length < 2) return false; // "M.Sc.", initials
                i++;
            }
            if (i == nameStart) return false;
            if (i >= toks.Count) return true;
            var t = toks[i];
            if (t.Text == "(" || t.Text == "." || t.Is("alias")) return true; // ", Yudha Firmansyah alias Ucil,"
            if (t.Text == ",")
            {
                // ", Ani Lestari, dan Budi" is a list, not an apposition
                return !(i + 1 < toks.Count && (toks[i + 1].Is("dan") || toks[i + 1].Is("serta")));
            }
            return t.IsWord && (SayingVerbs.Contains(t.Text) || Cue(t.Text) != null);
        }

        private static bool StartsRun(List<Tok> toks, int i)
        {
            var t = toks[i];
            if (t.IsCap) return true;
            return t.IsWord && i + 1 < toks.Count && toks[i + 1].IsCap && IsTitleAt(toks, i); // the cheap tests first
        }

        private static readonly HashSet<string> AbbreviatedTitles = LexiconResource.WordSet("abbreviated-titles");

        /// <summary>"dr", "Prof.", "H": a title written short right before a name always introduces a person.</summary>
        private static bool IsAbbreviatedTitle(List<Tok> toks, int i)
            => toks[i].IsWord && (AbbreviatedTitles.Contains(toks[i].Text) || IsTitleAt(toks, i) && i + 1 < toks.Count && toks[i + 1].Text == "." && toks[i + 1].Start == toks[i].End);

        /// <summary>A single capital letter followed directly by a period: an initial ("M.").</summary>
        public static bool IsInitialAt(List<Tok> toks, int i)
            => toks[i].IsWord && toks[i].Text.Length == 1 && char.IsUpper(toks[i].Text[0]) && i + 1 < toks.Count && toks[i + 1].Text == "." && toks[i + 1].Start == toks[i].End;

        private static int SkipTitles(List<Tok> toks, int i)
        {
            while (i < toks.Count && toks[i].IsWord && IsTitleAt(toks, i) && !NameLexicon.IsPersonRole(toks[i].Text))
            {
                i++;
                if (i < toks.Count && toks[i].Text == "." && toks[i].Start == toks[i - 1].End) i++;
            }
            return i;
        }

        public static bool IsSentenceStart(List<Tok> toks, int i)
        {
            for (int b = i - 1; b >= 0; b--)
            {
                var t = toks[b];
                if (t.IsWord) return false;
                if (t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == ":") return true;
                if (QuoteMarks.IsDoubleMark(t.Text[0])) continue;
                return false;
            }
            return true;
        }
    }

    public static class QuoteMarks
    {
        public static bool IsDoubleMark(char c) => c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB' || c == '\u201F';
        public static bool IsSingleMark(char c) => c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B';
    }
}
