using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using TypedCorpus.Extraction;

[assembly: InternalsVisibleTo("TypedCorpus.Generator.Tests")]

namespace TypedCorpus.Generator
{
    /// <summary>
    /// One extraction per file text per process: the generator and the companion analyzer both need the model of every article
    /// (the generator for the code, the analyzer for the configurable diagnostics). The compiler hands both the same
    /// <see cref="SourceText"/> instance for an additional file, so the model is cached against that instance; the entry lives
    /// exactly as long as the text (a weak table), so an edited file, whose text is a new instance, is extracted again.
    /// </summary>
    internal static class SharedExtraction
    {
        private sealed class Entry
        {
            public Entry(string name, ArticleModel model) { Name = name; Model = model; }
            public string Name { get; }
            public ArticleModel Model { get; }
        }

        private static readonly ConditionalWeakTable<SourceText, Entry> Cache = new ConditionalWeakTable<SourceText, Entry>();
        private static long s_extractions;

        /// <summary>How many extractions this process ran through the cache (for tests).</summary>
        internal static long Extractions => Interlocked.Read(ref s_extractions);

        /// <summary>The model of <paramref name="text"/> (whose string is <paramref name="s"/>), extracted once and shared.</summary>
        public static ArticleModel Extract(SourceText text, string name, string s, CancellationToken ct)
        {
            if (Cache.TryGetValue(text, out var hit) && hit.Name == name) return hit.Model;
            var model = ArticleExtractor.Extract(name, s, ct);
            Interlocked.Increment(ref s_extractions);
            // a cancelled extraction throws above and is never cached; a lost race stores one of two equal models
            try { Cache.Add(text, new Entry(name, model)); } catch (System.ArgumentException) { /* already there */ }
            return model;
        }
    }
}
