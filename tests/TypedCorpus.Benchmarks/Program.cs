using System.CommandLine;
using System.CommandLine.Parsing;
using BenchmarkDotNet.Running;
using TypedCorpus.Hosts;

namespace TypedCorpus.Benchmarks;

/// <summary>
/// <c>TypedCorpus.Benchmarks</c>: make-corpus, steps, warm, phases, bdn (<c>--help</c> on each). Exit codes: 0 ok, 2 usage.
/// The bare words <c>seed-sized</c> and <c>fields</c> of the older command lines still work, as <c>--seed-sized</c>, <c>--fields</c>.
/// </summary>
public static class Program
{
    private const string Name = "TypedCorpus.Benchmarks";

    private static readonly Dictionary<string, string> Usages = new(StringComparer.Ordinal)
    {
        [Name] = $"usage: {Name} make-corpus|steps|warm|phases|bdn … ({Name} --help, {Name} COMMAND --help)",
        ["make-corpus"] = $"usage: {Name} make-corpus [--seed-sized] N DIR",
        ["steps"] = $"usage: {Name} steps N [--seed-sized]",
        ["warm"] = $"usage: {Name} warm N RUNS [--fields] [--seed-sized] [--floor]",
        ["phases"] = $"usage: {Name} phases N [--seed-sized]",
        ["memory"] = $"usage: {Name} memory N [--seed-sized]",
        ["bdn"] = $"usage: {Name} bdn [BenchmarkDotNet arguments…]   (e.g. bdn --filter '*Engine*'; BenchmarkDotNet's own help: bdn -- --help)",
    };

    public static int Main(string[] args) => new HostCommandLine(Build(), Usages).Run(args);

    private static RootCommand Build()
    {
        var root = new RootCommand("TypedCorpus benchmarks (consumer build and first access: tests/TypedCorpus.Benchmarks/scale.sh). "
            + "Environment: TYPEDCORPUS_BENCH_DIR = where corpora are cached (default: /tmp/typedcorpus-bench). Exit codes: 0 ok, 2 usage.")
            { HelpName = Name };
        root.SetAction((Func<ParseResult, int>)(_ => throw new HostUsageException(Name, "a command is required")));
        root.Subcommands.Add(MakeCorpus());
        root.Subcommands.Add(Steps());
        root.Subcommands.Add(Warm());
        root.Subcommands.Add(Phases());
        root.Subcommands.Add(Memory());
        root.Subcommands.Add(Bdn());
        return root;
    }

    private static Option<bool> SeedSized() => HostCommandLine.Flag("seed-sized",
        "over seed-sized articles (the repository's seeds with names, dates and numbers varied and one extra attributed quote each, ~3.4 KB each) "
        + "instead of short synthetic ones (~1.6 KB each)");

    private static Argument<int> Articles() => HostCommandLine.Count("N", "how many articles");

    private static Command MakeCorpus()
    {
        var seedSized = SeedSized();
        var n = Articles();
        var dir = new Argument<string>("DIR") { Description = "the folder to write (created if missing)" };
        var command = new Command("make-corpus", "write N deterministic articles into DIR: short synthetic (~1.6 KB each) or, with --seed-sized, seed-sized (~3.4 KB each)")
            { seedSized, n, dir };
        command.SetAction(r =>
        {
            int count = r.GetValue(n);
            if (r.GetValue(seedSized))
            {
                SeedSizedCorpus.Write(r.GetValue(dir)!, count);
                Console.WriteLine($"wrote {count} seed-sized articles to {r.GetValue(dir)}");
            }
            else
            {
                SyntheticCorpus.Write(r.GetValue(dir)!, count);
                Console.WriteLine($"wrote {count} articles to {r.GetValue(dir)}");
            }
            return HostCommandLine.Ok;
        });
        return command;
    }

    private static Command Steps() => OverCorpus("steps", "time of each generator step (cold, then warm after one edit), from the driver's tracking", StepTimes.Print);

