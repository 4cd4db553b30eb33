using System.Runtime.CompilerServices;

namespace TypedCorpus.Extraction
{
    /// <summary>A slot of an <see cref="InstanceMemo"/> table: a string and what was worked out about it.</summary>
    internal struct MemoSlot<T>
    {
        public string? Key;
        public T Value;
    }

    /// <summary>
    /// Direct-mapped memo tables keyed by string instance, for answers asked many times about the same token strings (shared by
    /// <see cref="TokenStrings"/>). Finding a slot hashes the reference, not the text. A table lives in the thread's
    /// <see cref="Scratch"/>, and it holds only answers of pure functions of the text, so a kept answer is the answer.
    /// </summary>
    internal static class InstanceMemo
    {
        /// <summary>
        /// Slots per table (a power of two). Small on purpose: a table lives long, so the strings it holds outlive their article
        /// and are promoted at each collection; with 4,096 slots that made 60 gen-1 collections per 10k articles instead of 5,
        /// and the background collections that followed made the benchmark bimodal. 256 slots answer as fast.
        /// </summary>
        public const int Slots = 256;

        /// <summary>
        /// The slot of <paramref name="key"/> in <paramref name="table"/> (made on first use). When it held another string, it is
        /// cleared to <paramref name="key"/> with a default value and <paramref name="fresh"/> is true: the caller fills it in.
        /// </summary>
        public static ref MemoSlot<T> Slot<T>(ref MemoSlot<T>[]? table, string key, out bool fresh)
        {
            var t = table ??= new MemoSlot<T>[Slots];
            ref var slot = ref t[RuntimeHelpers.GetHashCode(key) & (Slots - 1)];
            fresh = !ReferenceEquals(slot.Key, key);
            if (fresh) slot = new MemoSlot<T> { Key = key };
            return ref slot;
        }
    }
}
