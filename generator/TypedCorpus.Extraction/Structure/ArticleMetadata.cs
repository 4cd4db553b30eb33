using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using static TypedCorpus.Extraction.Structure.LinePattern;
using static TypedCorpus.Extraction.Structure.LineShapes;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>
    /// The metadata stage: the front matter's values applied over what the header gave, the article's date, the sources it
    /// cites, and the checks for expected parts (TC0012, TC0013).
    /// </summary>
    internal sealed class ArticleMetadata
    {
        /// <summary>
        /// Every opening of <see cref="CitedSource"/> holds one of these: "[Dd]ilansir", "[Dd]ikutip", "[Mm]engutip", "[Mm]elansir",
        /// "seperti/sebagaimana" + "dilaporkan/diberitakan/dilansir/dikutip/disiarkan", "[Dd]ilaporkan", "[Mm]enurut laporan".
        /// </summary>
        private static readonly string[] CitedSourceStems = { "ilansir", "ikutip", "engutip", "elansir", "ilaporkan", "iberitakan", "isiarkan", "laporan" };

        /// <summary>A necessary condition of <see cref="CitedSource"/>, checked without a regex.</summary>
        internal static bool MayCiteSource(string text)
        {
            foreach (var stem in CitedSourceStems) if (text.IndexOf(stem, StringComparison.Ordinal) >= 0) return true;
            return false;
        }

        internal static readonly Regex CitedSource = new Regex(
            @"\b(?:[Dd]ilansir(?:\s+dari)?|[Dd]ikutip\s+dari|[Mm]engutip|[Mm]elansir|(?:[Ss]eperti|[Ss]ebagaimana)\s+(?:dilaporkan|diberitakan|dilansir|dikutip|disiarkan)(?:\s+(?:oleh|dari))?|[Dd]ilaporkan\s+oleh|[Mm]enurut\s+laporan)\s+(?:(?:kantor\s+berita|media|harian|surat\s+kabar|situs(?:\s+berita)?|laman|stasiun\s+televisi|jaringan\s+televisi|majalah|koran)\s+)?(?<src>(?:The\s+)?\p{Lu}[\w.&'’-]*(?:\s+(?:\p{Lu}[\w.&'’-]*|of|the|de|&))*|\p{Ll}[\w-]*\.(?:com|co\.id|id|net|org)\b|\p{Ll}{3,}com\b)",
            Opt, Timeout);

        private static readonly HashSet<string> WeekdayWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Sabtu", "Minggu", "Pada", "Dalam", "Saat", "Kemarin", "Hari" };

        private readonly ArticleLines _lines;
        private readonly FrontMatter _front;
        private readonly List<DiagnosticModel> _diags;

        private ArticleMetadata(ArticleLines lines, FrontMatter front, List<DiagnosticModel> diags) { _lines = lines; _front = front; _diags = diags; }

        /// <summary>Applies the front matter; returns the date and the cited sources, after the checks of the lead line <paramref name="lead"/>.</summary>
        public static (string? Date, IReadOnlyList<string> Cited) Read(ArticleLines lines, FrontMatter front, List<DiagnosticModel> diags, int lead, int prefixLen)
        {
            var metadata = new ArticleMetadata(lines, front, diags);
            metadata.ApplyFrontMatter();
            string? date = metadata.FindDate();
            var cited = metadata.FindCitedSources();
            metadata.CheckExpectedParts(lead, prefixLen, date);
            return (date, cited);
        }

        /// <summary>TC0013 (a dateline written almost right) and TC0012 (an article with front matter, or a news article by its dateline or outlet and at least three paragraphs, without a date).</summary>
        private void CheckExpectedParts(int lead, int prefixLen, string? date)
        {
            if (_lines.Dateline is null && !_front.Values.ContainsKey("dateline") && lead >= 0 && lead < _lines.Count && prefixLen == 0)
            {
                var raw = _lines.Raw[lead];
                int indent = raw.Length - raw.TrimStart().Length;
                var m = Datelines.NearMiss.Match(raw.Substring(indent));
                if (m.Success)
                    _diags.Add(Diagnostics.Create(DiagnosticIds.NoTitleOrDateline, lead + 1, indent, m.Length,
                        $"'{Clip(m.Value.Trim())}' looks like a dateline but is not written as 'KOTA - ' (a space on each side of the dash), so the dateline is not recognised; write '{Clip(m.Groups["a"].Value)} - ' or add 'dateline:' front matter"));
            }
            bool dateProblem = _diags.Any(d => d.Id == DiagnosticIds.ImpossibleDate || d.Id == DiagnosticIds.FrontMatterBadValue && d.Message.StartsWith("front matter date", StringComparison.Ordinal));
            if (date is null && !dateProblem && (_front.Values.Count > 0 || (_lines.Dateline != null || _lines.Outlet != null) && _lines.Paragraphs.Count >= 3) && lead >= 0 && lead < _lines.Count)
            {
                int indent = _lines.Raw[lead].Length - _lines.Raw[lead].TrimStart().Length;
                _diags.Add(Diagnostics.Create(DiagnosticIds.NoDate, lead + 1, indent, prefixLen > 0 ? Math.Min(prefixLen, _lines.Raw[lead].Length - indent) : 0,
                    "no publication date found: the text names no full date (e.g. 'Sabtu, 10 Mei 2025') and the front matter has no 'date:'; add 'date: YYYY-MM-DD' front matter so the article's Date is set"));
            }
        }

        private static readonly Regex OutletInFurniture = new Regex(
            @"^Follow\s+(?:Berita\s+|Akun\s+|Kanal\s+)?(?<o>\p{Lu}[\w.]*(?:\s\p{Lu}[\w.]*){0,2})\s+di\s+(?:Google\s+News|WhatsApp|Instagram|Twitter|X)\b|^(?:[Ss]umber|[Ss]ource|SUMBER)\s*:?\s*(?<o>(?i:" + DatelineShapes.Domain + @"))\.?$|^(?:(?:©\s*)?(?:Copyright|COPYRIGHT)|©)\s*(?:©|\(c\))?\s*(?:\d{4}\s*(?:-\s*\d{4}\s*)?)?(?:[-–|]\s*)?(?<o>\p{Lu}[\w.]*(?:\s\p{Lu}[\w.]*){0,2})",
            Opt, Timeout);

        /// <summary>When the dateline names no outlet: the publication named in a furniture line ("Copyright © ANTARA 2024", "Follow Berita X di Google News", "Sumber: kabarku.co.id").</summary>
        private void OutletFromFurniture()
        {
            if (_lines.Outlet != null) return;
            foreach (var f in _lines.Furniture)
            {
                var m = OutletInFurniture.Match(f.Text);
                if (!m.Success) continue;
                var o = m.Groups["o"].Value.Trim().TrimEnd('.');
                if (o.Length > 1 && !Regex.IsMatch(o, @"^(?:PT|All|Hak|Copyright|COPYRIGHT)\b", Opt, Timeout)) { _lines.Outlet = o; return; }
            }
            // "KABARKITA.COM" alone among the page's first four lines, above the body: the site's logo, the outlet (not a
            // government's or a platform's domain, a source: "sukamajukab.go.id", "instagram.com")
            for (int i = 0, seen = 0; i < _lines.Count && seen < 4 && _lines.Kind[i] != LineKind.Paragraph; i++)
            {
                var n = _lines.Norm[i];
                if (n.Length == 0) continue;
                seen++;
                if (n.Length <= 40 && n.IndexOf(' ') < 0 && LinePatterns.DomainAlone.IsMatch(n) && !IsSourceDomain(n)) { _lines.Outlet = n; return; }
            }
        }

        private static readonly System.Collections.Generic.HashSet<string> Platforms = Lexicon.LexiconResource.WordSet("platform-hosts");

        /// <summary>A government's domain ("….go.id") or a platform's ("instagram.com", "www.youtube.com"): a source named on the page, never its outlet.</summary>
        private static bool IsSourceDomain(string n)
        {
            if (n.EndsWith(".go.id", StringComparison.OrdinalIgnoreCase)) return true;
            var host = n.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? n.Substring(4) : n;
            int dot = host.IndexOf('.');
            return dot > 0 && Platforms.Contains(host.Substring(0, dot));
        }

        private void ApplyFrontMatter()
        {
            OutletFromFurniture();
            if (_front.Values.TryGetValue("title", out var t)) _lines.Title = t.Value;
            if (_front.Values.TryGetValue("subtitle", out var s)) _lines.Subtitle = s.Value;
            if (_front.Values.TryGetValue("outlet", out var o)) _lines.Outlet = o.Value;
            if (_front.Values.TryGetValue("dateline", out var d)) _lines.Dateline = d.Value;
            if (_front.Values.TryGetValue("author", out var a)) _lines.Author = a.Value;
        }

        private string? FindDate()
        {
            string? found = null;
            for (int i = 0; i < _lines.Count; i++)
            {
                var k = _lines.Kind[i];
                if (k is null || k == LineKind.Furniture && !_lines.DatedLayout.Contains(i) || k == LineKind.FrontMatter || k == LineKind.Related) continue;
                foreach (var d in IndonesianDates.FindAll(_lines.Raw[i]))
                {
                    if (!d.Valid)
                    {
                        // Point at the date itself, not at a weekday written before it.
                        int skip = d.Weekday is null ? 0 : Math.Max(0, _lines.Raw[i].Substring(d.Index, d.Length).IndexOf(d.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
                        if (skip > 0 && _lines.Raw[i][d.Index + skip - 1] == '(') skip--;
                        _diags.Add(Diagnostics.Create(DiagnosticIds.ImpossibleDate, i + 1, d.Index + skip, d.Length - skip,
                            $"'{_lines.Raw[i].Substring(d.Index + skip, d.Length - skip)}' is not a date (month {d.Month} has no day {d.Day} in {d.Year}); correct the day or month"));
                        continue;
                    }
                    if (IndonesianDates.WeekdayContradicts(d))
                        _diags.Add(Diagnostics.Create(DiagnosticIds.WeekdayMismatch, i + 1, d.Index, d.Length,
                            $"'{_lines.Raw[i].Substring(d.Index, d.Length)}': {IndonesianDates.Iso(d.Year, d.Month, d.Day)} is a {new DateTime(d.Year, d.Month, d.Day).DayOfWeek}, not '{d.Weekday}'; correct the weekday or the date"));
                    // the article's own text (headline, dateline, body): a photo caption dates the photo, not the article
                    if (k != LineKind.Caption) found ??= IndonesianDates.Iso(d.Year, d.Month, d.Day);
                }
            }
            if (_front.Values.TryGetValue("date", out var fm)) return fm.Value;
            return found;
        }

        private List<string> FindCitedSources()
        {
            var list = new List<string>();
            foreach (var p in _lines.Paragraphs)
            {
                if (!MayCiteSource(p.Text)) continue;
                foreach (Match m in CitedSource.Matches(p.Text))
                {
                    var words = m.Groups["src"].Value.Split(' ').ToList();
                    while (words.Count > 1 && (WeekdayWords.Contains(words[words.Count - 1]) || words[words.Count - 1] is "of" or "the" or "de" or "&"))
                        words.RemoveAt(words.Count - 1);
                    var src = string.Join(" ", words).TrimEnd('.', ',', ';', ':');
                    if (src.Length > 1 && !list.Contains(src, StringComparer.OrdinalIgnoreCase)) list.Add(src);
                }
            }
            return list;
        }
    }
}
