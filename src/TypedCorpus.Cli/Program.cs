using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using System.Text;
using TypedCorpus.Extraction;

namespace TypedCorpus.Cli
{
    /// <summary>
    /// <c>typedcorpus</c>: report, export, check, explain, eval. Exit codes: 0 ok, 1 corpus errors (check found an error)
    /// or a metric below its floor (eval --require), 2 usage (unknown command, bad or missing argument, missing folder or file).
    /// </summary>
    public static class Program
    {
        public const int Ok = 0, CorpusErrors = 1, UsageError = 2;

        private static readonly Dictionary<string, string> Usages = new(StringComparer.Ordinal)
        {
            ["typedcorpus"] = "usage: typedcorpus report|export|check|explain|eval … (typedcorpus --help, typedcorpus COMMAND --help)",
            ["report"] = "usage: typedcorpus report [--json]",
            ["export"] = "usage: typedcorpus export DIR [--out FILE] [--format json|jsonl]",
            ["check"] = "usage: typedcorpus check DIR [--require F,…]   (facts: " + string.Join(", ", Requirements.Names) + ")",
            ["explain"] = "usage: typedcorpus explain FILE:LINE   (e.g. seeds/a.txt:12)",
            ["eval"] = "usage: typedcorpus eval --gold FILE DIR [--require METRIC=MIN]… [--verbose] [--json]",
        };

        public static int Main(string[] args)
        {
            Console.OutputEncoding = new UTF8Encoding(false);
            return Run(args, Console.Out, Console.Error, Progress.ForConsole());
        }

        /// <summary>Runs <c>typedcorpus args…</c> writing to <paramref name="output"/> and <paramref name="error"/>; returns the exit code.</summary>
        public static int Run(string[] args, TextWriter output, TextWriter error, IProgressSink? progress = null)
        {
            if (args.Length == 1 && args[0] == "help") args = new[] { "--help" };
            var root = Build(output, error, progress);
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction)
                return Fail(error, parse.CommandResult.Command.Name, parse.Errors[0].Message);
            try
            {
                return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
            }
            catch (UsageException ex)
            {
                return Fail(error, ex.Command, ex.Message);
            }
            catch (IOException ex)
            {
                return Fail(error, parse.CommandResult.Command.Name, ex.Message);
            }
            catch (UnauthorizedAccessException ex)
            {
                return Fail(error, parse.CommandResult.Command.Name, ex.Message);
            }
        }

        /// <summary>A usage error: one line, then the command's usage.</summary>
        private static int Fail(TextWriter error, string command, string message)
        {
            error.WriteLine("typedcorpus: " + System.Text.RegularExpressions.Regex.Replace(message, @"\s*\n\s*", " "));
            error.WriteLine(Usages.TryGetValue(command, out var usage) ? usage : Usages["typedcorpus"]);
            return UsageError;
        }

        private static RootCommand Build(TextWriter output, TextWriter error, IProgressSink? progress)
        {
            var root = new RootCommand("typedcorpus — typed facts from a folder of Indonesian news articles. "
                + "Exit codes: 0 ok, 1 corpus errors (check found an error) or a metric below its floor (eval --require), "
                + "2 usage (bad arguments, missing folder or file).");
            root.HelpName = "typedcorpus";
            foreach (var version in root.Options.OfType<VersionOption>()) version.Action = new PrintVersion();
            root.SetAction((Func<ParseResult, int>)(_ => throw new UsageException("typedcorpus", "a command is required")));
            root.Subcommands.Add(ReportCommand(output));
            root.Subcommands.Add(ExportCommand(output, progress));
            root.Subcommands.Add(CheckCommand(output, progress));
            root.Subcommands.Add(ExplainCommand(output));
            root.Subcommands.Add(EvalCommand.Create(output, error, progress));
            return root;
        }

        private static Command ReportCommand(TextWriter output)
        {
            var json = new Option<bool>("--json") { Description = "the compiled-in corpus as export JSON" };
            var report = new Command("report", "print the corpus compiled into this tool (built by the source generator)") { json };
            report.SetAction(r =>
            {
                if (r.GetValue(json)) output.Write(ExportJson.Write(Seeds.Corpus.Articles, Seeds.Corpus.People));
                else ReportWriter.Render(output, Seeds.Corpus.Articles, Seeds.Corpus.People);
                return Ok;
            });
            return report;
        }

        private static Command ExportCommand(TextWriter output, IProgressSink? progress)
        {
            var exportDir = Folder("the folder of articles (*.txt, recursively)");
            var outFile = new Option<string>("--out", "-o") { Description = "write to FILE instead of stdout", HelpName = "FILE" };
            var format = new Option<string>("--format", "-f")
            {
                Description = "json: one document with 'articles' and the corpus-wide 'people' (default); "
                    + "jsonl: one article per line, streamed, names resolved per article (no 'people' registry)",
                DefaultValueFactory = _ => "json",
                HelpName = "json|jsonl",
            }.AcceptOnlyFromAmong("json", "jsonl");
            var export = new Command("export", "extract every *.txt of DIR and write the export JSON (stdout by default)") { exportDir, outFile, format };
            export.SetAction(r =>
            {
                var dir = ExistingFolder("export", r.GetValue(exportDir));
                var file = r.GetValue(outFile);
                if (r.GetValue(format) == "jsonl") WriteJsonl(output, dir, file, progress);
                else
                {
                    var text = ExportJson.Write(Extract(dir, progress));
                    if (file is null) output.Write(text);
                    else File.WriteAllText(file, text, new UTF8Encoding(false));
                }
                return Ok;
            });
            return export;
        }

