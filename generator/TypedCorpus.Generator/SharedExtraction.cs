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
    /// (<see cref="ParsedFile.Mentions"/>). Once both the generator and the analyzer were served, the entry keeps the model
    /// without its body as well (<see cref="WithoutBody"/>: what the analyzer needs, should it run again on the same text).
    /// Measured on seed-sized articles: 13.6 KB per model, 11.4 KB without the lines, 5.7 KB without the paragraphs too.
    /// </para>
    /// </summary>
    internal static class SharedExtraction
    {
        /// <summary>Who asks: the generator needs the article's body (paragraphs, list items, captions…), the analyzer does not.</summary>
        public enum Consumer { Generator = 1, Analyzer = 2 }

        private sealed class Entry
        {
            public Entry(string name, ArticleModel model, EquatableArray<PersonMentions> mentions, Consumer first)
            {
                Name = name; Model = model; Mentions = mentions; _taken = (int)first;
            }
            public string Name { get; }
            public ArticleModel Model { get; private set; }
            public EquatableArray<PersonMentions> Mentions { get; }
            public bool Bodiless { get; private set; }
            private int _taken;

            /// <summary>Marks <paramref name="who"/> as served; once both were, the body is dropped (see the class remarks).</summary>
            public void Take(Consumer who)
            {
                lock (this)
                {
                    _taken |= (int)who;
                    if (_taken == (int)(Consumer.Generator | Consumer.Analyzer) && !Bodiless)
                    {
                        Model = WithoutBody(Model);
                        Bodiless = true;
                    }
                }
            }
        }

        private static readonly ConditionalWeakTable<SourceText, Entry> Cache = new ConditionalWeakTable<SourceText, Entry>();
        private static long s_extractions;

        /// <summary>How many extractions this process ran through the cache (for tests).</summary>
        internal static long Extractions => Interlocked.Read(ref s_extractions);

        /// <summary>
        /// The model of <paramref name="text"/> (whose string is <paramref name="s"/>), extracted once and shared, without its
        /// lines but the first (see <see cref="Slim"/>), with the lines naming each person. The analyzer's model may lack the
        /// body (<see cref="WithoutBody"/>); the generator's never does.
        /// </summary>
        public static (ArticleModel Model, EquatableArray<PersonMentions> Mentions) Extract(SourceText text, string name, string s, Consumer who, CancellationToken ct)
        {
            if (Cache.TryGetValue(text, out var hit) && hit.Name == name)
            {
                var model = hit.Model;
                // a body the generator needs again (another driver over the same texts) is extracted again
                if (!(who == Consumer.Generator && hit.Bodiless))
                {
                    hit.Take(who);
                    return (model, hit.Mentions);
                }
            }
            var full = ArticleExtractor.Extract(name, s, ct);
            Interlocked.Increment(ref s_extractions);
            var entry = new Entry(name, Slim(full), PersonMentions.Of(full), who);
            // a cancelled extraction throws above and is never cached; a lost race stores one of two equal models
            if (hit is null)
                try { Cache.Add(text, entry); } catch (System.ArgumentException) { /* already there */ }
            return (entry.Model, entry.Mentions);
        }

        /// <summary>The model without the body that only the generator's data needs (paragraphs, list items, sections, related links, captions, furniture).</summary>
        public static ArticleModel WithoutBody(ArticleModel m) => m with
        {
            Paragraphs = EquatableArray<LineText>.Empty,
            ListItems = EquatableArray<LineText>.Empty,
            Sections = EquatableArray<LineText>.Empty,
            Related = EquatableArray<LineText>.Empty,
            Captions = EquatableArray<CaptionModel>.Empty,
            Furniture = EquatableArray<FurnitureModel>.Empty,
        };

        /// <summary>The model with only its first line (what is read of the lines once the person mentions are known).</summary>
        public static ArticleModel Slim(ArticleModel full) =>
            full.Lines.Count <= 1 ? full : full with { Lines = new[] { full.Lines[0] }.ToEquatableArray() };
    }
}
