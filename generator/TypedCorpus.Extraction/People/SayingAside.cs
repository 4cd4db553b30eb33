using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public static partial class NameScanner
    {
        private static readonly HashSet<string> ContactPassives = LexiconResource.WordSet("contact-passives");
        private static readonly HashSet<string> RepresentativeNouns = LexiconResource.WordSet("representative-nouns");

        /// <summary>
        /// Rule saying-aside: "Sukamsih dikonfirmasi Jumat (29/12) mengatakan", "Imam saat di konfirmasi via telepon membenarkan",
        /// "Rudi perwakilan sopir angkot mengatakan": after a name at <paramref name="a"/>, a short aside (how the reporter reached
        /// the person, or a lower-case role and its group) before a verb of saying, with no comma, stop or other name in it.
        /// The index of that verb, else null.
        /// </summary>
        internal static int? SayingVerbAfterAside(TokenList toks, int a, int hi)
        {
            int i = a;
            if (AccompaniedThenSays(toks, a, hi) is int accompanied) return accompanied;
            if (i < hi && toks[i].IsWord && (toks[i].Is("saat") || toks[i].Is("ketika") || toks[i].Is("usai") || toks[i].Is("seusai"))) i++;
            if (ContactPassiveAt(toks, i, hi) is int after) i = after;
            else if (i == a && i < hi && toks[i].IsWord && !toks[i].IsCap && (NameLexicon.IsPersonRole(toks[i].Text) || RepresentativeNouns.Contains(toks[i].Text))) i++;
            else return null;
            for (int n = 0; i < hi && n < 8; n++, i++)
            {
                var t = toks[i];
                if (t.IsWord && SayingVerbs.Contains(t.Text)) return i;
                if (t.Text is "." or "," or ";" or ":" or "\"" || t.IsWord && t.IsCap && !NameLexicon.IsCalendar(t.Text)) return null;
                if (t.IsWord && (Cue(t.Text) != null || ContactPassiveAt(toks, i, hi) != null)) return null;
            }
            return null;
        }

        /// <summary>
        /// "Humas PT X, Wisnu didampingi PT BSR Topan menuturkan": "didampingi" and those who accompany the person (capitalised
        /// words, offices in small letters, "dan"; twelve words at most), then a verb of saying: where the verb is, else null.
        /// </summary>
        private static int? AccompaniedThenSays(TokenList toks, int a, int hi)
        {
            if (a + 2 >= hi || !toks[a].Is("didampingi") || !toks[a + 1].IsCap) return null;
            for (int i = a + 1; i < hi && i <= a + 12; i++)
            {
                var t = toks[i];
                if (t.IsWord && !t.IsCap && SayingVerbs.Contains(t.Text)) return i > a + 1 ? i : null;
                if (!(t.IsWord && (t.IsCap || t.HasDigit || t.Is("dan") || NameLexicon.IsPersonRole(t.Text)) || t.Text is "(" or ")" or "." && i > a + 1 && toks[i - 1].IsCap && toks[i - 1].Text.Length <= 3)) return null;
            }
            return null;
        }

        /// <summary>
        /// ", ibu rumah tangga yang berbelanja di X," at <paramref name="a"/>: a description opening with a word in small letters,
        /// between commas (twenty words at most, no stop or quotation mark in it); where it ends, past its comma, else <paramref name="a"/>.
        /// </summary>
        internal static int PastDescription(TokenList toks, int a, int hi)
        {
            if (a + 2 >= hi || toks[a].Text != "," || !toks[a + 1].IsWord || toks[a + 1].IsCap) return a;
            for (int i = a + 2; i < hi && i <= a + 21; i++)
            {
                if (toks[i].Text is "." or ";" or ":" or "\"") return a;
                if (toks[i].Text == ",") return i + 1;
            }
            return a;
        }

        /// <summary>
        /// "Lukman, kepada Aksi Post mengatakan", "Budi kepada wartawan, menjelaskan": the hearer between a name and its verb of
        /// saying (four words at most after "kepada", no stop); the index of the verb, else null. The caller makes sure the name
        /// is the clause's subject, not a passive's agent or a relative in apposition.
        /// </summary>
        internal static int? HearerAside(TokenList toks, int a, int hi)
        {
            int i = a < hi && toks[a].Text == "," ? a + 1 : a;
            if (i >= hi || !toks[i].Is("kepada")) return null;
            for (int k = i + 1, n = 0; k < hi && n < 5; k++, n++)
            {
                var t = toks[k];
                if (t.IsWord && SayingVerbs.Contains(t.Text)) return n > 0 ? k : null;
                if (t.Text == "," && k + 1 < hi && toks[k + 1].IsWord && SayingVerbs.Contains(toks[k + 1].Text)) return n > 0 ? k + 1 : null;
                if (!t.IsWord || Cue(t.Text) != null) return null;
            }
            return null;
        }

        /// <summary>Past a contact passive at <paramref name="i"/> ("dikonfirmasi", or written apart: "di konfirmasi"), else null.</summary>
        private static int? ContactPassiveAt(TokenList toks, int i, int hi)
        {
            if (i >= hi || !toks[i].IsWord) return null;
            if (ContactPassives.Contains(toks[i].Text)) return i + 1;
            return toks[i].Is("di") && i + 1 < hi && toks[i + 1].IsWord && ContactPassives.Contains("di" + toks[i + 1].Text) ? i + 2 : null;
        }
    }
}
