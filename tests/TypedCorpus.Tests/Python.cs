using System.ComponentModel;
using System.Diagnostics;

namespace TypedCorpus.Tests;

/// <summary>
/// Runs python3 with the repository's reference scorer (eval/score.py, copied next to the tests). The parity tests need
/// it: without python3 they fail, naming what is missing, rather than pass or skip.
/// </summary>
internal static class Python
{
    public static readonly string ScorePy = TestCli.Data(Path.Combine("eval", "score.py"));

    /// <summary>Runs <c>python3 args…</c>, feeding <paramref name="input"/>; returns the exit code and stdout.</summary>
    public static (int Code, string Out) Run(string[] args, string input = "")
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception ex)
        {
            Assert.Fail($"python3 is required to compare typedcorpus eval with eval/score.py and was not found ({ex.Message}); install python3 (CI has it)");
            throw;
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            process.StandardInput.Write(input);
            process.StandardInput.Close();
            process.WaitForExit();
            Assert.True(error.Result.Length == 0, "python3 wrote to stderr: " + error.Result);
            return (process.ExitCode, output.Result);
        }
    }

    /// <summary>score.py's output and exit code for an export file and a gold file.</summary>
    public static (int Code, string Out) Score(string gold, string export, params string[] options) =>
        Run(["-X", "utf8", ScorePy, "--gold", gold, "--export", export, .. options]);

    /// <summary>
    /// The same output as a diff would see it, except that the differences score.py lists from Python sets (people, sections…)
    /// come in an arbitrary order: the metric rows and the score line in order, the differences as a sorted list.
    /// </summary>
    public static void AssertSameOutput(string python, string csharp)
    {
        static string[] Rows(string output) => output.Split('\n').Where(l => !l.StartsWith("  ", StringComparison.Ordinal)).ToArray();
        static string[] Differences(string output) => output.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        Assert.True(Rows(python).Length > 10, python);
        Assert.Equal(Rows(python), Rows(csharp));
        Assert.Equal(Differences(python), Differences(csharp));
    }
}
