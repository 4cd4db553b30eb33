using System.Text;

namespace TypedCorpus.Reliability.Tests;

/// <summary>The tests that drive the CLI in-process share the console: they run one at a time.</summary>
[CollectionDefinition("cli", DisableParallelization = true)]
public sealed class CliCollection { }

public static class CliRunner
{
    private static readonly object Gate = new();

    /// <summary>Runs <c>typedcorpus args…</c> in-process (TypedCorpus.Cli.Program.Main); returns the exit code, stdout and stderr.</summary>
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        lock (Gate)
        {
            var (oldOut, oldErr, oldEnc) = (Console.Out, Console.Error, Console.OutputEncoding);
            var o = new StringWriter(); var e = new StringWriter();
            Console.SetOut(o); Console.SetError(e);
            try
            {
                int code = TypedCorpus.Cli.Program.Main(args);
                return (code, o.ToString(), e.ToString());
            }
            finally
            {
                Console.SetOut(oldOut); Console.SetError(oldErr);
                try { Console.OutputEncoding = oldEnc; } catch (IOException) { }
            }
        }
    }
}

/// <summary>A temp folder deleted at dispose.</summary>
public sealed class TempDir : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tc-rel-" + Guid.NewGuid().ToString("N"));
    public TempDir() => Directory.CreateDirectory(Path);
    public string File(string name, string text) => Bytes(name, new UTF8Encoding(false).GetBytes(text));
    public string Bytes(string name, byte[] bytes)
    {
        var p = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllBytes(p, bytes);
        return p;
    }
    public void Dispose() { try { Directory.Delete(Path, true); } catch (IOException) { } }
}
