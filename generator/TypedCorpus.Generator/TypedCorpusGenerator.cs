using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TypedCorpus.Extraction;

namespace TypedCorpus.Generator
{
    /// <summary>
    /// Reads the <c>.txt</c> AdditionalFiles, extracts each article (per file, cached), resolves the corpus (cheap, on models),
    /// and emits <c>Corpus</c> with one file per article. Never throws into the compiler.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class TypedCorpusGenerator : IIncrementalGenerator
    {
        /// <summary>Tracking names of the pipeline steps (used by the caching tests).</summary>
        public static class Steps
        {
            /// <summary>Per file: decode and extract (the only expensive step).</summary>
            public const string Parse = "TypedCorpus.Parse";
            /// <summary>Per file: the cheap projection the corpus plan needs (identifier, names, quotes; no body text).</summary>
            public const string Key = "TypedCorpus.Key";
            /// <summary>Once: the corpus plan (order, identifiers, resolved names, people registry) built from the keys.</summary>
            public const string Corpus = "TypedCorpus.Corpus";
            /// <summary>Per file: the article's model with corpus-wide names, its index and identifier (what its file is emitted from).</summary>
            public const string Article = "TypedCorpus.Article";
            /// <summary>Once: what the main file needs (counts, people).</summary>
            public const string Main = "TypedCorpus.Main";
            /// <summary>Per article: its record in the compact data format (stored by its data chunk as UTF-8 data).</summary>
            public const string Blob = "TypedCorpus.Blob";
            /// <summary>Per chunk of 256 articles: their records as one UTF-8 literal.</summary>
            public const string Chunks = "TypedCorpus.Chunks";
            /// <summary>Per article: its named member (doc comment, #line, property).</summary>
            public const string Member = "TypedCorpus.Member";
            /// <summary>Once: articles per generated file (see <see cref="Layout"/>).</summary>
            public const string Layout = "TypedCorpus.Layout";
            /// <summary>Per file of the grouped layout: its article members.</summary>
            public const string MemberFiles = "TypedCorpus.MemberFiles";
            /// <summary>The MSBuild options.</summary>
            public const string Options = "TypedCorpus.Options";
            /// <summary>Once: the project's <c>[CorpusFields]</c> record as a value-equatable schema (changes only when the record does).</summary>
            public const string Schema = "TypedCorpus.Schema";
            /// <summary>Per file: its front matter validated against the schema and converted (re-runs for an edited file, or for all when the schema changes).</summary>
            public const string Fields = "TypedCorpus.Fields";
        }

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var options = context.AnalyzerConfigOptionsProvider
                .Select((p, _) => ReadOptions(p.GlobalOptions))
                .WithTrackingName(Steps.Options);

            // Expensive, per file: re-runs only for a file whose text changed.
            var parsed = context.AdditionalTextsProvider
                .Where(static f => IsArticle(f.Path))
                .Select(static (f, ct) => Parse(f, ct))
                .WithTrackingName(Steps.Parse);

            // Cheap projection per file; the corpus step collects only these (no paragraphs, lines or furniture).
            var keys = parsed
                .Select(static (f, _) => ArticleKey.From(f))
                .WithTrackingName(Steps.Key);

            var index = keys.Collect()
                .Select(static (ks, ct) => BuildIndex(ks, ct))
                .WithTrackingName(Steps.Corpus);

            // The [CorpusFields] record, read from its symbol into a value-equatable model (no symbol leaves the transform).
            var schema = context.SyntaxProvider.ForAttributeWithMetadataName(FieldSchemaReader.AttributeName,
                    static (node, _) => node is TypeDeclarationSyntax,
                    static (ctx, ct) => FieldSchemaReader.ReadSafely((INamedTypeSymbol)ctx.TargetSymbol, ct).Schema)
                .Collect()
                .Select(static (all, _) => FieldSchema.Choose(all))
                .WithTrackingName(Steps.Schema);

            // Per file: its field values converted; an article edit re-runs that file only, a schema edit every file.
            var typed = parsed.Combine(schema)
                .Select(static (p, _) => new FieldedFile(p.Left, FieldValidation.Convert(p.Right, p.Left.Model).Values))
                .WithTrackingName(Steps.Fields);

            // Per article: its own model + the small corpus index. Unchanged articles stay Cached/Unchanged, so their files are not re-emitted.
            var articles = typed.Combine(index)
                .Select(static (pair, ct) => Resolve(pair.Left.File, pair.Right, pair.Left.Fields))
                .Where(static a => a is not null)
                .Select(static (a, _) => a!)
                .WithTrackingName(Steps.Article);

            var main = index.Select(static (ix, _) => MainModel.From(ix)).WithTrackingName(Steps.Main);
            // Per article: its record in the compact data format (compressed); per chunk of 256 articles: the records as one packed constant.
            var blobs = articles.Select(static (a, _) => new ArticleBlob(a.Index, Emitter.Blob(a))).WithTrackingName(Steps.Blob);
            var chunks = blobs.Collect()
                .SelectMany(static (bs, _) => DataChunk.From(bs))
                .WithTrackingName(Steps.Chunks);

            // Articles per file: one file per article for small corpora, files of 256 members beyond (see Layout).
            var layout = index.Select(static (ix, _) => ix.Articles.Count).Combine(options)
                .Select(static (p, _) => Layout.ArticlesPerFile(p.Right, p.Left))
                .WithTrackingName(Steps.Layout);
            var members = articles.Select(static (a, _) => new ArticleMember(a.Index, Emitter.Member(a))).WithTrackingName(Steps.Member);
            var memberFiles = members.Collect().Combine(layout)
                .SelectMany(static (p, _) => p.Right <= 1 ? ImmutableArray<MemberFile>.Empty : MemberFile.From(p.Left, p.Right))
                .WithTrackingName(Steps.MemberFiles);

            context.RegisterSourceOutput(main.Combine(options), static (spc, pair) =>
                Guard(spc, () => spc.AddSource(pair.Right.ClassName + ".g.cs", SourceText.From(Emitter.Main(pair.Right, pair.Left), Encoding.UTF8))));
            context.RegisterSourceOutput(chunks.Combine(options), static (spc, pair) =>
                Guard(spc, () => spc.AddSource($"{pair.Right.ClassName}.Data.{pair.Left.Chunk}.g.cs", SourceText.From(Emitter.Chunk(pair.Right, pair.Left), Encoding.UTF8))));
            context.RegisterSourceOutput(articles.Combine(options).Combine(layout), static (spc, pair) =>
            {
                if (pair.Right > 1) return;
                var (article, o) = pair.Left;
                Guard(spc, () => spc.AddSource($"{o.ClassName}.Articles.{article.Identifier}.g.cs", SourceText.From(Emitter.Article(o, article), Encoding.UTF8)));
            });
            context.RegisterSourceOutput(schema.Combine(options), static (spc, pair) =>
            {
                if (pair.Left is null) return;
                Guard(spc, () => spc.AddSource(Emitter.FieldsClass(pair.Right) + ".g.cs", SourceText.From(Emitter.Fields(pair.Right, pair.Left), Encoding.UTF8)));
            });
            context.RegisterSourceOutput(memberFiles.Combine(options), static (spc, pair) =>
                Guard(spc, () => spc.AddSource($"{pair.Right.ClassName}.Articles.{pair.Left.Start:D6}-{pair.Left.End - 1:D6}.g.cs", SourceText.From(Emitter.Articles(pair.Right, pair.Left), Encoding.UTF8))));
        }

