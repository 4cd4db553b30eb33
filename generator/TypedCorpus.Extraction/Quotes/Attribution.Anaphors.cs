using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;
using TypedCorpus.Extraction.People;

namespace TypedCorpus.Extraction.Quotes
{
    /// <summary>A person described instead of named after the cue: "kata pria kelahiran Medan ini", "ujar wanita berhijab itu".</summary>
    internal sealed partial class Attribution
    {
        /// <summary>
        /// A lower-case noun of a person ("pria", "wanita", "lulusan", "sosok") right after the cue, up to ten words describing
        /// them (a place, "yang akrab disapa Ical"), then "ini", "itu" or "tersebut" ending the attribution: the person last
        /// speaking or acting, or the person whose nickname the description gives. Null when the description names another
        /// person of the article ("kata ayah Rudi ini" is Rudi's father), or a clause, an addressee or "bernama" comes first.
        /// </summary>
        private List<string>? DescribedPersonAnaphor(TokenList toks, int from)
        {
            // "ucap mantan kepala desa itu", "kata mantan aktivis mahasiswa itu", "ujar sang pelatih asal Kroasia itu": a former or
            // the well-known role in small letters is described like a person
            bool former = (toks[from].Is("mantan") || toks[from].Is("eks") || toks[from].Is("sang") || toks[from].Is("calon")) && from + 1 < toks.Count && toks[from + 1].IsWord
                && !toks[from + 1].IsCap && NameLexicon.IsPersonRole(toks[from + 1].Text);
            if (former) from++;
            // "ujar sang raja.": "sang" and a noun of a person ending the attribution is the one the article is about
            if (toks[from].Is("sang") && from + 1 < toks.Count && toks[from + 1].IsWord && !toks[from + 1].IsCap
                && (NameScanner.IsPersonNoun(toks[from + 1].Text) || NameScanner.DescribedPersonNouns.Contains(toks[from + 1].Text)) && EndsAttribution(toks, from + 2))
                return DescribedSubject(SpeakerRules.DescribedAnaphor);
            var t = toks[from];
            // "ujar mahasiswa semester enam itu", "ujar guru yang sudah mengajar 22 tahun itu": any noun of a person in small letters
            if (!t.IsWord || t.IsCap || !former && !NameScanner.DescribedPersonNouns.Contains(t.Text) && !NameScanner.IsPersonNoun(t.Text)) return null;
            int nick = -1;
            for (int j = from + 1; j < toks.Count && j <= from + 11; j++)
            {
                var w = toks[j];
                if (!w.IsWord) { if (w.Text is "(" or ")" or "-" or "/") continue; return null; }
                // ("kata pria itu": a bare noun of a man or woman points back too; a bare role is an office's, see RoleReference)
                if ((w.Is("ini") || w.Is("itu") || w.Is("tersebut")) && (j > from + 1 || NameScanner.DescribedPersonNouns.Contains(t.Text)))
                    return !EndsAttribution(toks, j + 1) ? null : nick >= 0 ? ByNickname(toks[nick].Text)
                        : SameSex(t.Text, DescribedSubject(SpeakerRules.DescribedAnaphor));
                if (w.Is("kepada") || w.Is("bernama") || w.Is("dikutip") || w.Is("saat") || w.Is("ketika") || NameScanner.SayingVerbs.Contains(w.Text)) return null;
                if (w.IsCap && (toks[j - 1].Is("disapa") || toks[j - 1].Is("dipanggil"))) nick = j;
                // "disapa Pak Tarjo": the title of address before the nickname is no part of it
                else if (nick == j - 1 && w.IsCap && NameLexicon.IsTitle(toks[nick].Text)) nick = j;
                else if (w.IsCap && FindPerson(new[] { w.Text }) != null) return null;
            }
            return null;
        }

        /// <summary>
        /// "tutur perempuan berjilbab itu" after "Teuku Iskandar Mahmud": a woman described cannot be a subject whose name opens
        /// with a man's opener, nor a man one whose name opens with a woman's; then nobody is named (a wrong name is worse).
        /// </summary>
        private List<string> SameSex(string noun, List<string> speakers)
        {
            if (speakers.Count != 1) return speakers;
            var first = speakers[0].Split(' ')[0];
            bool clash = FemaleWords.Contains(noun) && MaleWords.Contains(first) || MaleWords.Contains(noun) && FemaleWords.Contains(first);
            return clash ? Found(SpeakerRules.DescribedAnaphor, new List<string>()) : speakers;
        }

