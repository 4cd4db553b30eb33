using System;
using System.Collections.Concurrent;
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
    /// Reports the engine's diagnostics for the <c>.txt</c> additional files, each at its exact line and column
    /// (the generator only generates). Per file in an additional-file action; corpus-wide TC0009 (duplicates) and TC0010
    /// (identifier collisions) at compilation end. Never throws to the compiler: a failure becomes TC0099 at the file.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CorpusAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => TypedCorpusDescriptors.All;

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var results = new ConcurrentDictionary<AdditionalText, FileResult>();
                var project = new ProjectSettings(start.Compilation);
                var schemas = new Lazy<SchemaSet>(() => SchemaSet.Find(start.Compilation, start.CancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
                start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.TypedCorpusRequire", out var requireList);
                var required = Requirements.Parse(requireList, out var unknownFacts);
                start.RegisterAdditionalFileAction(ctx =>
                {
                    var file = ctx.AdditionalFile;
                    if (!TypedCorpusGenerator.IsArticle(file.Path)) return;
                    var result = results.GetOrAdd(file, f => Analyze(f, ctx.CancellationToken));
                    var options = ctx.Options.AnalyzerConfigOptionsProvider.GetOptions(file);
                    foreach (var d in ProjectDiagnostics(result, schemas.Value.Active, required)) Report(ctx.ReportDiagnostic, d, options, project);
                });
                start.RegisterSymbolAction(ctx =>
                {
                    foreach (var d in schemas.Value.Problems((INamedTypeSymbol)ctx.Symbol)) ctx.ReportDiagnostic(d);
                }, SymbolKind.NamedType);
                start.RegisterCompilationEndAction(ctx =>
                {
                    foreach (var name in unknownFacts)
                        ctx.ReportDiagnostic(Diagnostic.Create(TypedCorpusDescriptors.ForId(DiagnosticIds.RequirementUnknown)!, Location.None,
                            $"TypedCorpusRequire names '{name}', which is not a fact of an article; use any of {string.Join(", ", Requirements.Names)}"));
                    try
                    {
                        var all = ctx.Options.AdditionalFiles.Where(f => TypedCorpusGenerator.IsArticle(f.Path))
                            .Select(f => results.GetOrAdd(f, x => Analyze(x, ctx.CancellationToken))).ToList();
                        var byPath = all.GroupBy(r => r.File.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().File, StringComparer.Ordinal);
                        var corpus = CorpusDiagnostics(all, ctx.CancellationToken);
                        // nothing reads the files' results after the corpus check: the compiler keeps the analyzer (and this
                        // closure) until it exits, so they are let go here rather than through the emit
                        all = null;
                        results.Clear();
                        foreach (var d in corpus)
                        {
                            var path = d.Location.GetLineSpan().Path;
                            var options = byPath.TryGetValue(path, out var f) ? ctx.Options.AnalyzerConfigOptionsProvider.GetOptions(f) : null;
                            Report(ctx.ReportDiagnostic, d, options, project);
                        }
                    }
                    catch (OperationCanceledException) { throw; }
                    catch (Exception ex)
                    {
                        ctx.ReportDiagnostic(Diagnostic.Create(TypedCorpusDescriptors.InternalCorpusError, Location.None,
                            $"TypedCorpus could not check the corpus as a whole ({ex.GetType().Name}: {ex.Message}); please report it"));
                    }
                });
            });
        }

        /// <summary>
        /// Reports <paramref name="d"/> with the severity configured for it. The compiler applies to diagnostics located in
        /// additional files only the project-wide settings (NoWarn, WarningsAsErrors, <c>.globalconfig</c>
        /// <c>dotnet_diagnostic.TCnnnn.severity</c>); it ignores <c>.editorconfig</c> sections and bulk
        /// (<c>dotnet_analyzer_diagnostic.category-*.severity</c>) settings there, so the analyzer applies those itself.
        /// </summary>
        private static void Report(Action<Diagnostic> report, Diagnostic d, AnalyzerConfigOptions? options, ProjectSettings project)
        {
            var severity = ConfiguredSeverity(d.Descriptor, options, project);
            if (severity is null) { report(d); return; }
            if (severity == ReportDiagnostic.Suppress) return;
            var effective = severity switch
            {
                ReportDiagnostic.Error => Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
                ReportDiagnostic.Warn => Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
                ReportDiagnostic.Info => Microsoft.CodeAnalysis.DiagnosticSeverity.Info,
                _ => Microsoft.CodeAnalysis.DiagnosticSeverity.Hidden,
            };
            if (effective == d.Severity) { report(d); return; }
            report(Diagnostic.Create(d.Descriptor, d.Location, effective, d.AdditionalLocations, d.Properties, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        }

        /// <summary>
        /// The severity configured for a diagnostic in a <c>.txt</c> file, or null to keep the default (or leave it to the
        /// compiler). Order: project-wide per-ID settings (applied by the compiler) &gt; per-ID settings in the file's options
        /// &gt; a per-ID setting that the project's source files share (an <c>.editorconfig</c> <c>[*]</c> section)
        /// &gt; the category setting &gt; the all-analyzers setting.
        /// </summary>
        public static ReportDiagnostic? ConfiguredSeverity(DiagnosticDescriptor descriptor, AnalyzerConfigOptions? options, Compilation? compilation) =>
            ConfiguredSeverity(descriptor, options, compilation is null ? null : new ProjectSettings(compilation));

        /// <summary><see cref="ConfiguredSeverity(DiagnosticDescriptor, AnalyzerConfigOptions?, Compilation?)"/> with the project-wide part cached.</summary>
        public static ReportDiagnostic? ConfiguredSeverity(DiagnosticDescriptor descriptor, AnalyzerConfigOptions? options, ProjectSettings? project)
        {
            if (project != null)
            {
                var (leaveToCompiler, shared) = project.For(descriptor.Id);
                if (leaveToCompiler) return null;
                if (shared != null) return shared;
            }
            if (options is null) return null;
            if (options.TryGetValue("dotnet_diagnostic." + descriptor.Id + ".severity", out var v) && TryParseSeverity(v, out var s)) return s;
            if (options.TryGetValue("dotnet_analyzer_diagnostic.category-" + descriptor.Category + ".severity", out v) && TryParseSeverity(v, out s)) return s;
            if (options.TryGetValue("dotnet_analyzer_diagnostic.severity", out v) && TryParseSeverity(v, out s)) return s;
            return null;
        }

        /// <summary>
        /// The project-wide part of <see cref="ConfiguredSeverity"/>, computed once per ID for a compilation (a corpus reports
        /// per file, and the scan visits every tree: without the cache, 100k articles made it quadratic): whether the compiler
        /// applies a setting for the ID itself, else the setting that every source file with one agrees on (generated trees
        /// match no <c>.editorconfig</c> section).
        /// </summary>
        public sealed class ProjectSettings
        {
            private readonly Compilation _compilation;
            private readonly ConcurrentDictionary<string, (bool LeaveToCompiler, ReportDiagnostic? Shared)> _byId =
                new ConcurrentDictionary<string, (bool, ReportDiagnostic?)>(StringComparer.Ordinal);

            public ProjectSettings(Compilation compilation) => _compilation = compilation;

            public (bool LeaveToCompiler, ReportDiagnostic? Shared) For(string id) => _byId.GetOrAdd(id, Compute);

            private (bool, ReportDiagnostic?) Compute(string id)
            {
                if (_compilation.Options.SpecificDiagnosticOptions.ContainsKey(id)) return (true, null);
                var provider = _compilation.Options.SyntaxTreeOptionsProvider;
                if (provider is null) return (false, null);
                if (provider.TryGetGlobalDiagnosticValue(id, default, out _)) return (true, null);
                ReportDiagnostic? shared = null;
                foreach (var tree in _compilation.SyntaxTrees)
                {
                    if (!provider.TryGetDiagnosticValue(tree, id, default, out var r)) continue;
                    if (shared != null && shared != r) return (false, null);
                    shared = r;
                }
                return (false, shared != null && shared != ReportDiagnostic.Default ? shared : null);
            }
        }

        private static bool TryParseSeverity(string value, out ReportDiagnostic severity)
        {
            switch (value.Trim().ToLowerInvariant())
            {
                case "error": severity = ReportDiagnostic.Error; return true;
                case "warning": severity = ReportDiagnostic.Warn; return true;
                case "suggestion": severity = ReportDiagnostic.Info; return true;
                case "silent": case "refactoring": severity = ReportDiagnostic.Hidden; return true;
                case "none": severity = ReportDiagnostic.Suppress; return true;
                default: severity = ReportDiagnostic.Default; return false;
            }
        }

        /// <summary>One analysed file: its text (as the engine saw it), the engine's model and the located diagnostics.</summary>
        public sealed class FileResult
        {
            internal FileResult(AdditionalText file, LineMap map, ParsedFile parsed, ImmutableArray<Diagnostic> diagnostics)
            {
                File = file; Map = map; Parsed = parsed; Diagnostics = diagnostics;
            }
            public AdditionalText File { get; }
            internal LineMap Map { get; }
            public ParsedFile Parsed { get; }
            public ImmutableArray<Diagnostic> Diagnostics { get; }
        }

        /// <summary>Runs the engine on one additional file and locates its diagnostics. Never throws (except on cancellation).</summary>
        public static FileResult Analyze(AdditionalText file, CancellationToken ct)
        {
            var name = Path.GetFileName(file.Path);
            var map = LineMap.Empty;
            try
            {
                var text = file.GetText(ct);
                ArticleModel model;
                EquatableArray<PersonMentions>? mentions = null;
                string engineText;
                if (text is null)
                {
                    engineText = "";
                    model = ArticleExtractor.Extract(name, Array.Empty<byte>(), ct) with
                    {
                        Diagnostics = new[] { Extraction.Diagnostics.Create(DiagnosticIds.Unreadable, 1, 0, 0, "the file could not be read; check that it exists, is readable and is a text file") }.ToEquatableArray(),
                    };
                }
                else
                {
                    var s = text.ToString();
                    if (text.Encoding != null && !(text.Encoding is UTF8Encoding))
                    {
                        // The compiler fell back to another encoding because the bytes are not valid UTF-8: recover the bytes
                        // and let the engine decode them, so the bad byte is located exactly as `typedcorpus check` does.
                        byte[] bytes;
                        try { bytes = text.Encoding.GetBytes(s); } catch (Exception) { bytes = Encoding.UTF8.GetBytes(s); }
                        model = ArticleExtractor.Extract(name, bytes, ct);
                        engineText = TextDecoding.Decode(bytes, out _);
                        if (!TextDecoding.IsUnreadable(model))
                            model = TextDecoding.OnlyUnreadable(model, Extraction.Diagnostics.Create(DiagnosticIds.Unreadable, 1, 0, 0,
                                $"the file is not valid UTF-8 (the compiler read it as {text.Encoding.WebName}); re-save it as UTF-8"));
                    }
                    else if (s.IndexOf('\0') >= 0)
                    {
                        // Same path as the CLI (bytes), which reports NUL bytes as a binary file.
                        model = ArticleExtractor.Extract(name, Encoding.UTF8.GetBytes(s), ct);
                        engineText = s;
                    }
                    else
                    {
                        (model, mentions) = SharedExtraction.Extract(text, name, s, SharedExtraction.Consumer.Analyzer, ct);
                        engineText = s;
                    }
                }
                map = LineMap.Create(engineText);
                if (mentions is null)
                {
                    // not from the shared cache: keep what the cache would keep (see SharedExtraction)
                    mentions = PersonMentions.Of(model);
                    model = SharedExtraction.Slim(model);
                }
                // the analyzer keeps every file's result until the corpus check: without the body, which no check reads
                var parsed = new ParsedFile(file.Path, SharedExtraction.WithoutBody(model)) { Mentions = mentions };
                var list = ImmutableArray.CreateBuilder<Diagnostic>(model.Diagnostics.Count);
                foreach (var d in model.Diagnostics)
                {
                    var diag = ToDiagnostic(file.Path, map, d);
                    if (diag != null) list.Add(diag);
                }
                return new FileResult(file, map, parsed, list.ToImmutable());
            }
            catch (OperationCanceledException) { throw; }
            catch (Exception ex)
            {
                var d = Diagnostic.Create(TypedCorpusDescriptors.InternalError, map.Locate(file.Path, 1, 0, 0),
                    $"TypedCorpus could not check this article ({ex.GetType().Name}: {ex.Message}); please report it with the file");
                return new FileResult(file, map, new ParsedFile(file.Path, new ArticleModel { File = name }), ImmutableArray.Create(d));
            }
        }

        /// <summary>
        /// A file's diagnostics in this project: the engine's (without TC0006 for a key the <c>[CorpusFields]</c> record
        /// declares), the field findings of the record (TC0014–TC0016) and the required built-in facts it lacks (TC0017).
        /// </summary>
        public static IEnumerable<Diagnostic> ProjectDiagnostics(FileResult result, FieldSchema? schema, IReadOnlyList<ArticleFact> required)
        {
            var model = result.Parsed.Model;
            foreach (var d in result.Diagnostics)
            {
                if (schema != null && d.Id == DiagnosticIds.FrontMatterUnknownKey)
                {
                    int line = d.Location.GetLineSpan().StartLinePosition.Line + 1;
                    if (model.FrontMatter.Any(e => e.Line == line && schema.Find(e.Key) != null)) continue;
                }
                yield return d;
            }
            if (schema is null && required.Count == 0) yield break;
            var extra = FieldValidation.Convert(schema, model).Diagnostics.Concat(Requirements.Check(model, required));
            foreach (var d in extra)
                if (ToDiagnostic(result.File.Path, result.Map, d) is { } diag) yield return diag;
        }

        /// <summary>TC0009 (same content) and TC0010 (identifier collisions), exactly as the generator plans them.</summary>
        public static IEnumerable<Diagnostic> CorpusDiagnostics(IReadOnlyList<FileResult> files, CancellationToken ct)
        {
            var byPath = new Dictionary<string, FileResult>(StringComparer.Ordinal);
            foreach (var f in files) byPath[f.File.Path] = f;
            var ordered = files.OrderBy(f => Path.GetFileName(f.File.Path), StringComparer.Ordinal).ThenBy(f => f.File.Path, StringComparer.Ordinal).ToList();
            var pathByName = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var f in ordered) if (!pathByName.ContainsKey(f.Parsed.Model.File)) pathByName[f.Parsed.Model.File] = f.File.Path;

            var result = new List<Diagnostic>();
            // the duplicate check reads each article's hash and first line in file-name order: no name resolution needed
            var byFile = new CorpusModel(ordered.Select(f => f.Parsed.Model).OrderBy(a => a.File, StringComparer.Ordinal).ToEquatableArray(), EquatableArray<PersonModel>.Empty);
            foreach (var (name, d) in CorpusResolver.CorpusDiagnostics(byFile))
                if (pathByName.TryGetValue(name, out var p) && byPath.TryGetValue(p, out var f))
                    Add(result, f, d);

            // identifier collisions, exactly as the generator's corpus step finds them (from the same keys)
            var index = TypedCorpusGenerator.BuildIndex(ordered.Select(f => ArticleKey.From(f.Parsed)).ToImmutableArray(), ct);
            foreach (var (path, d) in index.Notes)
            {
                if (!byPath.TryGetValue(path, out var f) || TextDecoding.IsUnreadable(f.Parsed.Model)) continue;
                var model = f.Parsed.Model;
                // Point at the title, which is what the editor changes to give the article a distinct identifier.
                if (d.Line == 1 && d.Column == 0 && d.Length == 0 && model.TitleLine > 0)
                {
                    var line = f.Map.LineText(model.TitleLine);
                    var trimmed = line.TrimStart();
                    int col = line.Length - trimmed.Length;
                    Add(result, f, d with { Line = model.TitleLine, Column = col, Length = trimmed.TrimEnd().Length });
                }
                else if (d.Line == 1 && d.Column == 0 && d.Length == 0 && FrontMatterTitle(f.Map) is { } ft)
                    Add(result, f, d with { Line = ft.Line, Column = ft.Column, Length = ft.Length });
                else Add(result, f, d);
            }
            return result;
        }

        /// <summary>The value of a front matter <c>title:</c> line (1-based line, 0-based column, length), if any.</summary>
        private static (int Line, int Column, int Length)? FrontMatterTitle(LineMap map)
        {
            if (map.LineText(1).Trim() != "---") return null;
            for (int line = 2; line <= 200; line++)
            {
                var text = map.LineText(line);
                if (text.Trim() == "---" || line > 1 && text.Length == 0 && map.LineText(line + 1).Length == 0 && map.LineText(line + 2).Length == 0) return null;
                var m = System.Text.RegularExpressions.Regex.Match(text, @"^\s*title\s*:\s*(?<v>\S.*?)\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
                if (m.Success) return (line, m.Groups["v"].Index, m.Groups["v"].Length);
            }
            return null;
        }

        private static void Add(List<Diagnostic> list, FileResult f, DiagnosticModel d)
        {
            var diag = ToDiagnostic(f.File.Path, f.Map, d);
            if (diag != null) list.Add(diag);
        }

        /// <summary>The Roslyn diagnostic of an engine finding: the catalogue descriptor, the engine's message, its exact location.</summary>
        public static Diagnostic? ToDiagnostic(string path, LineMap map, DiagnosticModel d)
        {
            if (d.Severity == Extraction.DiagnosticSeverity.Hidden) return null;
            var location = map.Locate(path, d.Line, d.Column, d.Length);
            var (entry, argument) = DiagnosticCatalog.Describe(d);
            return Diagnostic.Create(TypedCorpusDescriptors.ForId(entry.Id)!, location, DiagnosticText.Clean(argument));
        }
    }

    /// <summary>
    /// The <c>[CorpusFields]</c> types of a compilation, read once per compilation: the schema the generator uses
    /// (<see cref="FieldSchema.Choose"/>, the same choice) and the TC0018 findings on the declarations.
    /// </summary>
    public sealed class SchemaSet
    {
        private readonly Dictionary<ISymbol, List<Diagnostic>> _problems;

        private SchemaSet(FieldSchema? active, Dictionary<ISymbol, List<Diagnostic>> problems)
        {
            Active = active;
            _problems = problems;
        }

        /// <summary>The schema the generator fills, or null.</summary>
        public FieldSchema? Active { get; }

        /// <summary>The TC0018 findings on <paramref name="type"/> and its properties (none for a type without <c>[CorpusFields]</c>).</summary>
        public IReadOnlyList<Diagnostic> Problems(INamedTypeSymbol type) =>
            _problems.TryGetValue(type, out var list) ? list : (IReadOnlyList<Diagnostic>)Array.Empty<Diagnostic>();

        public static SchemaSet Find(Compilation compilation, CancellationToken ct)
        {
            var problems = new Dictionary<ISymbol, List<Diagnostic>>(SymbolEqualityComparer.Default);
            var attribute = compilation.GetTypeByMetadataName(FieldSchemaReader.AttributeName);
            if (attribute is null) return new SchemaSet(null, problems);
            var found = new List<(INamedTypeSymbol Type, FieldSchema Schema, IReadOnlyList<SchemaProblem> Problems)>();
            var stack = new Stack<INamespaceOrTypeSymbol>();
            stack.Push(compilation.Assembly.GlobalNamespace);
            while (stack.Count > 0)
            {
                ct.ThrowIfCancellationRequested();
                var container = stack.Pop();
                if (container is INamespaceSymbol ns) foreach (var child in ns.GetNamespaceMembers()) stack.Push(child);
                foreach (var type in container.GetTypeMembers())
                {
                    stack.Push(type);
                    if (type.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute)))
                    {
                        var (schema, list) = FieldSchemaReader.ReadSafely(type, ct);
                        found.Add((type, schema, list));
                    }
                }
            }
            var descriptor = TypedCorpusDescriptors.ForId(DiagnosticIds.FieldsDeclarationInvalid)!;
            var ordered = found.OrderBy(f => f.Schema.TypeName, StringComparer.Ordinal).ToList();
            for (int i = 0; i < ordered.Count; i++)
            {
                var (type, schema, list) = ordered[i];
                var diags = new List<Diagnostic>();
                foreach (var p in list) diags.Add(Diagnostic.Create(descriptor, p.At.Locations.FirstOrDefault() ?? Location.None, p.Message));
                if (i > 0)
                    diags.Add(Diagnostic.Create(descriptor, type.Locations.FirstOrDefault() ?? Location.None,
                        $"'{type.Name}' is ignored: a project has one [CorpusFields] record and '{ordered[0].Type.ToDisplayString()}' is the first by name; merge the two or remove the attribute from one"));
                problems[type] = diags;
            }
            return new SchemaSet(FieldSchema.Choose(found.Select(f => f.Schema).ToImmutableArray()), problems);
        }
    }

    /// <summary>
    /// Line starts of a text, split the way the engine splits it (CRLF, LF or CR; not U+2028/U+2029/U+0085, which
    /// <see cref="SourceText"/> also treats as line breaks), so the engine's 1-based line and 0-based column map exactly.
    /// </summary>
    public sealed class LineMap
    {
        private readonly string _text;
        private readonly List<int> _starts;

        private LineMap(string text, List<int> starts) { _text = text; _starts = starts; }

        public static readonly LineMap Empty = new LineMap("", new List<int> { 0 });

        public static LineMap Create(string text)
        {
            var starts = new List<int> { 0 };
            for (int i = 0; i < text.Length; i++)
            {
                char ch = text[i];
                if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { i++; starts.Add(i + 1); }
                else if (ch == '\r' || ch == '\n') starts.Add(i + 1);
            }
            return new LineMap(text, starts);
        }

        private int LineLength(int index)
        {
            int start = _starts[index];
            int end = index + 1 < _starts.Count ? _starts[index + 1] : _text.Length;
            while (end > start && (_text[end - 1] == '\n' || _text[end - 1] == '\r')) end--;
            return end - start;
        }

        /// <summary>The text of a 1-based line without its line break ("" when out of range).</summary>
        public string LineText(int line)
        {
            if (line < 1 || line > _starts.Count) return "";
            return _text.Substring(_starts[line - 1], LineLength(line - 1));
        }

        /// <summary>The location of a 1-based line, 0-based column and length (clamped to the line).</summary>
        public Location Locate(string path, int line, int column, int length)
        {
            int index = Math.Max(0, Math.Min(_starts.Count - 1, line - 1));
            int lineLength = LineLength(index);
            int col = Math.Max(0, Math.Min(lineLength, column));
            int len = Math.Max(0, Math.Min(lineLength - col, length));
            int start = _starts[index] + col;
            return Location.Create(path, new TextSpan(start, len),
                new LinePositionSpan(new LinePosition(index, col), new LinePosition(index, col + len)));
        }
    }
}
