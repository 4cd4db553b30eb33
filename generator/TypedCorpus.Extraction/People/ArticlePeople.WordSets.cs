using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    /// <summary>Article-wide word sets the people step reads: organisations' short names, given initials, nicknames.</summary>
    public sealed partial class ArticlePeople
    {
        /// <summary>
        /// Short names an article defines for organisations: "PT Jakarta Propertindo (Jakpro)", "Badan Pangan Nasional (Bapanas)".
        /// The word in brackets after a capitalised run holding an organisation word or a company prefix names the organisation.
        /// </summary>
        private static HashSet<string> OrgShortNames(List<TokenList> blocks)
        {
            var shorts = new HashSet<string>(StringComparer.Ordinal);
            foreach (var toks in blocks)
                for (int i = 2; i + 2 < toks.Count; i++)
                {
                    if (toks[i].Text != "(" || !toks[i + 1].IsWord || toks[i + 2].Text != ")" || !char.IsUpper(toks[i + 1].Text[0])) continue;
                    bool org = false;
                    int j = i - 1;
                    for (; j >= 0 && j >= i - 6 && toks[j].IsWord && (toks[j].IsCap || NameLexicon.IsAcronym(toks[j].Text)); j--)
                        if (NameLexicon.IsOrgWord(toks[j].Text) || NameScanner.CompanyPrefixes.Contains(toks[j].Text)) org = true;
                    if (org && i - 1 - j >= 2 || i - 1 - j >= 2 && ShortenedFrom(toks[i + 1].Text, toks, j + 1, i)) shorts.Add(toks[i + 1].Text);
                }
            return shorts;
        }

        /// <summary>
        /// "Honorer Daerah (Honda)", "Tenaga Harian Lepas (THL)": the word in brackets is made of the first letters of the words
        /// toks[<paramref name="from"/>..<paramref name="to"/>) in order (each word giving one or more, "dan" none), all of them,
        /// one of which no name holds: a term's short form, no person's name.
        /// </summary>
        private static bool ShortenedFrom(string shortForm, TokenList toks, int from, int to)
        {
            var s = shortForm.ToLowerInvariant();
            var words = new List<string>();
            bool term = false; // a word no name holds ("Daerah", "Tenaga"): "Joko Widodo (Jokowi)" is a person's nickname
            for (int k = from; k < to; k++)
            {
                if (toks[k].Is("dan")) continue;
                words.Add(toks[k].Text.ToLowerInvariant());
                term |= NameLexicon.IsNonName(toks[k].Text);
            }
            return term && words.Count >= 2 && s.Length >= 3 && Prefixes(s, 0, words, 0);
        }

        /// <summary>Can s[at..] be spelt by a prefix of each of words[w..], one after another?</summary>
        private static bool Prefixes(string s, int at, List<string> words, int w)
        {
            if (w == words.Count) return at == s.Length;
            var word = words[w];
            for (int len = 1; len <= word.Length && at + len <= s.Length; len++)
            {
                if (s[at + len - 1] != word[len - 1]) break;
                if (Prefixes(s, at + len, words, w + 1)) return true;
            }
            return false;
        }

        /// <summary>Every two adjacent lower-case words of the article, as "word word" (lower-cased).</summary>
        private static HashSet<string> LowerPairs(List<TokenList> blocks)
        {
            var pairs = new HashSet<string>(StringComparer.Ordinal);
            foreach (var toks in blocks)
                for (int i = 0; i + 1 < toks.Count; i++)
                    if (toks[i].IsWord && !toks[i].IsCap && toks[i + 1].IsWord && !toks[i + 1].IsCap && toks[i + 1].Start == toks[i].End + 1)
                        pairs.Add(toks[i].Text.ToLowerInvariant() + " " + toks[i + 1].Text.ToLowerInvariant());
            return pairs;
        }

        /// <summary>"berinisial Sy", "inisial AR": initials the article gives for someone it does not name, as this article writes them.</summary>
        private static HashSet<string> GivenInitials(List<TokenList> blocks)
        {
            var initials = new HashSet<string>(StringComparer.Ordinal);
            foreach (var toks in blocks)
                for (int i = 0; i + 1 < toks.Count; i++)
                    if ((toks[i].Is("berinisial") || toks[i].Is("inisial")) && toks[i + 1].IsWord && toks[i + 1].Text.Length <= 4 && char.IsUpper(toks[i + 1].Text[0]))
                        initials.Add(toks[i + 1].Text);
            return initials;
        }

        /// <summary>A middle initial ("J." of "Sigid J. Pribadi", "HM." of "Dahlan HM. Noer"): after a name word, before the last.</summary>
        private static bool IsMiddleInitial(string[] name, int i) =>
            i > 0 && i < name.Length - 1 && (NameLexicon.IsInitial(name[i]) || name[i].Length <= 5 && name[i].EndsWith(".", StringComparison.Ordinal)) && !NameLexicon.IsNonName(name[i - 1]) && !NameLexicon.IsInitial(name[i - 1]);

        private static string[] KeepLastWords(string[] name, int words)
        {
            int i = name.Length, seen = 0;
            // "Kejari Kutai Sigid J. Pribadi": a middle initial is no word of its own, the given name before it is kept
            while (i > 0 && seen < words) { i--; if (!NameLexicon.IsNameParticle(name[i]) && !IsMiddleInitial(name, i)) seen++; }
            // "… Jakarta M Yana Aditya": an initial before the kept words is the name's own
            while (i > 0 && (NameLexicon.IsInitial(name[i - 1]) || NameLexicon.GivenNameOpeners.Contains(name[i - 1]))) i--;
            return name.Skip(i).ToArray();
        }
    }
}
