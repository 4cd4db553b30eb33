using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using TypedCorpus.Extraction;

namespace TypedCorpus.Generator
{
    /// <summary>The scalar type of a field (of its items, for a list).</summary>
    public enum FieldType
    {
        /// <summary>A property whose type cannot be a field: never filled (TC0018 on its declaration).</summary>
        Unsupported,
        String,
        Int32,
        Int64,
        Decimal,
        Double,
        Boolean,
        Date,
        Uri,
        Enum,
    }

    /// <summary>How a list field is declared (<see cref="None"/> for a scalar).</summary>
    public enum ListShape
    {
        None,
        ReadOnlyList,
        Array,
        ValueList,
    }

    /// <summary>
    /// One property of the <c>[CorpusFields]</c> record, as the pipeline needs it (no symbol): its name and front matter key,
    /// its type, whether an article must give it, and the C# the emitter writes.
    /// </summary>
    public sealed record FieldProperty(
        string Name,
        string Key,
        FieldType Type,
        ListShape List,
        bool Nullable,
        bool Required,
        bool RequiredMember,
        string PropertyType,
        string ElementType,
        string Display,
        EquatableArray<string> EnumMembers);

    /// <summary>
    /// The project's <c>[CorpusFields]</c> record, value-equatable (what the generator caches; a schema edit changes it, an
    /// article edit does not). <see cref="Usable"/> is false when the record cannot be filled at all (then no <c>Fields()</c>).
    /// </summary>
    public sealed record FieldSchema(string TypeName, string Name, bool Usable, EquatableArray<FieldProperty> Properties)
    {
        /// <summary>The schema a project uses: the first <c>[CorpusFields]</c> type by full name, if usable (TC0018 on the others).</summary>
        public static FieldSchema? Choose(ImmutableArray<FieldSchema> all)
        {
            if (all.IsDefaultOrEmpty) return null;
            var first = all.OrderBy(s => s.TypeName, StringComparer.Ordinal).First();
            return first.Usable ? first : null;
        }

        /// <summary>The property for a front matter key (case, <c>-</c> and <c>_</c> ignored), or null.</summary>
        public FieldProperty? Find(string key)
        {
            var k = Normalize(key);
            foreach (var p in Properties)
                if (p.Type != FieldType.Unsupported && Normalize(p.Name) == k) return p;
            return null;
        }

        /// <summary>A key or name compared loosely: lower case, without <c>-</c>, <c>_</c> and spaces.</summary>
        public static string Normalize(string s)
        {
            var sb = new StringBuilder(s.Length);
            foreach (var c in s)
                if (c != '-' && c != '_' && c != ' ') sb.Append(char.ToLowerInvariant(c));
            return sb.ToString();
        }

