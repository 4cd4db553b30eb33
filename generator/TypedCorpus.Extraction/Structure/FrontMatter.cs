using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using static TypedCorpus.Extraction.Structure.LinePattern;
using static TypedCorpus.Extraction.Structure.LineShapes;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>The front matter (<c>---</c> / <c>key: value</c> / <c>---</c>) at the top of a file: its entries and its known keys' values.</summary>
    internal sealed class FrontMatter
    {
        private static readonly HashSet<string> KnownKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "title", "subtitle", "outlet", "dateline", "date", "author", "url", "language" };

        private readonly ArticleLines _lines;
        private readonly List<DiagnosticModel> _diags;

        private FrontMatter(ArticleLines lines, List<DiagnosticModel> diags) { _lines = lines; _diags = diags; }

        /// <summary>The first line after the front matter (0 when there is none).</summary>
        public int End { get; private set; }

        /// <summary>Every <c>key: value</c> line, as written.</summary>
        public List<FrontMatterEntry> Entries { get; } = new List<FrontMatterEntry>();

        /// <summary>The known keys' valid values (the date as ISO), by key in lower case, with their lines.</summary>
        public Dictionary<string, (string Value, int Line)> Values { get; } = new Dictionary<string, (string, int)>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Reads the front matter of <paramref name="lines"/> (marking its lines), reporting its problems into <paramref name="diags"/>.</summary>
        public static FrontMatter Read(ArticleLines lines, List<DiagnosticModel> diags)
        {
            var fm = new FrontMatter(lines, diags);
            fm.End = fm.ReadLines();
            return fm;
        }

        private int ReadLines()
        {
            var norm = _lines.Norm;
            if (_lines.Count == 0 || norm[0] != "---") return 0;
            int close = -1;
            for (int i = 1; i < _lines.Count; i++) if (norm[i] == "---") { close = i; break; }
            if (close < 0)
            {
                _diags.Add(Diagnostics.Create(DiagnosticIds.FrontMatterNotClosed, 1, 0, 3,
                    "front matter opened with '---' is never closed; add a line '---' after the last 'key: value' line"));
                return 0;
            }
            for (int i = 0; i <= close; i++)
            {
                _lines.Mark(i, LineKind.FrontMatter);
                if (norm[i].Length > 0) _lines.Furniture.Add(new FurnitureModel(i + 1, FurnitureKind.FrontMatter, norm[i]));
                if (i == 0 || i == close || norm[i].Length == 0) continue;
                ReadEntry(i);
            }
            return close + 1;
        }

        private void ReadEntry(int i)
        {
            var raw = _lines.Raw[i];
            var m = Regex.Match(raw, @"^\s*(?<k>[A-Za-z_][\w-]*)\s*:\s?(?<v>.*)$", Opt, Timeout);
            if (!m.Success)
            {
                _diags.Add(Diagnostics.Create(DiagnosticIds.FrontMatterBadValue, i + 1, 0, raw.Length,
                    $"front matter line '{Clip(_lines.Norm[i])}' is not 'key: value'; write it as e.g. 'title: …'"));
                return;
            }
            var key = m.Groups["k"].Value;
            var written = m.Groups["v"].Value;
            var value = written.Trim();
            int valueColumn = m.Groups["v"].Index + (written.Length - written.TrimStart().Length);
            if (value.Length >= 2 && (value[0] == '"' && value[value.Length - 1] == '"' || value[0] == '\'' && value[value.Length - 1] == '\''))
            {
                value = value.Substring(1, value.Length - 2);
                valueColumn++;
            }
            Entries.Add(new FrontMatterEntry(i + 1, key, value, m.Groups["k"].Index, valueColumn));
            if (!KnownKeys.Contains(key))
            {
                _diags.Add(Diagnostics.Create(DiagnosticIds.FrontMatterUnknownKey, i + 1, m.Groups["k"].Index, key.Length,
                    $"unknown front matter key '{Clip(key)}'; known keys are title, subtitle, outlet, dateline, date, author, url, language"));
                return;
            }
            var checkedValue = key.Equals("date", StringComparison.OrdinalIgnoreCase) ? DateValue(i, m.Groups["v"], value) : NonEmptyValue(i, m.Groups["k"], value);
            if (checkedValue != null) Values[key.ToLowerInvariant()] = (checkedValue, i + 1);
        }

        /// <summary>The ISO date of a <c>date:</c> value, or null (reported) when it is not a valid date.</summary>
        private string? DateValue(int i, Group v, string value)
        {
            if (IndonesianDates.TryParseIso(value, out var iso)) return iso;
            var shape = Regex.Match(value, @"^(\d{4})-(\d{2})-(\d{2})$", Opt, Timeout);
            if (shape.Success)
            {
                // Well-formed but impossible (2025-02-30, 2025-13-01): the same diagnostic as an impossible date in the text.
                int y = int.Parse(shape.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), mo = int.Parse(shape.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                var why = y < 1 || mo < 1 || mo > 12 ? $"there is no month {mo}" : $"month {mo} of {y} has {DateTime.DaysInMonth(y, mo)} days";
                _diags.Add(Diagnostics.Create(DiagnosticIds.ImpossibleDate, i + 1, v.Index, v.Length,
                    $"front matter date '{value}' does not exist ({why}); correct the day or month"));
                return null;
            }
            _diags.Add(Diagnostics.Create(DiagnosticIds.FrontMatterBadValue, i + 1, v.Index, Math.Max(1, v.Length),
                $"front matter date '{Clip(value)}' is not a valid date in the form YYYY-MM-DD; write e.g. 'date: 2025-05-10'"));
            return null;
        }

        /// <summary>The value of another known key, or null (reported) when it is empty.</summary>
        private string? NonEmptyValue(int i, Group k, string value)
        {
            if (value.Length > 0) return value;
            _diags.Add(Diagnostics.Create(DiagnosticIds.FrontMatterBadValue, i + 1, k.Index, k.Value.Length,
                $"front matter key '{Clip(k.Value)}' has no value; give it a value or remove the line"));
            return null;
        }
    }
}
