using System;
using System.Collections.Generic;

namespace TypedCorpus.Extraction
{
    /// <summary>The stages of the per-file pipeline, in order. A TC0099 names the stage that failed.</summary>
    public static class ArticleStage
    {
        /// <summary>Front matter (<c>---</c> / <c>key: value</c> / <c>---</c>).</summary>
        public const string FrontMatter = "front matter";

        /// <summary>Headline, dateline, captions, furniture, paragraphs and list items: what each line is.</summary>
        public const string Structure = "structure";

        /// <summary>Front matter values applied, the date, cited sources, and the checks for expected parts (TC0012, TC0013).</summary>
        public const string Metadata = "metadata";

        /// <summary>The body's tokens and sentences (<see cref="AnalysedText"/>), made once for the steps after.</summary>
        public const string Text = "text analysis";

        public const string Quotes = "quotes";

        public const string People = "people";

        public const string Agreements = "agreements";
    }

    /// <summary>An unexpected exception in a stage the rest of the article depends on.</summary>
    internal sealed class StageFailedException : Exception
    {
        public StageFailedException(string stage, Exception inner) : base($"the {stage} stage failed", inner) => Stage = stage;

        public string Stage { get; }
    }

    /// <summary>
    /// Runs each stage of one article under a guard: cancellation propagates; any other exception becomes TC0099 naming the
    /// stage. A failed <see cref="Required"/> stage (the structure, which every later stage reads) fails the file, whose every
    /// line is then kept as a paragraph; a failed <see cref="Optional"/> stage (quotes, people, agreements) gives no result and
    /// the rest of the article is kept.
    /// </summary>
    internal sealed class StageGuard
    {
        private readonly Action<string>? _probe;
        private readonly List<DiagnosticModel> _diagnostics;

        /// <param name="probe">Called with each stage's name as the stage starts (tests make a stage fail with it).</param>
        /// <param name="diagnostics">Where a failed optional stage reports its TC0099.</param>
        public StageGuard(Action<string>? probe, List<DiagnosticModel> diagnostics)
        {
            _probe = probe;
            _diagnostics = diagnostics;
        }

        public T Required<T>(string stage, Func<T> step)
        {
            try
            {
                _probe?.Invoke(stage);
                return step();
            }
            catch (OperationCanceledException) { throw; }
            catch (Exception ex) { throw new StageFailedException(stage, ex); }
        }

        public T? Optional<T>(string stage, Func<T> step) where T : class
        {
            try
            {
                _probe?.Invoke(stage);
                return step();
            }
            catch (OperationCanceledException) { throw; }
            catch (Exception ex)
            {
                _diagnostics.Add(Diagnostics.Create(DiagnosticIds.InternalError, 1, 0, 0,
                    $"TypedCorpus could not extract the {stage} of this article ({ex.GetType().Name}: {ex.Message}); the rest of the article is kept; please report it with the file"));
                return null;
            }
        }

        /// <summary>The TC0099 message of a file that failed (in a required stage, or outside the stages).</summary>
        public static string FailureMessage(Exception ex) => ex is StageFailedException s && s.InnerException is { } inner
            ? $"TypedCorpus could not extract this article: its {s.Stage} stage failed ({inner.GetType().Name}: {inner.Message}); every line is kept as a paragraph; please report it with the file"
            : $"TypedCorpus could not extract this article ({ex.GetType().Name}: {ex.Message}); please report it with the file";
    }
}
