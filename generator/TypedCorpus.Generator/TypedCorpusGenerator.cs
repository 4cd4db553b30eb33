using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
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
            public const string Parse = "TypedCorpus.Parse";
            public const string Corpus = "TypedCorpus.Corpus";
            public const string Options = "TypedCorpus.Options";
        }

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var options = context.AnalyzerConfigOptionsProvider
                .Select((p, _) => ReadOptions(p.GlobalOptions))
                .WithTrackingName(Steps.Options);

            var parsed = context.AdditionalTextsProvider
                .Where(static f => IsArticle(f.Path))
                .Select(static (f, ct) => Parse(f, ct))
                .WithTrackingName(Steps.Parse);

            var corpus = parsed.Collect()
                .Select(static (files, ct) => Plan(files, ct))
                .WithTrackingName(Steps.Corpus);

            context.RegisterSourceOutput(corpus.Combine(options), static (spc, pair) => Emit(spc, pair.Left, pair.Right));
        }

        public static bool IsArticle(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

        public static GeneratorOptions ReadOptions(AnalyzerConfigOptions global)
        {
            string ns = global.TryGetValue("build_property.TypedCorpusNamespace", out var n) && n.Trim().Length > 0 ? n.Trim()
                : global.TryGetValue("build_property.RootNamespace", out var r) && r.Trim().Length > 0 ? r.Trim() : "";
            string cls = global.TryGetValue("build_property.TypedCorpusClassName", out var c) && c.Trim().Length > 0 ? c.Trim() : "Corpus";
            ns = string.Join(".", ns.Split('.').Select(part => Naming.Valid(Naming.Pascal(part).Length > 0 && part.All(ch => char.IsLetterOrDigit(ch) || ch == '_') ? part : Naming.Pascal(part), "Ns")));
            cls = Naming.Valid(cls, "Corpus");
            return new GeneratorOptions(ns, cls);
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
                var model = ArticleExtractor.Extract(name, text.ToString(), ct);
                if (text.Encoding != null && !(text.Encoding is UTF8Encoding))
                {
                    var d = Diagnostics.Create(DiagnosticIds.Unreadable, 1, 0, 0,
                        $"the file is not valid UTF-8 (the compiler read it as {text.Encoding.WebName}); re-save it as UTF-8");
                    model = model with { Diagnostics = new[] { d }.Concat(model.Diagnostics).ToEquatableArray() };
                }
                return new ParsedFile(file.Path, model);
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

        /// <summary>The corpus step: order, resolve names corpus-wide, give identifiers.</summary>
        public static CorpusPlan Plan(ImmutableArray<ParsedFile> files, CancellationToken ct)
        {
            var ordered = files.OrderBy(f => Path.GetFileName(f.Path), StringComparer.Ordinal).ThenBy(f => f.Path, StringComparer.Ordinal).ToArray();
            var pathByFile = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var f in ordered) if (!pathByFile.ContainsKey(f.Model.File)) pathByFile[f.Model.File] = f.Path;
            var corpus = CorpusResolver.Resolve(ordered.Select(f => f.Model));
            ct.ThrowIfCancellationRequested();
            var articles = corpus.Articles.AsArray();
            var ids = Naming.Unique(articles.Select(Naming.ArticleBase).ToArray(), out var collisions);
            var plans = articles.Select((a, i) => new ArticlePlan(i, ids[i], pathByFile.TryGetValue(a.File, out var p) ? p : a.File, a)).ToArray();

            var quoteRefs = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
            var articleRefs = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int i = 0; i < articles.Length; i++)
            {
                for (int q = 0; q < articles[i].Quotes.Count; q++)
                    foreach (var s in articles[i].Quotes[q].Speakers)
                    {
                        if (!quoteRefs.TryGetValue(s, out var l)) quoteRefs[s] = l = new List<(int, int)>();
                        l.Add((i, q));
                    }
                foreach (var p in articles[i].People)
                {
                    if (!articleRefs.TryGetValue(p, out var l)) articleRefs[p] = l = new List<int>();
                    if (!l.Contains(i)) l.Add(i);
                }
            }
            var people = corpus.People.AsArray();
            var pids = Naming.Unique(people.Select(p => Naming.PersonBase(p.Name)).ToArray(), out var pcollisions);
            var personPlans = people.Select((p, i) => new PersonPlan(i, pids[i], p,
                (quoteRefs.TryGetValue(p.Name, out var q) ? q : new List<(int, int)>()).ToEquatableArray(),
                (articleRefs.TryGetValue(p.Name, out var a) ? a : new List<int>()).ToEquatableArray())).ToArray();

            var notes = collisions.Select(c => (plans[c.Index].Path,
                Diagnostics.Create(DiagnosticIds.IdentifierCollision, 1, 0, 0,
                    $"the article's identifier '{c.Wanted}' is already used by another article; it is generated as '{c.Given}' (give the article a distinct title, date or dateline, or a front-matter title)")))
                .ToList();
            return new CorpusPlan(plans.ToEquatableArray(), personPlans.ToEquatableArray(), notes.ToEquatableArray());
        }

        private static void Emit(SourceProductionContext spc, CorpusPlan plan, GeneratorOptions options)
        {
            try
            {
                spc.AddSource(options.ClassName + ".g.cs", SourceText.From(Emitter.Main(options, plan.Articles.AsArray(), plan.People.AsArray()), Encoding.UTF8));
                // Hint names are compared ignoring case (identifiers are not): KabarKita and KabarKiTa need distinct files.
                var hints = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var a in plan.Articles)
                {
                    spc.CancellationToken.ThrowIfCancellationRequested();
                    var hint = $"{options.ClassName}.Articles.{a.Identifier}.g.cs";
                    if (!hints.Add(hint)) hints.Add(hint = $"{options.ClassName}.Articles.{a.Identifier}.{a.Index}.g.cs");
                    spc.AddSource(hint, SourceText.From(Emitter.Article(options, a), Encoding.UTF8));
                }
            }
            catch (OperationCanceledException) { throw; }
            catch (Exception ex)
            {
                spc.ReportDiagnostic(Diagnostic.Create(TypedCorpusDescriptors.InternalError, Location.None, $"TypedCorpus could not generate the corpus: {ex.GetType().Name}: {ex.Message}; please report it"));
            }
        }
    }

    /// <summary>One extracted file: its path and model (no Roslyn object).</summary>
    public sealed record ParsedFile(string Path, ArticleModel Model);

    /// <summary>What the emitter needs: planned articles and people, and naming notes.</summary>
    public sealed record CorpusPlan(EquatableArray<ArticlePlan> Articles, EquatableArray<PersonPlan> People, EquatableArray<(string Path, DiagnosticModel Diagnostic)> Notes);
}
