using System.Linq;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public static partial class NameScanner
    {
        /// <summary>"MSc", "DEA", "SH": a degree written without periods (two capitals or more, so "Ma" the name is none).</summary>
        private static bool IsDegreeWord(Tok t)
            => t.IsWord && (t.Upper && DegreeWords.Contains(t.Text) && NameLexicon.IsDegree(t.Text) || IsGluedDegree(t.Text));

        /// <summary>"Pr", "SJ", "OFM": a priest's order after his name (<c>religious-orders.txt</c>), capitalised.</summary>
        private static bool IsReligiousOrder(Tok t) => t.IsWord && t.Upper && ReligiousOrders.Contains(t.Text);

        private static readonly System.Collections.Generic.HashSet<string> ReligiousOrders = LexiconResource.WordSet("religious-orders");

        /// <summary>
        /// "dr Rina Ayu SpPD FINASIM", "Budi Santoso MscIH MPH": a word of three to eight letters that mixes small letters with a
        /// capital after its first letter is a degree (a specialist's "SpN", "SpOG", a foreign "MscIH", "CCMs"), not a name word;
        /// not a name made of two capitalised parts ("TikTok", "NasDem", "YouTube": two capitals each with two small letters after).
        /// </summary>
        private static bool IsMixedCaseDegree(Tok t)
        {
            var w = t.Text;
            if (!t.IsWord || !t.Upper || w.Length < 3 || w.Length > 8) return false;
            bool lower = false, innerUpper = false;
            int humps = 0;
            for (int k = 0; k < w.Length; k++)
            {
                if (char.IsUpper(w[k])) { if (k > 0) innerUpper = true; if (k + 2 < w.Length && char.IsLower(w[k + 1]) && char.IsLower(w[k + 2])) humps++; }
                else if (char.IsLower(w[k])) lower = k > 0 || lower;
                else return false;
            }
            // ("McKenzie", "DiCaprio": a name's part after its prefix ends in small letters; "SpPD", "MscIH", "CCMs" do not, or are short)
            return lower && innerUpper && humps < 2 && (char.IsUpper(w[w.Length - 1]) || w.Length <= 4);
        }

        /// <summary>"MHum", "SPd", "SSn": a degree's letter and its part glued without periods, the part capitalised.</summary>
        private static bool IsGluedDegree(string w)
            => w.Length is >= 3 and <= 6 && w[0] is 'S' or 'M' or 'D' && char.IsUpper(w[1]) && w.Skip(2).All(char.IsLower) && DegreeParts.Contains(w.Substring(1));

        /// <summary>"S.Sos.", "M.Si.", "S.H.": S, M or D, a period, a degree's part and its period at <paramref name="j"/>.</summary>
        /// <remarks>The closing period may be left out before a space or the text's end ("Muh. Syarif, M.Si (Rektor …)").</remarks>
        /// <remarks>"M. Ag" (a space after the period): with a part of two letters or more, still a degree.</remarks>
        private static bool DegreeAt(TokenList toks, int j)
            => j + 2 < toks.Count && toks[j].IsWord && toks[j].Text is "S" or "M" or "D" && toks[j + 1].Text == "." && toks[j + 1].Start == toks[j].End
               && toks[j + 2].IsWord && (toks[j + 2].Start == toks[j + 1].End || toks[j + 2].Text.Length >= 2 && toks[j + 2].Start == toks[j + 1].End + 1)
               && DegreeParts.Contains(toks[j + 2].Text)
               && (j + 3 >= toks.Count || toks[j + 3].Text is "." or "," || toks[j + 3].Start > toks[j + 2].End); // "Sunario, S.E, …"

        /// <summary>Past the degrees written after a name ("SE", "PhD", "M.Si", "SH, MH"): where the text after the name goes on.</summary>
        internal static int SkipDegrees(TokenList toks, int i)
        {
            while (i < toks.Count)
            {
                int at = i < toks.Count - 1 && toks[i].Text == "," ? i + 1 : i;
                if (IsDegreeWord(toks[at])) i = at + 1;
                else if (DegreeAt(toks, at)) i = at + (at + 3 < toks.Count && toks[at + 3].Text == "." ? 4 : 3);
                else if (DottedDegreeLength(toks, at) is var n && n > 0) i = at + n;
                else return i;
            }
            return i;
        }

        /// <summary>"M.Eng.Sc": past further parts glued to a degree with their periods from <paramref name="i"/>.</summary>
        private static int PastDegreeParts(TokenList toks, int i)
        {
            while (i + 1 < toks.Count && toks[i].Text == "." && toks[i].Start == toks[i - 1].End && toks[i + 1].Start == toks[i].End && DegreeParts.Contains(toks[i + 1].Text)) i += 2;
            return i;
        }

        /// <summary>
        /// Rule dotted-degree: "Lc." (an Islamic bachelor's), "Sp.A.", "Sp.PD", "Sp.OG." (a medical specialist's, its field glued
        /// after the period): a word of Resources/dotted-degrees.txt written with its glued period is a degree, no name word.
        /// Returns how many tokens the degree takes at <paramref name="j"/> (0: none there).
        /// </summary>
        internal static int DottedDegreeLength(TokenList toks, int j)
        {
            if (j + 1 >= toks.Count || !toks[j].IsWord || !toks[j].IsCap || !DottedDegrees.Contains(toks[j].Text)
                || toks[j + 1].Text != "." || toks[j + 1].Start != toks[j].End) return 0;
            if (j + 2 >= toks.Count || !toks[j + 2].IsWord || !toks[j + 2].IsCap || toks[j + 2].Start != toks[j + 1].End || FieldLength(toks[j + 2].Text) > 4) return 2;
            int n = 3;
            // a consultant's mark glued after the field: "Sp.OG(K)" (a subspecialty joined by a hyphen is in the field's word: "Sp.PD-KGEH")
            if (Glued(toks, j + n, "(") && j + n + 2 < toks.Count && toks[j + n + 1].Upper && Glued(toks, j + n + 1, null) && Glued(toks, j + n + 2, ")")) n += 3;
            return Glued(toks, j + n, ".") ? n + 1 : n;
        }

        /// <summary>The letters of a specialist's field before a subspecialty joined by a hyphen ("PD" of "PD-KGEH").</summary>
        private static int FieldLength(string w) => w.IndexOf('-') is var h && h > 0 ? h : w.Length;

        /// <summary>The token at <paramref name="i"/> follows the one before with no space (and is <paramref name="text"/> when given).</summary>
        private static bool Glued(TokenList toks, int i, string? text)
            => i < toks.Count && toks[i].Start == toks[i - 1].End && (text == null || toks[i].Text == text);

        private static readonly System.Collections.Generic.HashSet<string> DottedDegrees = LexiconResource.WordSet("dotted-degrees");
    }
}
