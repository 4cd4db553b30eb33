using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TypedCorpus.Cli.Eval
{
    /// <summary>One printed metric: its value, and the counts behind it (none for an f1).</summary>
    public sealed record Metric(string Name, double Value, int? Good, int? Total);

    /// <summary>A <c>--require METRIC=MIN</c> floor; <see cref="Min"/> as written (score.py prints it so).</summary>
    public sealed record Floor(string Metric, string Min, double Value)
    {
        /// <summary>Parses <c>METRIC=MIN</c>; the error names what is wrong (no '=', a MIN that is not a number, a metric score.py never prints).</summary>
        public static Floor? Parse(string text, out string? error)
        {
            int eq = text.IndexOf('=');
            var (metric, min) = eq < 0 ? (text, "") : (text[..eq], text[(eq + 1)..]);
            error = null;
            if (!ScoreReport.Known.Contains(metric)) error = $"--require: unknown metric '{metric}'; metrics are {string.Join(", ", ScoreReport.Known)}";
            else if (double.TryParse(min, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return new Floor(metric, min, value);
            else error = $"--require: '{text}' is not METRIC=MIN (MIN a number, e.g. quotes.f1=0.95)";
            return null;
        }
    }

    /// <summary>A floor not met: below it, or no data for its metric in this gold.</summary>
    public sealed record FloorFailure(Floor Floor, double? Value)
    {
        /// <summary>As score.py lists it on its last line: <c>quotes.f1=0.912&lt;0.95</c>, <c>quotes.verb=no-data</c>.</summary>
        public string Token => Value is { } v ? $"{Floor.Metric}={ScoreReport.Fixed3(v)}<{Floor.Min}" : $"{Floor.Metric}=no-data";

        public string Message => Value is { } v
            ? $"{Floor.Metric} is {ScoreReport.Fixed3(v)}, below its floor {Floor.Min}"
            : $"{Floor.Metric} has no data in this gold (floor {Floor.Min})";
    }

    /// <summary>The metrics of a scoring, printed as score.py prints them (or as JSON), and the floors they miss.</summary>
    public sealed class ScoreReport
    {
        private static readonly string[] F1Names = ["quotes", "agreements", "people", "related", "sections", "citedSources",
            "structure.paragraphs", "structure.listItems", "structure.captions"];

        private static readonly string[] Headline = ["quotes.f1", "quotes.speakers", "quotes.kind", "meta.all", "agreements.f1", "structure.paragraphs.f1"];

        /// <summary>Every metric score.py can print (those a gold does not annotate are left out of its output).</summary>
        public static readonly SortedSet<string> Known = new(
            new[] { "title", "subtitle", "outlet", "dateline", "date", "author", "all" }.Select(f => "meta." + f)
                .Concat(F1Names.SelectMany(n => new[] { ".precision", ".recall", ".f1" }.Select(s => n + s)))
                .Concat(["captions.credit.precision", "captions.credit.recall", "structure.datelineStripped"])
                .Concat(new[] { "kind", "speakers", "speakers.answered", "speakers.answeredRight", "speakers.direct", "verb", "addressee", "via" }.Select(m => "quotes." + m))
                .Concat(new[] { "kind", "parties", "title", "date" }.Select(m => "agreements." + m)),
            StringComparer.Ordinal);

        private static readonly JsonSerializerOptions Options = ExportJson.WithExportEncoder(EvalJsonContext.Default.Options);

        private ScoreReport(IReadOnlyList<Metric> metrics, IReadOnlyList<string> notes) => (Metrics, Notes) = (metrics, notes);

        /// <summary>The metrics in name order (ordinal, as Python sorts ASCII names).</summary>
        public IReadOnlyList<Metric> Metrics { get; }

        /// <summary>The differences between the export and the gold.</summary>
        public IReadOnlyList<string> Notes { get; }

        public static ScoreReport Of(Tally tally, IReadOnlyList<string> notes)
        {
            var metrics = tally.Rows.Select(r => new Metric(r.Key, tally.Ratio(r.Key), r.Value.Good, r.Value.Total))
                .Concat(F1Names.Select(n => new Metric(n + ".f1", tally.F1(n), null, null)))
                .OrderBy(m => m.Name, StringComparer.Ordinal).ToArray();
            return new ScoreReport(metrics, notes);
        }

        /// <summary>score.py's <c>{:.3f}</c> (both round the exact binary value to the nearest, ties to even).</summary>
        public static string Fixed3(double value) => value.ToString("F3", CultureInfo.InvariantCulture);

        /// <summary>The floors not met, in the order given.</summary>
        public IReadOnlyList<FloorFailure> Check(IEnumerable<Floor> floors)
        {
            var byName = Metrics.ToDictionary(m => m.Name, m => m.Value, StringComparer.Ordinal);
            return floors.Select(f => byName.TryGetValue(f.Metric, out var v) ? (v + 1e-9 < f.Value ? new FloorFailure(f, v) : null) : new FloorFailure(f, null))
                .OfType<FloorFailure>().ToArray();
        }

        /// <summary>score.py's output: one row per metric, the differences (at most 40 unless verbose), the <c>score:</c> line.</summary>
        public string Text(bool verbose, IReadOnlyList<FloorFailure> failed)
        {
            var sb = new StringBuilder();
            int width = Metrics.Max(m => m.Name.Length);
            foreach (var m in Metrics)
                sb.Append(m.Name.PadRight(width)).Append("  ").Append(Fixed3(m.Value)).Append(m.Good is null ? "" : $"  {m.Good}/{m.Total}").Append('\n');
            if (verbose || Notes.Count <= 40) foreach (var n in Notes) sb.Append("  - ").Append(n).Append('\n');
            else sb.Append($"  ({Notes.Count} differences; --verbose lists them)\n");
            var values = Metrics.ToDictionary(m => m.Name, m => m.Value, StringComparer.Ordinal);
            sb.Append("score: ").AppendJoin(' ', Headline.Select(k => values.TryGetValue(k, out var v) ? $"{k}={Fixed3(v)}" : $"{k}=n/a"));
            if (failed.Count > 0) sb.Append(" FAILED ").AppendJoin(',', failed.Select(f => f.Token));
            return sb.Append('\n').ToString();
        }

        /// <summary>The same as JSON: every metric with its counts, every difference, the floors not met.</summary>
        public string Json(IReadOnlyList<FloorFailure> failed)
        {
            var report = new EvalJson(Metrics.ToDictionary(m => m.Name, m => new EvalJsonMetric(m.Value, m.Good, m.Total)), Notes,
                failed.Select(f => f.Token).ToArray());
            return JsonSerializer.Serialize(report, ExportJson.TypeInfo<EvalJson>(Options)) + "\n";
        }
    }

    /// <summary><c>eval --json</c>: metrics by name, the differences, the floors not met (as score.py lists them).</summary>
    public sealed record EvalJson(IReadOnlyDictionary<string, EvalJsonMetric> Metrics, IReadOnlyList<string> Differences, IReadOnlyList<string> Failed);

    /// <summary>A metric's value and, except for an f1, its counts.</summary>
    public sealed record EvalJsonMetric(
        double Value,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Good,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Total);

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
    [JsonSerializable(typeof(EvalJson))]
    internal sealed partial class EvalJsonContext : JsonSerializerContext
    {
    }
}
