using BenchmarkDotNet.Running;

namespace TypedCorpus.Benchmarks;

public static class Program
{
    private const string Usage = """
        TypedCorpus benchmarks
          make-corpus N DIR          write N short synthetic articles into DIR (deterministic, ~1.6 KB each)
          make-corpus --seed-sized N DIR
                                     write N seed-sized articles into DIR (the repository's seeds with names, dates and
                                     numbers varied and one extra attributed quote each, ~3.4 KB each)
          steps N [seed-sized]       time of each generator step (cold, then warm after one edit), from the driver's tracking
          warm N K [fields] [seed-sized]
                                     one cold run, then K warm runs after one edit (no tracking; for a profiler); with
                                     'fields', a [CorpusFields] record and front matter for it in every article
          phases N [seed-sized]      the compiler's work on the generated sources, phase by phase (time, allocation)
          bdn [BenchmarkDotNet args] run the BenchmarkDotNet benchmarks (e.g. bdn --filter '*Engine*')
          (consumer build and first access: tests/TypedCorpus.Benchmarks/scale.sh)
        Environment: TYPEDCORPUS_BENCH_DIR = where corpora are cached (default: /tmp/typedcorpus-bench)
        """;

    public static int Main(string[] args)
    {
        if (args.Length >= 4 && args[0] == "make-corpus" && args[1] == "--seed-sized")
        {
            SeedSizedCorpus.Write(args[3], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
            Console.WriteLine($"wrote {args[2]} seed-sized articles to {args[3]}");
            return 0;
        }
        if (args.Length >= 3 && args[0] == "make-corpus")
        {
            SyntheticCorpus.Write(args[2], int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
            Console.WriteLine($"wrote {args[1]} articles to {args[2]}");
            return 0;
        }
        if (args.Length >= 2 && args[0] == "steps")
        {
            StepTimes.Print(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Contains("seed-sized"));
            return 0;
        }
        if (args.Length >= 3 && args[0] == "warm")
        {
            StepTimes.WarmLoop(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), args.Skip(3).Contains("fields"), args.Skip(3).Contains("seed-sized"));
            return 0;
        }
        if (args.Length >= 2 && args[0] == "phases")
        {
            CompilePhases.Print(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Contains("seed-sized"));
            return 0;
        }
        if (args.Length >= 1 && args[0] == "bdn")
        {
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Skip(1).ToArray());
            return 0;
        }
        Console.WriteLine(Usage);
        return args.Length == 0 ? 2 : 0;
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
