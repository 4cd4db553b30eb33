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
            // "PT. Graha Jaya": a company's prefix written with a period is the same prefix
            bool dotted = DottedPrefix(toks, text, i);
            int end = dotted ? CapitalisedEnd(toks, text, i + 2) : CapitalisedEnd(toks, text, i + 1);
            if (end - i < 2 && t.Text != "Kemenkes") return -1;
            string name = dotted ? t.Text + " " + Join(toks, i + 1, end) : Join(toks, i, end);
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

        /// <summary>The end of the adjacent capitalised words from <paramref name="from"/>.</summary>
        private static int CapitalisedEnd(TokenList toks, string text, int from)
        {
            int end = from;
            while (end < toks.Count && toks[end].Upper && Adjacent(text, toks[end - 1], toks[end])) end++;
            return end;
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
