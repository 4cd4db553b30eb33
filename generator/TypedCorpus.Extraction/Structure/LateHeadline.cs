using static TypedCorpus.Extraction.Structure.LineShapes;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>
    /// A page whose header block was copied after the text ("… lead … body …", then "Headline", "Kamis, 4 April 2024 16:32
    /// WIB"): when no headline stood before the lead, a headline-like line right above a publication time is the headline.
    /// </summary>
    internal static class LateHeadline
    {
        public static void Take(ArticleLines lines, int lead)
        {
            if (lines.Title != null) return;
            for (int i = lead + 1; i < lines.Count; i++)
            {
                if (lines.Kind[i] != LineKind.Paragraph && lines.Kind[i] != LineKind.Heading && !IsTeaser(lines, i)) continue;
                var n = lines.Norm[i];
                int j = lines.NextNonBlank(i);
                if (j < 0 || lines.Kind[j] != LineKind.Furniture || !IsTimeLine(lines.Norm[j])) continue;
                if (IsProseLike(n) || !IsTitleLike(n) || WordCount(n, atMost: 4) < 4) continue;
                lines.ToTitle(i);
                return;
            }
        }

        /// <summary>Line <paramref name="i"/> was taken for another article's headline (its own, copied after the text, looks the same).</summary>
        private static bool IsTeaser(ArticleLines lines, int i)
            => lines.Kind[i] == LineKind.Furniture && lines.Furniture.Exists(f => f.Line == i + 1 && f.Kind == FurnitureKind.MoreNews);

        /// <summary>A publication time or date alone ("Kamis, 4 April 2024 16:32 WIB", "Selasa 12-05-2020,18:42 WIB").</summary>
        private static bool IsTimeLine(string n)
            => LinePatterns.MayBeTimestamp(n) && LinePatterns.Timestamp.IsMatch(n) || n.Length <= 40 && LinePatterns.DateAlone.IsMatch(n);
    }
}
