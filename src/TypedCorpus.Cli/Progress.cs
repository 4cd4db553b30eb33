using System;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console;

namespace TypedCorpus.Cli
{
    /// <summary>Told how many files a command reads, then each file read, then that the reading is done.</summary>
    public interface IProgressSink
    {
        void Start(int total);
        void Advance();
        void Done();
    }

    /// <summary>The progress display of export and check: a bar on stderr for a large folder, only on an interactive terminal.</summary>
    public static class Progress
    {
        /// <summary>Folders smaller than this read too fast for a bar to help.</summary>
        public const int Threshold = 200;

        /// <summary>A bar on stderr; null (silent) when stderr is redirected or the CI environment variable is set.</summary>
        public static IProgressSink? ForConsole() =>
            Console.IsErrorRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) ? null : new Bar();

        private sealed class Bar : IProgressSink
        {
            private int _count;
            private volatile bool _done;
            private Task? _render;

            public void Start(int total)
            {
                if (total < Threshold) return;
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                _render = Task.Run(() => console.Progress().AutoClear(true)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .Start(ctx =>
                    {
                        var task = ctx.AddTask($"{total} articles", maxValue: total);
                        while (!_done)
                        {
                            task.Value = Volatile.Read(ref _count);
                            Thread.Sleep(100);
                        }
                        task.Value = total;
                    }));
            }

            public void Advance() => Interlocked.Increment(ref _count);

            public void Done()
            {
                _done = true;
                _render?.Wait();
                _render = null;
            }
        }
    }
}
