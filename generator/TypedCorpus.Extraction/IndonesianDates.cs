using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace TypedCorpus.Extraction
{
    /// <summary>A date found in text: where, what was written, and the date when it exists.</summary>
    public sealed record DateMention(int Index, int Length, int Year, int Month, int Day, string? Weekday, bool Valid);

    /// <summary>Indonesian date forms: "Sabtu, 10 Mei 2025", "pada 4 Februari 2022", "Kamis (16/5/2024)", "16/5/2024".</summary>
    public static partial class IndonesianDates
    {
        private static readonly Dictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["januari"] = 1, ["jan"] = 1, ["februari"] = 2, ["pebruari"] = 2, ["feb"] = 2, ["maret"] = 3, ["mar"] = 3,
            ["april"] = 4, ["apr"] = 4, ["mei"] = 5, ["juni"] = 6, ["jun"] = 6, ["juli"] = 7, ["jul"] = 7,
            ["agustus"] = 8, ["agu"] = 8, ["agt"] = 8, ["ags"] = 8, ["aug"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9,
            ["oktober"] = 10, ["okt"] = 10, ["november"] = 11, ["nov"] = 11, ["nopember"] = 11, ["desember"] = 12, ["des"] = 12,
            // English, as pages print their own dates ("18 May 2023, 11:47 WIB", "28 Oct 2021")
            ["january"] = 1, ["february"] = 2, ["march"] = 3, ["may"] = 5, ["june"] = 6, ["july"] = 7, ["august"] = 8,
            ["october"] = 10, ["oct"] = 10, ["december"] = 12, ["dec"] = 12,
        };

        private static readonly Dictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.OrdinalIgnoreCase)
        {
            ["senin"] = DayOfWeek.Monday, ["selasa"] = DayOfWeek.Tuesday, ["rabu"] = DayOfWeek.Wednesday, ["kamis"] = DayOfWeek.Thursday,
            ["jumat"] = DayOfWeek.Friday, ["jum'at"] = DayOfWeek.Friday, ["jum’at"] = DayOfWeek.Friday, ["sabtu"] = DayOfWeek.Saturday,
            ["minggu"] = DayOfWeek.Sunday, ["ahad"] = DayOfWeek.Sunday,
        };

        /// <summary>The weekdays as news writes them, as a regex alternation (shared by every pattern that names a day).</summary>
        internal const string WeekdayNames = @"Senin|Selasa|Rabu|Kamis|Jum['’]?at|Sabtu|Minggu|Ahad";

        /// <summary>The months written in full, as a regex alternation (shared by every pattern that names one).</summary>
        internal const string MonthNames = @"Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember";

        private const string WeekdayPattern = @"(?:(?<wd>" + WeekdayNames + @")\s*,?\s*)?";

        // "10 Mei 2025" (optionally preceded by a weekday); bounded quantifiers only.
        private static readonly Regex Named = new Regex(
            WeekdayPattern + @"\b(?<d>\d{1,2})\s+(?<m>[A-Za-z]{3,9})\.?\s+(?<y>\d{4})\b",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled, Structure.LinePattern.Timeout);

        // "(16/5/2024)" or "16/5/2024" or "16-5-2024", optionally after a weekday.
        internal static readonly Regex Numeric = new Regex(
            WeekdayPattern + @"\(?\b(?<d>\d{1,2})[/-](?<m>\d{1,2})[/-](?<y>\d{4})\b\)?",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled, Structure.LinePattern.Timeout);

        // "Februari 2022" (month precision).
        private static readonly Regex MonthYear = new Regex(
            @"\b(?<m>" + MonthNames + @")\s+(?<y>\d{4})\b",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled, Structure.LinePattern.Timeout);

        // The two patterns above without their optional openings (weekday, comma, bracket): they start at a digit, so the regex
        // engine skips to digits instead of trying every letter a weekday could start with.
        private static readonly Regex NamedCore = new Regex(
            @"\b(?<d>\d{1,2})\s+(?<m>[A-Za-z]{3,9})\.?\s+(?<y>\d{4})\b",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled, Structure.LinePattern.Timeout);

        private static readonly Regex NumericCore = new Regex(
            @"\b(?<d>\d{1,2})[/-](?<m>\d{1,2})[/-](?<y>\d{4})\b",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled, Structure.LinePattern.Timeout);

        /// <summary>The longest weekday the patterns accept ("Selasa", "Minggu", "Jum'at").</summary>
        private const int LongestWeekday = 6;

        /// <summary>
        /// The first match of <paramref name="full"/> at or after <paramref name="from"/>, as <c>full.Matches</c> would give it,
        /// found cheaply. Every match of <paramref name="full"/> holds a match of <paramref name="core"/> (its digits), and the
        /// first one, P, is the core of the first full match: what may stand before it (a weekday, spaces, a comma, a bracket) has
        /// no digits. So the full match starts at P or in the few characters before it (a bracket, spaces and commas, a weekday),
        /// and the full pattern is run from there.
        /// </summary>
        private static Match NextMatch(Regex full, Regex core, string text, int from)
        {
            var c = core.Match(text, from);
            if (!c.Success) return c;
            int k = c.Index;
            if (k > from && text[k - 1] == '(') k--;
            while (k > from && (char.IsWhiteSpace(text[k - 1]) || text[k - 1] == ',')) k--;
            return full.Match(text, Math.Max(from, k - LongestWeekday));
        }

        private static ref MemoSlot<IReadOnlyList<DateMention>?>[]? DateMemo => ref Scratch.Current.DateMemo;

        /// <summary>
        /// Every full date written in <paramref name="text"/>, in order of position (valid or not). The list is shared (read
        /// only): the answers are kept in an <see cref="InstanceMemo"/>, as the same string is often asked twice (a
        /// one-sentence paragraph is its line, asked by the article's date and again by the agreement step). The memo is
        /// emptied after each article (<see cref="ForgetTexts"/>): its texts are the article's lines and sentences, which other
        /// articles never ask about, and kept past their article they would be promoted by the collector.
        /// </summary>
        public static IReadOnlyList<DateMention> FindAll(string text)
        {
            var known = InstanceMemo.Slot(ref DateMemo, text, out bool fresh).Value;
            if (!fresh && known != null) return known;
            IReadOnlyList<DateMention> found = (IReadOnlyList<DateMention>?)Find(text) ?? NoDates;
            InstanceMemo.Slot(ref DateMemo, text, out _).Value = found;
            return found;
        }

        /// <summary>Empties this thread's memo of <see cref="FindAll"/> (at the end of an article).</summary>
        internal static void ForgetTexts()
        {
            if (DateMemo != null) Array.Clear(DateMemo, 0, DateMemo.Length);
        }

        /// <summary>The answer of most texts, shared (a list and its enumerator are not made for each).</summary>
        private static readonly DateMention[] NoDates = new DateMention[0];

        /// <summary>The dates of <paramref name="text"/>, or null when it cannot hold one.</summary>
        private static List<DateMention>? Find(string text)
        {
            if (!HasDigit(text)) return null; // every date form has digits: most sentences are settled without a regex
            // and every one ends with a four-digit year (\d{4}: any decimal digits), or is a weekday's "(29/11/20)"
            bool fullYear = HasYear(text);
            if (!fullYear && !MayHaveShortYear(text)) return null;
            var found = new List<DateMention>();
            if (text.Length > 200_000) text = text.Substring(0, 200_000);
            AddShortYears(found, text);
            if (!fullYear) return found;
            for (var m = NextMatch(Named, NamedCore, text, 0); m.Success; m = NextMatch(Named, NamedCore, text, m.Index + m.Length))
            {
                if (!Months.TryGetValue(m.Groups["m"].Value, out int month) || NamesAPlace(text, m)) continue;
                int? first = RangeStart(text, m) ?? MonthRangeStart(text, m, ref month);
                Add(found, m, month, first);
            }
            if (HasNumericSeparator(text))
            {
                for (var m = NextMatch(Numeric, NumericCore, text, 0); m.Success; m = NextMatch(Numeric, NumericCore, text, m.Index + m.Length))
                {
                    int month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
                    Add(found, m, month, null);
                }
            }
            found.Sort((a, b) => a.Index.CompareTo(b.Index));
            return found;
        }

        // "Minggu (29/11/20)", "Minggu 26/05/24": a weekday and a date with a two-digit year, in brackets or not
        private static readonly Regex ShortYear = new Regex(
            @"(?<wd>" + WeekdayNames + @")\s*,?\s*(?:\((?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{2})\)|(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{2})(?![\d/]))",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled, Structure.LinePattern.Timeout);

        /// <summary>
        /// A digit, a '/', two digits and no third digit or '/' after them ("1/20)", "5/24.") with another '/' just before: a
        /// necessary condition of <see cref="ShortYear"/>, checked without a regex ("(13/11)" has one '/' and is settled here).
        /// </summary>
        private static bool MayHaveShortYear(string text)
        {
            for (int i = text.IndexOf('/'); i >= 0 && i + 2 < text.Length; i = text.IndexOf('/', i + 1))
                if (i >= 3 && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && (i + 3 == text.Length || !char.IsDigit(text[i + 3]) && text[i + 3] != '/')
                    && char.IsDigit(text[i - 1]) && (text[i - 2] == '/' || text[i - 3] == '/')) return true;
            return false;
        }

        /// <summary>
        /// "Minggu (29/11/20)": a two-digit year is taken as 20yy only when the weekday written with it is that date's weekday
        /// (a year of this century that agrees with the weekday; any other reading is left alone).
        /// </summary>
        private static void AddShortYears(List<DateMention> found, string text)
        {
            if (!MayHaveShortYear(text)) return;
            foreach (Match m in ShortYear.Matches(text))
            {
                int day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
                int year = 2000 + int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                if (month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) continue;
                var mention = new DateMention(m.Index, m.Length, year, month, day, m.Groups["wd"].Value, true);
                if (!WeekdayContradicts(mention)) found.Add(mention);
            }
        }

        /// <summary>Dates at month precision ("Februari 2022" → "2022-02") with their positions.</summary>
        public static List<(int Index, string Iso)> FindMonthYears(string text)
        {
            var list = new List<(int, string)>();
            if (!HasDigit(text) || !HasYear(text)) return list;
            foreach (Match m in MonthYear.Matches(text))
                list.Add((m.Index, $"{m.Groups["y"].Value}-{Months[m.Groups["m"].Value]:00}"));
            return list;
        }

        private static readonly char[] AsciiDigits = "0123456789".ToCharArray();

        /// <summary>An ASCII digit anywhere (one vectorised search: most texts have none).</summary>
        private static bool HasDigit(string text) => text.IndexOfAny(AsciiDigits) >= 0;

        private static readonly char[] NumericSeparators = { '/', '-' };

        /// <summary>
        /// A '/' or '-' between two decimal digits (<c>\d</c> is <see cref="char.IsDigit(char)"/>): a necessary condition of the
        /// numeric date forms, checked without a regex (most texts with a year have no numeric date).
        /// </summary>
        internal static bool HasNumericSeparator(string text)
        {
            if (text.Length < 3) return false;
            for (int i = text.IndexOfAny(NumericSeparators, 1); i > 0 && i + 1 < text.Length; i = text.IndexOfAny(NumericSeparators, i + 1))
                if (char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])) return true;
            return false;
        }

        /// <summary>Four decimal digits in a row (what <c>\d{4}</c> needs): a necessary condition for every date pattern.</summary>
        internal static bool HasYear(string text)
        {
            // four characters in a row hold one of every fourth: only those are tested, then the digits around a digit found
            for (int i = 3; i < text.Length; i += 4)
            {
                if (!char.IsDigit(text[i])) continue;
                int from = i, to = i;
                while (from > i - 3 && char.IsDigit(text[from - 1])) from--;
                while (to < i + 3 && to + 1 < text.Length && char.IsDigit(text[to + 1])) to++;
                if (to - from >= 3) return true;
            }
            return false;
        }

        private static void Add(List<DateMention> found, Match m, int month, int? rangeStart)
        {
            int day = rangeStart ?? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            int year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            string? wd = m.Groups["wd"].Success ? m.Groups["wd"].Value : null;
            bool valid = year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
            found.Add(new DateMention(m.Index, m.Length, year, month, day, wd, valid));
        }

        /// <summary>True when the written weekday contradicts the date.</summary>
        public static bool WeekdayContradicts(DateMention d)
        {
            if (!d.Valid || d.Weekday is null) return false;
            var key = d.Weekday.Replace("’", "'");
            if (!Weekdays.TryGetValue(key, out var wd) && !Weekdays.TryGetValue(key.Replace("'", ""), out wd)) return false;
            return new DateTime(d.Year, d.Month, d.Day).DayOfWeek != wd;
        }

        public static string Iso(int y, int m, int d)
        {
            // the common case without the three boxed numbers of a format: a four-digit year, a month and a day of two digits
            if (y < 1000 || y > 9999 || m < 0 || m > 99 || d < 0 || d > 99) return $"{y:0000}-{m:00}-{d:00}";
            return string.Concat(y.ToString(CultureInfo.InvariantCulture), DashTwoDigits[m], DashTwoDigits[d]);
        }

        /// <summary>"-00" to "-99".</summary>
        private static readonly string[] DashTwoDigits = Enumerable.Range(0, 100).Select(k => "-" + k.ToString("00", CultureInfo.InvariantCulture)).ToArray();

        /// <summary>Parses an ISO <c>YYYY-MM-DD</c>; false for a malformed or impossible date.</summary>
        public static bool TryParseIso(string s, out string iso)
        {
            iso = "";
            var m = Regex.Match(s.Trim(), @"^(\d{4})-(\d{2})-(\d{2})$");
            if (!m.Success) return false;
            int y = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), mo = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), d = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return false;
            iso = Iso(y, mo, d);
            return true;
        }
    }
}
