using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    /// <summary>Hand-written, linear scanners for name runs over the tokens of <see cref="Tokenizer.Names"/> (no regular expressions).</summary>
    public static partial class NameScanner
    {
        /// <summary>Words that open a noble name when a name opener follows them ("Anak Agung", "Ratu Ayu", "Raden Ayu").</summary>
        private static readonly HashSet<string> NobleOpeners = new HashSet<string>(StringComparer.Ordinal) { "Anak", "Ratu", "Raden", "Gusti" };

        /// <summary>A person's age as written in apposition: a whole number from 1 to 120.</summary>
        private static bool IsAge(string t) => t.Length <= 3 && t.Length > 0 && t.All(char.IsDigit) && int.Parse(t, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 120;

        public static readonly HashSet<string> CueBases = LexiconResource.WordSet("cue-bases");

        /// <summary>"ujar", "ujarnya", "katanya" → (base, isNya); else null.</summary>
        public static (string Base, bool Nya)? Cue(string word)
        {
            // asked of most words of a text, often the same ones: the answers are kept (a null base: no cue)
            var known = InstanceMemo.Slot(ref CueMemo, word, out bool fresh).Value;
            if (!fresh) return known.Base is null ? null : (known.Base, known.Nya);
            var cue = ComputeCue(word);
            InstanceMemo.Slot(ref CueMemo, word, out _).Value = cue is { } c ? (c.Base, c.Nya) : (null, false);
            return cue;
        }

        private static ref MemoSlot<(string? Base, bool Nya)>[]? CueMemo => ref Scratch.Current.CueMemo;

        private static (string Base, bool Nya)? ComputeCue(string word)
        {
            if (CueBases.Contains(word)) return (word.ToLowerInvariant(), false);
            if (word.Length > 3 && word.EndsWith("nya", StringComparison.OrdinalIgnoreCase))
            {
                var b = word.Substring(0, word.Length - 3);
                if (CueBases.Contains(b)) return (b.ToLowerInvariant(), true);
            }
            // "ujarny", "katany": -nya with its last letter lost to a typo
            if (word.Length > 5 && word.EndsWith("ny", StringComparison.OrdinalIgnoreCase) && CueBases.Contains(word.Substring(0, word.Length - 2)))
                return (word.Substring(0, word.Length - 2).ToLowerInvariant(), true);
            return null;
        }

        /// <summary>Nouns that describe a person named before ("kata pria kelahiran Medan ini"): <c>described-person-nouns.txt</c>.</summary>
        internal static readonly HashSet<string> DescribedPersonNouns = LexiconResource.WordSet("described-person-nouns");

        /// <summary>me- verbs of saying used as attribution cues.</summary>
        public static readonly HashSet<string> SayingVerbs = LexiconResource.WordSet("saying-verbs");

        /// <summary>Words that close a company's name ("PT Sinar Abadi Tbk"): a name after them is the role's holder.</summary>
        internal static readonly HashSet<string> CompanySuffixes = LexiconResource.WordSet("company-suffixes");

        /// <summary>Words that open a company's name ("PT Maju Jaya"): what follows is the company, not a person.</summary>
        /// <summary>Words that open a company's name ("PT", "CV").</summary>
        internal static readonly HashSet<string> CompanyPrefixes = LexiconResource.WordSet("company-prefixes");

        /// <summary>Buildings and streets: an office after them names the building, not its holder.</summary>
        private static HashSet<string> BuildingWords => NameLexicon.BuildingWords;

        /// <summary>Saying verbs that take a human subject: "Hikmahanto Juwana mengatakan".</summary>
        private static readonly HashSet<string> HumanSayingVerbs = LexiconResource.WordSet("human-saying-verbs");

        /// <summary>A role that heads an office named by a place unit ("Wali Kota", "Kepala Desa"), not "warga Desa".</summary>
        public static bool IsOfficeRole(Tok t) => t.IsWord && NameLexicon.IsPersonRole(t.Text) && !Occupations.Contains(t.Text);

        private static readonly HashSet<string> Occupations = LexiconResource.WordSet("occupations");

        /// <summary>Group words that end an office title before a group's name ("Kelompok Tani Maju"): what follows is no person.</summary>
        private static readonly HashSet<string> GroupUnits = LexiconResource.WordSet("group-units");

        /// <summary>
        /// "Tan Sri", "Dato' Seri", "Datuk Sri" (Malaysian honorifics): "Sri"/"Seri" is a title only after one of them, and
        /// "Tan" only before it; alone "Tan" and "Sri" are names.
        /// </summary>
        private static readonly System.Collections.Generic.HashSet<string> TitleDegreeParts = LexiconResource.WordSet("title-degree-parts");

        internal static bool IsTitleAt(TokenList toks, int i)
        {
            var t = toks[i];
            if (NameLexicon.IsTitle(t.Text)) return true;
            // "Dalang Ki Utoro Wijayanto": the Javanese title opening a name (after a name word it is a syllable of a Korean name: "Park Ki Tae")
            if (t.Text == "Ki") return i + 1 < toks.Count && toks[i + 1].IsWord && toks[i + 1].IsCap && !(i > 0 && toks[i - 1].IsWord && toks[i - 1].IsCap
                && toks[i - 1].Text.Length <= 5 && !IsOfficeRole(toks[i - 1]) && !NameLexicon.IsPlaceUnit(toks[i - 1].Text));
            // "Dr.Eng.", "Drs. Ec.": a degree's part written before the name is a title with its period only ("Eng Hian" is a name)
            if (TitleDegreeParts.Contains(t.Text)) return i + 1 < toks.Count && toks[i + 1].Text == "." && toks[i + 1].Start == t.End;
            if (t.Is("tan") && i + 1 < toks.Count && IsSri(toks[i + 1])) return true;
            // "Lettu Inf. Dominggus", "Sersan Dua Padli", "Ajun Komisaris Besar Polisi": corps and grades after a rank are part of the rank
            if (i > 0 && (Corps.Contains(t.Text) || RankGrades.Contains(t.Text)) && RankBefore(toks, i)) return true;
            if (IsSri(t) && i > 0)
            {
                int p = i - 1;
                if (p > 0 && IsGluedApostrophe(toks, p)) p--;
                return MalayHonorifics.Contains(toks[p].Text);
            }
            return false;
        }

        /// <summary>A rank right before <paramref name="i"/>, or before up to three grade or corps words before it.</summary>
        private static bool RankBefore(TokenList toks, int i)
        {
            for (int r = i - 1; r >= 0 && r >= i - 4 && toks[r].IsWord; r--)
            {
                if (NameLexicon.IsRank(toks[r].Text)) return true;
                if (!Corps.Contains(toks[r].Text) && !RankGrades.Contains(toks[r].Text)) return false;
            }
            return false;
        }

        private static readonly HashSet<string> Corps = LexiconResource.WordSet("corps");
        private static readonly HashSet<string> RankGrades = LexiconResource.WordSet("rank-grades");

        private static readonly HashSet<string> MalayHonorifics = LexiconResource.WordSet("malay-honorifics");

        private static bool IsSri(Tok t) => t.Is("sri") || t.Is("seri");

        /// <summary>"Dato’": an apostrophe written right after the word before it.</summary>
        private static bool IsGluedApostrophe(TokenList toks, int i)
            => toks[i].Text.Length == 1 && (toks[i].Text[0] == '\'' || toks[i].Text[0] == '\u2019') && toks[i].Start == toks[i - 1].End;

        /// <summary>"Kab. Sukamaju": a period glued to a short capitalised word and followed by a capitalised word.</summary>
        private static bool AbbreviationPeriod(TokenList toks, int i)
            => toks[i].Text == "." && i > 0 && i + 1 < toks.Count && toks[i - 1].IsCap && toks[i - 1].Text.Length <= 4
               && toks[i].Start == toks[i - 1].End && toks[i + 1].IsCap;

        private static bool IsParticle(Tok t) => t.IsWord && !t.IsCap && NameLexicon.IsNameParticle(t.Text);

        /// <summary>A lower-case particle inside a name: after a name word (or particle) and before a name word (or "von der Leyen").</summary>
        private static bool IsParticleAt(TokenList toks, int j, bool inRun)
        {
            if (!inRun || j == 0 || !IsParticle(toks[j])) return false;
            var prev = toks[j - 1];
            if (!(prev.IsCap && !NameLexicon.IsNonName(prev.Text) || IsParticle(prev) && j >= 2 && toks[j - 2].IsCap)) return false;
            int n = j + 1;
            if (n < toks.Count && IsParticle(toks[n])) n++;
            if (n >= toks.Count || !toks[n].IsCap) return false;
            // "Faisal bin Turki": after bin/binti any capitalised word but a role or organisation word is a name
            if (IsPatronymic(toks[j]) && !NameLexicon.IsPersonRole(toks[n].Text) && !NameLexicon.IsOrgWord(toks[n].Text)) return true;
            return !NameLexicon.IsNonName(toks[n].Text);
        }

        private static bool IsPatronymic(Tok t) => t.Is("bin") || t.Is("binti") || t.Is("ibn") || t.Is("ibnu") || t.Is("bt") || t.Is("bte");

    }
}
