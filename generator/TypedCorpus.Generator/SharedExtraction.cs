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
    /// <para>
    /// The compiler keeps every additional file's text for the whole compilation, so what is cached here lives that long too:
    /// the model is kept without its lines (<see cref="Slim"/>; the first line stays, which is all that the duplicate check,
    /// the required facts and an untitled article's member need), with the lines that name each person computed before
    /// (<see cref="ParsedFile.Mentions"/>). Measured on seed-sized articles: 13.6 KB per model, 11.4 KB without the lines.
    /// </para>
    /// </summary>
    internal static class SharedExtraction
    {
        private sealed class Entry
        {
            public Entry(string name, ArticleModel model, EquatableArray<PersonMentions> mentions) { Name = name; Model = model; Mentions = mentions; }
            public string Name { get; }
            public ArticleModel Model { get; }
            public EquatableArray<PersonMentions> Mentions { get; }
        }

        private static readonly ConditionalWeakTable<SourceText, Entry> Cache = new ConditionalWeakTable<SourceText, Entry>();
        private static long s_extractions;

        /// <summary>How many extractions this process ran through the cache (for tests).</summary>
        internal static long Extractions => Interlocked.Read(ref s_extractions);

        /// <summary>
        /// The model of <paramref name="text"/> (whose string is <paramref name="s"/>), extracted once and shared, without its
        /// lines but the first (see <see cref="Slim"/>), with the lines naming each person.
        /// </summary>
        public static (ArticleModel Model, EquatableArray<PersonMentions> Mentions) Extract(SourceText text, string name, string s, CancellationToken ct)
        {
            if (Cache.TryGetValue(text, out var hit) && hit.Name == name) return (hit.Model, hit.Mentions);
            var full = ArticleExtractor.Extract(name, s, ct);
            Interlocked.Increment(ref s_extractions);
            var entry = new Entry(name, Slim(full), PersonMentions.Of(full));
            // a cancelled extraction throws above and is never cached; a lost race stores one of two equal models
            try { Cache.Add(text, entry); } catch (System.ArgumentException) { /* already there */ }
            return (entry.Model, entry.Mentions);
        }

        /// <summary>The model with only its first line (what is read of the lines once the person mentions are known).</summary>
        public static ArticleModel Slim(ArticleModel full) =>
            full.Lines.Count <= 1 ? full : full with { Lines = new[] { full.Lines[0] }.ToEquatableArray() };
    }
}
