using static TypedCorpus.Extraction.Agreements.MentionLexicon;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>A counted group: "kedua negara", "keduanya", "kedua belah pihak", "kelima negara itu".</summary>
    internal sealed class CountedGroupMention : MentionRule
    {
        public CountedGroupMention() : base(capitalisedOnly: false) { }

        public override string Id => "counted-group";
        public override string Description => "a counted group: keduanya, kedua negara, dua kelompok, kedua belah pihak, kelima negara itu; the sides of no stated number: para pihak, pihak-pihak, seluruh pihak";

        public override int Match(in MentionScan scan, int i)
        {
            var toks = scan.Toks;
            var t = toks[i];
            // every word this rule opens at starts with k, p, s or d (in either case): most words are settled before lower-casing
            if (!MayOpenWith(t.Text[0])) return -1;
            string w = t.Lower; // asked of every word: its lower case is found once
            if (w == "keduanya" || w == "ketiganya")
            {
                scan.Found.Add(new Ent { TokStart = i, TokEnd = i + 1, Type = EntType.Group, GroupCount = w == "keduanya" ? 2 : 3, GroupHead = "pemimpin", Name = t.Text });
                return i + 1;
            }
            // "pihak-pihak", "para pihak", "seluruh / semua pihak": the sides of the matter, of no stated number
            if (w == "pihak-pihak" || w is "para" or "seluruh" or "semua" && i + 1 < toks.Count && toks[i + 1].Lower == "pihak")
            {
                int to = w == "pihak-pihak" ? i + 1 : i + 2;
                scan.Found.Add(new Ent { TokStart = i, TokEnd = to, Type = EntType.Group, GroupCount = 0, GroupHead = "pihak", Name = scan.Text.Substring(t.Start, toks[to - 1].End - t.Start) });
                return to;
            }
            // every ordinal ("kedua" … "kesepuluh") starts with "ke" and has five letters or more: most words are settled without a lookup
            // a head written with a capital is a leader's or a state's title ("kedua Presiden", "kedua Negara"), not a name
            int h = HeadAfterOrdinal(toks, i, w, out int count);
            if (h < 0 || h >= toks.Count || !(!toks[h].Upper || IsPersonHead(toks[h].Lower) || IsCountryHead(toks[h].Lower))) return -1;
            string h1 = toks[h].Lower;
            // "kedua bela pihak": a common misspelling of "belah" before "pihak"
            if (h1 == "bela" && h + 1 < toks.Count && toks[h + 1].Lower == "pihak") h1 = "belah";
            if (!IsGroupHead(h1)) return -1;
            int end = h + 1;
            string head = h1;
            if (end < toks.Count && (IsGroupHead(toks[end].Lower) || toks[end].Lower == "menteri" || toks[end].Lower == "negara"))
            {
                if (h1 == "belah") head = toks[end].Lower;
                else if (h1 == "kepala" || h1 == "pemimpin" || h1 == "wakil" || h1 == "perdana") head = "pemimpin";
                end++;
            }
            if (h1 == "kepala" || h1 == "wakil" || h1 == "perdana" || h1 == "menteri" || h1 == "presiden" || h1 == "pemimpin") head = "pemimpin";
            if (end < toks.Count && (toks[end].Lower == "itu" || toks[end].Lower == "tersebut")) end++;
            scan.Found.Add(new Ent { TokStart = i, TokEnd = end, Type = EntType.Group, GroupCount = count, GroupHead = head, Name = scan.Text.Substring(t.Start, toks[end - 1].End - t.Start) });
            return end;
        }

        /// <summary>A word starting with <paramref name="c"/> may be this rule's: k, p, s or d in either case, or a character outside ASCII.</summary>
        private static bool MayOpenWith(char c) => c >= 128 || (c | 0x20) is 'k' or 'p' or 's' or 'd';

        /// <summary>The word after the ordinal at <paramref name="i"/>: "kedua pihak", or the split spelling "ke dua pihak"; -1 when none.</summary>
        private static int HeadAfterOrdinal(TokenList toks, int i, string w, out int count)
        {
            if (IsOrdinalCandidate(w) && Ordinals.TryGetValue(w, out count)) return i + 1;
            // "dua kelompok pemuda": the cardinal two counts a pair as "kedua" does
            count = 2;
            if (w == "dua" && (i == 0 || !IsCountWord(toks[i - 1].Lower))) return i + 1;
            count = 0;
            return w == "ke" && i + 1 < toks.Count && Ordinals.TryGetValue("ke" + toks[i + 1].Lower, out count) ? i + 2 : -1;
        }

        /// <summary>Words that make "dua" part of a larger number or a fraction ("dua puluh dua", "satu atau dua", "ke dua" is the ordinal).</summary>
        private static bool IsCountWord(string lower) => lower is "ke" or "per" or "se" or "satu" or "atau" or "puluh" or "belas" or "ratus" or "ribu" or "juta";

        private static bool IsGroupHead(string lower) =>
            GroupHeadsCountry.Contains(lower) || GroupHeadsPerson.Contains(lower) || GroupHeadsOther.Contains(lower);
    }
}
