using System.Linq;
using static TypedCorpus.Extraction.Structure.LineShapes;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>The shapes of header lines that are layout rather than headline: menus, menu items, kickers, labels glued to the headline, a promotion's text going on.</summary>
    internal static class HeaderShapes
    {
        /// <summary>A site menu copied with the page: line <paramref name="i"/> is one of three or more lines in a row of at most three words each.</summary>
        internal static bool InNavigation(ArticleLines lines, int i)
        {
            if (!IsShortLabel(lines, i)) return false;
            int run = 1;
            for (int j = lines.PrevNonBlank(i); j >= 0 && run < 3 && IsShortLabel(lines, j); j = lines.PrevNonBlank(j)) run++;
            for (int j = lines.NextNonBlank(i); j >= 0 && run < 3 && IsShortLabel(lines, j); j = lines.NextNonBlank(j)) run++;
            return run >= 3;
        }

        /// <summary>"• Home", "• Warga Desa Sepakat Berdamai": a bullet before the lead with no sentence after it is a menu's or breadcrumb's item.</summary>
        internal static bool IsMenuItem(string n)
        {
            var m = ListMarker.Match(n);
            if (!m.Success || !m.Groups["b"].Success) return false;
            var rest = n.Substring(m.Length);
            return rest.Length > 0 && !IsProseLike(rest) && ".!?".IndexOf(rest[rest.Length - 1]) < 0;
        }

        /// <summary>"- Banjir Rendam Ratusan Rumah di Sukamaju": a bulleted headline (three in four words capitalised), an item of a list of other articles.</summary>
        internal static bool IsHeadlineItem(string n)
            => IsMenuItem(n) && ListMarker.Match(n) is var m && TrailingHeadlines.IsCapitalisedHeadline(n.Substring(m.Length)) && WordCount(n, atMost: 5) >= 5;

        /// <summary>
        /// "Warga Gunakan Sandal dan Helm Untuk Mengantre Beras Murah di GOR.": a headline closed by a stop, one sentence of four
        /// to twenty words, all capitalised but small function words: the page's headline, not its lead.
        /// </summary>
        internal static bool IsStoppedHeadline(string n)
        {
            // (a day in brackets, "Senin (14/8/2023).", closes a lead or a caption)
            if (n.Length < 20 || n[n.Length - 1] != '.' || n.IndexOf(". ", System.StringComparison.Ordinal) >= 0 || StartsWithQuote(n) || n.IndexOf('(') >= 0) return false;
            int words = WordCount(n, atMost: 21);
            if (words < 4 || words > 20) return false;
            // every word capitalised but a headline's small function words ("di", "dan", "untuk"): a sentence has verbs in small letters
            foreach (var w in n.Substring(0, n.Length - 1).Split(' '))
                if (w.Length > 0 && char.IsLower(w[0]) && !HeadlineSmallWords.Contains(w)) return false;
            return true;
        }

        private static readonly System.Collections.Generic.HashSet<string> HeadlineSmallWords = Lexicon.LexiconResource.WordSet("headline-small-words");

        // "Sukamaju, Kamis 16 Februari 2023": a place and the day of filing, alone on a line above the lead
        private static readonly System.Text.RegularExpressions.Regex PlaceAndDay = new System.Text.RegularExpressions.Regex(
            @"^(?<p>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?),\s*(?:\p{L}{4,6}'?\p{L}{0,2},?\s+)?\d{1,2}\s+\p{L}{3,9}\s+\d{4}$", LinePattern.Opt, LinePattern.Timeout);

        /// <summary>
        /// "Sukamaju, Kamis 16 Februari 2023" above the lead: the dateline's place and day on a line of their own, page layout;
        /// a lead's dateline read as "Kabarku Sukamaju" then is the outlet and that place.
        /// </summary>
        internal static bool TryPlaceAndDay(ArticleLines lines, int i, string n)
        {
            if (n.Length > 50 || !char.IsDigit(n[n.Length - 1]) || !(PlaceAndDay.Match(n) is { Success: true } m) || !(IndonesianDates.FindAll(n) is { Count: 1 } dates && dates[0].Valid)) return false;
            lines.AddFurniture(i, FurnitureKind.Other);
            lines.DatedLayout.Add(i);
            var place = m.Groups["p"].Value;
            // (not "Kota Batu" or "Kabupaten Bogor": a place unit before the place is no outlet)
            if (lines.Outlet is null && lines.Dateline is { } d && d.Length > place.Length + 1 && d.EndsWith(" " + place, System.StringComparison.Ordinal)
                && d.Substring(0, d.Length - place.Length - 1) is var brand && !Lexicon.NameLexicon.IsPlaceUnit(brand) && !Lexicon.NameLexicon.PlaceWords.Contains(brand) && !Datelines.IsKnownPlace(d))
            {
                lines.Outlet = d.Substring(0, d.Length - place.Length - 1);
                lines.Dateline = place;
            }
            return true;
        }

        /// <summary>A line not yet classified (front matter is not a menu) of at most three words, not ending a sentence.</summary>
        internal static bool IsShortLabel(ArticleLines lines, int i)
        {
            var n = lines.Norm[i];
            return lines.Kind[i] is null && n.Length > 0 && WordCount(n, atMost: 4) <= 3 && ".!?\"”".IndexOf(n[n.Length - 1]) < 0;
        }

        /// <summary>
        /// "Gabung grup kami … klik tombol di bawah ini." then "kemudian gabung. Pasang aplikasinya dulu.": a line opening in small
        /// letters right under a promotion's line goes on with the promotion's text.
        /// </summary>
        internal static bool ContinuesPromo(ArticleLines lines, int i, string n)
        {
            if (!char.IsLower(n[0])) return false;
            int p = lines.PrevNonBlank(i);
            if (p < 0 || lines.Kind[p] != LineKind.Furniture) return false;
            for (int k = lines.Furniture.Count - 1; k >= 0; k--)
                if (lines.Furniture[k].Line == p + 1) return lines.Furniture[k].Kind == FurnitureKind.Promo;
            return false;
        }

        /// <summary>
        /// A topic label above the headline ("Kesehatan", "Banjir Jakarta"): a line of at most three words before a longer
        /// headline-like line of five words or more.
        /// </summary>
        internal static bool IsKicker(ArticleLines lines, int i, string n)
        {
            if (WordCount(n) > 3 || !IsTitleLike(n)) return false;
            int j = lines.NextNonBlank(i);
            return j >= 0 && lines.Kind[j] is null && WordCount(lines.Norm[j]) >= 5 && IsTitleLike(lines.Norm[j]) && !IsProseLike(lines.Norm[j]);
        }

        /// <summary>"NusantaraBanjir Rendam Ratusan Rumah" before "Banjir Rendam Ratusan Rumah": a label glued to the headline that follows.</summary>
        internal static bool GluedToNext(ArticleLines lines, int i, string n)
        {
            // the headline follows within a few lines ("NusantaraBanjir …", "Iklan", "Banjir …")
            for (int j = lines.NextNonBlank(i), k = 0; j >= 0 && k < 3; j = lines.NextNonBlank(j), k++)
            {
                var next = lines.Norm[j];
                if (next.Length >= 10 && n.Length > next.Length && n.EndsWith(next, System.StringComparison.Ordinal) && IsTitleLike(next)) return true;
            }
            return false;
        }

        /// <summary>
        /// "MUBA, KS – " under a site's header "Kabarsumatera.com": an outlet's code of two to four capitals whose letters the
        /// domain alone on a line above the lead spells in order, from its first letter, is that domain's abbreviation; the
        /// domain is the outlet. Null when there is no such line.
        /// </summary>
        internal static string? DomainForCode(ArticleLines lines, int first, int lead, string? outlet)
        {
            if (outlet is not { Length: >= 2 and <= 4 } code || code.Any(c => !char.IsUpper(c))) return null;
            for (int j = first; j < lead; j++)
            {
                var n = lines.Norm[j];
                if (n.Length > 40 || n.IndexOf(' ') >= 0 || !Datelines.IsDomainLike(n) || char.ToUpperInvariant(n[0]) != code[0]) continue;
                var name = n.Substring(0, n.IndexOf('.')).ToUpperInvariant();
                int k = 0;
                foreach (char c in name) if (k < code.Length && c == code[k]) k++;
                if (k == code.Length) return n;
            }
            return null;
        }
    }
}
