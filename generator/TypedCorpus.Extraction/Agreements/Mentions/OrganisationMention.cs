using static TypedCorpus.Extraction.Agreements.AgreementText;
using static TypedCorpus.Extraction.Agreements.MentionLexicon;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// An organisation: "Kementerian Kesehatan", "Pemerintah Provinsi Jawa Timur", "PT Bank Mandala Sejahtera". Its short form
    /// in brackets may stand inside the name, before the words that finish it: "Pemerintah Kota (Pemkot) Tanjung Sari" is
    /// "Pemerintah Kota Tanjung Sari", "Perum Sarana Air (PSA) II" is "Perum Sarana Air II".
    /// </summary>
    internal sealed class OrganisationMention : MentionRule
    {
        public OrganisationMention() : base(capitalisedOnly: true) { }

        public override string Id => "organisation";
        public override string Description => "an organisation head and the capitalised words after it (and after its bracketed short form): Kementerian Kesehatan, Pemerintah Kota (Pemkot) Tanjung Sari";

        public override int Match(in MentionScan scan, int i)
        {
            var toks = scan.Toks;
            string text = scan.Text;
            var t = toks[i];
            // "Pemerintah Indonesia" is the country (unless an admin head follows: "Pemerintah Kabupaten …")
            if (!IsOrgHead(t.Text) || t.Text == "Pemerintah" && i + 1 < toks.Count && MatchCountryOrState(toks, i + 1, out _) > 0 && !(i + 1 < toks.Count && IsAdminHead(toks[i + 1].Text)))
                return -1;
            // "Federasi Rusia": a state's formal name is the country, not a body it heads
            if (MatchCountryOrState(toks, i, out _) > 1) return -1;
            // "PT. Graha Jaya": a company's prefix written with a period is the same prefix
            bool dotted = DottedPrefix(toks, text, i);
            int end = dotted ? CapitalisedEnd(toks, text, i + 2) : CapitalisedEnd(toks, text, i + 1);
            if (end - i < 2 && t.Text != "Kemenkes") return -1;
            end = BeforeHonorific(toks, dotted ? i + 3 : i + 2, end);
            int plain = end;
            if (PortfolioHeads.Contains(t.Text)) end = PortfolioListEnd(toks, text, end);
            // a list of portfolios keeps its commas, as written
            string name = end > plain ? AsWritten(text, toks[i].Start, toks[end - 1].End) : dotted ? t.Text + " " + Join(toks, i + 1, end) : Join(toks, i, end);
            // the admin prefix for a distributed list ("Pemerintah Kabupaten Bone, Wajo, dan ...")
            int p = i;
            while (p < end - 1 && IsAdminHead(toks[p].Text)) p++;
            int after = MentionScanner.SkipParenthesis(text, toks, end);
            int rest = after > end ? Rest(in scan, after) : after;
            if (rest > after)
            {
                name += " " + Join(toks, after, rest);
                if (p == end - 1 && IsAdminHead(toks[p].Text)) p = end; // "Pemerintah Kota (Pemkot) Tanjung Sari": both words are the prefix
            }
            string? prefix = p > i ? Join(toks, i, p) : null;
            scan.Found.Add(new Ent { TokStart = i, TokEnd = rest, Type = EntType.Org, Name = name, AdminPrefix = prefix });
            return rest;
        }

        /// <summary>Malay honorifics (Resources/malay-honorifics.txt: "Datuk", "Dato", "Tun").</summary>
        private static readonly System.Collections.Generic.HashSet<string> Honorifics = TypedCorpus.Extraction.Lexicon.LexiconResource.WordSet("malay-honorifics");

        /// <summary>
        /// "PT Sawit Lestari Datuk Hasan Basri": a Malay honorific from the name's second word on, with a capitalised word after
        /// it, opens a person's name, which is no part of the organisation's; the token where the organisation's name ends.
        /// </summary>
        private static int BeforeHonorific(TokenList toks, int from, int end)
        {
            for (int k = from; k + 1 < end; k++) if (Honorifics.Contains(toks[k].Lower)) return k;
            return end;
        }

        /// <summary>"PT. X": a company prefix at <paramref name="i"/>, only a period and spaces before the capitalised word after it.</summary>
        private static bool DottedPrefix(TokenList toks, string text, int i)
        {
            if (toks[i].Text != "PT" || i + 1 >= toks.Count || !toks[i + 1].Upper) return false;
            int dots = 0;
            for (int k = toks[i].End; k < toks[i + 1].Start; k++)
                if (text[k] == '.') dots++;
                else if (!char.IsWhiteSpace(text[k])) return false;
            return dots == 1;
        }

        /// <summary>Heads of a body named by its portfolios, which may be a list ("Kementerian Energi dan Sumber Daya Mineral").</summary>
        private static readonly System.Collections.Generic.HashSet<string> PortfolioHeads = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal)
        { "Kementerian", "Kementrian", "Kemenko", "Dinas", "Badan", "Direktorat", "Komisi", "Kamar", "Institut", "Lembaga", "Pusat", "Balai" };

        /// <summary>
        /// "Kementerian Pendidikan Tinggi, Sains, dan Teknologi", "Kementerian Komunikasi dan Digital", "Dinas Pemuda dan
        /// Olahraga": a body's list of portfolios is one name. Each part after a comma, and the last after "dan"/"serta", opens
        /// with a portfolio word (not an organisation head: "Kementerian A dan Kementerian B" are two); the list must close
        /// with "dan"/"serta", else the name ends at <paramref name="end"/>. The token after the name.
        /// </summary>
        private static int PortfolioListEnd(TokenList toks, string text, int end)
        {
            // "Dinas Pendidikan Kota Malang dan Perpustakaan Nasional": a place closes the body's name; what follows is another party
            // (a place unit closes it only before a place's name: "Kementerian Desa dan Pembangunan …" names fields)
            for (int q = end - 1; q > end - 4 && q >= 0; q--)
                if (Lexicon.NameLexicon.IsGazetteerPlace(toks[q].Text) || Lexicon.NameLexicon.IsPlaceUnit(toks[q].Text) && q + 1 < end && toks[q + 1].Upper && !IsPortfolio(toks[q + 1].Text)) return end;
            int k = end;
            while (k < toks.Count)
            {
                string gap = text.Substring(toks[k - 1].End, toks[k].Start - toks[k - 1].End).Trim();
                bool link = toks[k].Lower is "dan" or "serta" && !toks[k].Upper && (gap.Length == 0 || gap == ",");
                int part = link ? k + 1 : k;
                if (!link && gap != "," || !PortfolioPart(toks, part)) return end;
                if (link && !Adjacent(text, toks[k], toks[part])) return end;
                k = CapitalisedEnd(toks, text, part + 1);
                if (link) return k;
            }
            return end;
        }

        /// <summary>The text from <paramref name="from"/> to <paramref name="to"/> with its white space runs made single spaces.</summary>
        private static string AsWritten(string text, int from, int to)
        {
            var sb = new System.Text.StringBuilder(to - from);
            for (int c = from; c < to; c++)
                if (!char.IsWhiteSpace(text[c])) sb.Append(text[c]);
                else if (sb.Length > 0 && sb[sb.Length - 1] != ' ') sb.Append(' ');
            return sb.ToString();
        }

        private static bool PortfolioPart(TokenList toks, int k) =>
            k < toks.Count && toks[k].Upper && (IsPortfolio(toks[k].Text) || FamilyPlanning(toks, k)) && !IsOrgHead(toks[k].Text);

        /// <summary>"Keluarga Berencana": family planning, a field (not "Keluarga Besar …", "Keluarga Alumni …").</summary>
        private static bool FamilyPlanning(TokenList toks, int k) => toks[k].Text == "Keluarga" && k + 1 < toks.Count && toks[k + 1].Text.StartsWith("Berencana", System.StringComparison.Ordinal);

        /// <summary>The end of the adjacent capitalised words from <paramref name="from"/>.</summary>
        private static int CapitalisedEnd(TokenList toks, string text, int from)
        {
            int end = from;
            while (end < toks.Count && toks[end].Upper)
            {
                if (Adjacent(text, toks[end - 1], toks[end])) end++;
                else if (QuotedWordsEnd(toks, text, end) is int quoted and > 0) end = quoted;
                else break;
            }
            return end;
        }

        private static bool IsOpeningMark(char c) => c is '"' or '\u201C' or '\u2018';
        private static bool IsClosingMark(char c) => c is '"' or '\u201D' or '\u2019';

        /// <summary>
        /// "Universitas Pembangunan Nasional “Veteran” Yogyakarta": capitalised words in quotation marks inside a name, which goes
        /// on after them with another capitalised word; the token after that word, or -1.
        /// </summary>
        private static int QuotedWordsEnd(TokenList toks, string text, int k)
        {
            if (!QuoteGap(text, toks[k - 1].End, toks[k].Start, opening: true)) return -1;
            int j = k + 1;
            while (j < toks.Count && toks[j].Upper && Adjacent(text, toks[j - 1], toks[j])) j++;
            // the closing mark, then the name's next word
            return j < toks.Count && toks[j].Upper && j - k <= 4 && QuoteGap(text, toks[j - 1].End, toks[j].Start, opening: false) ? j + 1 : -1;
        }

        /// <summary>Only spaces and one opening (or closing) quotation mark between <paramref name="from"/> and <paramref name="to"/>.</summary>
        private static bool QuoteGap(string text, int from, int to, bool opening)
        {
            int marks = 0;
            for (int c = from; c < to; c++)
                if (opening ? IsOpeningMark(text[c]) : IsClosingMark(text[c])) marks++;
                else if (!char.IsWhiteSpace(text[c])) return false;
            return marks == 1;
        }

        /// <summary>
        /// The end of the capitalised words that finish the name after its bracketed short form (at <paramref name="after"/>), or
        /// <paramref name="after"/> when none do: a title, a function word or a known person's name is no part of it.
        /// </summary>
        private static int Rest(in MentionScan scan, int after)
        {
            var toks = scan.Toks;
            if (after >= toks.Count || !toks[after].Upper) return after;
            var first = toks[after].Text;
            if (IsTitle(first) || IsFunctionWord(first) || IsOrgHead(first)) return after;
            foreach (var (_, words) in scan.People) if (StartsWith(toks, after, words)) return after;
            return CapitalisedEnd(toks, scan.Text, after + 1);
        }

        private static bool StartsWith(TokenList toks, int at, string[] words)
        {
            if (words.Length == 0 || at + words.Length > toks.Count) return false;
            for (int k = 0; k < words.Length; k++) if (!string.Equals(toks[at + k].Text, words[k], System.StringComparison.Ordinal)) return false;
            return true;
        }
    }
}
