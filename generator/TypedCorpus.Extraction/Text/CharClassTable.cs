using System;

namespace TypedCorpus.Extraction
{
    /// <summary>
    /// A scanner's character classes (bit flags): worked out by its classifier for any character, and kept in a table for the
    /// ASCII ones, which are most of the text. The table is filled by the classifier itself, so the answers are the same.
    /// </summary>
    internal sealed class CharClassTable
    {
        private readonly byte[] _ascii = new byte[128];
        private readonly Func<char, byte> _classify;

        public CharClassTable(Func<char, byte> classify)
        {
            _classify = classify;
            for (int c = 0; c < 128; c++) _ascii[c] = classify((char)c);
        }

        public int Of(char c) => c < 128 ? _ascii[c] : _classify(c);
    }
}
