using System;
using System.Collections.Generic;
using TypedCorpus.Extraction.Lexicon;
using TypedCorpus.Extraction.People;

namespace TypedCorpus.Extraction.Quotes
{
    /// <summary>
    /// What may have taken the place of the subject since it was last named: a stranger or a newcomer (a description after a cue
    /// then names nobody), or a group of unnamed people ("mereka" then names nobody).
    /// </summary>
    internal sealed partial class Attribution
    {
        /// <summary>
        /// Whether a person was introduced (not as the subject), or a name the article shows no person of, made of name words
        /// only, was named since the subject was last set as the agent of a passive verb ("Gol kemenangan dicetak David da Silva pada menit ke-78.", "… oleh Budi Santoso"):
        /// a description after a cue ("ujar striker asal Brasil itu") may then be that stranger rather than the subject.
        /// </summary>
        private bool _stranger;

        /// <summary>
        /// The subject as the one a description or an office with its anaphor points back to ("ujar striker asal Brasil tersebut"),
        /// or nobody when a stranger was named since the subject was set (see <see cref="_stranger"/>).
        /// </summary>
        private List<string> DescribedSubject(string rule) => _stranger ? Found(rule, new List<string>()) : Found(rule, SubjectList());

        /// <summary>
        /// A name of two words or more in [<paramref name="lo"/>, <paramref name="hi"/>) right after a passive verb ("di…") or
        /// "oleh", made of name words only, and no person of the article.
        /// </summary>
        private bool NamesStranger(List<Mention> mentions, int shift, TokenList toks, int lo, int hi)
        {
            foreach (var m in mentions)
            {
                int at = m.TokenIndex + shift;
                if (at < lo) continue;
                if (at >= hi) break;
                if (m.Name.Length < 2 || m.OrgOrPlace || m.Refused || at == 0 || FindPerson(m.Name) != null) continue;
                var before = toks[at - 1];
                bool agent = before.IsWord && !before.IsCap && (before.Is("oleh") || NameLexicon.LooksLikePassiveVerb(before.Lower));
                if (agent && Array.TrueForAll(m.Name, StrangerWord)) return true;
            }
            return false;
        }

        /// <summary>
        /// "Seusai pengumuman, rektor terpilih menyalami …": the clause at <paramref name="at"/> opens with a noun of a person in small
        /// letters (up to two words describing it) and an active verb, naming nobody: someone the article may have named acts, and
        /// a description after a cue ("ujar guru besar itu") may be that person rather than the subject.
        /// </summary>
        private static bool UnnamedRoleActs(TokenList toks, int at, int hi)
        {
            at = PastLeadAdverbials(toks, at, hi);
            if (at >= hi || toks[at].IsCap || !NameScanner.IsPersonNoun(toks[at].Text)) return false;
            for (int v = at + 1; v < hi && v <= at + 3; v++)
            {
                if (!toks[v].IsWord || toks[v].IsCap) return false;
                if (NameLexicon.LooksLikeActiveVerb(toks[v].Text)) return true;
            }
            return false;
        }

        private static bool StrangerWord(string w)
            => NameLexicon.IsNameParticle(w) || w.Length >= 3 && !NameLexicon.IsNonName(w) && !NameLexicon.IsPlaceUnit(w) && !NameLexicon.IsOrgWord(w)
               && !NameLexicon.PlaceWords.Contains(w) && !NameLexicon.IsGazetteerPlace(w) && !NameLexicon.IsCalendar(w) && !LeadAdverbials.Contains(w)
               && !NameLexicon.IsPersonRole(w) && !NameLexicon.IsTitle(w) && Countries.Resolve(w) == null;

        /// <summary>
        /// Whether the last sentence's clause opened with ordinary people the article does not name ("Namun, sejumlah karyawan
        /// yang terdampak mengaku kaget …"): a "mereka" right after it is them, not the article's principals.
        /// </summary>
        private bool _groupOpened;

        /// <summary>Words counting a group before its noun ("sejumlah karyawan", "para pedagang", "ratusan warga").</summary>
        private static readonly HashSet<string> GroupCounts = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            { "sejumlah", "beberapa", "para", "banyak", "ratusan", "puluhan", "ribuan", "sebagian", "seluruh", "semua", "kebanyakan" };

        /// <summary>The clause at <paramref name="at"/> opens (past lead adverbials) with a count of people and a noun of ordinary people, or that noun alone.</summary>
        private static bool GroupOpens(TokenList toks, int at, int hi)
        {
            at = PastLeadAdverbials(toks, at, hi);
            bool counted = at < hi && GroupCounts.Contains(toks[at].Text);
            if (counted) at++;
            return at < hi && toks[at].IsWord && (GroupSpeakers.Contains(toks[at].Text) || counted && NameScanner.IsPersonNoun(toks[at].Text));
        }
    }
}
