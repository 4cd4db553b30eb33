using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public static partial class NameScanner
    {
        /// <summary>
        /// Shapes that take a person's evidence back, whatever rule gave it (a missing name is better than a wrong one):
        /// rule office-place-before-initials: "Kepala Desa Sukamaju berinisial W": the one word after an office whose holder the
        /// article gives as initials is the office's place;
        /// rule place-after-di: "nelayan di Tanjung Batu Lama mengaku": a run right after the locative "di" is a place;
        /// rule place-after-role-taken: "Budi dilantik sebagai Lurah Sukamaju.": after "sebagai" and an office, the one or two
        /// words that close the clause are the office's place (the holder is the clause's subject).
        /// </summary>
        private static bool NotPersonShape(MentionSite s)
        {
            var toks = s.Toks;
            var m = s.Mention;
            int a = s.After;
            if (s.K >= 0 && m.Name.Length == 1 && a < toks.Count && (toks[a].Is("berinisial") || toks[a].Is("inisial"))) return true;
            if (s.K < 0 && s.Start > 0 && toks[s.Start - 1].Text == "di") return true;
            if (s.K == 0 && HonourTitles.Contains(toks[s.Run[0]].Text) && HonouredThingNamed(toks, s.Run[0])) return true;
            // "Hendra S, Pd selaku …": a degree's second part cut off by a comma ("Pd", "Sos", "Kom") names nobody
            if (m.Name.Length == 1 && m.Name[0].Length <= 4 && s.Start > 0 && toks[s.Start - 1].Text == "," && DegreeParts.Contains(m.Name[0])) return true;
            return s.K == 0 && m.Name.Length <= 2 && RoleTakenBefore(toks, s.Start) && NameLexicon.IsPersonRole(toks[s.Run[0]].Text)
                && !NameLexicon.IsRank(toks[s.Run[0]].Text) && ClauseEnds(toks, a);
        }

        /// <summary>Titles of honour that custom gives heirlooms and sacred animals as well as persons ("Kiai", "Kyai", "Nyai", "Ki").</summary>
        private static readonly System.Collections.Generic.HashSet<string> HonourTitles = new System.Collections.Generic.HashSet<string>(System.StringComparer.OrdinalIgnoreCase) { "Kiai", "Kyai", "Nyai", "Ki" };

        private static readonly System.Collections.Generic.HashSet<string> HonouredThings = LexiconResource.WordSet("honoured-thing-nouns");

        private static readonly System.Collections.Generic.HashSet<string> NamingWords = new System.Collections.Generic.HashSet<string>(System.StringComparer.OrdinalIgnoreCase)
        { "bernama", "disebut", "dinamai", "dinamakan", "dijuluki", "berjuluk", "bergelar" };

        /// <summary>
        /// Rule honoured-thing: "kerbau bule yang disebut Kyai Slamet", "pusaka bernama Kiai Pleret": a naming word before the title
        /// at <paramref name="title"/>, and before it (or before its "yang") a thing custom names so.
        /// </summary>
        private static bool HonouredThingNamed(TokenList toks, int title)
        {
            int k = title - 1;
            if (k < 1 || !NamingWords.Contains(toks[k].Text)) return false;
            k--;
            if (toks[k].Is("yang") && k > 0) k--;
            return toks[k].IsWord && HonouredThings.Contains(toks[k].Text);
        }

        /// <summary>"dilantik sebagai": "sebagai" right before, after a verb in lower case (no sentence-opening "Bertindak sebagai").</summary>
        private static bool RoleTakenBefore(TokenList toks, int start) => start >= 2 && toks[start - 1].Is("sebagai")
            && toks[start - 2].IsWord && !toks[start - 2].IsCap;

        private static bool ClauseEnds(TokenList toks, int a) => a >= toks.Count || toks[a].Text == "." || toks[a].Text == ","
            || toks[a].Is("dan") || toks[a].Is("serta");
    }
}
