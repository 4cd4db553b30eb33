using System;
using System.Collections;
using System.Collections.Generic;

namespace TypedCorpus.Extraction
{
    /// <summary>
    /// The tokens of a text, in order: read-only once made (an array of exactly the tokens), so one list is shared by every
    /// step that reads the text. A sealed class with a plain indexer: the scanners index it in their inner loops.
    /// </summary>
    public sealed class TokenList : IReadOnlyList<Tok>
    {
        private readonly Tok[] _items;

        public static readonly TokenList Empty = new TokenList(Array.Empty<Tok>());

        /// <summary>A list of <paramref name="items"/>, which the caller hands over and no longer changes.</summary>
        internal TokenList(Tok[] items) { _items = items; }

        /// <summary>A list of the first <paramref name="count"/> items of <paramref name="items"/> (copied).</summary>
        internal TokenList(Tok[] items, int count)
        {
            _items = count == 0 ? Array.Empty<Tok>() : new Tok[count];
            Array.Copy(items, _items, count);
        }

        public int Count => _items.Length;

        public Tok this[int index] => _items[index];

        /// <summary>
        /// The tokens <see cref="Tokenizer.Names"/> would give for <c>s.Substring(from, to - from)</c>, taken from this list =
        /// <c>Tokenizer.Names(s)</c>: those that start in the range, their offsets moved by <c>-from</c>. Only for bounds no token
        /// of the list crosses: each bound is the text's start or end, or stands right after a character that is neither a word
        /// character nor a joiner (a space or punctuation), so the scan of the substring meets the same tokens.
        /// </summary>
        internal TokenList Slice(int from, int to)
        {
            int lo = IndexAt(from), end = lo;
            while (end < _items.Length && _items[end].Start < to) end++;
            if (end == lo) return Empty;
            var items = new Tok[end - lo];
            for (int k = lo; k < end; k++) items[k - lo] = _items[k].Shift(-from);
            return new TokenList(items);
        }

        /// <summary>The tokens that do not start at a position <paramref name="blanked"/> marks, in order.</summary>
        internal TokenList Without(bool[] blanked)
        {
            int count = 0;
            foreach (var t in _items) if (!blanked[t.Start]) count++;
            var items = new Tok[count]; // counted first: one array of exactly the tokens
            count = 0;
            foreach (var t in _items) if (!blanked[t.Start]) items[count++] = t;
            return new TokenList(items);
        }

        /// <summary>The index of the first token starting at or after <paramref name="pos"/>: a binary search.</summary>
        internal int IndexAt(int pos)
        {
            int lo = 0, hi = _items.Length;
            while (lo < hi) { int mid = (lo + hi) / 2; if (_items[mid].Start < pos) lo = mid + 1; else hi = mid; }
            return lo;
        }

        /// <summary>The index of the first token that <paramref name="match"/> accepts, or -1 (as <see cref="List{T}.FindIndex(Predicate{T})"/>).</summary>
        public int FindIndex(Predicate<Tok> match) => Array.FindIndex(_items, match);

        /// <summary>The index of the last token that <paramref name="match"/> accepts, or -1 (as <see cref="List{T}.FindLastIndex(Predicate{T})"/>).</summary>
        public int FindLastIndex(Predicate<Tok> match) => Array.FindLastIndex(_items, match);

        public Enumerator GetEnumerator() => new Enumerator(_items);
        IEnumerator<Tok> IEnumerable<Tok>.GetEnumerator() => ((IEnumerable<Tok>)_items).GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

        /// <summary>A foreach over the tokens without an allocation.</summary>
        public struct Enumerator
        {
            private readonly Tok[] _items;
            private int _i;
            internal Enumerator(Tok[] items) { _items = items; _i = -1; }
            public Tok Current => _items[_i];
            public bool MoveNext() => ++_i < _items.Length;
        }
    }
}
