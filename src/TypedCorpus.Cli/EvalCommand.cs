using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using TypedCorpus.Cli.Eval;

namespace TypedCorpus.Cli
{
    /// <summary>
    /// <c>typedcorpus eval --gold FILE DIR</c>: extracts DIR as <c>export</c> does (in memory) and scores it against the gold
    /// with the metrics, matching rules and output of <c>eval/score.py</c>. Exit 1 when a <c>--require</c> floor is not met.
    /// </summary>
    internal static class EvalCommand
    {
        public static Command Create(TextWriter output, TextWriter error, IProgressSink? progress)
        {
            var dir = Program.Folder("the folder of articles (*.txt, recursively), extracted as export does");
            var gold = new Option<string>("--gold") { Description = "the gold annotations (eval/*.gold.json)", HelpName = "FILE", Required = true };
            var require = new Option<string[]>("--require")
            {
                Description = "exit 1 when METRIC is below MIN (repeatable), e.g. --require quotes.f1=0.95",
                HelpName = "METRIC=MIN",
            };
            require.Validators.Add(r =>
            {
                foreach (var token in r.Tokens)
                    if (Floor.Parse(token.Value, out var message) is null) { r.AddError(message!); return; }
            });
            var verbose = new Option<bool>("--verbose", "-v") { Description = "list every difference (otherwise only when there are at most 40)" };
            var json = new Option<bool>("--json") { Description = "the metrics, differences and floors not met as JSON" };
            var eval = new Command("eval", "score the extraction of DIR against a gold file and print one row per metric, "
                + "as eval/score.py does; exit 1 when a --require floor is not met") { dir, gold, require, verbose, json };
            eval.SetAction(r =>
            {
                var folder = Program.ExistingFolder("eval", r.GetValue(dir));
                var floors = (r.GetValue(require) ?? []).Select(f => Floor.Parse(f, out _)!).ToArray();
                return Run(output, error, ReadGold(r.GetValue(gold)!), Program.Extract(folder, progress), floors, r.GetValue(verbose), r.GetValue(json));
            });
            return eval;
        }

        private static int Run(TextWriter output, TextWriter error, Gold gold, ExportDocument export, IReadOnlyList<Floor> floors, bool verbose, bool json)
        {
            var (tally, notes) = Scorer.Score(gold, export);
            var report = ScoreReport.Of(tally, notes);
            var failed = report.Check(floors);
            output.Write(json ? report.Json(failed) : report.Text(verbose, failed));
            foreach (var f in failed) error.WriteLine("typedcorpus: eval: " + f.Message);
            return failed.Count > 0 ? Program.CorpusErrors : Program.Ok;
        }

        /// <summary>The gold file; a missing, unreadable or malformed file is a usage error naming it.</summary>
        private static Gold ReadGold(string path)
        {
            if (!File.Exists(path)) throw new UsageException("eval", $"no such file '{path}'");
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(path));
                return GoldReader.Read(document.RootElement);
            }
            catch (Exception ex) when (ex is JsonException or FormatException)
            {
                throw new UsageException("eval", $"cannot read gold '{path}': {ex.Message}");
            }
        }
    }
}