        public static bool IsArticle(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

        public static GeneratorOptions ReadOptions(AnalyzerConfigOptions global)
        {
            string ns = global.TryGetValue("build_property.TypedCorpusNamespace", out var n) && n.Trim().Length > 0 ? n.Trim()
                : global.TryGetValue("build_property.RootNamespace", out var r) && r.Trim().Length > 0 ? r.Trim() : "";
            string cls = global.TryGetValue("build_property.TypedCorpusClassName", out var c) && c.Trim().Length > 0 ? c.Trim() : "Corpus";
            ns = Naming.Namespace(ns);
            cls = Naming.ClassName(cls);
            int perFile = global.TryGetValue("build_property.TypedCorpusArticlesPerFile", out var k)
                && int.TryParse(k.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var kk) && kk > 0 ? kk : 0;
            return new GeneratorOptions(ns, cls, perFile);
        }

        /// <summary>The per-file step: decode and extract. Holds only the path and the value-equatable model.</summary>
        public static ParsedFile Parse(AdditionalText file, CancellationToken ct)
        {
            var name = Path.GetFileName(file.Path);
            try
            {
                var text = file.GetText(ct);
                if (text is null)
                    return new ParsedFile(file.Path, ArticleExtractor.Extract(name, Array.Empty<byte>(), ct) with
                    {
                        Diagnostics = new[] { Diagnostics.Create(DiagnosticIds.Unreadable, 1, 0, 0, "the file could not be read; check that it exists and is readable") }.ToEquatableArray(),
                    });
                var (model, mentions) = SharedExtraction.Extract(text, name, text.ToString(), SharedExtraction.Consumer.Generator, ct);
                if (text.Encoding != null && !(text.Encoding is UTF8Encoding))
                {
                    var d = Diagnostics.Create(DiagnosticIds.Unreadable, 1, 0, 0,
                        $"the file is not valid UTF-8 (the compiler read it as {text.Encoding.WebName}); re-save it as UTF-8");
                    model = TextDecoding.OnlyUnreadable(model, d);
                }
                return new ParsedFile(file.Path, model) { Mentions = mentions };
            }
            catch (OperationCanceledException) { throw; }
            catch (Exception ex)
            {
                return new ParsedFile(file.Path, new ArticleModel
                {
                    File = name,
                    Diagnostics = new[] { Diagnostics.Create(DiagnosticIds.InternalError, 1, 0, 0, $"TypedCorpus could not read this article ({ex.GetType().Name}: {ex.Message})") }.ToEquatableArray(),
                });
            }
        }

        /// <summary>
        /// The whole corpus plan at once (what the pipeline computes step by step): order, resolve names corpus-wide, give identifiers.
        /// </summary>
        public static CorpusPlan Plan(ImmutableArray<ParsedFile> files, CancellationToken ct)
        {
            var index = BuildIndex(files.Select(ArticleKey.From).ToImmutableArray(), ct);
            var plans = new List<ArticlePlan>(files.Length);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var f in files)
                if (seen.Add(f.Path) && Resolve(f, index) is { } plan) plans.Add(plan);
            return new CorpusPlan(plans.OrderBy(p => p.Index).ToEquatableArray(), index.People, index.Notes);
        }

