using System;
using System.Collections.Generic;

namespace TypedCorpus.Extraction
{
    /// <summary>
    /// Values being made, in a buffer its owner keeps per thread and reuses; a list of exactly them is then made with one copy
    /// (<c>new List&lt;T&gt;(buffer)</c> uses <see cref="Count"/> and <see cref="CopyTo"/>). A buffer grown by a huge text
    /// (<see cref="Oversized"/>) should not be kept: the compiler server's threads live long.
    /// </summary>
    internal sealed class ScratchBuffer<T> : ICollection<T>
    {
        private const int KeptCapacity = 1 << 16;

        public ScratchBuffer(int capacity) { Items = new T[capacity]; }

        public T[] Items;

        public int Count { get; set; }

        /// <summary>Grown past what is worth keeping for the next text.</summary>
        public bool Oversized => Items.Length > KeptCapacity;

        public void Add(T item)
        {
            if (Count == Items.Length) Array.Resize(ref Items, Items.Length * 2);
            Items[Count++] = item;
        }

        public bool IsReadOnly => false;
        public void CopyTo(T[] array, int arrayIndex) => Array.Copy(Items, 0, array, arrayIndex, Count);
        public IEnumerator<T> GetEnumerator() { for (int k = 0; k < Count; k++) yield return Items[k]; }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        public void Clear() => Count = 0;
        public bool Contains(T item) => throw new NotSupportedException();
        public bool Remove(T item) => throw new NotSupportedException();
    }
}
