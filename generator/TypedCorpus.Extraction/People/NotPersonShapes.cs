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
            if (InEnglishBodyName(toks, m.TokenIndex, a, m.Name.Length)) return true;
            // rule estate-name: "Warga Perumahan Harapan Baru": the name right after "Perumahan" (a housing estate) is the estate's
            if (m.TokenIndex > 0 && (toks[m.TokenIndex - 1].Is("perumahan") || toks[m.TokenIndex - 1].Is("perum"))) return true;
            if (s.K >= 0 && HonourTitles.Contains(toks[s.Run[s.K]].Text) && HonouredThingNamed(toks, s.Run[s.K])) return true;
            // "Hendra S, Pd selaku …": a degree's second part cut off by a comma ("Pd", "Sos", "Kom") names nobody
            if (m.Name.Length == 1 && m.Name[0].Length <= 4 && s.Start > 0 && toks[s.Start - 1].Text == "," && DegreeParts.Contains(m.Name[0])) return true;
            return s.K == 0 && m.Name.Length <= 2 && RoleTakenBefore(toks, s.Start) && NameLexicon.IsPersonRole(toks[s.Run[0]].Text)
                && !NameLexicon.IsRank(toks[s.Run[0]].Text) && ClauseEnds(toks, a);
        }

        /// <summary>
        /// Rule english-body-name: "Center of Reform on Economics", "Institute for Development of Economics and Finance": a
        /// capitalised run joined to another by an English function word ("of", "for", "on", "the", "and") is part of the name of
        /// a body; Indonesian personal names have no such words. A longer run after the joiner may end with its holder's name ("Chief
        /// Economist and Investment Strategist Manulife … Katarina Setiawan"): only one or two words are refused there.
        /// </summary>
        internal static bool InEnglishBodyName(TokenList toks, int start, int after, int words)
        {
            if (after + 1 < toks.Count && EnglishJoiners.Contains(toks[after].Text) && toks[after + 1].IsCap) return true;
            return words <= 2 && start >= 2 && EnglishJoiners.Contains(toks[start - 1].Text) && toks[start - 2].IsWord && toks[start - 2].IsCap;
        }

        /// <summary>English function words that join the words of a body's name (case-sensitive: in small letters).</summary>
        private static readonly System.Collections.Generic.HashSet<string> EnglishJoiners = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal)
            { "of", "for", "on", "the", "and" };

        /// <summary>Titles of honour that custom gives heirlooms and sacred animals as well as persons ("Kiai", "Kyai", "Nyai", "Ki").</summary>
        private static readonly System.Collections.Generic.HashSet<string> HonourTitles = new System.Collections.Generic.HashSet<string>(System.StringComparer.OrdinalIgnoreCase) { "Kiai", "Kyai", "Nyai", "Ki" };

        private static readonly System.Collections.Generic.HashSet<string> HonouredThings = LexiconResource.WordSet("honoured-thing-nouns");

        /// <summary>Words that give a name (Resources/naming-words.txt: "bernama", "dinamai", "dijuluki"), and "disebut", "bergelar".</summary>
        private static readonly System.Collections.Generic.HashSet<string> NamingWords = NamingWordsAnd("disebut", "bergelar");

        private static System.Collections.Generic.HashSet<string> NamingWordsAnd(params string[] more)
        {
            var set = LexiconResource.WordSet("naming-words");
            set.UnionWith(more);
            return set;
        }

        /// <summary>
        /// Rule honoured-thing: "kerbau bule yang disebut Kyai Slamet", "gamelan pusaka, Kyai Gunturmadu dan Kyai Nagawilaga",
        /// "Pusaka Kanjeng Kyai Ageng Plered": among the eight words before the title at <paramref name="title"/>, within its
        /// sentence, a thing custom names so (an heirloom, a sacred animal or tree), with no verb of the clause or other noun of
        /// a person between; not when a noun of a person stands right before that thing ("perajin keris bernama Kiai …").
        /// </summary>
        private static bool HonouredThingNamed(TokenList toks, int title)
        {
            for (int k = title - 1; k >= 0 && k >= title - 8; k--)
            {
                var t = toks[k];
                if (t.Text is "." or "!" or "?" or ":" or ";") return false;
                if (!t.IsWord) continue;
                if (HonouredThings.Contains(t.Text))
                    return !(k > 0 && toks[k - 1].IsWord && toks[k - 1].Lower != "kepala" && (IsPersonNoun(toks[k - 1].Text) || Occupations.Contains(toks[k - 1].Text)));
                if (!t.IsCap && !NamingWords.Contains(t.Text) && t.Text is not ("yang" or "dan" or "serta" or "di" or "dengan" or "itu" or "ini" or "berupa"))
                    return false;
                if (t.IsCap && IsPersonNoun(t.Text)) return false;
            }
            return false;
        }

        /// <summary>"dilantik sebagai": "sebagai" right before, after a verb in lower case (no sentence-opening "Bertindak sebagai").</summary>
        private static bool RoleTakenBefore(TokenList toks, int start) => start >= 2 && toks[start - 1].Is("sebagai")
            && toks[start - 2].IsWord && !toks[start - 2].IsCap;

        private static bool ClauseEnds(TokenList toks, int a) => a >= toks.Count || toks[a].Text == "." || toks[a].Text == ","
            || toks[a].Is("dan") || toks[a].Is("serta");
    }
}
