using System.CommandLine;
using SharpFuzz;
using TypedCorpus.Extraction;
using TypedCorpus.Hosts;

namespace TypedCorpus.Fuzz;

/// <summary>
/// Fuzz target: bytes of a file → decoder → engine. A finding is an exception, an internal-error diagnostic (TC0099),
/// a lost/changed line (the lossless record must hold every non-blank line with its exact text), a TC0001 with company, a
/// message that is not one clean bounded line, or an NFC form of the text that gives other facts.
///   dotnet run -- [afl]              (under afl-fuzz, out of process; the default with no arguments; see fuzz/run-afl.sh)
///   dotnet run -- random SEC DIR [OUT] (in-process random mutation of the files of DIR for SEC seconds; no AFL needed)
///   dotnet run -- regex-profile FILE (time every static Regex of the engine on the file's longest line)
///   dotnet run -- linearity          (1 MB vs 100 KB adversarial lines; exit 1 over 12x)
///   dotnet run -- replay FILE…       (run the target once per file; exit 1 on a finding)
/// Exit codes: 0 ok, 1 a finding (or a shape over 12x), 2 usage.
/// </summary>
public static class Program
{
    private const string Name = "TypedCorpus.Fuzz";

    private static readonly Dictionary<string, string> Usages = new(StringComparer.Ordinal)
    {
        [Name] = $"usage: {Name} [afl|random|regex-profile|linearity|replay …] ({Name} --help, {Name} COMMAND --help)",
        ["afl"] = $"usage: {Name} [afl]   (under afl-fuzz: afl-fuzz … -- dotnet {Name}.dll afl)",
        ["random"] = $"usage: {Name} random SECONDS SEEDDIR [FINDINGS]   (FINDINGS default: fuzz/findings-random)",
        ["regex-profile"] = $"usage: {Name} regex-profile FILE",
        ["linearity"] = $"usage: {Name} linearity",
        ["replay"] = $"usage: {Name} replay FILE…",
    };

    public static int Main(string[] args) => new HostCommandLine(Build(), Usages).Run(args);

    private static RootCommand Build()
    {
        var root = new RootCommand("SharpFuzz harness over the extraction engine (see fuzz/README.md). With no command: afl. "
            + "Exit codes: 0 ok, 1 a finding, 2 usage.") { HelpName = Name };
        root.SetAction(_ => Afl());
        var afl = new Command("afl", "run the target under afl-fuzz (out of process; see fuzz/run-afl.sh); the default with no command");
        afl.SetAction(_ => Afl());
        root.Subcommands.Add(afl);

        var seconds = HostCommandLine.Seconds("SECONDS", "how long to mutate, in seconds (e.g. 300 or 0.5)");
        var seedDir = HostCommandLine.Folder("SEEDDIR", "the folder whose files are mutated (e.g. seeds)");
        var findings = new Argument<string>("FINDINGS")
        {
            Description = "where findings are written (finding-NNN.txt; default: fuzz/findings-random)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var random = new Command("random", "in-process random mutation of the files of SEEDDIR for SECONDS (no AFL needed); exit 1 on a finding")
            { seconds, seedDir, findings };
        random.SetAction(r => RandomLoop(TimeSpan.FromSeconds(r.GetValue(seconds)), r.GetValue(seedDir)!, r.GetValue(findings) ?? "fuzz/findings-random"));
        root.Subcommands.Add(random);

        var profiled = HostCommandLine.Files<string>("FILE", "the text whose longest line is matched", ArgumentArity.ExactlyOne);
        var regexProfile = new Command("regex-profile", "time every static Regex of the engine on FILE's longest line (which would hit its timeout first)")
            { profiled };
        regexProfile.SetAction(r => RegexProfile(r.GetValue(profiled)!));
        root.Subcommands.Add(regexProfile);

        var linearity = new Command("linearity", "time a 1 MB adversarial line against a 100 KB one per shape; exit 1 if any is over 12x");
        linearity.SetAction(_ => Linearity());
        root.Subcommands.Add(linearity);

        var replayed = HostCommandLine.Files<string[]>("FILE", "the inputs to replay", ArgumentArity.OneOrMore);
        var replay = new Command("replay", "run the target once per FILE; exit 1 on a finding") { replayed };
        replay.SetAction(r => Replay(r.GetValue(replayed)!));
        root.Subcommands.Add(replay);
        return root;
    }

    private static int Afl()
    {
        Fuzzer.Run(stream =>
        {
            using var ms = new MemoryStream();
            stream.CopyTo(ms);
            Target(ms.ToArray());
        });
        return HostCommandLine.Ok;
    }

    /// <summary>Times every static Regex of the engine on a file's longest line (which regex would hit its timeout first).</summary>
    private static int RegexProfile(string file)
    {
        var line = File.ReadAllText(file).Split('\n').OrderByDescending(l => l.Length).First();
        foreach (var t in typeof(ArticleExtractor).Assembly.GetTypes())
            foreach (var f in t.GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public))
                if (f.FieldType == typeof(System.Text.RegularExpressions.Regex) && f.GetValue(null) is System.Text.RegularExpressions.Regex rx)
                {
                    var sw = System.Diagnostics.Stopwatch.StartNew();
                    try { rx.Matches(line).Count.ToString(); } catch (System.Text.RegularExpressions.RegexMatchTimeoutException) { Console.Write("TIMEOUT "); }
                    Console.WriteLine($"{sw.Elapsed.TotalMilliseconds,8:F1} ms  {t.Name}.{f.Name}");
                }
        return HostCommandLine.Ok;
    }

