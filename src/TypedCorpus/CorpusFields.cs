using System;
using System.ComponentModel;
using System.Globalization;

namespace TypedCorpus
{
    /// <summary>
    /// Marks the record that declares the project's own typed front matter. Each settable property is a front matter key
    /// (the property name in kebab or lower case: <c>Desk</c> is <c>desk:</c>, <c>PublishedBy</c> is <c>published-by:</c>);
    /// supported types are <c>string</c>, <c>int</c>, <c>long</c>, <c>decimal</c>, <c>double</c>, <c>bool</c>, <c>DateOnly</c>,
    /// <c>Uri</c>, enums, their nullable forms and <c>IReadOnlyList&lt;T&gt;</c> (comma-separated) of them. A <c>required</c>
    /// property, or one of a non-nullable type without a default, must be in every article's front matter. The generator
    /// validates and converts every value at build time (a located error in the <c>.txt</c> when a value does not fit) and
    /// generates <c>article.Fields()</c>, which returns the record. One record per project.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
    public sealed class CorpusFieldsAttribute : Attribute
    {
    }

    /// <summary>
    /// Reads the field values that the generator validated and converted at build time (canonical text: invariant numbers,
    /// <c>true</c>/<c>false</c>, ISO dates, list items one per line). Called by the generated <c>Fields()</c>; not meant to be
    /// called directly.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class CorpusFieldValues
    {
        /// <summary>The converted value of field <paramref name="index"/> of the article, or null when the article has none.</summary>
        public static string? Get(Article article, int index)
        {
            var values = article.FieldValues;
            return index < values.Count ? values[index] : null;
        }

        /// <summary>An <c>int</c> in invariant form.</summary>
        public static int Int32(string value) => int.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

        /// <summary>A <c>long</c> in invariant form.</summary>
        public static long Int64(string value) => long.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

        /// <summary>A <c>decimal</c> in invariant form.</summary>
        public static decimal Decimal(string value) => decimal.Parse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

        /// <summary>A <c>double</c> in invariant round-trip form.</summary>
        public static double Double(string value) => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);

        /// <summary><c>true</c> or <c>false</c>.</summary>
        public static bool Boolean(string value) => value == "true";

        /// <summary>An ISO date (<c>yyyy-MM-dd</c>).</summary>
        public static DateOnly Date(string value) => new DateOnly(
            int.Parse(value.Substring(0, 4), NumberStyles.None, CultureInfo.InvariantCulture),
            int.Parse(value.Substring(5, 2), NumberStyles.None, CultureInfo.InvariantCulture),
            int.Parse(value.Substring(8, 2), NumberStyles.None, CultureInfo.InvariantCulture));

        /// <summary>An absolute URI.</summary>
        public static Uri Uri(string value) => new Uri(value, UriKind.Absolute);

        /// <summary>The items of a list value (one per line; none for the empty text), each converted.</summary>
        public static T[] Items<T>(string value, Func<string, T> convert)
        {
            if (value.Length == 0) return Array.Empty<T>();
            var parts = value.Split('\n');
            var items = new T[parts.Length];
            for (int i = 0; i < parts.Length; i++) items[i] = convert(parts[i]);
            return items;
        }
    }
}
