using System;
using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;
using TypedCorpus.Extraction.People;

namespace TypedCorpus.Extraction.Quotes
{
    internal sealed partial class Attribution
    {
        /// <summary>
        /// "Fraksi Nasdem, melalui juru bicaranya Bobby Jayanto, menyatakan": the name ends an aside between commas, opened by at
        /// most four lower-case words (before <paramref name="b"/>, the token before the name's run), and a verb of saying
        /// follows the comma at <paramref name="comma"/>: the body speaks through that person.
        /// </summary>
        private static bool ClosesAsideBeforeVerb(TokenList toks, int lo, int b, int comma, int hi)
        {
            int v = NameScanner.SkipAdverbs(toks, comma + 1, hi);
            if (v >= hi || !toks[v].IsWord || !NameScanner.SayingVerbs.Contains(toks[v].Text)) return false;
            int words = 0;
            for (int i = b; i >= lo && i > b - 6; i--)
            {
                var t = toks[i];
                if (t.Text == ",") return words > 0 && i > lo;
                if (!t.IsWord || t.IsCap || NameScanner.SayingVerbs.Contains(t.Text) || NameScanner.Cue(t.Text) != null || ++words > 4) return false;
            }
            return false;
        }

        /// <summary>
        /// "keterangan yang sama disampaikan Kepala Desa Sukaraja, Darmin, di …": the name stands after a comma that closes an office
        /// (capitalised words opening with an office role), and a passive verb of saying comes right before that office: the
        /// name is the agent who speaks. <paramref name="b"/> is the token before the name's run (the comma).
        /// </summary>
        private static bool PassiveAgentAfterOffice(TokenList toks, int lo, int b)
        {
            if (b <= lo || toks[b].Text != ",") return false;
            int i = b - 1;
            // ("Kepala Sekolah SD Negeri Sukoreno 01 Kecamatan Kalisat": a school's number inside the office)
            while (i >= lo && i > b - 12 && toks[i].IsWord && (toks[i].IsCap || toks[i].HasDigit)) i--;
            if (i == b - 1 || i < lo || !NameScanner.IsOfficeRole(toks[i + 1])) return false;
            if (toks[i].IsWord && toks[i].Is("oleh") && i > lo) i--;
            return NameScanner.IsPassiveSaying(toks, i);
        }

        /// <summary>
        /// "Hal itu diungkapkan Kepala Dinas Lingkungan Hidup melalui Kabid Kebersihan Hendra Wijaya": the name after "melalui" (at
        /// <paramref name="b"/>), a passive verb of saying before the body it speaks for (within twelve words), speaks.
        /// </summary>
        private static bool PassiveThroughAgent(TokenList toks, int lo, int b)
        {
            if (b < lo || !toks[b].IsWord || !toks[b].Is("melalui")) return false;
            for (int i = b - 1; i >= lo && i >= b - 12; i--)
            {
                if (!toks[i].IsWord) return false;
                if (NameScanner.IsPassiveSaying(toks, i)) return true;
            }
            return false;
        }

        /// <summary>Past an age in brackets at <paramref name="a"/> ("(45)", "(45 tahun)"), else <paramref name="a"/>.</summary>
        private static int AfterAge(TokenList toks, int a, int hi)
        {
            if (a + 2 >= hi || toks[a].Text != "(" || !toks[a + 1].HasDigit) return a;
            int close = toks[a + 2].Text == ")" ? a + 2 : a + 3 < hi && (toks[a + 2].Is("tahun") || toks[a + 2].Is("th")) && toks[a + 3].Text == ")" ? a + 3 : -1;
            return close < 0 ? a : close + 1;
        }

        /// <summary>
        /// "Lukman, kepada wartawan mengatakan": the name before the hearer speaks, unless it is a passive's agent ("yang
        /// dilaporkan Siti kepada polisi mengatakan") or a relative named in an apposition ("Sumarni, ibu dari Dimas, kepada
        /// wartawan mengatakan"): the word before the name's run is no "di-" verb, "dari" nor "oleh".
        /// </summary>
        private static bool SubjectHeard(TokenList toks, int lo, int b, int a, int hi)
        {
            if (b >= lo && toks[b].IsWord && !toks[b].IsCap && (NameLexicon.LooksLikePassiveVerb(toks[b].Lower) || toks[b].Is("dari") || toks[b].Is("oleh"))) return false;
            return NameScanner.HearerAside(toks, a, hi) != null;
        }

        /// <summary>"… mendidik anaknya (Prada Faisal) menjadi …": a name in brackets (its rank or title with it) is an aside, no person the next sentence goes on with.</summary>
        private static bool InBrackets(TokenList toks, int end, int at)
        {
            int b = at - 1;
            while (b >= 0 && b >= at - 3 && toks[b].IsWord && toks[b].IsCap) b--;
            return b >= 0 && toks[b].Text == "(" && end + 1 < toks.Count && toks[end + 1].Text == ")";
        }

        /// <summary>Nouns of what a person thinks or tells ("menurut pendapat X", "menurut keterangan X"): the person speaks.</summary>
        private static readonly HashSet<string> OpinionNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "pendapat", "pandangan", "penilaian", "pengakuan", "keterangan" };

        /// <summary>"menurut keterangan korban X": past a noun of persons in small letters after a noun of what they told, at <paramref name="b"/>.</summary>
        private static int PastAccountHolder(TokenList toks, int lo, int b)
            => b > lo && toks[b].IsWord && !toks[b].IsCap && NameScanner.IsPersonNoun(toks[b].Text) && OpinionNouns.Contains(toks[b - 1].Text) ? b - 1 : b;
    }
}