    private static int Replay(IEnumerable<string> files)
    {
        int bad = 0;
        foreach (var f in files)
        {
            try { Target(File.ReadAllBytes(f)); Console.WriteLine($"ok   {f}"); }
            catch (Exception ex) { bad++; Console.WriteLine($"FAIL {f}: {ex.GetType().Name}: {ex.Message}"); }
        }
        return bad == 0 ? HostCommandLine.Ok : HostCommandLine.Failure;
    }

    /// <summary>The property checked on every input; throws on a finding.</summary>
    public static void Target(byte[] bytes)
    {
        var text = TextDecoding.Decode(bytes, out _);
        var model = ArticleExtractor.Extract("fuzz.txt", bytes);
        foreach (var d in model.Diagnostics)
        {
            if (d.Id == DiagnosticIds.InternalError) throw new InvalidOperationException("internal error: " + d.Message);
            if (d.Line < 1 || d.Column < 0 || d.Length < 0) throw new InvalidOperationException("unlocated diagnostic " + d);
        }
        var lines = TextDecoding.SplitLines(text);
        var seen = new HashSet<int>();
        foreach (var l in model.Lines)
        {
            if (l.Number < 1 || l.Number > lines.Count || !seen.Add(l.Number)) throw new InvalidOperationException($"bad line number {l.Number}");
            if (!string.Equals(l.Raw, lines[l.Number - 1], StringComparison.Ordinal)) throw new InvalidOperationException($"line {l.Number} changed");
        }
        for (int i = 0; i < lines.Count; i++)
            if (!seen.Contains(i + 1) && lines[i].Replace('\u00A0', ' ').Trim().Length > 0) throw new InvalidOperationException($"line {i + 1} lost");

        // a file that is not text gets TC0001 and nothing else
        if (model.Diagnostics.Any(d => d.Id == DiagnosticIds.Unreadable) && model.Diagnostics.Count != 1)
            throw new InvalidOperationException($"TC0001 with {model.Diagnostics.Count - 1} other diagnostic(s)");
        // a message is one line of bounded length, with no raw bidirectional control
        foreach (var d in model.Diagnostics)
            if (d.Message.Length > DiagnosticText.MaxLength || d.Message.Any(c => UnicodeText.IsBidiControl(c) || char.IsControl(c) || c == '\u2028' || c == '\u2029'))
                throw new InvalidOperationException($"{d.Id} message of {d.Message.Length} characters is not one clean line");
        // canonically equivalent text gives the same facts
        string nfc;
        try { nfc = text.Normalize(System.Text.NormalizationForm.FormC); } catch (ArgumentException) { return; }
        if (string.Equals(nfc, text, StringComparison.Ordinal) || model.Diagnostics.Count > 0 && model.Diagnostics[0].Id == DiagnosticIds.Unreadable) return;
        var composed = ArticleExtractor.Extract("fuzz.txt", nfc);
        if (Facts(composed) != Facts(model)) throw new InvalidOperationException("the NFC form of the text gives other facts");
    }

    private static string Facts(ArticleModel a) => string.Join("\u0001",
        new[] { a.Title, a.Subtitle, a.Outlet, a.Dateline, a.Date, a.Author, a.ContentHash }
            .Concat(a.Paragraphs.Select(p => p.Line + ":" + p.Text)).Concat(a.People)
            .Concat(a.Quotes.Select(q => q.Line + ":" + q.Text + ":" + string.Join(",", q.Speakers)))
            .Concat(a.Agreements.Select(g => g.Line + ":" + g.Text + ":" + string.Join(",", g.Parties))));

