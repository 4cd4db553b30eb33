using System;
using System.Collections.Generic;

namespace TypedCorpus.Extraction.Lexicon
{
    // Word shapes several steps share: counting words and the prefix of an active verb.
    public static partial class NameLexicon
    {
        /// <summary>Words that count what follows them ("tiga provinsi", "beberapa hal"): <c>count-words.txt</c>.</summary>
        public static readonly HashSet<string> CountWords = LexiconResource.WordSet("count-words");

        /// <summary>An active verb by its prefix (me-, ber-), not a word that only looks like one ("mereka", "menurut", "bersama").</summary>
        public static bool LooksLikeActiveVerb(string w)
            => w.Length > 5 && (w.StartsWith("me", StringComparison.Ordinal) || w.StartsWith("ber", StringComparison.Ordinal)) && !StopWords.Contains(w);
    }
}
