using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using TypedCorpus.Extraction;

namespace TypedCorpus.Cli
{
    /// <summary>
    /// <c>typedcorpus export DIR --format jsonl</c>: one article per line, streamed. Files are extracted in parallel (all cores)
    /// and written in file-name order (the order of the JSON export); at most a small window of articles is in memory at once,
    /// whatever the size of the folder. Names are resolved per article: each article's own fullest names (and the names the
    /// lexicon knows), without the corpus-wide lengthening of a short name to another article's full name, and without the
    /// corpus-wide <c>people</c> registry.
    /// </summary>
    public static class JsonlExport
    {
        public static void Write(string dir, TextWriter output, IProgressSink? progress = null)
        {
            // the JSON export's order: by file name, then by path
            var files = CorpusLoader.Files(dir).OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).ToList();
            int window = Math.Max(4, Environment.ProcessorCount * 4);
            var pending = new Queue<Task<string>>(window);
            progress?.Start(files.Count);
            try
            {
                foreach (var path in files)
                {
                    if (pending.Count >= window) Emit(pending.Dequeue(), output, progress);
                    pending.Enqueue(Task.Run(() => Line(path)));
                }
                while (pending.Count > 0) Emit(pending.Dequeue(), output, progress);
                output.Flush();
            }
            finally
            {
                progress?.Done();
            }
        }

        private static void Emit(Task<string> line, TextWriter output, IProgressSink? progress)
        {
            output.Write(line.GetAwaiter().GetResult());
            progress?.Advance();
        }

        /// <summary>The JSONL line of one article file.</summary>
        public static string Line(string path)
        {
            var model = ArticleExtractor.Extract(Path.GetFileName(path), File.ReadAllBytes(path));
            var corpus = CorpusResolver.Resolve(new[] { model });
            var mapper = new ModelMapper(corpus);
            return Encoding.UTF8.GetString(ExportJson.WriteLine(mapper.Articles[0], 0, new EngineProvenance(corpus.Articles)));
        }
    }
}