    /// <summary>
    /// The linearity benchmark: time of a 1 MB adversarial line over a 100 KB one, per shape (the issue allows ~12x; 10x is linear).
    /// Best of 3 runs each, after a warm-up.
    /// </summary>
    private static int Linearity()
    {
        var shapes = new (string Name, string Unit)[]
        {
            ("quote marks", "\""), ("curly quotes", "“a ”"), ("dateline commas", "Jakarta, "), ("parentheses", "(a/b) "), ("open parens", "("),
            ("related markers", "Baca juga: x "), ("words", "kata dia "), ("dashes", " - "), ("dates", "Senin (31/2/2025) "), ("list marks", "1. "),
            ("quotes, one sentence", "\"A,\" kata Putin, \"B.\" "), ("single quotes", "\u2018a\u2019 "), ("group subjects", "keduanya berkomitmen "),
            ("commitments", "kedua negara sepakat untuk "), ("name lists", "Rusia, China, dan India sepakat untuk "),
        };
        int worst = 0;
        Console.WriteLine("shape                 100KB ms    1MB ms   ratio");
        foreach (var (name, unit) in shapes)
        {
            string Make(int size) => string.Concat(Enumerable.Repeat(unit, size / unit.Length + 1)).Substring(0, size);
            double Time(string text)
            {
                double best = double.MaxValue;
                for (int r = 0; r < 3; r++)
                {
                    var sw = System.Diagnostics.Stopwatch.StartNew();
                    var m = ArticleExtractor.Extract("bench.txt", text);
                    best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
                    if (m.Diagnostics.Any(d => d.Id == DiagnosticIds.InternalError)) Console.WriteLine($"  {name}: internal error {m.Diagnostics.First(d => d.Id == DiagnosticIds.InternalError).Message}");
                }
                return best;
            }
            Time(Make(10_000));
            double small = Time(Make(100_000)), large = Time(Make(1_000_000));
            double ratio = large / Math.Max(small, 0.01);
            if (ratio > 12) worst++;
            Console.WriteLine($"{name,-20} {small,9:F1} {large,9:F1} {ratio,7:F1}{(ratio > 12 ? "  ← over 12x" : "")}");
        }
        return worst == 0 ? 0 : 1;
    }

    /// <summary>In-process random mutation (byte flips, splices, quote/line-break/fragment insertion, truncation, duplication).</summary>
    private static int RandomLoop(TimeSpan duration, string seedDir, string outDir)
    {
        var seeds = Directory.GetFiles(seedDir).OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        if (seeds.Count == 0) throw new HostUsageException("random", $"no files in '{seedDir}'");
        var tokens = new[] { "\"", "“", "”", "'", "‘", "’", "«", "»", "\n", "\r\n", "\r", "---\n", "title: ", "date: ", "\0", "\uFFFD", "\u2028",
            "Baca juga: ", "Penulis: ", "Jakarta, ", " - ", "(ANTARA) - ", "1. ", "- ", "Copyright ", "Senin (31/2/2025) ", "kata dia.", "ujar Presiden Joko Widodo.",
            // decomposed letters, bidirectional controls, format characters, non-BMP letters
            "Zoe\u0308 A\u0308rnhold", "e\u0301", "\u0301", "\u1100\u1161", "\u202E", "\u2066", "\u200F", "\u200D", "\u00AD", "𝔘𝔫𝔦", "---\nkey\u202E: x\n---\n" }
            .Select(System.Text.Encoding.UTF8.GetBytes).ToArray();
        var rnd = new Random(20261123);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        long runs = 0, findings = 0;
        while (sw.Elapsed < duration)
        {
            var data = new List<byte>(seeds[rnd.Next(seeds.Count)]);
            for (int k = rnd.Next(1, 16); k > 0; k--)
            {
                int at = data.Count == 0 ? 0 : rnd.Next(data.Count);
                switch (rnd.Next(8))
                {
                    case 0: if (data.Count > 0) data[at] = (byte)rnd.Next(256); break;
                    case 1: data.InsertRange(at, tokens[rnd.Next(tokens.Length)]); break;
                    case 2: if (data.Count > 0) data.RemoveRange(at, Math.Min(data.Count - at, rnd.Next(1, 200))); break;
                    case 3: { var other = seeds[rnd.Next(seeds.Count)]; int s = rnd.Next(other.Length); data.InsertRange(at, other.Skip(s).Take(rnd.Next(1, 400))); break; }
                    case 4: { int len = Math.Min(data.Count - at, rnd.Next(1, 300)); data.InsertRange(at, data.GetRange(at, len)); break; }
                    case 5: { var t = tokens[rnd.Next(tokens.Length)]; for (int r = rnd.Next(1, 500); r > 0; r--) data.InsertRange(at, t); break; }
                    case 6 when rnd.Next(8) == 0: data.InsertRange(at, new byte[rnd.Next(1, 300_000)].Select(_ => (byte)'A')); break; // one long token
                    default: if (data.Count > 0) data.RemoveRange(at, data.Count - at); break;
                }
            }
            var bytes = data.ToArray();
            runs++;
            try { Target(bytes); }
            catch (Exception ex)
            {
                findings++;
                Directory.CreateDirectory(outDir);
                var path = Path.Combine(outDir, $"finding-{findings:000}.txt");
                File.WriteAllBytes(path, bytes);
                Console.WriteLine($"finding {findings}: {ex.GetType().Name}: {ex.Message} -> {path}");
                if (findings >= 20) break;
            }
        }
        Console.WriteLine($"random: {runs} runs in {sw.Elapsed.TotalSeconds:F0} s, {findings} finding(s)");
        return findings == 0 ? 0 : 1;
    }
}
