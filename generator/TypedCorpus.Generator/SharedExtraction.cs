using System;
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
    /// The compiler keeps every additional file's text for the whole compilation, so what is cached here would live that long
    /// too. The cache therefore keeps as little as the next consumer needs:
    /// <list type="bullet">
    /// <item>the model without its lines (<see cref="Slim"/>; the first line stays, which is all that the duplicate check, the
    /// required facts and an untitled article's member need), with the lines that name each person computed before
    /// (<see cref="ParsedFile.Mentions"/>);</item>
    /// <item>once the generator was served, without its body (<see cref="WithoutBody"/>): the analyzer never reads it;</item>
    /// <item>once both were served, only weakly: the analyzer keeps its results until its corpus check, and a later run over
    /// the same text (an IDE's next analysis) finds the model while the garbage collector has not taken it, else extracts
    /// again. A command-line build thus lets every model go before it emits the assembly.</item>
    /// </list>
    /// Measured on seed-sized articles: 13.6 KB per model, 11.4 KB without the lines, 5.7 KB without the paragraphs too.
    /// </para>
    /// </summary>
    internal static class SharedExtraction
    {
        /// <summary>Who asks: the generator needs the article's body (paragraphs, list items, captions…), the analyzer does not.</summary>
        public enum Consumer { Generator = 1, Analyzer = 2 }

        private sealed class Entry
        {
            private ArticleModel? _model;
            private WeakReference<ArticleModel>? _weak;
            private int _taken;

            public Entry(string name, ArticleModel model, EquatableArray<PersonMentions> mentions, Consumer first)
            {
                Name = name; Mentions = mentions; _taken = (int)first;
                Bodiless = first == Consumer.Generator;
                _model = Bodiless ? WithoutBody(model) : model;
            }

            public string Name { get; }
            public EquatableArray<PersonMentions> Mentions { get; }
            /// <summary>Whether the model kept here lacks the body (the generator was served).</summary>
            private bool Bodiless { get; set; }

            /// <summary>
            /// Marks <paramref name="who"/> as served and returns the model for it, or null when it was let go (see the class
            /// remarks) or when the generator asks again for a body this entry no longer keeps (another driver over the same texts).
            /// </summary>
            public ArticleModel? Take(Consumer who)
            {
                lock (this)
                {
                    if (who == Consumer.Generator && Bodiless) return null;
                    var model = _model;
                    if (model is null) return _weak != null && _weak.TryGetTarget(out var kept) ? kept : null;
                    _taken |= (int)who;
                    if (_taken == (int)(Consumer.Generator | Consumer.Analyzer))
                    {
                        _weak = new WeakReference<ArticleModel>(Bodiless ? model : WithoutBody(model));
                        Bodiless = true;
                        _model = null;
                    }
                    return model;
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
            if (Cache.TryGetValue(text, out var hit) && hit.Name == name && hit.Take(who) is { } model)
                return (model, hit.Mentions);
            var full = ArticleExtractor.Extract(name, s, ct);
            Interlocked.Increment(ref s_extractions);
            var slim = Slim(full);
            var mentions = PersonMentions.Of(full);
            // a cancelled extraction throws above and is never cached; a lost race stores one of two equal models
            var entry = new Entry(name, slim, mentions, who);
            if (hit != null) Cache.Remove(text);
            try { Cache.Add(text, entry); } catch (ArgumentException) { /* already there */ }
            return (slim, mentions);
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
