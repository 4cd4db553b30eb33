using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using TypedCorpus.Extraction;

namespace TypedCorpus.Cli
{
    public static class Program
    {
        private const string Usage = """
            typedcorpus — typed facts from a folder of Indonesian news articles

            usage:
              typedcorpus report                    print the corpus compiled into this tool (built by the source generator)
              typedcorpus report --json             the compiled-in corpus as export JSON
              typedcorpus export DIR [--out FILE]   extract every *.txt of DIR and write the export JSON (stdout by default)
              typedcorpus check DIR [--require F,…]  print diagnostics as 'path(line,col): error|warning TCnnnn: message'; exit 1 on any error;
                                                    --require: facts every article must have (Title, Subtitle, Outlet, Dateline,
                                                    Date, Author, Url, Quotes), as MSBuild's TypedCorpusRequire
              typedcorpus explain FILE:LINE         for each quote and agreement on that line, the rules that decided it and their evidence
            """;

        public static int Main(string[] args)
        {
            Console.OutputEncoding = new UTF8Encoding(false);
            if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
            {
                Console.WriteLine(Usage);
                return args.Length == 0 ? 2 : 0;
            }
            try
            {
                return args[0] switch
                {
                    "report" => Report(args.Skip(1).ToArray()),
                    "export" => Export(args.Skip(1).ToArray()),
                    "check" => Check(args.Skip(1).ToArray()),
                    "explain" => ExplainLine(args.Skip(1).ToArray()),
                    _ => Fail($"unknown command '{args[0]}'"),
                };
            }
            catch (IOException ex)
            {
                return Fail(ex.Message);
            }
            catch (UnauthorizedAccessException ex)
            {
                return Fail(ex.Message);
            }
        }

        private static int Fail(string message)
        {
            Console.Error.WriteLine("typedcorpus: " + message);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        private static int Report(string[] args)
        {
            if (args.Contains("--json"))
            {
                Console.Write(ExportJson.Write(Seeds.Corpus.Articles, Seeds.Corpus.People));
                return 0;
            }
            Console.Write(ReportWriter.Write(Seeds.Corpus.Articles, Seeds.Corpus.People));
            return 0;
        }

        private static int Export(string[] args)
        {
            string? dir = null, output = null;
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] == "--out" && i + 1 < args.Length) output = args[++i];
                else if (dir is null) dir = args[i];
                else return Fail($"unexpected argument '{args[i]}'");
            }
            if (dir is null) return Fail("export needs a folder");
            if (!Directory.Exists(dir)) return Fail($"no such folder '{dir}'");
            var (corpus, _) = CorpusLoader.Load(dir);
            var mapper = new ModelMapper(corpus);
            var json = ExportJson.Write(mapper.Articles, mapper.People, new EngineProvenance(corpus.Articles));
            if (output is null) Console.Write(json);
            else File.WriteAllText(output, json, new UTF8Encoding(false));
            return 0;
        }

        private static int ExplainLine(string[] args)
        {
            if (args.Length != 1 || Explain.Parse(args[0]) is not { } at) return Fail("explain needs one FILE:LINE, e.g. seeds/a.txt:12");
            if (!File.Exists(at.Path)) return Fail($"no such file '{at.Path}'");
            Console.Write(Explain.Write(at.Path, at.Line));
            return 0;
        }

        private static int Check(string[] args)
        {
            string? dir = null;
            IReadOnlyList<ArticleFact> required = Array.Empty<ArticleFact>();
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] == "--require" && i + 1 < args.Length)
                {
                    required = Requirements.Parse(args[++i], out var unknown);
                    if (unknown.Count > 0) return Fail($"--require: unknown fact '{unknown[0]}'; facts are {string.Join(", ", Requirements.Names)}");
                }
                else if (dir is null) dir = args[i];
                else return Fail($"unexpected argument '{args[i]}'");
            }
            if (dir is null) return Fail("check needs a folder");
            if (!Directory.Exists(dir)) return Fail($"no such folder '{dir}'");
            var (corpus, diagnostics) = CorpusLoader.Load(dir, required);
            int errors = 0, warnings = 0;
            foreach (var (path, d) in diagnostics)
            {
                if (d.Severity == DiagnosticSeverity.Hidden) continue;
                var (entry, argument) = DiagnosticCatalog.Describe(d);
                var severity = entry.DefaultSeverity;
                if (severity == DiagnosticSeverity.Error) errors++;
                if (severity == DiagnosticSeverity.Warning) warnings++;
                Console.WriteLine($"{path}({d.Line},{d.Column + 1}): {DiagnosticCatalog.SeverityName(severity)} {entry.Id}: {entry.FormatMessage(argument)}");
            }
            Console.WriteLine($"{corpus.Articles.Count} article(s) checked: {errors} error(s), {warnings} warning(s)");
            return errors > 0 ? 1 : 0;
        }
    }

    /// <summary>Runs the engine over every *.txt file of a folder (recursively, in ordinal path order).</summary>
    public static class CorpusLoader
    {
        public static (CorpusModel Corpus, List<(string Path, DiagnosticModel Diagnostic)> Diagnostics) Load(string dir, IReadOnlyList<ArticleFact>? required = null)
        {
            var files = Directory.EnumerateFiles(dir, "*.txt", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList();
            var models = new List<ArticleModel>();
            var diags = new List<(string, DiagnosticModel)>();
            var pathOf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var path in files)
            {
                var bytes = File.ReadAllBytes(path);
                var model = ArticleExtractor.Extract(Path.GetFileName(path), bytes);
                models.Add(model);
                pathOf[model.File] = path;
                foreach (var d in model.Diagnostics) diags.Add((path, d));
                if (required != null) foreach (var d in Requirements.Check(model, required)) diags.Add((path, d));
            }
            var corpus = CorpusResolver.Resolve(models);
            foreach (var (file, d) in CorpusResolver.CorpusDiagnostics(corpus))
                diags.Add((pathOf.TryGetValue(file, out var p) ? p : file, d));
            diags.Sort((a, b) =>
            {
                int c = string.CompareOrdinal(a.Item1, b.Item1);
                if (c != 0) return c;
                c = a.Item2.Line.CompareTo(b.Item2.Line);
                c = c != 0 ? c : a.Item2.Column.CompareTo(b.Item2.Column);
                return c != 0 ? c : string.CompareOrdinal(a.Item2.Id, b.Item2.Id);
            });
            return (corpus, diags);
        }
    }
}