        /// <summary>Words said of one sex only: nouns of persons and name openers (female-words.txt, male-words.txt).</summary>
        private static HashSet<string> FemaleWords => NameLexicon.FemaleWords;
        private static HashSet<string> MaleWords => NameLexicon.MaleWords;

        /// <summary>
        /// "tutur sang kepala dinas.", "ujar sang kepala suku dinas.": "sang" and an office in small letters ending the attribution is
        /// the one person the article gave an office opening with those words (null when none or several).
        /// </summary>
        private List<string>? SangOffice(TokenList toks, int from)
        {
            if (!toks[from].Is("sang") || from + 1 >= toks.Count || !toks[from + 1].IsWord || toks[from + 1].IsCap || !NameLexicon.IsPersonRole(toks[from + 1].Text)) return null;
            int end = from + 1;
            while (end < toks.Count && end < from + 6 && toks[end].IsWord && !toks[end].IsCap && !ClauseGoesOn.Contains(toks[end].Text)
                && !toks[end].Is("itu") && !toks[end].Is("tersebut") && !toks[end].Is("ini")) end++;
            if (!EndsAttribution(toks, end)) return null;
            return HolderOfWholeOffice(toks, from + 1, end, opening: true) is { } found ? Found(SpeakerRules.OfficeAlone, new List<string> { found }) : null;
        }

        /// <summary>
        /// "kata pria yang akrab disapa Ical ini": the person of the article whose nickname it is (a fuller name, or another name:
        /// "Syahliansyah" called "Seli"), else nobody.
        /// </summary>
        private List<string> ByNickname(string nickname)
        {
            var p = _people.Find(new[] { nickname });
            bool other = p != null && (p.Tokens.Length >= 2 || !string.Equals(p.Name, nickname, System.StringComparison.OrdinalIgnoreCase));
            return Found(SpeakerRules.DescribedAnaphor, other ? new List<string> { p!.Name } : new List<string>());
        }

        /// <summary>The attribution ends at <paramref name="a"/>: the text's or sentence's end, or a comma before a date or a clause word.</summary>
        private static bool EndsAttribution(TokenList toks, int a)
            => a >= toks.Count || toks[a].Text == "." || toks[a].Text == "," && a + 1 < toks.Count && toks[a + 1].IsWord
               && (NameLexicon.IsCalendar(toks[a + 1].Text) || !toks[a + 1].IsCap && ClauseGoesOn.Contains(toks[a + 1].Text))
               // "ujar pejabat eselon I itu didampingi Kepala Pusat …": a word going on with the clause, no comma before it
               || toks[a].IsWord && !toks[a].IsCap && ClauseGoesOn.Contains(toks[a].Text) && !toks[a].Is("di") && !toks[a].Is("kepada");

        /// <summary>Where the capitalised office words from <paramref name="from"/> end, before their "ini", "itu" or "tersebut".</summary>
        private static int? AnaphorEnd(TokenList toks, int from)
        {
            int j = from + 1;
            while (j < toks.Count && toks[j].IsWord && toks[j].IsCap) j++;
            return j < toks.Count && (toks[j].Is("ini") || toks[j].Is("itu") || toks[j].Is("tersebut")) ? j : null;
        }

        /// <summary>
        /// Where "tersebut"/"itu" stands after a body's name that opens with an organisation word at <paramref name="from"/> and may
        /// hold any capitalised words and one short name in brackets ("Partai Kebangkitan Bangsa (PKB) tersebut"), else null.
        /// </summary>
        private static int? BodyNameThenAnaphor(TokenList toks, int from, int stop)
        {
            if (stop <= from || !toks[from].IsWord || !NameLexicon.IsOrgWord(toks[from].Text)) return null;
            int j = stop;
            for (int n = 0; j < toks.Count && n < 8; n++)
            {
                if (toks[j].IsWord && toks[j].IsCap) { j++; continue; }
                if (toks[j].Text == "(" && j + 2 < toks.Count && toks[j + 1].IsWord && toks[j + 2].Text == ")") { j += 3; continue; }
                break;
            }
            return j < toks.Count && (toks[j].Is("tersebut") || toks[j].Is("itu")) ? j : (int?)null;
        }
    }
}
