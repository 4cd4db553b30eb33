using System;
using System.Text.RegularExpressions;
using static TypedCorpus.Extraction.Structure.LinePattern;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>The article's writer, read from its byline furniture (the first one that names a writer).</summary>
    internal static class Bylines
    {
        /// <summary>
        /// Line <paramref name="i"/> as author furniture when it is a byline ("Penulis: X", "Name Photo Writer"), the writer
        /// taken from it; false when it is not one.
        /// </summary>
        public static bool TryTake(ArticleLines lines, int i, string n)
        {
            if (LineRules.Author.IsMatch(n))
            {
                lines.AddFurniture(i, FurnitureKind.Author);
                TakeLabelled(lines, n);
                return true;
            }
            var w = LineRules.WriterBlock.Match(n);
            if (!w.Success) return false;
            lines.AddFurniture(i, FurnitureKind.Author);
            lines.Author ??= w.Groups["name"].Value.Trim();
            return true;
        }

        /// <summary>Reads the writer from "Penulis: X | Editor: Y", "Reporter: X", "Pewarta: X" (never from editor lines).</summary>
        private static void TakeLabelled(ArticleLines lines, string n)
        {
            if (lines.Author != null) return;
            foreach (var part in n.Split('|'))
            {
                var m = LinePatterns.AuthorLabel.Match(part.Trim());
                if (!m.Success) continue;
                var label = m.Groups["label"].Value.ToLowerInvariant();
                if (label != "penulis" && label != "reporter" && label != "pewarta" && label != "oleh" && label != "writer" && !label.StartsWith("laporan", StringComparison.Ordinal)) continue;
                var name = m.Groups["t"].Value.Trim();
                int comma = name.LastIndexOf(',');
                if (comma >= 0 && Regex.IsMatch(name.Substring(0, comma), @"^(?:Kontributor|Tim|Koresponden|Wartawan)\b", RegexOptions.IgnoreCase | Opt, Timeout))
                    name = name.Substring(comma + 1).Trim();
                if (name.Length > 0) { lines.Author = name; return; }
            }
        }
    }
}