        /// <summary>The export of every article of <paramref name="dir"/> (corpus-wide names, the people registry, rule ids), in memory.</summary>
        internal static ExportDocument Extract(string dir, IProgressSink? progress)
        {
            var (corpus, _) = CorpusLoader.Load(dir, progress: progress);
            var mapper = new ModelMapper(corpus);
            return ExportJson.Document(mapper.Articles, mapper.People, new EngineProvenance(corpus.Articles));
        }

        private static void WriteJsonl(TextWriter output, string dir, string? file, IProgressSink? progress)
        {
            // lines streamed to a terminal and a bar redrawn on it would mix: no bar then
            if (file is null) JsonlExport.Write(dir, output, ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? null : progress);
            else
            {
                using var stream = new StreamWriter(file, false, new UTF8Encoding(false), 1 << 16);
                JsonlExport.Write(dir, stream, progress);
            }
        }

        private static Command CheckCommand(TextWriter output, IProgressSink? progress)
        {
            var checkDir = Folder("the folder of articles (*.txt, recursively)");
            var require = new Option<string>("--require")
            {
                Description = "facts every article must have, comma-separated (" + string.Join(", ", Requirements.Names) + "), as MSBuild's TypedCorpusRequire",
                HelpName = "F,…",
            };
            require.Validators.Add(r =>
            {
                if (r.Tokens.Count == 0) return;
                Requirements.Parse(r.Tokens[0].Value, out var unknown);
                if (unknown.Count > 0) r.AddError($"--require: unknown fact '{unknown[0]}'; facts are {string.Join(", ", Requirements.Names)}");
            });
            var check = new Command("check", "print diagnostics as 'path(line,col): error|warning TCnnnn: message'; exit 1 on any error") { checkDir, require };
            check.SetAction(r =>
            {
                var dir = ExistingFolder("check", r.GetValue(checkDir));
                IReadOnlyList<ArticleFact> required = r.GetValue(require) is { } facts ? Requirements.Parse(facts, out _) : Array.Empty<ArticleFact>();
                return Check(output, dir, required, progress);
            });
            return check;
        }

        private static Command ExplainCommand(TextWriter output)
        {
            var at = new Argument<string>("FILE:LINE") { Description = "an article and a 1-based line, e.g. seeds/a.txt:12" };
            at.Validators.Add(r =>
            {
                if (r.Tokens.Count > 0 && Explain.Parse(r.Tokens[0].Value) is null) r.AddError("explain needs one FILE:LINE, e.g. seeds/a.txt:12");
            });
            var explain = new Command("explain", "for each quote and agreement on that line, the rules that decided it and their evidence") { at };
            explain.SetAction(r =>
            {
                var (path, line) = Explain.Parse(r.GetValue(at)!)!.Value;
                if (!File.Exists(path)) throw new UsageException("explain", $"no such file '{path}'");
                output.Write(Explain.Write(path, line));
                return Ok;
            });
            return explain;
        }

        /// <summary>The tool's version: the informational version of this assembly (not of the process's entry assembly).</summary>
        public static string Version =>
            typeof(Program).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
                .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion
            ?? typeof(Program).Assembly.GetName().Version?.ToString() ?? "0.0.0";

        private sealed class PrintVersion : SynchronousCommandLineAction
        {
            public override int Invoke(ParseResult parseResult)
            {
                (parseResult.InvocationConfiguration.Output ?? Console.Out).WriteLine(Version);
                return Ok;
            }
        }

        internal static Argument<string> Folder(string description) => new("DIR") { Description = description };

        internal static string ExistingFolder(string command, string? dir)
        {
            if (string.IsNullOrEmpty(dir)) throw new UsageException(command, $"{command} needs a folder");
            if (!Directory.Exists(dir)) throw new UsageException(command, $"no such folder '{dir}'");
            return dir;
        }

        private static int Check(TextWriter output, string dir, IReadOnlyList<ArticleFact> required, IProgressSink? progress)
        {
            var (corpus, diagnostics) = CorpusLoader.Load(dir, required, progress);
            int errors = 0, warnings = 0;
            foreach (var (path, d) in diagnostics)
            {
                if (d.Severity == DiagnosticSeverity.Hidden) continue;
                var (entry, argument) = DiagnosticCatalog.Describe(d);
                var severity = entry.DefaultSeverity;
                if (severity == DiagnosticSeverity.Error) errors++;
                if (severity == DiagnosticSeverity.Warning) warnings++;
                output.WriteLine($"{path}({d.Line},{d.Column + 1}): {DiagnosticCatalog.SeverityName(severity)} {entry.Id}: {entry.FormatMessage(argument)}");
            }
            output.WriteLine($"{corpus.Articles.Count} article(s) checked: {errors} error(s), {warnings} warning(s)");
            return errors > 0 ? CorpusErrors : Ok;
        }
    }

    /// <summary>A usage error of <see cref="Command"/>: reported as one line and the command's usage, exit code 2.</summary>
    internal sealed class UsageException(string command, string message) : Exception(message)
    {
        public string Command { get; } = command;
    }
}
