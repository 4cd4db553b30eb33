using System;
using System.Text.RegularExpressions;
using static TypedCorpus.Extraction.Structure.LinePattern;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>
    /// A photo's credit written with the copyright sign ("© KABAR.ORG", "© @akunfoto") above its caption: the sign names the
    /// photo's owner, not the page's, so the line neither signs the article off nor ends it. The caption under it may repeat
    /// the credit after a label ("… Copyright: © KABAR.ORG"), which is cut off its text.
    /// </summary>
    internal static class CopyrightCredits
    {
        // a short name after the sign and no year: "© KABAR.ORG", "© @akunfoto" (a page's notice has a year, "Hak Cipta", "All rights")
        private static readonly Regex Credit = new Regex(@"^©\s*(?<c>@?[\p{L}\d][\p{L}\d._-]*(?:\s[\p{L}\d._-]+){0,2})$", Opt, Timeout);

        // the credit repeated after the caption's text: "… Copyright: © KABAR.ORG", "… Copyright: @akunfoto…"
        private static readonly Regex Repeated = new Regex(@"\s+(?:Copyright|Foto|Sumber)\s*:\s*©?\s*@?\S.*$", Opt | RegexOptions.IgnoreCase, Timeout);

        /// <summary>Line <paramref name="i"/> as a credit-only caption, and the caption under it, when it is such a credit.</summary>
        public static bool TryTake(ArticleLines lines, int i, string n)
        {
            if (n.Length > 40 || n[0] != '©' || !(Credit.Match(n) is { Success: true } m) || IndonesianDates.HasYear(m.Groups["c"].Value)) return false;
            int j = lines.NextNonBlank(i);
            if (j < 0 || lines.Kind[j] != null) return false;
            var text = lines.Norm[j];
            var r = Repeated.Match(text);
            if (!r.Success) return false;
            var credit = m.Groups["c"].Value;
            lines.Mark(i, LineKind.Caption);
            lines.Captions.Add(new CaptionModel(i + 1, "", credit));
            lines.Mark(j, LineKind.Caption);
            lines.Captions.Add(new CaptionModel(j + 1, text.Substring(0, r.Index).Trim(), credit));
            return true;
        }
    }
}
