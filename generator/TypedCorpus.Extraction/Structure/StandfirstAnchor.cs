using static TypedCorpus.Extraction.Structure.LineShapes;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>
    /// A page may open with banners and labels that read like headlines ("Breaking News", a sponsor's slogan, a section's
    /// name). The standfirst anchors the headline: a line before the lead whose words open the lead again is the standfirst,
    /// and the headline-like line right above it the headline, whatever stands above them.
    /// </summary>
    internal static class StandfirstAnchor
    {
        /// <summary>Sets the headline and standfirst before the header is classified, when the lead repeats a line above it.</summary>
        public static void Take(ArticleLines lines, int first, int lead, int prefixLen)
        {
            if (lead <= first) return;
            var leadText = lines.Norm[lead];
            // bylines, credits and captions may stand between the standfirst and the lead
            for (int j = lines.PrevNonBlank(lead), k = 0; j >= first && k < 5; j = lines.PrevNonBlank(j), k++)
            {
                if (lines.Kind[j] != null || !HeaderClassifier.RepeatsStandfirst(lines.Norm[j], leadText, prefixLen) || Captions.LooksLikeCaption(lines, lines.Norm[j])) continue;
                int t = lines.PrevNonBlank(j);
                if (t < first || lines.Kind[t] != null || !IsTitleLike(lines.Norm[t]) || IsProseLike(lines.Norm[t])) return;
                lines.Title = lines.Raw[t].Trim();
                lines.TitleLine = t + 1;
                lines.Mark(t, LineKind.Title);
                lines.Subtitle = lines.Raw[j].Trim();
                lines.Mark(j, LineKind.Subtitle);
                return;
            }
        }
    }
}