        /// <summary>The corpus step, on keys only: order by file name, resolve names corpus-wide, give identifiers, build the people registry.</summary>
        public static CorpusIndex BuildIndex(ImmutableArray<ArticleKey> keys, CancellationToken ct)
        {
            var ordered = new List<ArticleKey>(keys.Length);
            var seenPaths = new HashSet<string>(StringComparer.Ordinal);
            foreach (var k in keys.OrderBy(k => k.Skeleton.File, StringComparer.Ordinal).ThenBy(k => k.Path, StringComparer.Ordinal))
                if (seenPaths.Add(k.Path)) ordered.Add(k);

            var corpus = CorpusResolver.Resolve(ordered.Select(k => k.Skeleton));
            ct.ThrowIfCancellationRequested();
            var resolved = corpus.Articles.AsArray();
            // The resolver orders by file name too (stable), so positions match; fall back to matching by file name if it ever does not.
            if (resolved.Length != ordered.Count || resolved.Where((a, i) => a.File != ordered[i].Skeleton.File).Any())
            {
                var byFile = new Dictionary<string, Queue<ArticleModel>>(StringComparer.Ordinal);
                foreach (var a in resolved)
                {
                    if (!byFile.TryGetValue(a.File, out var q)) byFile[a.File] = q = new Queue<ArticleModel>();
                    q.Enqueue(a);
                }
                resolved = ordered.Select(k => byFile.TryGetValue(k.Skeleton.File, out var q) && q.Count > 0 ? q.Dequeue() : k.Skeleton).ToArray();
            }

            var ids = Naming.Unique(ordered.Select(k => k.IdentifierBase).ToArray(), out var collisions);
            var entries = ordered.Select((k, i) => new IndexedArticle(k.Path, i, ids[i], resolved[i])).ToArray();

            var quoteRefs = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
            var articleRefs = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int i = 0; i < resolved.Length; i++)
            {
                if ((i & 1023) == 0) ct.ThrowIfCancellationRequested();
                for (int q = 0; q < resolved[i].Quotes.Count; q++)
                    foreach (var s in resolved[i].Quotes[q].Speakers)
                    {
                        if (!quoteRefs.TryGetValue(s, out var l)) quoteRefs[s] = l = new List<(int, int)>();
                        l.Add((i, q));
                    }
                foreach (var p in resolved[i].People)
                {
                    if (!articleRefs.TryGetValue(p, out var l)) articleRefs[p] = l = new List<int>();
                    if (l.Count == 0 || l[l.Count - 1] != i) l.Add(i);
                }
            }
            var people = corpus.People.AsArray();
            var pids = Naming.Unique(people.Select(p => Naming.PersonBase(p.Name)).ToArray(), out _);
            var personPlans = people.Select((p, i) => new PersonPlan(i, pids[i], p,
                (quoteRefs.TryGetValue(p.Name, out var q) ? q : new List<(int, int)>()).ToEquatableArray(),
                (articleRefs.TryGetValue(p.Name, out var a) ? a : new List<int>()).ToEquatableArray()) { Definition = FirstMention(p, q, a, ordered, resolved) }).ToArray();

