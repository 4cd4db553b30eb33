using System;
using System.Collections;
using System.Collections.Generic;

namespace TypedCorpus.Extraction
{
    /// <summary>An immutable array with value equality, for incremental-generator models.</summary>
    public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    {
        private readonly T[]? _items;

        public EquatableArray(T[] items) => _items = items;

        public static EquatableArray<T> Empty => new EquatableArray<T>(Array.Empty<T>());

        /// <summary>An array of <paramref name="items"/>, made with one copy (a collection) or by <c>Enumerable.ToArray</c> (a sequence).</summary>
        public static EquatableArray<T> From(IEnumerable<T> items)
        {
            if (items is ICollection<T> c)
            {
                if (c.Count == 0) return Empty;
                var a = new T[c.Count];
                c.CopyTo(a, 0);
                return new EquatableArray<T>(a);
            }
            return new EquatableArray<T>(System.Linq.Enumerable.ToArray(items));
        }

        public T[] AsArray() => _items ?? Array.Empty<T>();

        public int Count => _items?.Length ?? 0;

        public T this[int index] => AsArray()[index];

        public bool Equals(EquatableArray<T> other)
        {
            var a = AsArray();
            var b = other.AsArray();
            // the same array (an output the incremental driver kept and handed on again): equal without a look at its items
            if (ReferenceEquals(a, b)) return true;
            if (a.Length != b.Length) return false;
            var cmp = EqualityComparer<T>.Default;
            for (int i = 0; i < a.Length; i++)
                if (!cmp.Equals(a[i], b[i])) return false;
            return true;
        }

        public override bool Equals(object? obj) => obj is EquatableArray<T> o && Equals(o);

        public override int GetHashCode()
        {
            unchecked
            {
                int h = 17;
                var cmp = EqualityComparer<T>.Default;
                foreach (var x in AsArray()) h = h * 31 + (x is null ? 0 : cmp.GetHashCode(x));
                return h;
            }
        }

        public static bool operator ==(EquatableArray<T> a, EquatableArray<T> b) => a.Equals(b);
        public static bool operator !=(EquatableArray<T> a, EquatableArray<T> b) => !a.Equals(b);

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)AsArray()).GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => AsArray().GetEnumerator();

        public override string ToString() => "[" + string.Join(", ", AsArray()) + "]";
    }

    public static class EquatableArray
    {
        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => EquatableArray<T>.From(items);
    }
}
