#if !NET6_0_OR_GREATER
using System.Globalization;

namespace System
{
    /// <summary>
    /// A calendar date without a time, for netstandard2.0 consumers (modern TFMs use the BCL's <c>System.DateOnly</c>).
    /// Only the members TypedCorpus needs are provided.
    /// </summary>
    public readonly struct DateOnly : IEquatable<DateOnly>, IComparable<DateOnly>
    {
        private readonly int _dayNumber;

        /// <summary>Creates a date; throws for an impossible date like the BCL type.</summary>
        public DateOnly(int year, int month, int day) => _dayNumber = (int)(new DateTime(year, month, day).Ticks / TimeSpan.TicksPerDay);

        private DateTime AsDateTime => new DateTime(_dayNumber * TimeSpan.TicksPerDay);

        /// <summary>The year.</summary>
        public int Year => AsDateTime.Year;
        /// <summary>The month (1-12).</summary>
        public int Month => AsDateTime.Month;
        /// <summary>The day of the month.</summary>
        public int Day => AsDateTime.Day;
        /// <summary>The day of the week.</summary>
        public DayOfWeek DayOfWeek => AsDateTime.DayOfWeek;

        /// <summary>Midnight of this date.</summary>
        public DateTime ToDateTime() => AsDateTime;

        /// <inheritdoc/>
        public bool Equals(DateOnly other) => _dayNumber == other._dayNumber;
        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is DateOnly d && Equals(d);
        /// <inheritdoc/>
        public override int GetHashCode() => _dayNumber;
        /// <inheritdoc/>
        public int CompareTo(DateOnly other) => _dayNumber.CompareTo(other._dayNumber);
        /// <summary>Equality.</summary>
        public static bool operator ==(DateOnly a, DateOnly b) => a.Equals(b);
        /// <summary>Inequality.</summary>
        public static bool operator !=(DateOnly a, DateOnly b) => !a.Equals(b);
        /// <summary>ISO 8601 (<c>yyyy-MM-dd</c>).</summary>
        public override string ToString() => AsDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        /// <summary>Formats with a <see cref="DateTime"/> format string.</summary>
        public string ToString(string format, IFormatProvider? provider) => AsDateTime.ToString(format, provider);
    }
}
#endif
