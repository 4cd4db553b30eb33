using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;
using Lib = TypedCorpus;

namespace TypedCorpus.Cli
{
    /// <summary>Readable tables of a corpus.</summary>
    public static class ReportWriter
    {
        /// <summary>
        /// The report: on an interactive terminal, tables that fit its width (long cells wrap; wide characters count as two
        /// columns); otherwise (redirected, a file, a test's writer) the plain text of <see cref="Write"/>.
        /// </summary>
        public static void Render(TextWriter output, IReadOnlyList<Lib.Article> articles, IReadOnlyList<Lib.Person> people)
        {
            if (!ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected)
            {
                output.Write(Write(articles, people));
                return;
            }
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
            console.WriteLine(Summary(articles, people));
            var rows = Rows(articles, people);
            foreach (var (title, head, body) in rows)
            {
                var table = new Table().Border(TableBorder.Rounded);
                if (title.Length > 0) table.Title(title);
                foreach (var h in head)
                {
                    // counts, lines, dates and kinds keep their width; the text columns wrap to fit the terminal
                    bool text = h is "title / first words" or "text" or "title / text" or "speakers" or "parties" or "aliases" or "name" or "outlet" or "dateline" or "verb";
                    var column = new TableColumn(new Text(h)) { NoWrap = !text };
                    if (h is "#" or "line" or "para" or "list" or "quotes" or "agr." or "articles") column.RightAligned();
                    table.AddColumn(column);
                }
                foreach (var r in body) table.AddRow(r.Select(c => (IRenderable)new Text(c)).ToArray());
                console.Write(table);
            }
        }

        private static string Summary(IReadOnlyList<Lib.Article> articles, IReadOnlyList<Lib.Person> people) =>
            $"TypedCorpus: {articles.Count} articles, {articles.Sum(a => a.Quotes.Count)} quotes, {articles.Sum(a => a.Agreements.Count)} agreements, {people.Count} people";

        /// <summary>The report's tables: title, header and rows of each.</summary>
        private static List<(string Title, string[] Head, IEnumerable<string[]> Rows)> Rows(IReadOnlyList<Lib.Article> articles, IReadOnlyList<Lib.Person> people)
        {
            var tables = new List<(string, string[], IEnumerable<string[]>)>
            {
                ("", new[] { "#", "date", "outlet", "dateline", "title / first words", "para", "list", "quotes", "agr." },
                    articles.Select(a => new[]
                    {
                        a.Index.ToString(), a.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-", a.Outlet ?? "-", a.Dateline ?? "-",
                        Clip(a.Title ?? (a.Paragraphs.Count > 0 ? a.Paragraphs[0].Text : a.File), 60),
                        a.Paragraphs.Count.ToString(), a.ListItems.Count.ToString(), a.Quotes.Count.ToString(), a.Agreements.Count.ToString(),
                    })),
            };
            if (articles.Any(a => a.Quotes.Count > 0))
                tables.Add(("Quotes", new[] { "#", "line", "kind", "speakers", "verb", "text" },
                    articles.SelectMany(a => a.Quotes.Select(q => new[]
                    {
                        a.Index.ToString(), q.Line.ToString(), Enums.Name(q.Kind), q.Speakers.Count == 0 ? "-" : string.Join(", ", q.Speakers), q.Verb ?? "-", Clip(q.Text, 60),
                    }))));
            if (articles.Any(a => a.Agreements.Count > 0))
                tables.Add(("Agreements", new[] { "#", "line", "kind", "parties", "date", "title / text" },
                    articles.SelectMany(a => a.Agreements.Select(g => new[]
                    {
                        a.Index.ToString(), g.Line.ToString(), Enums.Name(g.Kind), string.Join(", ", g.Parties), g.Date ?? "-", Clip(g.Title ?? g.Text, 60),
                    }))));
            if (people.Count > 0)
                tables.Add(("People", new[] { "name", "aliases", "quotes", "articles" },
                    people.Select(p => new[] { p.Name, p.Aliases.Count == 0 ? "-" : string.Join(", ", p.Aliases), p.QuoteRefs.Count.ToString(), p.ArticleIndexes.Count.ToString() })));
            return tables;
        }

        /// <summary>The report as plain text: a summary line and space-aligned tables.</summary>
        public static string Write(IReadOnlyList<Lib.Article> articles, IReadOnlyList<Lib.Person> people)
        {
            var sb = new StringBuilder();
            sb.AppendLine(Summary(articles, people));
            foreach (var (title, head, rows) in Rows(articles, people))
            {
                sb.AppendLine();
                if (title.Length > 0) sb.AppendLine(title);
                Table(sb, head, rows);
            }
            return sb.ToString();
        }

        private static string Clip(string s, int n)
        {
            s = s.Replace('\n', ' ').Replace('\r', ' ');
            return s.Length <= n ? s : s.Substring(0, n - 1) + "…";
        }

        private static void Table(StringBuilder sb, string[] head, IEnumerable<string[]> rows)
        {
            var all = new List<string[]> { head };
            all.AddRange(rows);
            var widths = head.Select((_, i) => all.Max(r => r[i].Length)).ToArray();
            for (int r = 0; r < all.Count; r++)
            {
                sb.AppendLine(string.Join("  ", all[r].Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
                if (r == 0) sb.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
            }
        }
    }
}
