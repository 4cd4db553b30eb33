using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TypedCorpus.Extraction
{
    // What stands around a written date: a range it opens or closes, a name it belongs to.
    public static partial class IndonesianDates
    {
        /// <summary>
        /// "Universitas 17 Agustus 1945", "Jalan 10 November 1945": a date after a capitalised noun of a body or a building is
        /// part of that name, not a date the text gives.
        /// </summary>
        private static bool NamesAPlace(string text, Match m)
        {
            if (m.Groups["wd"].Success) return false;
            int end = m.Index;
            while (end > 0 && text[end - 1] == ' ') end--;
            int start = end;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.')) start--;
            if (end - start < 2 || !char.IsUpper(text[start])) return false;
            var word = text.Substring(start, end - start).TrimEnd('.');
            // not a place unit: "Wali Kota 26 Februari 2021" is an office and a date
            return Lexicon.NameLexicon.OrgWords.Contains(word) || Lexicon.NameLexicon.BuildingWords.Contains(word);
        }

        /// <summary>
        /// "24-26 Juni 2024", "24 – 26 Juni 2024": a range of days written before the month; the date is its first day. Null
        /// when the day stands alone (or a weekday opens the match).
        /// </summary>
        private static int? RangeStart(string text, Match m)
        {
            if (m.Groups["wd"].Success) return null;
            int k = m.Groups["d"].Index - 1;
            while (k >= 0 && text[k] == ' ') k--;
            if (k < 1 || text[k] != '-' && text[k] != '–') return null;
            k--;
            while (k >= 0 && text[k] == ' ') k--;
            int end = k;
            while (k >= 0 && end - k < 2 && char.IsDigit(text[k])) k--;
            if (k == end || k >= 0 && char.IsLetterOrDigit(text[k])) return null;
            int first = int.Parse(text.Substring(k + 1, end - k), CultureInfo.InvariantCulture);
            return first >= 1 && first < int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) ? first : null;
        }

        // "9 Mei hingga " before "9 Juni 2022": the first day and month of a range over two months ("sampai tanggal", "s/d" too)
        private static readonly Regex MonthRangeOpening = new Regex(@"\b(?<d>\d{1,2})\s+(?<m>[A-Za-z]{3,9})\s*(?:hingga|sampai|s\.d\.?|s/d|-|–)(?:\s+(?:dengan|tanggal|tgl\.?))?\s*$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Structure.LinePattern.Timeout);

        /// <summary>"9 Mei hingga 9 Juni 2022", "28 Februari – 3 Maret 2024", "28 November sampai tanggal 2 Desember 2018": the range's first day (its month in <paramref name="month"/>), or null.</summary>
        private static int? MonthRangeStart(string text, Match m, ref int month)
        {
            if (m.Groups["wd"].Success || m.Index < 6) return null;
            int from = Math.Max(0, m.Index - 30);
            var r = MonthRangeOpening.Match(text.Substring(from, m.Index - from));
            if (!r.Success || !Months.TryGetValue(r.Groups["m"].Value, out int firstMonth) || firstMonth >= month) return null;
            month = firstMonth;
            return int.Parse(r.Groups["d"].Value, CultureInfo.InvariantCulture);
        }
    }
}