    private static Command Memory() => OverCorpus("memory", "what the compiler keeps alive, part by part (texts, generator, analyzer, binding, emit)", CompileMemory.Print);

    private static Command Phases() => OverCorpus("phases", "the compiler's work on the generated sources, phase by phase (time, allocation)", CompilePhases.Print);

    /// <summary>A command <c>NAME N [--seed-sized]</c> (or the bare word <c>seed-sized</c>) that runs <paramref name="run"/>(N, seed-sized).</summary>
    private static Command OverCorpus(string name, string description, Action<int, bool> run)
    {
        var (n, seedSized, words) = (Articles(), SeedSized(), HostCommandLine.Words("seed-sized"));
        var command = new Command(name, description) { n, words, seedSized };
        command.SetAction(r =>
        {
            run(r.GetValue(n), HostCommandLine.IsSet(r, seedSized, words));
            return HostCommandLine.Ok;
        });
        return command;
    }

    private static Command Warm()
    {
        var (n, seedSized, words) = (Articles(), SeedSized(), HostCommandLine.Words("fields", "seed-sized", "floor"));
        var runs = HostCommandLine.Count("RUNS", "how many warm runs (the median is reported)");
        var fields = HostCommandLine.Flag("fields", "with a [CorpusFields] record and front matter for it in every article");
        var floor = HostCommandLine.Flag("floor", "a generator that only reads each article's length instead of TypedCorpus's: the driver's own cost per run");
        var command = new Command("warm", "one cold run, then RUNS warm runs after one edit (no tracking; for a profiler)") { n, runs, words, fields, seedSized, floor };
        command.SetAction(r =>
        {
            StepTimes.WarmLoop(r.GetValue(n), r.GetValue(runs), HostCommandLine.IsSet(r, fields, words), HostCommandLine.IsSet(r, seedSized, words), HostCommandLine.IsSet(r, floor, words));
            return HostCommandLine.Ok;
        });
        return command;
    }

    /// <summary><c>bdn …</c>: every token after <c>bdn</c> goes to BenchmarkDotNet's switcher as it is (<c>bdn -- --help</c>: its help).</summary>
    private static Command Bdn()
    {
        var passed = new Argument<string[]>("ARGS")
        {
            Description = "BenchmarkDotNet's arguments, passed on unchanged (e.g. --filter '*EngineThroughput*' '*GeneratorRuns*'; its help: bdn -- --help)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("bdn", "run the BenchmarkDotNet benchmarks") { passed };
        command.SetAction(r =>
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(PassedOn(r, command));
            return HostCommandLine.Ok;
        });
        return command;
    }

    /// <summary>The tokens after <paramref name="command"/>, in their order, exactly as given (a leading <c>--</c> dropped).</summary>
    internal static string[] PassedOn(ParseResult r, Command command)
    {
        var tokens = r.Tokens.SkipWhile(t => t.Type != TokenType.Command || t.Value != command.Name).Skip(1).Select(t => t.Value).ToList();
        if (tokens.Count > 0 && tokens[0] == "--") tokens.RemoveAt(0);
        return tokens.ToArray();
    }

    /// <summary>A cached corpus of <paramref name="n"/> articles on disk: short synthetic (<c>corpus-N</c>) or seed-sized (<c>seed-corpus-N</c>).</summary>
    public static string CorpusDir(int n, bool seedSized = false)
    {
        var root = Environment.GetEnvironmentVariable("TYPEDCORPUS_BENCH_DIR") ?? Path.Combine(Path.GetTempPath(), "typedcorpus-bench");
        var dir = Path.Combine(root, seedSized ? $"seed-corpus-{n}" : $"corpus-{n}");
        if (seedSized && !File.Exists(Path.Combine(dir, SeedSizedCorpus.FileName(n - 1))))
            SeedSizedCorpus.Write(dir, n);
        else if (!seedSized && !File.Exists(Path.Combine(dir, SyntheticCorpus.FileName(n - 1))))
            SyntheticCorpus.Write(dir, n);
        return dir;
    }
}
