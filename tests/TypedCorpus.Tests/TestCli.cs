using TypedCorpus.Cli;

namespace TypedCorpus.Tests;

/// <summary>Runs <c>typedcorpus</c> through <see cref="Program.Run"/> with its own writers (no shared console: safe in parallel).</summary>
internal static class TestCli
{
    /// <summary>A file or folder the test project copies next to the tests (<c>seeds</c>, <c>eval/devset</c>, <c>docs/…</c>).</summary>
    public static string Data(string relative) => Path.Combine(AppContext.BaseDirectory, relative);

    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter { NewLine = "\n" };
        var e = new StringWriter { NewLine = "\n" };
        int code = Program.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }
}