        /// <summary><c>PublishedBy</c> → <c>published-by</c>, <c>URLPath</c> → <c>url-path</c>.</summary>
        public static string Kebab(string name)
        {
            var sb = new StringBuilder(name.Length + 4);
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (char.IsUpper(c) && i > 0 && name[i - 1] != '_'
                    && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || i + 1 < name.Length && char.IsLower(name[i + 1])))
                    sb.Append('-');
                sb.Append(c == '_' ? '-' : char.ToLowerInvariant(c));
            }
            return sb.ToString();
        }
    }

    /// <summary>The converted values of one article (one per property, null when absent) and the findings of the conversion.</summary>
    public sealed class FieldResult
    {
        public FieldResult(EquatableArray<string?> values, IReadOnlyList<DiagnosticModel> diagnostics)
        {
            Values = values;
            Diagnostics = diagnostics;
        }

        public EquatableArray<string?> Values { get; }

        public IReadOnlyList<DiagnosticModel> Diagnostics { get; }

        public static readonly FieldResult None = new FieldResult(EquatableArray<string?>.Empty, Array.Empty<DiagnosticModel>());
    }

    /// <summary>
    /// Validates an article's front matter against the schema and converts each value to its canonical text (what the
    /// compiled data stores and <c>TypedCorpus.CorpusFieldValues</c> reads): pure, no Roslyn. The generator keeps the
    /// values; the analyzer reports the findings (TC0014 missing, TC0015 wrong type, TC0016 not an allowed name).
    /// </summary>
    public static class FieldValidation
    {
        public static FieldResult Convert(FieldSchema? schema, ArticleModel article)
        {
            if (schema is null || !schema.Usable || schema.Properties.Count == 0) return FieldResult.None;
            // A key given twice: the last line wins, as for the built-in keys.
            var byProperty = new Dictionary<string, FrontMatterEntry>(StringComparer.Ordinal);
            foreach (var e in article.FrontMatter)
                if (schema.Find(e.Key) is { } p) byProperty[p.Name] = e;

            var values = new string?[schema.Properties.Count];
            var found = new List<DiagnosticModel>();
            for (int i = 0; i < values.Length; i++)
            {
                var p = schema.Properties[i];
                if (p.Type == FieldType.Unsupported) continue;
                if (!byProperty.TryGetValue(p.Name, out var e) || e.Value.Trim().Length == 0 && p.List == ListShape.None)
                {
                    if (p.Required) found.Add(Missing(schema, p, article, e));
                    continue;
                }
                values[i] = p.List == ListShape.None ? Scalar(schema, p, e, e.Value, e.ValueColumn, found) : List(schema, p, e, found);
            }
            return new FieldResult(values.ToEquatableArray(), found);
        }

        private static DiagnosticModel Missing(FieldSchema schema, FieldProperty p, ArticleModel article, FrontMatterEntry? empty)
        {
            if (empty != null)
                return Extraction.Diagnostics.Create(DiagnosticIds.FieldMissing, empty.Line, empty.KeyColumn, empty.Key.Length,
                    $"required field '{empty.Key}' ({schema.Name}.{p.Name}, {p.Display}) has no value; give it a value");
            var (line, column, length) = Requirements.Anchor(article);
            return Extraction.Diagnostics.Create(DiagnosticIds.FieldMissing, line, column, length,
                $"required field '{p.Key}' ({schema.Name}.{p.Name}, {p.Display}) is missing; add '{p.Key}: …' to the front matter");
        }

        private static string? List(FieldSchema schema, FieldProperty p, FrontMatterEntry e, List<DiagnosticModel> found)
        {
            var items = new List<string>();
            int start = 0;
            bool ok = true;
            var v = e.Value;
            while (start <= v.Length)
            {
                int comma = v.IndexOf(',', start);
                int end = comma < 0 ? v.Length : comma;
                var raw = v.Substring(start, end - start);
                var item = raw.Trim();
                if (item.Length > 0)
                {
                    var c = Scalar(schema, p, e, item, e.ValueColumn + start + (raw.Length - raw.TrimStart().Length), found);
                    if (c is null) ok = false; else items.Add(c);
                }
                if (comma < 0) break;
                start = comma + 1;
            }
            return ok ? string.Join("\n", items) : null;
        }

        /// <summary>The canonical text of one value, or null (and a finding at <paramref name="column"/>) when it does not fit.</summary>
        private static string? Scalar(FieldSchema schema, FieldProperty p, FrontMatterEntry e, string value, int column, List<DiagnosticModel> found)
        {
            var inv = CultureInfo.InvariantCulture;
            string? canonical = null;
            string what = "";
            switch (p.Type)
            {
                case FieldType.String:
                    return value;
                case FieldType.Int32:
                    if (int.TryParse(value, NumberStyles.AllowLeadingSign, inv, out var i32)) return i32.ToString(inv);
                    what = "an integer (int)";
                    break;
                case FieldType.Int64:
                    if (long.TryParse(value, NumberStyles.AllowLeadingSign, inv, out var i64)) return i64.ToString(inv);
                    what = "an integer (long)";
                    break;
                case FieldType.Decimal:
                    if (decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, inv, out var dec)) return dec.ToString(inv);
                    what = "a decimal number (e.g. 12.5)";
                    break;
                case FieldType.Double:
                    if (double.TryParse(value, NumberStyles.Float, inv, out var dbl) && !double.IsInfinity(dbl)) return dbl.ToString("R", inv);
                    what = "a number (e.g. 12.5)";
                    break;
                case FieldType.Boolean:
                    switch (value.ToLowerInvariant())
                    {
                        case "true": case "yes": case "ya": return "true";
                        case "false": case "no": case "tidak": return "false";
                    }
                    what = "true or false";
                    break;
                case FieldType.Date:
                    if (IndonesianDates.TryParseIso(value, out var iso)) return iso;
                    what = "a date in the form YYYY-MM-DD";
                    break;
                case FieldType.Uri:
                    if (System.Uri.TryCreate(value, UriKind.Absolute, out _)) return value;
                    what = "an absolute URL (e.g. https://example.com/a)";
                    break;
                case FieldType.Enum:
                    var n = FieldSchema.Normalize(value);
                    foreach (var m in p.EnumMembers)
                        if (FieldSchema.Normalize(m) == n) canonical = m;
                    if (canonical != null) return canonical;
                    found.Add(Extraction.Diagnostics.Create(DiagnosticIds.FieldNotAllowed, e.Line, column, value.Length,
                        $"'{Clip(value)}' is not a {p.ElementTypeShort()} (field '{e.Key}', {schema.Name}.{p.Name}); allowed: {string.Join(", ", p.EnumMembers.Select(FieldSchema.Kebab))}"));
                    return null;
            }
            found.Add(Extraction.Diagnostics.Create(DiagnosticIds.FieldWrongType, e.Line, column, value.Length,
                $"'{Clip(value)}' is not {what} (field '{e.Key}', {schema.Name}.{p.Name}: {p.Display}); correct the value"));
            return null;
        }

        private static string ElementTypeShort(this FieldProperty p)
        {
            var t = p.ElementType;
            int dot = t.LastIndexOf('.');
            return dot >= 0 ? t.Substring(dot + 1) : t.Replace("global::", "");
        }

        private static string Clip(string s) => s.Length <= 60 ? s : s.Substring(0, 57) + "…";
    }
}
