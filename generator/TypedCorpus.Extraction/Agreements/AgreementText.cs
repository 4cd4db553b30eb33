using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// A word of a sentence: its span in the sentence text, its text, its lower-case form and whether it is capitalised. A value
    /// (not an object per word): a sentence's words are one array.
    /// </summary>
    internal readonly struct Tok
    {
        /// <param name="lower"><c>text.ToLowerInvariant()</c> (or an equal string).</param>
        /// <param name="upper"><c>char.IsUpper(text[0])</c>.</param>
        public Tok(int start, string text, string lower, bool upper)
        {
            Start = start; Text = text; Lower = lower; Upper = upper;
        }
        public int Start { get; }
        /// <summary>The end of the word: the text is the sentence's characters from <see cref="Start"/> to here.</summary>
        public int End => Start + Text.Length;
        public string Text { get; }
        /// <summary><c>Text.ToLowerInvariant()</c>.</summary>
        public string Lower { get; }
        public bool Upper { get; }
    }

    internal enum EntType { Country, Org, Person, Name, Group }

    /// <summary>A party mention: a country, organisation, person, bare proper name, or a counted group ("kedua negara").</summary>
    internal sealed class Ent
    {
        public int TokStart;
        public int TokEnd; // exclusive
        public string Name = "";
        public EntType Type;
        public int GroupCount;
        public string GroupHead = "";
        public string? AdminPrefix; // "Pemerintah Kabupaten" for distributing over "Bone, Wajo, dan Sidenreng Rappang"
    }

    /// <summary>A sentence of a body block.</summary>
    internal sealed class Sent
    {
        public Sent(BodyBlock block, int blockIndex, int start, string text)
        {
            Block = block; BlockIndex = blockIndex; Start = start; Text = text;
            Toks = AgreementText.Tokenize(text);
        }
        public BodyBlock Block { get; }
        public int BlockIndex { get; }
        public int Start { get; }
        public string Text { get; }
        public List<Tok> Toks { get; }
        /// <summary>The party mentions: set by the agreement extractor right after the sentence is made.</summary>
        public List<Ent> Ents { get; set; } = null!;
        /// <summary>The coordinated runs of <see cref="Ents"/>: set by the agreement extractor once every sentence is scanned.</summary>
        public List<List<Ent>> Runs { get; set; } = null!;
        /// <summary>How many of <see cref="Runs"/> (which are in text order) end at or before token <paramref name="tok"/>: a binary search.</summary>
        public int RunsEndingBy(int tok)
        {
            int lo = 0, hi = Runs.Count;
            while (lo < hi) { int mid = (lo + hi) / 2; if (Runs[mid][Runs[mid].Count - 1].TokEnd <= tok) lo = mid + 1; else hi = mid; }
            return lo;
        }
        /// <summary>The run that starts at token <paramref name="tok"/>, or null: a binary search.</summary>
        public List<Ent>? RunStartingAt(int tok)
        {
            int lo = 0, hi = Runs.Count;
            while (lo < hi) { int mid = (lo + hi) / 2; if (Runs[mid][0].TokStart < tok) lo = mid + 1; else hi = mid; }
            return lo < Runs.Count && Runs[lo][0].TokStart == tok ? Runs[lo] : null;
        }
        /// <summary>The sentence's position in its block.</summary>
        public int Index { get; set; }
        /// <summary>The sentence trimmed, computed once: every agreement of the sentence shares this string.</summary>
        public string Trimmed => _trimmed ??= Text.Trim();
        private string? _trimmed;
        /// <summary>The sentence's candidate event dates (index, ISO), computed once by the agreement extractor.</summary>
        public List<(int Index, string Iso)>? DateCandidates { get; set; }
        /// <summary>The full dates written in the sentence (<see cref="IndonesianDates.FindAll"/>), computed once; not to be modified.</summary>
        public IReadOnlyList<DateMention> FullDates => _fullDates ??= IndonesianDates.FindAll(Text);
        private IReadOnlyList<DateMention>? _fullDates;
    }

    /// <summary>Hand-written, linear scanners for words, sentences and party mentions.</summary>
    internal static class AgreementText
    {
        private static ref ScratchBuffer<Tok>? SentenceTokens => ref Scratch.Current.SentenceTokens;

        /// <summary>
        /// The words of <paramref name="s"/>: runs of letters and digits (and '_' after the first), joined across one joiner
        /// (see <see cref="WordEnd"/>). One scan: each word's capital, its lower-case facts and its string's hash are taken while
        /// its end is found (the same tests as <see cref="char"/>'s), into a per-thread buffer copied once into a list of the
        /// exact size.
        /// </summary>
        public static List<Tok> Tokenize(string s)
        {
            var buf = SentenceTokens ??= new ScratchBuffer<Tok>(128);
            buf.Clear();
            int i = 0, n = s.Length;
            while (i < n)
            {
                int cls = CharClass(s[i]);
                if ((cls & WordStart) == 0) { i++; continue; }
                int start = i;
                i = WordEnd(s, i, out uint hash, out bool ownLower);
                var text = TokenStrings.Of(s, start, i - start, hash);
                buf.Add(new Tok(start, text, ownLower ? text : LowerOf(text), (cls & Cap) != 0));
            }
            var list = new List<Tok>(buf); // one copy of exactly the words
            if (buf.Oversized) SentenceTokens = null;
            return list;
        }

        // Character classes: WordStart = char.IsLetterOrDigit; WordPart = that or '_'; Cap = char.IsUpper; NotLower = a character
        // that ToLowerInvariant may change (A-Z, or anything outside ASCII: in ASCII it changes only A-Z).
        private const byte WordStart = 1, WordPart = 2, Cap = 4, NotLower = 8;

        private static readonly CharClassTable Classes = new CharClassTable(c =>
            (byte)((char.IsLetterOrDigit(c) ? WordStart | WordPart : c == '_' ? WordPart : 0) | (char.IsUpper(c) ? Cap : 0)
                | (c >= 0x80 || (c >= 'A' && c <= 'Z') ? NotLower : 0)));

        private static int CharClass(char c) => Classes.Of(c);

        /// <summary>
        /// The end of the word that starts at <paramref name="start"/> (a letter or digit); the <see cref="TokenStrings.Hash"/>
        /// of its characters; and whether it is its own lower-case form (no character <see cref="NotLower"/>).
        /// </summary>
        private static int WordEnd(string s, int start, out uint hash, out bool ownLower)
        {
            int i = start, n = s.Length, facts = 0;
            uint h = TokenStrings.EmptyHash;
            while (i < n)
            {
                char c = s[i];
                int cls = CharClass(c);
                if ((cls & WordPart) != 0) { facts |= cls; h = TokenStrings.Hash(h, c); i++; continue; }
                if ((c == '-' || c == '\'' || c == '’' || c == '.' || c == '/') && i + 1 < n && (CharClass(s[i + 1]) & WordStart) != 0)
                {
                    // split "Rusia-China" (capital after the hyphen), keep "Jun-ho", "kerja-sama"
                    if (c == '-' && (CharClass(s[i + 1]) & Cap) != 0) break;
                    if (c == '.' && !(i - start == 1 && (CharClass(s[start]) & Cap) != 0)) break;
                    facts |= cls; h = TokenStrings.Hash(h, c); i++;
                    continue;
                }
                break;
            }
            hash = h;
            ownLower = (facts & NotLower) == 0;
            return i;
        }
        private static readonly string[] Abbrev =
        { "dr", "drs", "prof", "ir", "no", "st", "jl", "hj", "h", "mr", "mrs", "ms", "sdr", "bpk", "kol", "jend", "brigjen", "mayjen", "letjen", "pt", "tbk", "vs", "dll", "dsb", "a.n", "u.s" };

        /// <summary>Is <c>s[start..start+length)</c> one of <see cref="Abbrev"/> (ignoring case, as a set with OrdinalIgnoreCase would)? No substring is made.</summary>
        private static bool IsAbbrev(string s, int start, int length)
        {
            foreach (var a in Abbrev)
                if (a.Length == length && string.Compare(s, start, a, 0, length, StringComparison.OrdinalIgnoreCase) == 0) return true;
            return false;
        }

        // Lower-case forms of token strings, shared per thread: most token strings are the shared instances of TokenStrings, and
        // ToLowerInvariant makes a new string for every capitalised word. A memo keyed by the string instance hands back the lower
        // form made before; the lower form depends only on the text, so the answer is the same. (A word that is its own lower
        // form, most words, is found so by the tokenizer and never asked about.)
        private static ref MemoSlot<string>[]? LowerMemo => ref Scratch.Current.LowerMemo;

        /// <summary><c>text.ToLowerInvariant()</c>, or an equal string made before.</summary>
        private static string LowerOf(string text)
        {
            ref var slot = ref InstanceMemo.Slot(ref LowerMemo, text, out bool fresh);
            if (fresh) slot.Value = text.ToLowerInvariant();
            return slot.Value;
        }

        private static readonly char[] EndMarks = { '.', '!', '?' };

        /// <summary>Splits a block's text into sentences (start offsets and texts), into <paramref name="res"/> (cleared first).</summary>
        public static void Sentences(string s, List<(int Start, string Text)> res)
        {
            res.Clear();
            int start = 0, n = s.Length;
            for (int i = 0; i < n; i++)
            {
                // straight to the next end mark: the loop does nothing for any other character
                i = s.IndexOfAny(EndMarks, i);
                if (i < 0) break;
                char c = s[i];
                if (c == '.')
                {
                    // abbreviation or initial before the dot
                    int w = i - 1;
                    while (w >= 0 && char.IsLetter(s[w])) w--;
                    int wordLength = i - w - 1;
                    if (wordLength == 1 && char.IsUpper(s[w + 1])) continue;
                    if (IsAbbrev(s, w + 1, wordLength)) continue;
                    if (i + 1 < n && char.IsDigit(s[i + 1])) continue;
                }
                int j = i + 1;
                while (j < n && (s[j] == '"' || s[j] == '”' || s[j] == '’' || s[j] == '\'' || s[j] == ')')) j++;
                int k = j;
                while (k < n && char.IsWhiteSpace(s[k])) k++;
                if (k >= n) break;
                bool glued = k == j;
                char next = s[k];
                bool opens = char.IsUpper(next) || next == '"' || next == '“' || next == '(' || (!glued && char.IsDigit(next));
                if (!opens) continue;
                if (glued && !(c == '.' && char.IsUpper(next) && i > 0 && char.IsLower(s[i - 1]) || j > i + 1)) continue;
                res.Add((start, s.Substring(start, j - start)));
                start = k;
                i = k - 1;
            }
            if (start < n && !IsBlank(s, start)) res.Add((start, s.Substring(start)));
        }

        /// <summary>True when <c>s.Substring(start)</c> is all white space (what <c>Trim().Length == 0</c> tests, without copies).</summary>
        private static bool IsBlank(string s, int start)
        {
            for (int k = start; k < s.Length; k++) if (!char.IsWhiteSpace(s[k])) return false;
            return true;
        }

        // ---- lexicon (language resources, not article data) ----

        private static HashSet<string> Set(params string[] xs) => new HashSet<string>(xs, StringComparer.OrdinalIgnoreCase);

        /// <summary>Words of office that precede a person's name ("Presiden", "Wakil Menteri").</summary>
        public static readonly HashSet<string> Titles = Set(
            "Presiden", "Wakil", "Menteri", "Menlu", "Perdana", "PM", "Ketua", "Umum", "Direktur", "Dirut", "Presdir", "Kepala", "Gubernur", "Wagub",
            "Bupati", "Wali", "Walikota", "Raja", "Ratu", "Pangeran", "Kanselir", "Sekjen", "Sekretaris", "Jenderal", "Juru", "Bicara", "Jubir",
            "Deputi", "Asisten", "Dubes", "Duta", "Besar", "CEO", "Pelatih", "Pengamat", "Dr", "dr", "Prof", "Ir", "Paus", "Syekh", "Emir",
            "Sultan", "Hakim", "Jaksa", "Kapolri", "Kapolda", "Panglima", "Komisaris", "Irjen", "Brigjen", "Mayjen", "Letjen", "Laksamana",
            "Senator", "Anggota", "Diplomat", "Utusan", "Khusus", "Pemimpin", "Tertinggi", "Kanselir", "Komandan", "Dirjen", "Kabid", "Kadis",
            "Sekda", "Camat", "Lurah", "Bapak", "Ibu", "Pak", "Bu", "Mantan", "Eks", "Calon", "Kapten", "Profesor", "Doktor", "Haji", "Hj",
            "Ny", "Tn", "Mr", "Mrs", "Ms", "Sir", "Lord", "Utama", "Madya", "Harian", "Senior", "Eksekutif", "Dato", "Datuk", "Tan", "Sri", "Pelaksana", "Tugas", "Plt", "Kabag", "Kasubdit", "Koordinator");

        /// <summary>Words that head an organisation's name.</summary>
        public static readonly HashSet<string> OrgHeads = Set(
            "Kementerian", "Kemenkes", "Kemenlu", "Kemendag", "Kemenkeu", "Pemerintah", "Pemprov", "Pemkot", "Pemkab", "Pemda", "PT", "Bank", "Persatuan",
            "Perhimpunan", "Badan", "Dinas", "Dinkes", "Komisi", "Asosiasi", "Lembaga", "Otoritas", "Dewan", "Majelis", "Universitas", "Perum",
            "Perusahaan", "Koperasi", "Yayasan", "Organisasi", "Federasi", "Konfederasi", "Ikatan", "Himpunan", "Serikat", "Kamar", "Kadin",
            "Perserikatan", "Uni", "Forum", "Institut", "Kantor", "Direktorat", "Kepolisian", "Polda", "Polres", "Kejaksaan", "Pengadilan",
            "Mahkamah", "Partai", "Provinsi", "Kabupaten", "Kota", "Grup", "Group");

        private static readonly HashSet<string> AdminHeads = Set("Pemerintah", "Pemprov", "Pemkot", "Pemkab", "Provinsi", "Kabupaten", "Kota");

        /// <summary>Capitalised words that open a sentence but name nothing.</summary>
        public static readonly HashSet<string> FunctionWords = Set(
            "Dalam", "Selain", "Namun", "Meski", "Meskipun", "Kedua", "Pada", "Di", "Usai", "Seusai", "Sementara", "Menurut", "Sebagai", "Dengan",
            "Untuk", "Bahkan", "Tetapi", "Tapi", "Lebih", "Para", "Ia", "Dia", "Mereka", "Kami", "Kita", "Hal", "Ini", "Itu", "Sejak", "Saat",
            "Ketika", "Terkait", "Kunjungan", "Pertemuan", "Kesepakatan", "Pernyataan", "Puncak", "Berikut", "Beberapa", "Sebelumnya", "Adapun",
            "Sebelum", "Setelah", "Seperti", "Jika", "Karena", "Oleh", "Tak", "Tidak", "Dari", "Ke", "Bagi", "Atas", "Juga", "Kemudian", "Lalu",
            "Sedangkan", "Sehingga", "Maka", "Akhirnya", "Kini", "Saat", "Sebelumnya", "Sebab", "Walau", "Walaupun", "Agar", "Supaya", "Yang",
            "Keduanya", "Pihak", "Penandatanganan", "Dokumen", "Nota", "Kerja", "Sama", "Baca", "Juga", "Simak", "Apalagi", "Sekaligus", "Tahun",
            "Bulan", "Hari", "Pekan", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Ahad", "Januari", "Februari", "Maret",
            "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember", "Sebuah", "Seorang", "Semua", "Seluruh",
            "Sejumlah", "Banyak", "Setiap", "Tiap", "Masing", "Serta", "Dan", "Atau", "Bersama", "Antara", "Melalui", "Lewat", "Tanpa", "Tentang",
            "Mengenai", "Soal", "Kata", "Ujar", "Tegas", "Sebut", "Pun");

        private static readonly HashSet<string> GroupHeadsCountry = Set("negara", "pemerintah", "bangsa", "negeri");
        private static readonly HashSet<string> GroupHeadsPerson = Set("pemimpin", "kepala", "presiden", "menteri", "wakil", "perdana", "tokoh", "ketua", "pejabat", "delegasi", "diplomat", "pemimpinnya", "kepala negara");
        private static readonly HashSet<string> GroupHeadsOther = Set("pihak", "belah", "perusahaan", "lembaga", "instansi", "organisasi", "kota", "provinsi", "daerah", "kabupaten", "kubu", "tim", "bank", "mitra", "institusi", "kementerian", "badan", "asosiasi", "klub", "partai", "kelompok", "entitas", "korporasi", "emiten", "operator", "maskapai", "universitas", "kampus", "sekolah", "kelurahan", "desa");

        private static readonly Dictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        { ["kedua"] = 2, ["ketiga"] = 3, ["keempat"] = 4, ["kelima"] = 5, ["keenam"] = 6, ["ketujuh"] = 7, ["kedelapan"] = 8, ["kesembilan"] = 9, ["kesepuluh"] = 10 };

        private static bool IsOrdinalCandidate(string lower) => lower.Length >= 5 && lower[0] == 'k' && lower[1] == 'e';

        public static bool IsPersonHead(string h) => GroupHeadsPerson.Contains(h);
        public static bool IsCountryHead(string h) => GroupHeadsCountry.Contains(h);

        private static bool IsAcronym(string t)
        {
            if (t.Length < 2 || t.Length > 7) return false;
            int letters = 0;
            foreach (char c in t)
            {
                if (char.IsLetter(c)) { if (!char.IsUpper(c)) return false; letters++; }
                else if (!char.IsDigit(c) && c != '-') return false;
            }
            return letters >= 2;
        }

        // MatchCountry's answers, shared per thread: an answer depends only on the texts of the (at most four) tokens from i, and
        // the lexicon does not change, so the answer found before for the same texts is the answer again.
        private static ref Dictionary<(string, string?, string?, string?), (int Length, string Country)>? CountryCache => ref Scratch.Current.CountryCache;
        private const int MaxCachedCountries = 1 << 12; // cleared when full: a bound for hostile text, and for what a long-lived compiler server keeps per thread

        // What the lexicon says of a word, in one answer: whether it is one of the organisation heads, admin heads, function words,
        // titles or portfolio words, and whether a country's name can start with it (Countries.CanStartName). Memoised per thread
        // by string instance (most are TokenStrings' shared instances): the answer depends only on the text.
        private const byte OrgHead = 1, AdminHead = 2, Function = 4, Title = 8, PortfolioWord = 16, CountryStart = 32;
        private static ref MemoSlot<byte>[]? LexiconMemo => ref Scratch.Current.LexiconMemo;

        private static int LexiconOf(string word)
        {
            ref var slot = ref InstanceMemo.Slot(ref LexiconMemo, word, out bool fresh);
            if (fresh)
                slot.Value = (byte)((OrgHeads.Contains(word) ? OrgHead : 0) | (AdminHeads.Contains(word) ? AdminHead : 0)
                    | (FunctionWords.Contains(word) ? Function : 0) | (Titles.Contains(word) ? Title : 0)
                    | (Portfolio.Contains(word) ? PortfolioWord : 0) | (Countries.CanStartName(word) ? CountryStart : 0));
            return slot.Value;
        }

        private static bool IsOrgHead(string word) => (LexiconOf(word) & OrgHead) != 0;
        private static bool IsAdminHead(string word) => (LexiconOf(word) & AdminHead) != 0;
        private static bool IsFunctionWord(string word) => (LexiconOf(word) & Function) != 0;
        private static bool IsTitle(string word) => (LexiconOf(word) & Title) != 0;
        private static bool IsPortfolio(string word) => (LexiconOf(word) & PortfolioWord) != 0;
        private static bool CanStartCountry(string word) => (LexiconOf(word) & CountryStart) != 0;

        /// <summary>Country at token i (multi-word aliases, longest first); returns tokens used, 0 when none.</summary>
        private static int MatchCountry(List<Tok> toks, int i, out string country)
        {
            country = "";
            if (!toks[i].Upper) return 0;
            // every name the lookup can find starts with one of the lexicon's first words: most capitalised words start none
            if (!CanStartCountry(toks[i].Text)) return 0;
            int max = Math.Min(4, toks.Count - i);
            var key = (toks[i].Text, max > 1 ? toks[i + 1].Text : null, max > 2 ? toks[i + 2].Text : null, max > 3 ? toks[i + 3].Text : null);
            var cache = CountryCache ??= new Dictionary<(string, string?, string?, string?), (int, string)>();
            if (cache.TryGetValue(key, out var known)) { country = known.Country; return known.Length; }
            int found = MatchCountry(toks, i, max, out country);
            if (cache.Count >= MaxCachedCountries) cache.Clear();
            cache[key] = (found, country);
            return found;
        }

        private static int MatchCountry(List<Tok> toks, int i, int max, out string country)
        {
            country = "";
            for (int len = max; len >= 1; len--)
            {
                if (!toks[i + len - 1].Upper) continue;
                string name = Join(toks, i, i + len);
                // short all-caps aliases ("AS", "RI") only written in capitals
                if (name.Length <= 3 && name != name.ToUpperInvariant()) continue;
                var c = Countries.Resolve(name);
                if (c != null) { country = c; return len; }
            }
            return 0;
        }

        /// <summary>Finds party mentions in a sentence. <paramref name="nationality"/> collects person → country from titles.</summary>
        public static List<Ent> Scan(Sent sent, ICollection<string> people, Dictionary<string, string> nationality)
        {
            var known = new List<(string Name, string[] Words)>(people.Count);
            foreach (var p in people) known.Add((p, p.Split(' ')));
            return Scan(sent, known, nationality);
        }

        /// <summary>As above, with the people step's names already split into words (in the collection's order).</summary>
        public static List<Ent> Scan(Sent sent, List<(string Name, string[] Words)> people, Dictionary<string, string> nationality)
        {
            var toks = sent.Toks;
            var ents = new List<Ent>();
            int i = 0;
            string text = sent.Text;
            while (i < toks.Count)
            {
                var t = toks[i];
                // counted groups: "kedua negara", "keduanya", "kedua belah pihak", "kelima negara itu"
                if (t.Lower == "keduanya" || t.Lower == "ketiganya")
                {
                    ents.Add(new Ent { TokStart = i, TokEnd = i + 1, Type = EntType.Group, GroupCount = t.Lower == "keduanya" ? 2 : 3, GroupHead = "pemimpin", Name = t.Text });
                    i++;
                    continue;
                }
                // every ordinal ("kedua" … "kesepuluh") starts with "ke" and has five letters or more: most words are settled without a lookup
                if (IsOrdinalCandidate(t.Lower) && Ordinals.TryGetValue(t.Lower, out int count) && i + 1 < toks.Count && !toks[i + 1].Upper)
                {
                    string h1 = toks[i + 1].Lower;
                    if (GroupHeadsCountry.Contains(h1) || GroupHeadsPerson.Contains(h1) || GroupHeadsOther.Contains(h1))
                    {
                        int end = i + 2;
                        string head = h1;
                        if (end < toks.Count && (GroupHeadsCountry.Contains(toks[end].Lower) || GroupHeadsPerson.Contains(toks[end].Lower) || GroupHeadsOther.Contains(toks[end].Lower) || toks[end].Lower == "menteri" || toks[end].Lower == "negara"))
                        {
                            if (h1 == "belah") head = toks[end].Lower;
                            else if (h1 == "kepala" || h1 == "pemimpin" || h1 == "wakil" || h1 == "perdana") head = "pemimpin";
                            end++;
                        }
                        if (h1 == "kepala" || h1 == "wakil" || h1 == "perdana" || h1 == "menteri" || h1 == "presiden" || h1 == "pemimpin") head = "pemimpin";
                        if (end < toks.Count && (toks[end].Lower == "itu" || toks[end].Lower == "tersebut")) end++;
                        ents.Add(new Ent { TokStart = i, TokEnd = end, Type = EntType.Group, GroupCount = count, GroupHead = head, Name = text.Substring(t.Start, toks[end - 1].End - t.Start) });
                        i = end;
                        continue;
                    }
                }
                if (!t.Upper) { i++; continue; }

                // organisations: "Kementerian Kesehatan", "Pemerintah Provinsi Jawa Timur", "PT Bank Mandala Sejahtera"
                if (IsOrgHead(t.Text) && !(t.Text == "Pemerintah" && i + 1 < toks.Count && MatchCountry(toks, i + 1, out _) > 0 && !(i + 1 < toks.Count && IsAdminHead(toks[i + 1].Text))))
                {
                    int end = i + 1;
                    while (end < toks.Count && toks[end].Upper && Adjacent(text, toks[end - 1], toks[end])) end++;
                    if (end - i >= 2 || t.Text == "Kemenkes")
                    {
                        var e = new Ent { TokStart = i, TokEnd = end, Type = EntType.Org, Name = Join(toks, i, end) };
                        // the admin prefix for a distributed list ("Pemerintah Kabupaten Bone, Wajo, dan ...")
                        int p = i;
                        while (p < end - 1 && IsAdminHead(toks[p].Text)) p++;
                        if (p > i) e.AdminPrefix = Join(toks, i, p);
                        end = SkipParenthesis(text, toks, end);
                        e.TokEnd = end;
                        ents.Add(e);
                        i = end;
                        continue;
                    }
                }
                // "Pemerintah Indonesia" stands for the country
                int ci = i;
                if (t.Text == "Pemerintah" && i + 1 < toks.Count) ci = i + 1;
                int clen = MatchCountry(toks, ci, out string country);
                if (clen > 0 && !(ci + clen < toks.Count && toks[ci + clen].Upper && Adjacent(text, toks[ci + clen - 1], toks[ci + clen]) && !IsNameAfterCountry(toks, ci + clen)))
                {
                    int end = SkipParenthesis(text, toks, ci + clen);
                    ents.Add(new Ent { TokStart = i, TokEnd = end, Type = EntType.Country, Name = country });
                    i = end;
                    continue;
                }
                // a capitalised run: person (after a title) or a bare proper name
                {
                    int end = i;
                    while (end < toks.Count && toks[end].Upper && (end == i || Adjacent(text, toks[end - 1], toks[end]))) end++;
                    int s = i;
                    bool sentenceStart = i == 0 || (i == 1 && toks[0].Lower.Length == 0);
                    while (s < end && IsFunctionWord(toks[s].Text) && (s == i)) s++;
                    if (s >= end) { i = end; continue; }
                    // a run that ends with a person the people step found: "Wali Kota Surabaya Eri Santoso"
                    {
                        string? known = null;
                        int knownStart = -1;
                        foreach (var (p, pt) in people)
                        {
                            int st = end - pt.Length;
                            if (st < s || st < 0) continue;
                            bool ok = true;
                            for (int k = 0; k < pt.Length && ok; k++) ok = string.Equals(toks[st + k].Text, pt[k], StringComparison.Ordinal);
                            if (ok && (known == null || p.Length > known.Length)) { known = p; knownStart = st; }
                        }
                        if (known != null && knownStart > s)
                        {
                            for (int k = s; k < knownStart; k++)
                            {
                                int cl = MatchCountry(toks, k, out string c3);
                                if (cl > 0) { nationality[known] = c3; break; }
                            }
                            int after2 = SkipParenthesis(text, toks, end);
                            ents.Add(new Ent { TokStart = i, TokEnd = after2, Type = EntType.Person, Name = known });
                            i = after2;
                            continue;
                        }
                    }
                    // split off title words, portfolios, nationalities and acronyms: the name is what follows them
                    bool titled = false;
                    string? nat = null;
                    int nameStart = s;
                    if (IsTitle(toks[s].Text))
                    {
                        titled = true;
                        int k = s;
                        while (k < toks.Count)
                        {
                            var tk = toks[k];
                            if (k > s && !TitleGap(text, toks[k - 1], tk)) break;
                            if (tk.Lower == "dan" && k + 1 < toks.Count && IsPortfolio(toks[k + 1].Text)) { k++; continue; }
                            if (!tk.Upper) break;
                            if (IsTitle(tk.Text) || IsPortfolio(tk.Text) || IsAcronym(tk.Text)) { k++; continue; }
                            int cl = MatchCountry(toks, k, out string c2);
                            if (cl > 0) { nat = c2; k += cl; continue; }
                            break;
                        }
                        nameStart = k;
                        end = nameStart;
                        while (end < toks.Count && toks[end].Upper && (end == nameStart || Adjacent(text, toks[end - 1], toks[end]))) end++;
                        // an organisation inside the title ("Direktur Utama PT Air Bersih Jaya Hendra Wijaya"): the name is its last two words
                        bool orgInTitle = false;
                        for (int q = s; q < nameStart; q++) if (IsOrgHead(toks[q].Text) || toks[q].Text == "PT") orgInTitle = true;
                        if (orgInTitle && end - nameStart > 2) nameStart = end - 2;
                        if (nameStart >= end || (nameStart > s && !Adjacent(text, toks[nameStart - 1], toks[nameStart]) && text.Substring(toks[nameStart - 1].End, toks[nameStart].Start - toks[nameStart - 1].End).Trim() != ")" && text.Substring(toks[nameStart - 1].End, toks[nameStart].Start - toks[nameStart - 1].End).Trim() != ","))
                        {
                            // "Presiden Rusia" without a name: a country mention
                            if (nat != null) ents.Add(new Ent { TokStart = i, TokEnd = nameStart, Type = EntType.Country, Name = nat });
                            i = Math.Max(nameStart, i + 1);
                            continue;
                        }
                    }
                    string name = Join(toks, nameStart, end);
                    var type = titled ? EntType.Person : EntType.Name;
                    foreach (var (p, _) in people) if (string.Equals(p, name, StringComparison.Ordinal)) type = EntType.Person;
                    if (nat != null && type == EntType.Person) nationality[name] = nat;
                    int after = SkipParenthesis(text, toks, end);
                    ents.Add(new Ent { TokStart = sentenceStart && s > i ? s : i, TokEnd = after, Type = type, Name = name });
                    i = after;
                }
            }
            return ents;
        }

        /// <summary>Words naming a portfolio inside a title ("Menteri Luar Negeri", "Wakil Menteri Energi dan Sumber Daya Mineral").</summary>
        public static readonly HashSet<string> Portfolio = Set(
            "Luar", "Negeri", "Dalam", "Energi", "Sumber", "Daya", "Mineral", "Ekonomi", "Perdagangan", "Industri", "Pertahanan", "Keuangan",
            "Kesehatan", "Pendidikan", "Perhubungan", "Pertanian", "Investasi", "Kerja", "Sama", "Fungsional", "Bidang", "Umum", "Pembangunan",
            "Lingkungan", "Hidup", "Kehutanan", "Sosial", "Agama", "Hukum", "Negara", "Kabinet", "Promosi", "Penanaman", "Modal", "Karantina",
            "Tumbuhan", "Hewan", "Sekretariat", "Alam", "Kelestarian", "Perikanan", "Kelautan", "Pariwisata", "Budaya", "Kebudayaan", "Olahraga",
            "Pemuda", "Perencanaan", "Nasional", "Informasi", "Komunikasi", "Digital", "Teknologi", "Riset", "Inovasi", "Ketenagakerjaan",
            "Tenaga", "Transmigrasi", "Desa", "Koordinator", "Bidang", "Politik", "Keamanan", "Maritim", "Perumahan", "Rakyat", "Pekerjaan",
            "Sipil", "Militer", "Darat", "Laut", "Udara", "Staf", "Eksekutif", "Operasional", "Keuangan", "Pemasaran", "Strategis", "Hubungan",
            "Internasional", "Multilateral", "Bilateral", "Kawasan", "Regional", "Asia", "Pasifik", "Eropa", "Timur", "Tengah", "Perundingan",
            "Perindustrian", "Kominfo", "Administrasi", "Kepabeanan", "Bea", "Cukai", "Pajak", "Anggaran", "Fiskal", "Moneter");

        private static bool TitleGap(string text, Tok a, Tok b)
        {
            for (int k = a.End; k < b.Start; k++) { char c = text[k]; if (!char.IsWhiteSpace(c) && c != ',' && c != '(' && c != ')') return false; }
            return true;
        }

        private static bool IsNameAfterCountry(List<Tok> toks, int k) => false;

        /// <summary>True when only spaces separate two tokens (no comma, bracket or other punctuation).</summary>
        public static bool Adjacent(string text, Tok a, Tok b)
        {
            for (int k = a.End; k < b.Start; k++) if (!char.IsWhiteSpace(text[k])) return false;
            return true;
        }

        private static int SkipParenthesis(string text, List<Tok> toks, int end)
        {
            // "Persatuan Rumah Sakit Seluruh Indonesia (Persi)": the bracketed short form belongs to the name
            if (end >= toks.Count) return end;
            int k = toks[end - 1].End;
            while (k < text.Length && text[k] == ' ') k++;
            if (k < text.Length && text[k] == '(')
            {
                int close = text.IndexOf(')', k);
                if (close > k && close - k < 40)
                {
                    int e = end;
                    while (e < toks.Count && toks[e].Start < close) e++;
                    return e;
                }
            }
            return end;
        }

        private static ref StringBuilder? JoinText => ref Scratch.Current.JoinText; // Join's buffer (only its string is kept)

        public static string Join(List<Tok> toks, int from, int to)
        {
            if (to - from == 1) return toks[from].Text; // one word: the joined text is the word
            var sb = JoinText ??= new StringBuilder();
            sb.Clear();
            for (int k = from; k < to; k++) { if (k > from) sb.Append(' '); sb.Append(toks[k].Text); }
            var joined = sb.ToString();
            if (sb.Capacity > 1 << 16) JoinText = null; // a huge text's buffer is not kept
            return joined;
        }

        /// <summary>
        /// Coordinated runs of party mentions: "X dan Y", "X, Y, dan Z", "X bersama Y", "X-Y". A comma alone coordinates only
        /// inside a list that closes with "dan"/"serta" (so an apposition "asal Korea Selatan, Daeyang" is not a pair).
        /// </summary>
        // Runs' work arrays, kept per thread (every entry used is written first)
        private static ref byte[]? JoinBytes => ref Scratch.Current.JoinBytes;
        private static ref int[]? LastStrong => ref Scratch.Current.LastStrong;

        public static List<List<Ent>> Runs(Sent sent)
        {
            var ents = sent.Ents;
            int n = ents.Count;
            byte[] join;
            int[] lastStrong;
            if (n > 1 << 16) { join = new byte[n]; lastStrong = new int[n]; } // a huge sentence's arrays are not kept
            else
            {
                if (JoinBytes == null || JoinBytes.Length < n) { JoinBytes = new byte[Math.Max(n, 32)]; LastStrong = new int[JoinBytes.Length]; }
                join = JoinBytes;
                lastStrong = LastStrong!;
            }
            // join[k]: how ents[k-1] and ents[k] are joined: 0 = not joined, 1 = comma only, 2 = strong (dan/serta/bersama/hyphen).
            for (int k = 1; k < n; k++)
                join[k] = ents[k - 1].Type == EntType.Group || ents[k].Type == EntType.Group ? (byte)0 : JoinKind(sent, ents[k - 1], ents[k]);
            // lastStrong[i]: the furthest ent reachable from i through joins whose last join is strong, or -1
            // (a run never ends on comma-only joins). One backward pass keeps this linear in the number of names.
            for (int i = n - 1; i >= 0; i--)
            {
                if (i + 1 >= n || join[i + 1] == 0) { lastStrong[i] = -1; continue; }
                int r = lastStrong[i + 1];
                lastStrong[i] = r >= 0 ? r : join[i + 1] == 2 ? i + 1 : -1;
            }
            // the number of runs first, for a list of that size
            int count = 0;
            for (int k = 0; k < n; k = (lastStrong[k] >= 0 ? lastStrong[k] : k) + 1) count++;
            var runs = new List<List<Ent>>(count);
            int at = 0;
            while (at < n)
            {
                int last = lastStrong[at] >= 0 ? lastStrong[at] : at;
                var run = ents.GetRange(at, last - at + 1);
                // distribute an admin prefix: "Pemerintah Kabupaten Bone, Wajo, dan Sidenreng Rappang"
                string? prefix = null;
                foreach (var e in run)
                {
                    if (e.Type == EntType.Org && e.AdminPrefix != null) prefix = e.AdminPrefix;
                    else if (e.Type == EntType.Name && prefix != null) { e.Name = prefix + " " + e.Name; e.Type = EntType.Org; }
                    else if (e.Type != EntType.Name) prefix = null;
                }
                runs.Add(run);
                at = last + 1;
            }
            return runs;
        }

        /// <summary>The longest gap <see cref="JoinKind"/> accepts ("dan juga").</summary>
        private const int LongestJoin = 8;

        private static ref char[]? GapChars => ref Scratch.Current.GapChars;

        /// <summary>
        /// How <paramref name="a"/> and <paramref name="b"/> are joined, by the text between them (trimmed, without a leading ")",
        /// inner spaces collapsed, lower case): 1 when it is ",", 2 when it is "dan", ", dan", "serta", ", serta", "bersama",
        /// "beserta", "-", "–" or "dan juga", else 0. The gap is normalised into a small buffer (lowered char by char, as
        /// ToLowerInvariant does), with no strings: a gap that grows longer than the longest accepted one can only be rejected.
        /// </summary>
        private static byte JoinKind(Sent sent, Ent a, Ent b)
        {
            int from = sent.Toks[a.TokEnd - 1].End;
            int to = sent.Toks[b.TokStart].Start;
            if (to < from) return 0;
            string text = sent.Text;
            // Trim(), TrimStart(')'), Trim(): the end was trimmed by the first Trim unless nothing is left
            while (from < to && char.IsWhiteSpace(text[from])) from++;
            while (to > from && char.IsWhiteSpace(text[to - 1])) to--;
            while (from < to && text[from] == ')') from++;
            while (from < to && char.IsWhiteSpace(text[from])) from++;
            var buf = GapChars ??= new char[LongestJoin + 1];
            int len = 0;
            bool sp = false;
            for (int k = from; k < to; k++)
            {
                char c = text[k];
                if (char.IsWhiteSpace(c)) { sp = true; continue; }
                if (sp && len > 0 && c != ',') { if (len == LongestJoin) return 0; buf[len++] = ' '; }
                sp = false;
                if (len == LongestJoin) return 0;
                buf[len++] = char.ToLowerInvariant(c);
            }
            if (Is(buf, len, ",")) return 1;
            return Is(buf, len, "dan") || Is(buf, len, ", dan") || Is(buf, len, "serta") || Is(buf, len, ", serta") || Is(buf, len, "bersama")
                || Is(buf, len, "beserta") || Is(buf, len, "-") || Is(buf, len, "\u2013") || Is(buf, len, "dan juga") ? (byte)2 : (byte)0;
        }

        private static bool Is(char[] buf, int len, string word)
        {
            if (len != word.Length) return false;
            for (int k = 0; k < len; k++) if (buf[k] != word[k]) return false;
            return true;
        }
    }
}
