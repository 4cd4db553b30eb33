using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using TypedCorpus.Extraction.Structure;

namespace TypedCorpus.Extraction
{
    /// <summary>
    /// The per-file step: text → <see cref="ArticleModel"/> (corpus-model.md §1, §3), then quotes, people and agreements
    /// (<see cref="ArticlePipeline"/>). Pure, deterministic, never throws for any input: a failure becomes a located diagnostic.
    /// </summary>
    public static class ArticleExtractor
    {
        /// <summary>Extracts an article from the bytes of a file.</summary>
        public static ArticleModel Extract(string file, byte[] bytes, CancellationToken cancellationToken = default)
        {
            try
            {
                var text = TextDecoding.Decode(bytes, out var problem);
                var model = Extract(file, text, cancellationToken);
                if (problem is null) return model;
                // A file that is not text gets TC0001 and nothing else: findings computed from its garbage would only bury it.
                return TextDecoding.OnlyUnreadable(model, problem);
            }
            catch (OperationCanceledException) { throw; }
            catch (Exception ex)
            {
                return Failed(file, ex);
            }
        }

        /// <summary>Extracts an article from its decoded text.</summary>
        public static ArticleModel Extract(string file, string text, CancellationToken cancellationToken = default) =>
            Extract(file, text, null, cancellationToken);

        /// <summary>Extracts an article, calling <paramref name="stageProbe"/> with each stage's name as it starts (for tests).</summary>
        internal static ArticleModel Extract(string file, string text, Action<string>? stageProbe, CancellationToken cancellationToken)
        {
            try
            {
                var nfc = UnicodeText.NfcText.Of(text);
                if (nfc is null) return new ArticlePipeline(file, text, stageProbe, cancellationToken).Execute();
                return FromNfc(new ArticlePipeline(file, nfc.Text, stageProbe, cancellationToken).Execute(), nfc);
            }
            catch (OperationCanceledException) { throw; }
            catch (Exception ex)
            {
                return Failed(file, ex, text);
            }
            finally
            {
                IndonesianDates.ForgetTexts();
            }
        }

        /// <summary>
        /// The model of a text analysed in NFC (see <see cref="UnicodeText"/>), given back its source: every line's exact text,
        /// and diagnostic and quote columns in the source line. The facts (titles, names, quotes, the content hash) stay in NFC,
        /// so canonically equivalent files give the same facts.
        /// </summary>
        private static ArticleModel FromNfc(ArticleModel model, UnicodeText.NfcText nfc)
        {
            (int Column, int Length) Span(int line, int column, int length)
            {
                int start = nfc.SourceColumn(line, column);
                return (start, Math.Max(0, nfc.SourceColumn(line, column + length) - start));
            }
            return model with
            {
                Lines = model.Lines.Select(l => nfc.Changed(l.Number) ? l with { Raw = nfc.SourceLine(l.Number) } : l).ToEquatableArray(),
                Diagnostics = model.Diagnostics.Select(d =>
                {
                    if (!nfc.Changed(d.Line)) return d;
                    var (column, length) = Span(d.Line, d.Column, d.Length);
                    return d with { Column = column, Length = length };
                }).ToEquatableArray(),
                Quotes = model.Quotes.Select(q => nfc.Changed(q.Line) ? q with { Column = nfc.SourceColumn(q.Line, q.Column) } : q).ToEquatableArray(),
            };
        }

        /// <summary>The fallback on an internal failure: every non-blank line is kept as a paragraph (nothing is lost), with a TC0099.</summary>
        private static ArticleModel Failed(string file, Exception ex, string? text = null)
        {
            var lines = new List<SourceLine>();
            var paragraphs = new List<LineText>();
            try
            {
                var raw = TextDecoding.SplitLines(text ?? "");
                for (int i = 0; i < raw.Count; i++)
                {
                    var n = LineShapes.Normalize(raw[i]);
                    if (n.Length == 0) continue;
                    lines.Add(new SourceLine(i + 1, LineKind.Paragraph, raw[i]));
                    paragraphs.Add(new LineText(i + 1, n));
                }
            }
            catch (Exception) { /* keep the diagnostic at least */ }
            return FailedModel(file, ex) with { Lines = lines.ToEquatableArray(), Paragraphs = paragraphs.ToEquatableArray() };
        }

        private static ArticleModel FailedModel(string file, Exception ex) => new ArticleModel
        {
            File = file,
            Diagnostics = new[]
            {
                Diagnostics.Create(DiagnosticIds.InternalError, 1, 0, 0, StageGuard.FailureMessage(ex)),
            }.ToEquatableArray(),
        };
    }
}