            var notes = collisions.Select(c => (entries[c.Index].Path,
                Diagnostics.Create(DiagnosticIds.IdentifierCollision, 1, 0, 0,
                    $"the article's identifier '{c.Wanted}' is already used by another article; it is generated as '{c.Given}' (give the article a distinct title, date or dateline, or a front-matter title)")))
                .ToList();
            return new CorpusIndex(entries.ToEquatableArray(), personPlans.ToEquatableArray(), notes.ToEquatableArray());
        }

        /// <summary>
        /// Where "go to definition" on a person lands (a <c>.txt</c> path and a 1-based line), always a line that names the person
        /// when the corpus has one: the line of the person's first quote whose line names them (a quote attributed by 'dia' or
        /// 'keduanya' often does not), else the first line, in file order, that names them; failing those, the first quote's
        /// line, else the title line of the first article that names the person.
        /// </summary>
        private static (string Path, int Line)? FirstMention(PersonModel person, List<(int, int)>? quotes, List<int>? articles, List<ArticleKey> ordered, ArticleModel[] resolved)
        {
            var forms = new HashSet<string>(person.Aliases, StringComparer.Ordinal) { person.Name };
            IEnumerable<int> Naming(int article) =>
                ordered[article].Mentions.Where(m => forms.Contains(m.Name)).SelectMany(m => m.Lines);
            if (quotes is { Count: > 0 })
                foreach (var (i, q) in quotes)
                {
                    int line = resolved[i].Quotes[q].Line;
                    if (Naming(i).Contains(line)) return (ordered[i].Path, line);
                }
            foreach (var i in (articles ?? new List<int>()).Concat(quotes?.Select(x => x.Item1) ?? Enumerable.Empty<int>()).Distinct().OrderBy(i => i))
            {
                var lines = Naming(i).ToList();
                if (lines.Count > 0) return (ordered[i].Path, lines.Min());
            }
            if (quotes is { Count: > 0 })
            {
                var (i, q) = quotes[0];
                return (ordered[i].Path, resolved[i].Quotes[q].Line);
            }
            if (articles is { Count: > 0 })
            {
                var i = articles[0];
                return (ordered[i].Path, Math.Max(1, resolved[i].TitleLine));
            }
            return null;
        }

        /// <summary>
        /// The per-article step: the file's full model with the corpus-wide (resolved) fields of its key, its index and identifier.
        /// Null when the file is not in the index (a duplicate path).
        /// </summary>
        public static ArticlePlan? Resolve(ParsedFile file, CorpusIndex index, EquatableArray<string?> fields = default)
        {
            if (!index.TryGet(file.Path, out var entry)) return null;
            var r = entry.Resolved;
            var model = ArticleKey.Merge(file.Model, r);
            return new ArticlePlan(entry.Index, entry.Identifier, file.Path, model) { Fields = fields };
        }

        private static void Guard(SourceProductionContext spc, Action emit)
        {
            try { emit(); }
            catch (OperationCanceledException) { throw; }
            catch (Exception ex)
            {
                spc.ReportDiagnostic(Diagnostic.Create(TypedCorpusDescriptors.InternalError, Location.None, $"TypedCorpus could not generate the corpus: {ex.GetType().Name}: {ex.Message}; please report it"));
            }
        }
    }

    /// <summary>One extracted file: its path and model (no Roslyn object).</summary>
    public sealed record ParsedFile(string Path, ArticleModel Model)
    {
        /// <summary>
        /// The lines naming each person (<see cref="PersonMentions.Of"/>), computed from the full model when the model kept here
        /// has lost its lines (see <c>SharedExtraction</c>); null: computed from <see cref="Model"/> when needed.
        /// </summary>
        public EquatableArray<PersonMentions>? Mentions { get; init; }
    }

    /// <summary>An extracted file with the converted values of the project's <c>[CorpusFields]</c> record (empty without one).</summary>
    public sealed record FieldedFile(ParsedFile File, EquatableArray<string?> Fields);

    /// <summary>What the emitter needs: planned articles and people, and naming notes.</summary>
    public sealed record CorpusPlan(EquatableArray<ArticlePlan> Articles, EquatableArray<PersonPlan> People, EquatableArray<(string Path, DiagnosticModel Diagnostic)> Notes);

    /// <summary>
    /// The cheap per-file projection that the corpus step collects: the path, the identifier wanted, and a skeleton of the model
    /// with what corpus-wide resolution reads and rewrites (headline facts, people, quotes, agreements) but no body text,
    /// lines, captions or furniture.
    /// </summary>
    public sealed record ArticleKey(string Path, string IdentifierBase, ArticleModel Skeleton)
    {
        public static ArticleKey From(ParsedFile f) => new ArticleKey(f.Path, Naming.ArticleBase(f.Model), SharedExtraction.WithoutBody(f.Model) with
        {
            Lines = EquatableArray<SourceLine>.Empty,
            FrontMatter = EquatableArray<FrontMatterEntry>.Empty,
            Diagnostics = EquatableArray<DiagnosticModel>.Empty,
            ContentHash = "",
        })
        { Mentions = f.Mentions ?? PersonMentions.Of(f.Model) };

        /// <summary>
        /// The lines that name each person the article names (article-level names), so that the corpus step can send "go to
        /// definition" on a person to a line naming them without keeping the text. Unchanged by an edit that adds or removes no
        /// mention and moves no line.
        /// </summary>
        public EquatableArray<PersonMentions> Mentions { get; init; } = EquatableArray<PersonMentions>.Empty;

        /// <summary>The full model with every field the skeleton kept taken from the resolved skeleton.</summary>
        public static ArticleModel Merge(ArticleModel full, ArticleModel resolved) => resolved with
        {
            Paragraphs = full.Paragraphs,
            ListItems = full.ListItems,
            Sections = full.Sections,
            Related = full.Related,
            Captions = full.Captions,
            Furniture = full.Furniture,
            Lines = full.Lines,
            FrontMatter = full.FrontMatter,
            Diagnostics = full.Diagnostics,
            ContentHash = full.ContentHash,
        };
    }

    /// <summary>One article in the corpus index: where it is, its index and identifier, and its resolved skeleton.</summary>
    public sealed record IndexedArticle(string Path, int Index, string Identifier, ArticleModel Resolved);

    /// <summary>The corpus plan shared by every per-article step. Value-equatable; the path lookup is a cache outside equality.</summary>
    public sealed class CorpusIndex : IEquatable<CorpusIndex>
    {
        private Dictionary<string, IndexedArticle>? _byPath;

        public CorpusIndex(EquatableArray<IndexedArticle> articles, EquatableArray<PersonPlan> people, EquatableArray<(string Path, DiagnosticModel Diagnostic)> notes)
        {
            Articles = articles;
            People = people;
            Notes = notes;
        }

        public EquatableArray<IndexedArticle> Articles { get; }
        public EquatableArray<PersonPlan> People { get; }
        public EquatableArray<(string Path, DiagnosticModel Diagnostic)> Notes { get; }

        public bool TryGet(string path, out IndexedArticle entry)
        {
            var map = Volatile.Read(ref _byPath);
            if (map is null)
            {
                map = new Dictionary<string, IndexedArticle>(StringComparer.Ordinal);
                foreach (var a in Articles) if (!map.ContainsKey(a.Path)) map[a.Path] = a;
                Volatile.Write(ref _byPath, map);
            }
            return map.TryGetValue(path, out entry!);
        }

        public bool Equals(CorpusIndex? other) =>
            other is not null && (ReferenceEquals(this, other) || Articles.Equals(other.Articles) && People.Equals(other.People) && Notes.Equals(other.Notes));

        public override bool Equals(object? obj) => Equals(obj as CorpusIndex);

        public override int GetHashCode() => Articles.Count * 31 + People.Count;
    }

    /// <summary>What the main file needs: counts and people.</summary>
    public sealed record MainModel(int Articles, int Quotes, int Agreements, EquatableArray<PersonPlan> People)
    {
        public static MainModel From(CorpusIndex ix) =>
            new MainModel(ix.Articles.Count, ix.Articles.Sum(a => a.Resolved.Quotes.Count), ix.Articles.Sum(a => a.Resolved.Agreements.Count), ix.People);
    }

    /// <summary>An article's named member (see <see cref="Emitter.Member"/>).</summary>
    public sealed record ArticleMember(int Index, string Text);

    /// <summary>A file of the grouped layout: the members of articles <see cref="Start"/> to <see cref="End"/> (exclusive).</summary>
    public sealed record MemberFile(int Start, int End, EquatableArray<string> Members)
    {
        public static ImmutableArray<MemberFile> From(ImmutableArray<ArticleMember> members, int perFile)
        {
            var ordered = DataChunk.InIndexOrder(members, m => m.Index);
            var b = ImmutableArray.CreateBuilder<MemberFile>();
            for (int start = 0, end; start < ordered.Length; start = end)
            {
                // a file never spans two member classes (see Layout.MembersPerClass)
                end = Math.Min(ordered.Length, Math.Min(start + perFile, (ordered[start].Index / Layout.MembersPerClass + 1) * Layout.MembersPerClass - ordered[start].Index + start));
                var part = new string[end - start];
                for (int i = start; i < end; i++) part[i - start] = ordered[i].Text;
                b.Add(new MemberFile(ordered[start].Index, ordered[end - 1].Index + 1, part.ToEquatableArray()));
            }
            return b.ToImmutable();
        }
    }

    /// <summary>An article's record in the compact data format, as stored (compressed: see <see cref="CompiledData.ArticleData"/>).</summary>
    public sealed record ArticleBlob(int Index, EquatableArray<byte> Blob)
    {
        public ArticleBlob(int index, byte[] blob) : this(index, new EquatableArray<byte>(blob)) { }
    }

    /// <summary>A data chunk: articles <see cref="Start"/> to <see cref="End"/> (exclusive) and their records.</summary>
    public sealed record DataChunk(int Chunk, int Start, int End, EquatableArray<EquatableArray<byte>> Blobs)
    {
        public const int Size = 256;

        /// <summary>The items by index: as they are when they already are (the usual case: the driver keeps the files' order).</summary>
        internal static T[] InIndexOrder<T>(ImmutableArray<T> items, Func<T, int> index)
        {
            var array = items.ToArray();
            for (int i = 1; i < array.Length; i++)
                if (index(array[i - 1]) > index(array[i])) return array.OrderBy(index).ToArray();
            return array;
        }

        public static ImmutableArray<DataChunk> From(ImmutableArray<ArticleBlob> blobs)
        {
            var ordered = InIndexOrder(blobs, b => b.Index);
            var b = ImmutableArray.CreateBuilder<DataChunk>();
            for (int c = 0; c * Size < ordered.Length; c++)
            {
                var part = new ArraySegment<ArticleBlob>(ordered, c * Size, Math.Min(Size, ordered.Length - c * Size)).ToArray();
                b.Add(new DataChunk(c, part[0].Index, part[part.Length - 1].Index + 1, part.Select(x => x.Blob).ToEquatableArray()));
            }
            return b.ToImmutable();
        }
    }
}
