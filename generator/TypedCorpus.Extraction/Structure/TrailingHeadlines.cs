using System;
using System.Collections.Generic;
using static TypedCorpus.Extraction.Structure.LineShapes;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>A list of other articles at the page's end without its label: headlines or cut-off teasers under each other.</summary>
    internal static class TrailingHeadlines
    {
        /// <summary>
        /// Rule trailing-headlines: three or more headlines on lines right under each other (no blank line between) after which the
        /// page holds no prose are a list of other articles without its label.
        /// </summary>
        public static bool StartsAt(ArticleLines lines, int i)
        {
            // (not the items of a list its introduction's colon opens: "… sebagai berikut:", nor a list
            // whose lines open with the same word: "Juara I …", "Juara II …")
            int p = lines.PrevNonBlank(i);
            if (p >= 0 && (lines.Norm[p].EndsWith(":", StringComparison.Ordinal) || lines.Kind[p] == LineKind.ListItem)) return false;
            int j = i;
            var firstWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            while (j < lines.Count && BodyClassifier.IsBlockTitle(lines.Norm[j]) && (IsCapitalisedHeadline(lines.Norm[j]) || IsCutTeaser(lines.Norm[j])))
            {
                var n = lines.Norm[j];
                int sp = n.IndexOf(' ');
                if (!firstWords.Add(sp > 0 ? n.Substring(0, sp) : n)) return false;
                j++;
            }
            if (j - i < 3) return false;
            for (int k = j; k < lines.Count; k++) if (IsProseLike(lines.Norm[k])) return false;
            return true;
        }

        /// <summary>An article's opening cut off for a teaser: "Polisi menangkap 18 pelaku judi yang meresahkan warga di…".</summary>
        private static bool IsCutTeaser(string n) => n.EndsWith("…", StringComparison.Ordinal) || n.EndsWith("...", StringComparison.Ordinal);

        /// <summary>A headline's or a widget's words: two or more, three in four of them capitalised (numbers, marks and links count so).</summary>
        internal static bool IsCapitalisedHeadline(string n)
        {
            var words = n.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) return false;
            int capital = 0;
            foreach (var w in words) if (!char.IsLower(w[0]) || w.StartsWith("http", StringComparison.Ordinal)) capital++;
            return capital * 4 >= words.Length * 3;
        }
    }
}
