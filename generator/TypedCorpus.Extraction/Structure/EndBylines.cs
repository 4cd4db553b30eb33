using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using static TypedCorpus.Extraction.Structure.LinePattern;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>
    /// Bylines at the article's end: a label alone with the writer on the next line ("Published by" / name), a writer's name
    /// in brackets as the sign-off ("(Nama/Outlet.com)", "(Nama)"), on its own line or closing the last paragraph.
    /// </summary>
    internal static class EndBylines
    {
        /// <summary>Names a byline may hold that are no writer: offices, desks, agencies.</summary>
        internal static readonly HashSet<string> NonWriters = Lexicon.LexiconResource.WordSet("byline-non-writers");

        private static readonly Regex LabelAlone = new Regex(@"^(?:(?:Published|Posted|Written)\s+by|(?:Ditulis|Diunggah)\s+oleh)\s*:?$", Opt | RegexOptions.IgnoreCase, Timeout);

        // "(Nama Penulis/Outlet.com)", "(Nama)": a name in capitals and small letters, then at most two slash parts
        private static readonly Regex SignOffName = new Regex(@"^\((?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3})(?:/[^()/]{2,40}){0,2}\)$", Opt, Timeout);

        // the same sign-off closing the last paragraph: "… kenaikan upah. (Nama)"
        private static readonly Regex GluedSignOff = new Regex(@"[.!?""”]\s*\((?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3})\)$", Opt, Timeout);

        /// <summary>"Published by" alone, the writer's name on the next line: both lines are the byline.</summary>
        public static bool TryLabelAlone(ArticleLines lines, int i, string n)
        {
            if (n.Length > 24 || !LabelAlone.IsMatch(n)) return false;
            lines.AddFurniture(i, FurnitureKind.Author);
            int j = lines.NextNonBlank(i);
            if (j >= 0 && lines.Kind[j] is null && lines.Norm[j].Length <= 60 && Bylines.NameLine.IsMatch(lines.Norm[j]))
            {
                lines.AddFurniture(j, FurnitureKind.Author);
                Bylines.TakeName(lines, lines.Norm[j].TrimEnd(',', ' '));
            }
            return true;
        }

        /// <summary>"(Nama/Outlet.com)" or "(Nama)" alone on a line: the writer's sign-off (one short word is a code, as "(Red)").</summary>
        public static bool TrySignOffName(ArticleLines lines, int i, string n)
        {
            if (n.Length > 80 || n[0] != '(' || n[n.Length - 1] != ')') return false;
            var m = SignOffName.Match(n);
            if (!m.Success || !IsWriterName(m.Groups["name"].Value)) return false;
            lines.AddFurniture(i, FurnitureKind.Author);
            Bylines.TakeName(lines, m.Groups["name"].Value);
            return true;
        }

        /// <summary>When no byline named the writer: a name in brackets closing the last paragraph ("… upah. (Nama)").</summary>
        public static void TakeFromLastParagraph(ArticleLines lines)
        {
            if (lines.Author != null || lines.Paragraphs.Count == 0) return;
            var text = lines.Paragraphs[lines.Paragraphs.Count - 1].Text;
            if (text.Length == 0 || text[text.Length - 1] != ')') return;
            var m = GluedSignOff.Match(text);
            if (m.Success && IsWriterName(m.Groups["name"].Value)) Bylines.TakeName(lines, m.Groups["name"].Value);
        }

        /// <summary>
        /// A writer's name: not an office or agency, and one word only when it is at least four letters long; words of two
        /// letters each ("Ac Dt") are the desk's codes.
        /// </summary>
        private static bool IsWriterName(string name)
            => !NonWriters.Contains(name) && (name.IndexOf(' ') > 0 ? LongestWord(name) >= 3 : name.Length >= 4);

        private static int LongestWord(string name)
        {
            int longest = 0, run = 0;
            foreach (char c in name) { run = c == ' ' ? 0 : run + 1; if (run > longest) longest = run; }
            return longest;
        }

        /// <summary>A paragraph that only repeats the writer's name (an author box's heading) is the byline's furniture.</summary>
        public static void DropNameEchoes(ArticleLines lines)
        {
            if (lines.Author is null) return;
            for (int k = lines.Paragraphs.Count - 1; k >= 0; k--)
                if (string.Equals(lines.Paragraphs[k].Text, lines.Author, StringComparison.Ordinal)) lines.ParagraphToFurniture(lines.Paragraphs[k].Line - 1, FurnitureKind.Author);
        }
    }
}
