using System.Linq;
using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.People
{
    public static partial class NameScanner
    {
        /// <summary>"MSc", "DEA", "SH": a degree written without periods (two capitals or more, so "Ma" the name is none).</summary>
        private static bool IsDegreeWord(Tok t)
            => t.IsWord && (t.Upper && DegreeWords.Contains(t.Text) && NameLexicon.IsDegree(t.Text) || IsGluedDegree(t.Text));

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
    }
}
