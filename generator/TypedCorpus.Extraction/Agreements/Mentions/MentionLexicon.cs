using System;
using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>The words the mention rules know (language resources, not article data), and what the lexicon says of a word.</summary>
    internal static class MentionLexicon
    {
        private static HashSet<string> Set(params string[] xs) => new HashSet<string>(xs, StringComparer.OrdinalIgnoreCase);

        /// <summary>Words of office that precede a person's name ("Presiden", "Wakil Menteri").</summary>
        public static readonly HashSet<string> Titles = Set(
            "Presiden", "Wakil", "Menteri", "Menlu", "Perdana", "PM", "Ketua", "Umum", "Direktur", "Dirut", "Presdir", "Kepala", "Gubernur", "Wagub",
            "Bupati", "Wali", "Walikota", "Raja", "Ratu", "Pangeran", "Kanselir", "Sekjen", "Sekretaris", "Jenderal", "Juru", "Bicara", "Jubir",
            "Deputi", "Asisten", "Dubes", "Duta", "Besar", "CEO", "Pelatih", "Pengamat", "Dr", "dr", "Prof", "Ir", "Paus", "Syekh", "Emir",
            "Sultan", "Hakim", "Jaksa", "Kapolri", "Kapolda", "Panglima", "Komisaris", "Irjen", "Brigjen", "Mayjen", "Letjen", "Laksamana",
            "Senator", "Anggota", "Diplomat", "Utusan", "Khusus", "Pemimpin", "Tertinggi", "Kanselir", "Komandan", "Dirjen", "Kabid", "Kadis",
            "Sekda", "Camat", "Lurah", "Bapak", "Ibu", "Pak", "Bu", "Mantan", "Eks", "Calon", "Kapten", "Profesor", "Doktor", "Haji", "Hj",
            "Ny", "Tn", "Mr", "Mrs", "Ms", "Sir", "Lord", "Utama", "Madya", "Harian", "Senior", "Eksekutif", "Dato", "Datuk", "Tan", "Sri", "Pelaksana", "Tugas", "Plt", "Plh", "Pj", "Pjs", "Penjabat", "Kabag", "Kasubdit", "Koordinator", "Rektor", "Dekan");


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
            "Perindustrian", "Kominfo", "Administrasi", "Kepabeanan", "Bea", "Cukai", "Pajak", "Anggaran", "Fiskal", "Moneter",
            "Sains", "Media", "Informatika", "Agraria", "Tata", "Kreatif", "Usaha", "Kepemudaan", "Ilmu", "Pengetahuan",
            // the fields regional agencies and chambers are named by ("Dinas Tanaman Pangan dan Hortikultura", "Kamar Dagang dan Industri")
            // ("Keluarga", "Bisnis" and "Perpustakaan" open names of their own: "Keluarga Alumni …", "Bisnis Indonesia Group")
            "Hortikultura", "Reformasi", "Berencana", "Pemberdayaan", "Perempuan", "Perlindungan", "Anak",
            "Pengendalian", "Penduduk", "Pangan", "Tanaman", "Peternakan", "Perkebunan", "Kesejahteraan", "Pertanahan", "Kependudukan",
            "Pencatatan", "Statistik", "Kearsipan", "Penelitian", "Pengabdian", "Pengembangan", "Dagang", "Permukiman",
            "Pertamanan", "Kebersihan", "Persandian", "Penanggulangan", "Bencana");
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

        internal static readonly HashSet<string> GroupHeadsCountry = Set("negara", "pemerintah", "bangsa", "negeri");
        internal static readonly HashSet<string> GroupHeadsPerson = Set("pemimpin", "kepala", "presiden", "menteri", "wakil", "perdana", "tokoh", "ketua", "pejabat", "delegasi", "diplomat", "pemimpinnya", "kepala negara",
            // officials by their short titles ("kedua Menlu", "kedua bupati"): the persons who hold them
            "menlu", "menhan", "menkeu", "mendag", "dubes", "gubernur", "bupati", "walikota", "rektor", "panglima", "raja", "kapolda", "kapolres", "kades");
        internal static readonly HashSet<string> GroupHeadsOther = Set("pihak", "belah", "perusahaan", "lembaga", "instansi", "organisasi", "kota", "provinsi", "daerah", "kabupaten", "kubu", "tim", "bank", "mitra", "institusi", "kementerian", "badan", "asosiasi", "klub", "partai", "kelompok", "entitas", "korporasi", "emiten", "operator", "maskapai", "universitas", "kampus", "sekolah", "kelurahan", "desa");

        internal static readonly Dictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        { ["kedua"] = 2, ["ketiga"] = 3, ["keempat"] = 4, ["kelima"] = 5, ["keenam"] = 6, ["ketujuh"] = 7, ["kedelapan"] = 8, ["kesembilan"] = 9, ["kesepuluh"] = 10 };

        internal static bool IsOrdinalCandidate(string lower) => lower.Length >= 5 && lower[0] == 'k' && lower[1] == 'e';

        public static bool IsPersonHead(string h) => GroupHeadsPerson.Contains(h);
        public static bool IsCountryHead(string h) => GroupHeadsCountry.Contains(h);

        /// <summary>Heads of a group that are the sides of a matter ("kedua belah pihak", "dua kelompok warga", "kedua kubu").</summary>
        public static bool IsSideHead(string h) => h is "pihak" or "kelompok" or "kubu";

        internal static bool IsAcronym(string t)
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

        /// <summary>Words that open a sentence yet name no party (Resources/agreement-non-party-openers.txt).</summary>
        /// <summary>Nouns of an organisation's resolve or effort opening a sentence before its name (Resources/agreement-resolve-nouns.txt: "Komitmen", "Upaya").</summary>
        internal static readonly HashSet<string> ResolveNouns = LexiconResource.WordSet("agreement-resolve-nouns");

        private static readonly HashSet<string> NonPartyOpeners = OpenersWithResolveNouns();

        private static HashSet<string> OpenersWithResolveNouns()
        {
            var set = LexiconResource.WordSet("agreement-non-party-openers");
            set.UnionWith(ResolveNouns);
            return set;
        }

        /// <summary>
        /// A capitalised word that opens no party's name: a word of agreement-non-party-openers ("Jalin", "Sebanyak"), a document
        /// noun ("MoU Koperasi X": the document, then its party), or at a sentence's start a verb in -kan ("Tingkatkan …").
        /// </summary>
        internal static bool OpensNoParty(Tok t, bool sentenceStart)
        {
            string w = t.Lower;
            return NonPartyOpeners.Contains(w) || AgreementWords.Documents.Contains(w)
                || sentenceStart && w.Length >= 7 && w.EndsWith("kan", StringComparison.Ordinal) && !t.HasDigit;
        }

        internal static bool IsOrgHead(string word) => (LexiconOf(word) & OrgHead) != 0;
        internal static bool IsAdminHead(string word) => (LexiconOf(word) & AdminHead) != 0;
        internal static bool IsFunctionWord(string word) => (LexiconOf(word) & Function) != 0;
        internal static bool IsTitle(string word) => (LexiconOf(word) & Title) != 0;
        internal static bool IsPortfolio(string word) => (LexiconOf(word) & PortfolioWord) != 0;
        private static bool CanStartCountry(string word) => (LexiconOf(word) & CountryStart) != 0;

        /// <summary>Words of a state's formal name before its country's name (Resources/state-forms.txt: "Republik", "Kerajaan").</summary>
        private static readonly HashSet<string> StateForms = LexiconResource.WordSet("state-forms");

        /// <summary>
        /// A country at token i, its name or alias (<see cref="MatchCountry(List{Tok}, int, out string)"/>) or its formal name, state-form
        /// words before the name ("Republik Demokratik Timor-Leste"); returns tokens used, 0 when none.
        /// </summary>
        internal static int MatchCountryOrState(TokenList toks, int i, out string country)
        {
            int len = MatchCountry(toks, i, out country);
            if (len > 0) return len;
            int k = i;
            while (k < toks.Count && toks[k].Upper && StateForms.Contains(toks[k].Text)) k++;
            if (k == i || k >= toks.Count) return 0;
            len = MatchCountry(toks, k, out country);
            return len > 0 ? k - i + len : 0;
        }

        /// <summary>Country at token i (multi-word aliases, longest first); returns tokens used, 0 when none.</summary>
        internal static int MatchCountry(TokenList toks, int i, out string country)
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

        private static int MatchCountry(TokenList toks, int i, int max, out string country)
        {
            country = "";
            for (int len = max; len >= 1; len--)
            {
                if (!toks[i + len - 1].Upper) continue;
                string name = AgreementText.Join(toks, i, i + len);
                // short all-caps aliases ("AS", "RI") only written in capitals
                if (name.Length <= 3 && name != name.ToUpperInvariant()) continue;
                var c = Countries.Resolve(name);
                if (c != null) { country = c; return len; }
            }
            return 0;
        }
    }
}
