using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace TypedCorpus.Extraction.Lexicon
{
    /// <summary>
    /// Language data kept as text resources embedded in the engine (Lexicon/Resources/*.txt): one entry per line, <c>#</c>
    /// starts a comment, blank lines are ignored, an entry of several words is kept whole, and a table row separates its
    /// fields with <c>|</c>. Each list is read once, by the static field that holds it.
    /// </summary>
    internal static class LexiconResource
    {
        private const string Prefix = "TypedCorpus.Lexicon.";

        /// <summary>The names of every list (file names without <c>.txt</c>).</summary>
        public static IReadOnlyList<string> Names
        {
            get
            {
                var names = new List<string>();
                foreach (var r in typeof(LexiconResource).Assembly.GetManifestResourceNames())
                    if (r.StartsWith(Prefix, StringComparison.Ordinal) && r.EndsWith(".txt", StringComparison.Ordinal))
                        names.Add(r.Substring(Prefix.Length, r.Length - Prefix.Length - 4));
                names.Sort(StringComparer.Ordinal);
                return names;
            }
        }

        /// <summary>The entries of a list, in file order, without comments and surrounding blanks.</summary>
        public static IReadOnlyList<string> Entries(string name)
        {
            using var stream = typeof(LexiconResource).Assembly.GetManifestResourceStream(Prefix + name + ".txt")
                ?? throw new InvalidOperationException($"the lexicon resource '{name}' is not embedded in the engine");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var entries = new List<string>();
            for (var line = reader.ReadLine(); line != null; line = reader.ReadLine())
            {
                int hash = line.IndexOf('#');
                var entry = (hash < 0 ? line : line.Substring(0, hash)).Trim();
                if (entry.Length > 0) entries.Add(entry);
            }
            return entries;
        }

        /// <summary>The rows of a table: each entry's <c>|</c>-separated fields, trimmed.</summary>
        public static IReadOnlyList<string[]> Rows(string name)
        {
            var rows = new List<string[]>();
            foreach (var entry in Entries(name))
            {
                var fields = entry.Split('|');
                for (int i = 0; i < fields.Length; i++) fields[i] = fields[i].Trim();
                rows.Add(fields);
            }
            return rows;
        }

        /// <summary>A list as a set matched ignoring case.</summary>
        public static HashSet<string> WordSet(string name) => new HashSet<string>(Entries(name), StringComparer.OrdinalIgnoreCase);
    }
}
