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
                if (lines.Kind[j] != null || !HeaderClassifier.RepeatsStandfirst(lines.Norm[j], leadText, prefixLen) || Captions.LooksLikeHeaderCaption(lines, lines.Norm[j])) continue;
                int t = lines.PrevNonBlank(j);
                if (t < first || lines.Kind[t] != null || !IsTitleLike(lines.Norm[t]) || IsProseLike(lines.Norm[t])) return;
                lines.Title = lines.Raw[t].Trim();
                lines.TitleLine = t + 1;
                lines.Mark(t, LineKind.Title);
                lines.Subtitle = lines.Raw[j].Trim();
                lines.Mark(j, LineKind.Subtitle);
                return;
            }
            if (!TakeAboveByline(lines, first, lead)) TakeRepeatedHeadline(lines, first, lead);
        }

        /// <summary>
        /// The byline anchors them too: "Penulis: X | Editor: Y" right under a standfirst (a sentence, or a line of eight words
        /// or more in sentence case the body says again) under a headline-like line that is no header furniture (a tagline, a
        /// topic list, a promotion) is the page's standfirst and headline, whatever rubrics and
        /// slogans stand above them ("Sulawesi Utara / Menuju Sulut Maju, … / Jalan Rusak di Minsel / headline / standfirst /
        /// Penulis: … | Editor: …").
        /// </summary>
        private static bool TakeAboveByline(ArticleLines lines, int first, int lead)
        {
            for (int b = first; b < lead; b++)
            {
                if (lines.Kind[b] != null || lines.Norm[b].Length == 0 || LineRules.FirstMatch(LineRules.Header, lines.Norm[b]) is not { Kind: FurnitureKind.Author }) continue;
                int s = lines.PrevNonBlank(b), t = s > first ? lines.PrevNonBlank(s) : -1;
                if (t < first || lines.Kind[s] != null || lines.Kind[t] != null || !IsStandfirst(lines, s, lead) || Captions.LooksLikeCaption(lines, lines.Norm[s]) || Captions.LooksLikeHeaderCaption(lines, lines.Norm[s])) return false;
                if (!IsHeadline(lines.Norm[t]) || Captions.LooksLikeCaption(lines, lines.Norm[t]) || LineRules.FirstMatch(LineRules.Header, lines.Norm[t]) != null) return false;
                lines.Title = lines.Raw[t].Trim();
                lines.TitleLine = t + 1;
                lines.Mark(t, LineKind.Title);
                lines.Subtitle = lines.Raw[s].Trim();
                lines.Mark(s, LineKind.Subtitle);
                return true;
            }
            return false;
        }

        /// <summary>A headline-like line of four words or more with small letters, not a date ("Pasuruan, Kamis 16 Februari 2023") nor a credit in capitals.</summary>
        private static bool IsHeadline(string n)
        {
            if (!IsTitleLike(n) || IsProseLike(n) || WordCount(n, atMost: 4) < 4) return false;
            bool small = false;
            foreach (char c in n) if (char.IsLower(c)) { small = true; break; }
            return small && IndonesianDates.FindAll(n).Count == 0;
        }

        /// <summary>
        /// A standfirst: a sentence, or a line of eight words or more in sentence case that the body says again (its first five
        /// words open a line after the lead: a headline in sentence case is said again by no paragraph).
        /// </summary>
        private static bool IsStandfirst(ArticleLines lines, int s, int lead)
        {
            var n = lines.Norm[s];
            // a pull quote under the headline stays the quotation it is
            if (StartsWithQuote(n)) return false;
            if (IsProseLike(n)) return true;
            int words = WordCount(n, atMost: 26), capitalised = 0;
            if (words < 8 || !char.IsUpper(n[0])) return false;
            for (int i = 1; i < n.Length; i++) if (n[i - 1] == ' ' && char.IsUpper(n[i])) capitalised++;
            if (capitalised * 4 > words) return false;
            var opening = FirstWords(n, 5);
            for (int j = lead; j < lines.Count; j++)
                if (lines.Norm[j].StartsWith(opening, System.StringComparison.Ordinal)) return true;
            return false;
        }

        private static string FirstWords(string n, int count)
        {
            int k = 0;
            for (int seen = 0; k < n.Length; k++)
                if (n[k] == ' ' && ++seen == count) break;
            return n.Substring(0, k);
        }

        /// <summary>
        /// A headline written twice before the lead (the page's title and its heading) is the headline; a headline-like line
        /// above its first copy is a kicker ("Harga Cabai Naik" over "Pedagang Mengeluh …" twice).
        /// </summary>
        private static void TakeRepeatedHeadline(ArticleLines lines, int first, int lead)
        {
            if (lines.Title != null) return;
            for (int t = first; t < lead; t = lines.NextNonBlank(t) is int nx && nx > t ? nx : lead)
            {
                var n = lines.Norm[t];
                if (n.Length == 0 || lines.Kind[t] != null || WordCount(n, atMost: 4) < 4 || !IsTitleLike(n) || IsProseLike(n) || Captions.LooksLikeCaption(lines, n)) continue;
                if (!IsRepeated(lines, t, lead)) continue;
                for (int k = first; k < t; k++)
                    if (lines.Kind[k] is null && lines.Norm[k].Length > 0 && IsTitleLike(lines.Norm[k]) && !IsProseLike(lines.Norm[k]) && !Captions.LooksLikeCaption(lines, lines.Norm[k]))
                        lines.AddFurniture(k, FurnitureKind.Topics);
                lines.Title = lines.Raw[t].Trim();
                lines.TitleLine = t + 1;
                lines.Mark(t, LineKind.Title);
                return;
            }
        }

        private static bool IsRepeated(ArticleLines lines, int t, int lead)
        {
            for (int j = t + 1; j < lead; j++) if (lines.Norm[j] == lines.Norm[t]) return true;
            return false;
        }
    }
}
