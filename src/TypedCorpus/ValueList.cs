using System;
using System.Collections;
using System.Collections.Generic;

namespace TypedCorpus
{
    /// <summary>
    /// An immutable list with value equality: two lists are equal when they hold equal items in the same order.
    /// Records of the corpus use it so that <c>==</c> compares facts, not references.
    /// </summary>
    public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
    {
        private readonly T[] _items;

        /// <summary>The empty list.</summary>
        public static ValueList<T> Empty { get; } = new ValueList<T>(Array.Empty<T>());

        /// <summary>Wraps <paramref name="items"/> (the array is not copied: do not change it afterwards).</summary>
        public ValueList(T[] items) => _items = items ?? Array.Empty<T>();

        /// <summary>Copies <paramref name="items"/> into a new list.</summary>
        public static ValueList<T> From(IEnumerable<T> items) => new ValueList<T>(new List<T>(items).ToArray());

        /// <inheritdoc/>
        public T this[int index] => _items[index];

        /// <inheritdoc/>
        public int Count => _items.Length;

        /// <inheritdoc/>
        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

        /// <inheritdoc/>
        public bool Equals(ValueList<T>? other)
        {
            if (ReferenceEquals(this, other)) return true;
            if (other is null || other._items.Length != _items.Length) return false;
            var cmp = EqualityComparer<T>.Default;
            for (int i = 0; i < _items.Length; i++)
                if (!cmp.Equals(_items[i], other._items[i])) return false;
            return true;
        }

        /// <inheritdoc/>
        public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            unchecked
            {
                int h = 17;
                var cmp = EqualityComparer<T>.Default;
                foreach (var item in _items) h = h * 31 + (item is null ? 0 : cmp.GetHashCode(item));
                return h;
            }
        }

        /// <inheritdoc/>
        public override string ToString() => "[" + string.Join(", ", _items) + "]";
    }
}
