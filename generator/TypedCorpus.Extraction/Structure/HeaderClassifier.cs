using System.Linq;
using System.Threading;
using static TypedCorpus.Extraction.Structure.LineShapes;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>The header: the lead paragraph (with its dateline), and before it the headline, subtitle, captions and header furniture.</summary>
    internal static partial class HeaderClassifier
    {
        /// <summary>Finds the lead paragraph (the dateline's line when there is one), from the first non-blank line <paramref name="first"/>. Returns its index.</summary>
        public static int FindLead(ArticleLines lines, int first, CancellationToken ct, out int prefixLen)
        {
            prefixLen = 0;
            int seen = 0, longSeen = 0;
            for (int i = first; i < lines.Count && seen < 12; i++)
            {
                ct.ThrowIfCancellationRequested();
                var n = lines.Norm[i];
                if (n.Length == 0) continue;
                // a menu's short lines; a dateline alone on its line may close them ("oleh" / "Bagikan artikel ini" / "KOTA-Kabar.id")
                if (HeaderShapes.InNavigation(lines, i))
                {
                    if (DatelineAlone(lines, i, n)) { prefixLen = 0; return lines.NextNonBlank(i); }
                    continue;
                }
                // page chrome and bylines do not use up the lines the lead is looked for in, nor a list of other articles' headlines
                var rule = LineRules.FirstMatch(LineRules.Header, n);
                bool furniture = rule != null || HeaderShapes.IsHeadlineItem(n);
                if (!furniture) seen++;
                // a kicker of a word or three above the headline ("Sukamaju") leaves the headline the first line that may be one
                if (!furniture && WordCount(n, atMost: 4) >= 4) longSeen++;
                // a dated byline ("Nama — Kabar Kota 22 Juli 2025") reads like a dateline before six words
                if ((rule != LineRules.DatedByline || Bylines.DatedBylineNamesPlace(n)) && Datelines.TryDateline(n, out var outlet, out var city, out prefixLen) && WordCount(n, prefixLen, atMost: 6) >= 6 && !CaptionBeforeDateline(lines, i, n))
                {
                    lines.Outlet = HeaderShapes.DomainForCode(lines, first, i, outlet) ?? outlet ?? DomainAbove(lines, i);
                    lines.Dateline = city;
                    return i;
                }
                if (DatelineAlone(lines, i, n)) { prefixLen = 0; return lines.NextNonBlank(i); }
                if (OutletAboveDashedLead(lines, i, n, out prefixLen)) return lines.NextNonBlank(i);
                if (furniture || NoLeadBeforeIt(lines, i, n, seen)) continue;
                if ((IsProseLike(n) || lines.WrapsIntoNext(i)) && !(longSeen == 1 && IsTitleLike(n) && NextIsProse(lines, i)))
                    return LaterDateline(lines, i, ct, out prefixLen) is int d ? d : i;
            }
            prefixLen = 0;
            // No dateline and no prose in the first lines: the body starts at the first line that is not a title.
            return first;
        }

        /// <summary>
        /// Line <paramref name="i"/> reads as prose but is no lead: the page's first line as a headline closed by a stop (no
        /// dateline), a caption, or a related link's label alone.
        /// </summary>
        private static bool NoLeadBeforeIt(ArticleLines lines, int i, string n, int seen)
            => seen == 1 && HeaderShapes.IsStoppedHeadline(n) && lines.NextNonBlank(i) >= 0
               || Captions.LooksLikeHeaderCaption(lines, n) || IsLoneRelatedLabel(n);

        /// <summary>
        /// A page may put a photo caption or a teaser before the lead ("Beberapa wilayah … terendam banjir. Kompas.com/…", then
        /// "BANDUNG, KOMPAS.com - …"): an unmistakable dateline within the next few lines after the first prose line is the lead.
        /// </summary>
        private static int? LaterDateline(ArticleLines lines, int prose, CancellationToken ct, out int prefixLen)
        {
            prefixLen = 0;
            int seen = 0;
            for (int i = prose + 1; i < lines.Count && seen < 6; i++)
            {
                ct.ThrowIfCancellationRequested();
                var n = lines.Norm[i];
                if (n.Length == 0) continue;
                seen++;
                if (DatelineAlone(lines, i, n)) return lines.NextNonBlank(i);
                if (!Datelines.TryDateline(n, out var outlet, out var city, out int len) || WordCount(n, len, atMost: 6) < 6) continue;
                // the standfirst said again after the dateline ("Kabar - Pedagang di pasar …" under "Pedagang di pasar …") confirms it
                // so does a photo's caption above it ("… di balai desa, Senin (17/1/2022)", "… usai mediasi. (IST)")
                var above = lines.Norm[prose];
                if (!Datelines.IsUnmistakable(n, outlet, city, len) && !RepeatsStandfirst(above, n, len) && !Captions.EndsWithPhotoDate(above)
                    && !Captions.EndsWithBracketedSource(above) && !Captions.DomainCreditAt(above).Success) return null;
                lines.Outlet = outlet;
                lines.Dateline = city;
                prefixLen = len;
                return i;
            }
            return null;
        }

        /// <summary>
        /// "TANGKAP MALING - Ilustrasi petugas … Dok Damkar Kota" or "KABAR.COM - Warga mengungsi … (Kabar.com/Nama Orang)"
        /// above "KABAR.COM - Polisi …": a caption written like a dateline (a label in capitals or the outlet, then the photo's
        /// description and its credit) right before an unmistakable dateline is a caption.
        /// </summary>
        private static bool CaptionBeforeDateline(ArticleLines lines, int i, string n)
        {
            if (!Captions.LooksLikeCaption(lines, n)) return false;
            int seen = 0;
            for (int j = lines.NextNonBlank(i); j >= 0 && seen < 3; j = lines.NextNonBlank(j), seen++)
            {
                var next = lines.Norm[j];
                if (Datelines.TryDateline(next, out var outlet, out var city, out int len) && WordCount(next, len, atMost: 6) >= 6)
                    return Datelines.IsUnmistakable(next, outlet, city, len) && !Captions.LooksLikeCaption(lines, next);
            }
            return false;
        }

        /// <summary>The lead's text after its dateline opens with the first words of the prose line above it.</summary>
        internal static bool RepeatsStandfirst(string standfirst, string lead, int prefixLen)
        {
            int k = System.Math.Min(40, standfirst.Length);
            return k >= 20 && lead.Length - prefixLen >= k && string.CompareOrdinal(lead, prefixLen, standfirst, 0, k) == 0;
        }

        /// <summary>
        /// "Warta Ekonomi, Moskow -" or "Labura, MISTAR.ID" (a city and the outlet's domain) on a line of its own before the lead:
        /// the dateline, marked as furniture.
        /// </summary>
        private static bool DatelineAlone(ArticleLines lines, int i, string n)
        {
            if (LinePatterns.MayBeWidget(n) && LinePatterns.Widget.IsMatch(n)) return false; // "Font -": a page widget, no outlet
            if ((DatelineShapes.TryDomainCityAlone(n, out var domain, out var place) || DatelineShapes.TryCityParenAlone(n, out domain, out place)
                || DatelineVariants.TryCityDomainAlone(n, out domain, out place) || DatelineVariants.TryPlaceDashDomainAlone(n, out domain, out place)) && NextIsProse(lines, i))
            {
                lines.Outlet = domain;
                lines.Dateline = place;
                lines.AddFurniture(i, FurnitureKind.Other);
                return true;
            }
            char last = n[n.Length - 1];
            bool dash = last == '-' || last == '–' || last == '—';
            if (!dash && (n.Length > 60 || n.IndexOf(',') < 0)) return false;
            string probe = dash ? n + " X" : n + " - X";
            if (!Datelines.TryDateline(probe, out var outlet, out var city, out int len) || len != probe.Length - 1) return false;
            if (!dash && !IsPlaceAndOutlet(n, city, outlet) || !NextIsProse(lines, i)) return false;
            lines.Outlet = outlet;
            lines.Dateline = city;
            lines.AddFurniture(i, FurnitureKind.Other);
            return true;
        }

        /// <summary>
        /// A line alone without a dash is a dateline only as "City, DOMAIN", "CITY, KabarKita" (a brand after a place in capitals)
        /// or "Kota, Kabar Kita Daerah" (a known place and a name of capitalised words): the place first, the outlet last.
        /// </summary>
        private static bool IsPlaceAndOutlet(string n, string? city, string? outlet)
        {
            if (outlet is null || city is null || !n.StartsWith(city, System.StringComparison.OrdinalIgnoreCase) || !n.EndsWith(outlet, System.StringComparison.Ordinal)) return false;
            if (Datelines.IsDomainLike(outlet)) return true;
            if (Datelines.IsOutletLike(outlet) && !n.Substring(0, city.Length).Any(char.IsLower)) return true;
            return Datelines.IsKnownPlace(city) && outlet.Split(' ') is var words && words.Length <= 4 && words.All(w => w.Length > 0 && char.IsUpper(w[0]));
        }

        /// <summary>
        /// "Kabarkota.com" alone on its line and the lead under it opening with the dateline's dash ("- Tanah longsor …"): the
        /// outlet's domain is the dateline, the dash the lead's prefix.
        /// </summary>
        private static bool OutletAboveDashedLead(ArticleLines lines, int i, string n, out int prefixLen)
        {
            prefixLen = 0;
            if (n.Length > 40 || n.IndexOf(' ') >= 0 || !Datelines.IsDomainLike(n)) return false;
            int j = lines.NextNonBlank(i);
            if (j < 0) return false;
            var lead = lines.Norm[j];
            if (lead.Length < 3 || "-–—".IndexOf(lead[0]) < 0 || lead[1] != ' ' || !char.IsUpper(lead[2]) || !IsProseLike(lead.Substring(2))) return false;
            lines.Outlet = n;
            lines.AddFurniture(i, FurnitureKind.Other);
            prefixLen = 2;
            return true;
        }

        /// <summary>"Kabarkota.id" alone right above a dateline that names no outlet ("Bandung – …"): the outlet, the line layout.</summary>
        private static string? DomainAbove(ArticleLines lines, int lead)
        {
            int p = lines.PrevNonBlank(lead);
            if (p < 0 || lines.Kind[p] != null) return null;
            var n = lines.Norm[p];
            if (n.Length > 40 || n.IndexOf(' ') >= 0 || !Datelines.IsDomainLike(n)) return null;
            lines.AddFurniture(p, FurnitureKind.Other);
            return n;
        }

        private static bool NextIsProse(ArticleLines lines, int i)
        {
            int j = lines.NextNonBlank(i);
            return j >= 0 && (IsProseLike(lines.Norm[j]) || Datelines.TryDateline(lines.Norm[j], out _, out _, out _));
        }

        /// <summary>The lines from <paramref name="first"/> to the lead: furniture, captions, the headline and subtitle, else paragraphs.</summary>
        public static void Classify(ArticleLines lines, int first, int lead)
        {
            var navigation = new bool[System.Math.Max(0, lead - first)];
            for (int i = first; i < lead; i++) navigation[i - first] = HeaderShapes.InNavigation(lines, i); // before any line of it is marked
            for (int i = first; i < lead; i++)
            {
                var n = lines.Norm[i];
                if (n.Length == 0 || lines.Kind[i] != null) continue;
                if (Captions.TryLabelAlone(lines, i, n) || Captions.TryCreditAbove(lines, i, n, lead) || BylineCaptions.TryTake(lines, i, n, lead) || Captions.TryCreditBelow(lines, i, n, lead) || Captions.TryImageFile(lines, i, n, lead) || CopyrightCredits.TryTake(lines, i, n) || HeaderFurniture(lines, i, n) || Bylines.TryTeamBlock(lines, i, n)) continue;
                // a menu, a menu's item, a separator or an icon's text without a letter ("|", "•••") is page layout
                if (navigation[i - first] || HeaderShapes.IsMenuItem(n) || !HasLetterOrDigit(n))
                {
                    lines.AddFurniture(i, FurnitureKind.Other);
                    Bylines.TakeFromBullet(lines, n); // "• Oleh : Nama": a page's data in a bulleted list may name the writer
                    continue;
                }
                if (HeaderShapes.ContinuesPromo(lines, i, n)) { lines.AddFurniture(i, FurnitureKind.Promo); continue; }
                if (lines.Title != null && TwinCaptions.TryTake(lines, i, n, lead) || Captions.TryAltTextAndCaption(lines, i, n, lead)) continue;
                // the caption's text again under it (an image's alternative text) is the photo's caption too, with its credit
                if (lines.Captions.Count > 0 && lines.Captions[lines.Captions.Count - 1] is { } above && above.Text == n)
                {
                    lines.Mark(i, LineKind.Caption);
                    lines.Captions.Add(new CaptionModel(i + 1, n, above.Credit));
                    continue;
                }
                if (Captions.EndsWithPhotoDate(n) || lines.Title != null && (Captions.EndsWithBracketedSource(n) || SceneCaptions.IsScene(n) || Captions.FramingCredit(n) != null || Captions.CapsNameCreditAt(n) > 0 || Captions.DomainCreditAt(n).Success)) { Captions.Add(lines, i, n); continue; }
                if (Captions.LooksLikeHeaderCaption(lines, n))
                {
                    Captions.Add(lines, i, n);
                    continue;
                }
                if (lines.Title is null && HeaderShapes.IsKicker(lines, i, n)) { lines.AddFurniture(i, FurnitureKind.Topics); continue; }
                if (lines.Title is null && WithoutCrumbMarks(n) is var h && (IsTitleLike(h) || i == first && HeaderShapes.IsStoppedHeadline(h)) && !HeaderShapes.GluedToNext(lines, i, n)) { lines.Title = h.Length == n.Length ? lines.Raw[i].Trim() : h; lines.TitleLine = i + 1; lines.Mark(i, LineKind.Title); continue; }
                if (lines.Title != null && TitleWithoutSiteName(lines, i, n)) continue;
                if (Bylines.TryNameAndSite(lines, i, n) || Bylines.TryBareName(lines, i, n, lead) || HeaderShapes.TryPlaceAndDay(lines, i, n) || Bylines.TryDateThenWriter(lines, i, n)) continue;
                if (lines.Title != null && lines.Subtitle is null && WithoutStandfirstMarks(n) is var sub && IsSubtitle(lines, i, sub))
                {
                    lines.Subtitle = sub.Length == n.Length ? lines.Raw[i].Trim() : sub;
                    lines.Mark(i, LineKind.Subtitle);
                    continue;
                }
                // the headline again, or a section label glued to it ("NusantaraBanjir Rendam …"): page layout
                if (lines.Title != null && n.EndsWith(LineShapes.Normalize(lines.Title), System.StringComparison.Ordinal)) { lines.AddFurniture(i, FurnitureKind.Other); continue; }
                // before the lead, a headline-like line or a word or two that is neither headline nor standfirst (an image's title, a name, a source) is page layout
                if (!IsProseLike(n) && (IsTitleLike(n) || n.Length <= 40 && WordCount(n) <= 3 && ".,;:".IndexOf(n[n.Length - 1]) < 0)) lines.AddFurniture(i, FurnitureKind.Other);
                else lines.AddParagraph(i);
            }
        }

        /// <summary>"Baca Juga:" alone before the lead, its link not copied: a related link's label, neither lead nor paragraph.</summary>
        private static bool IsLoneRelatedLabel(string n) => n.Length <= 20 && LineRules.Related.Match(n) is { Success: true } m && m.Groups["t"].Length == 0;

        /// <summary>Line <paramref name="i"/> as furniture by the first rule of <see cref="LineRules.Header"/> that matches it (a byline gives the writer), or a related link's label alone.</summary>
        private static bool HeaderFurniture(ArticleLines lines, int i, string n)
        {
            var rule = LineRules.FirstMatch(LineRules.Header, n);
            if (rule is null && IsLoneRelatedLabel(n)) { lines.AddFurniture(i, FurnitureKind.RelatedMarker); return true; }
            if (rule is null) return false;
            if (rule.Kind == FurnitureKind.Author) Bylines.TryTake(lines, i, n);
            else lines.AddFurniture(i, rule.Kind);
            if (rule == LineRules.PageChrome) Bylines.TakeFromPageData(lines, n);
            return true;
        }
    }
}
