using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedCorpus.Extraction;

namespace TypedCorpus.Cli
{
    /// <summary>Runs the engine over every *.txt file of a folder (recursively, in ordinal path order).</summary>
    public static class CorpusLoader
    {
        /// <summary>Every *.txt file of <paramref name="dir"/> and its subfolders, in ordinal path order.</summary>
        public static List<string> Files(string dir) =>
            Directory.EnumerateFiles(dir, "*.txt", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList();

        /// <summary>
        /// The resolved corpus of <paramref name="dir"/> and its diagnostics (sorted by path, line, column, id);
        /// <paramref name="progress"/> is told the number of files (once, first) and then each file read.
        /// </summary>
        public static (CorpusModel Corpus, List<(string Path, DiagnosticModel Diagnostic)> Diagnostics) Load(string dir, IReadOnlyList<ArticleFact>? required = null,
            IProgressSink? progress = null)
        {
            var files = Files(dir);
            progress?.Start(files.Count);
            try
            {
                return Read(files, required, progress);
            }
            finally
            {
                progress?.Done();
            }
        }

        private static (CorpusModel Corpus, List<(string Path, DiagnosticModel Diagnostic)> Diagnostics) Read(List<string> files, IReadOnlyList<ArticleFact>? required,
            IProgressSink? progress)
        {
            var models = new List<ArticleModel>();
            var diags = new List<(string, DiagnosticModel)>();
            var pathOf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var path in files)
            {
                var bytes = File.ReadAllBytes(path);
                var model = ArticleExtractor.Extract(Path.GetFileName(path), bytes);
                models.Add(model);
                pathOf[model.File] = path;
                foreach (var d in model.Diagnostics) diags.Add((path, d));
                if (required != null) foreach (var d in Requirements.Check(model, required)) diags.Add((path, d));
                progress?.Advance();
            }
            var corpus = CorpusResolver.Resolve(models);
            foreach (var (file, d) in CorpusResolver.CorpusDiagnostics(corpus))
                diags.Add((pathOf.TryGetValue(file, out var p) ? p : file, d));
            diags.Sort((a, b) =>
            {
                int c = string.CompareOrdinal(a.Item1, b.Item1);
                if (c != 0) return c;
                c = a.Item2.Line.CompareTo(b.Item2.Line);
                c = c != 0 ? c : a.Item2.Column.CompareTo(b.Item2.Column);
                return c != 0 ? c : string.CompareOrdinal(a.Item2.Id, b.Item2.Id);
            });
            return (corpus, diags);
        }
    }
}
