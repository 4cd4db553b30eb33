using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace TypedCorpus
{
    /// <summary>
    /// A read-only list whose items are built on first access and then cached, one item at a time.
    /// Touching one item of a 100,000-item corpus builds that item only.
    /// </summary>
    public abstract class CorpusList<T> : IReadOnlyList<T> where T : class
    {
        private const int ChunkBits = 8;
        private const int ChunkSize = 1 << ChunkBits;
        private readonly T?[]?[] _chunks;

        /// <summary>Creates a list of <paramref name="count"/> items.</summary>
        protected CorpusList(int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count));
            Count = count;
            _chunks = new T?[]?[(count + ChunkSize - 1) >> ChunkBits];
        }

        /// <summary>Builds the item at <paramref name="index"/>; called at most once per item that wins the race.</summary>
        protected abstract T Create(int index);

        /// <inheritdoc/>
        public int Count { get; }

        /// <inheritdoc/>
        public T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
                var chunk = Volatile.Read(ref _chunks[index >> ChunkBits]);
                if (chunk is null)
                {
                    Interlocked.CompareExchange(ref _chunks[index >> ChunkBits], new T?[ChunkSize], null);
                    chunk = _chunks[index >> ChunkBits]!;
                }
                var item = Volatile.Read(ref chunk[index & (ChunkSize - 1)]);
                if (item is null)
                {
                    Interlocked.CompareExchange(ref chunk[index & (ChunkSize - 1)], Create(index), null);
                    item = chunk[index & (ChunkSize - 1)]!;
                }
                return item;
            }
        }

        /// <inheritdoc/>
        public IEnumerator<T> GetEnumerator()
        {
            for (int i = 0; i < Count; i++) yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The articles of a compiled-in corpus (the generator derives one per project with a named member per article).</summary>
    public abstract class ArticleList : CorpusList<Article>
    {
        /// <summary>Creates the list.</summary>
        protected ArticleList(int count) : base(count) { }

        /// <summary>The article whose file has this name (compared ignoring case), or null.</summary>
        public Article? FindByFile(string fileName)
        {
            int i = IndexOfFile(fileName);
            return i < 0 ? null : this[i];
        }

        /// <summary>
        /// Index of the first article whose file has this name (ignoring case), or -1. This default materialises articles
        /// until it finds the file; the generated corpus overrides it with an index read from its data.
        /// </summary>
        protected virtual int IndexOfFile(string fileName)
        {
            for (int i = 0; i < Count; i++)
                if (string.Equals(this[i].File, fileName, StringComparison.OrdinalIgnoreCase)) return i;
            return -1;
        }
    }

    /// <summary>The people registry of a compiled-in corpus (the generator derives one per project with a named member per person).</summary>
    public abstract class PersonList : CorpusList<Person>
    {
        /// <summary>Creates the list.</summary>
        protected PersonList(int count) : base(count) { }

        /// <summary>Index of the person with this canonical name or alias, or -1.</summary>
        protected abstract int IndexOf(string nameOrAlias);

        /// <summary>The person with this canonical name or alias, or null.</summary>
        public Person? Find(string nameOrAlias)
        {
            int i = IndexOf(nameOrAlias);
            return i < 0 ? null : this[i];
        }
    }
}
