using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;
using TypedCorpus.Extraction.People;

namespace TypedCorpus.Extraction.Quotes
{
    internal sealed partial class Attribution
    {
        /// <summary>
        /// Rule social-handle: '"…," tegas @UstadTengku.': an account's handle is no name; it names the one person of the article
        /// with a name word of four letters or more written inside it, else nobody.
        /// </summary>
        private List<string> Handle(TokenList toks, int at)
        {
            if (at >= toks.Count || !toks[at].IsWord) return new List<string>();
            var handle = new string(toks[at].Text.Where(char.IsLetter).ToArray()).ToLowerInvariant();
            PersonEntry? found = null;
            foreach (var p in _people.Persons)
            {
                if (!MadeOfNameWords(handle, p.Tokens)) continue;
                if (found != null) return new List<string>();
                found = p;
            }
            return found != null ? Found(SpeakerRules.Name, new List<string> { found.Name }) : new List<string>();
        }

        /// <summary>"ustadtengku", "ridwankamil": the handle's letters are the person's name words (one at least) and titles, nothing else.</summary>
        private static bool MadeOfNameWords(string handle, string[] name)
        {
            var words = name.Select(w => w.ToLowerInvariant()).Where(w => w.Length >= 3).ToArray();
            var ok = new bool[handle.Length + 1];
            var named = new bool[handle.Length + 1];
            ok[0] = true;
            for (int i = 0; i < handle.Length; i++)
            {
                if (!ok[i]) continue;
                foreach (var w in words)
                    if (i + w.Length <= handle.Length && string.CompareOrdinal(handle, i, w, 0, w.Length) == 0) { ok[i + w.Length] = true; named[i + w.Length] = true; }
                for (int n = 2; n <= 7 && i + n <= handle.Length; n++)
                    if (NameLexicon.IsTitle(handle.Substring(i, n))) { ok[i + n] = true; named[i + n] |= named[i]; }
            }
            return ok[handle.Length] && named[handle.Length];
        }

        /// <summary>
        /// Rule through-spokesperson: "kata Kajari Tual melalui Kasi Intel M. Yongen Pangkei": an office or a body right after the
        /// cue speaking through an office's holder ("melalui", then an office in capitals): the holder speaks; where the
        /// attribution goes on from (<paramref name="from"/> when it names nobody through whom).
        /// </summary>
        private static int ThroughSpokesperson(TokenList toks, int from)
        {
            if (!toks[from].IsWord || !(NameScanner.IsOfficeRole(toks[from]) || NameLexicon.IsOrgWord(toks[from].Text))) return from;
            int k = from + 1;
            while (k < toks.Count && k < from + 12 && (toks[k].IsCap || toks[k].Text is "(" or ")" or ",")) k++; // "Kabid Humas X, Kombes Ade …"
            if (k + 2 >= toks.Count || !toks[k].Is("melalui") || toks[k + 1].Is("surat") || NamingWordSieve.RegulationNouns.Contains(toks[k + 1].Text)) return from;
            for (int j = k + 1; j < toks.Count && j < k + 4 && toks[j].IsCap; j++)
                if (NameScanner.IsOfficeRole(toks[j])) return k + 1;
            return from;
        }
    }
}
