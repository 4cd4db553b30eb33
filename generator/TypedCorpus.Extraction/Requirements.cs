using System;
using System.Collections.Generic;

namespace TypedCorpus.Extraction
{
    /// <summary>A built-in fact of an article that a project can require (MSBuild <c>TypedCorpusRequire</c>, <c>check --require</c>).</summary>
    public enum ArticleFact
    {
        Title,
        Subtitle,
        Outlet,
        Dateline,
        Date,
        Author,
        Url,
        Quotes,
    }

    /// <summary>
    /// Required built-in facts: parsing the list a project gives and checking an article against it (TC0017). Shared by the
    /// analyzer and <c>typedcorpus check</c>, so both report the same finding at the same place.
    /// </summary>
    public static class Requirements
    {
        /// <summary>The names a list may use, in documentation order.</summary>
        public static readonly IReadOnlyList<string> Names = Enum.GetNames(typeof(ArticleFact));

        /// <summary>
        /// The facts of a list such as <c>Date;Author</c> or <c>date, author</c> (separated by <c>;</c>, <c>,</c> or spaces;
        /// case-insensitive; each fact once, in the order given). Names that are no fact go to <paramref name="unknown"/>.
        /// </summary>
        public static IReadOnlyList<ArticleFact> Parse(string? list, out IReadOnlyList<string> unknown)
        {
            var facts = new List<ArticleFact>();
            var bad = new List<string>();
            foreach (var part in (list ?? "").Split(new[] { ';', ',', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
            {
                bool found = false;
                foreach (ArticleFact f in Enum.GetValues(typeof(ArticleFact)))
                    if (string.Equals(f.ToString(), part, StringComparison.OrdinalIgnoreCase))
                    {
                        if (!facts.Contains(f)) facts.Add(f);
                        found = true;
                    }
                if (!found) bad.Add(part);
            }
            unknown = bad;
            return facts;
        }

        /// <summary>
        /// Where an article-wide finding is reported: the opening <c>---</c> of the front matter, or line 1 when there is none
        /// (1-based line, 0-based column, length).
        /// </summary>
        public static (int Line, int Column, int Length) Anchor(ArticleModel a)
        {
            if (a.Lines.Count == 0 || a.Lines[0].Number != 1) return (1, 0, 0);
            var first = a.Lines[0];
            if (first.Kind == LineKind.FrontMatter) return (1, first.Raw.Length - first.Raw.TrimStart().Length, 3);
            int indent = first.Raw.Length - first.Raw.TrimStart().Length;
            return (1, indent, first.Raw.Trim().Length);
        }

        /// <summary>
        /// TC0017 for each required fact the article lacks, at <see cref="Anchor"/>. An article that is unreadable or empty
        /// (TC0001, TC0008) is not checked: it is already an error.
        /// </summary>
        public static IReadOnlyList<DiagnosticModel> Check(ArticleModel a, IReadOnlyList<ArticleFact> facts)
        {
            var found = new List<DiagnosticModel>();
            if (facts.Count == 0) return found;
            foreach (var d in a.Diagnostics)
                if (d.Id == DiagnosticIds.Unreadable || d.Id == DiagnosticIds.EmptyArticle) return found;
            var (line, column, length) = Anchor(a);
            foreach (var f in facts)
            {
                if (Has(a, f)) continue;
                found.Add(Diagnostics.Create(DiagnosticIds.RequiredFactMissing, line, column, length,
                    $"the article has no {Describe(f)}, which the project requires ({f} in TypedCorpusRequire or --require); {Fix(f)}"));
            }
            return found;
        }

        private static bool Has(ArticleModel a, ArticleFact f) => f switch
        {
            ArticleFact.Title => !string.IsNullOrWhiteSpace(a.Title),
            ArticleFact.Subtitle => !string.IsNullOrWhiteSpace(a.Subtitle),
            ArticleFact.Outlet => !string.IsNullOrWhiteSpace(a.Outlet),
            ArticleFact.Dateline => !string.IsNullOrWhiteSpace(a.Dateline),
            ArticleFact.Date => !string.IsNullOrWhiteSpace(a.Date),
            ArticleFact.Author => !string.IsNullOrWhiteSpace(a.Author),
            ArticleFact.Url => !string.IsNullOrWhiteSpace(a.Url),
            ArticleFact.Quotes => a.Quotes.Count > 0,
            _ => true,
        };

        private static string Describe(ArticleFact f) => f switch
        {
            ArticleFact.Quotes => "quote",
            ArticleFact.Url => "URL",
            _ => f.ToString().ToLowerInvariant(),
        };

        private static string Fix(ArticleFact f) => f switch
        {
            ArticleFact.Date => "add 'date: YYYY-MM-DD' to the front matter, or write the date in the text (e.g. 'Sabtu, 10 Mei 2025')",
            ArticleFact.Title => "add 'title: …' to the front matter, or put the headline on the first line",
            ArticleFact.Outlet => "add 'outlet: …' to the front matter, or write the dateline with the outlet ('Jakarta (ANTARA) - ')",
            ArticleFact.Dateline => "add 'dateline: …' to the front matter, or open the lead with the dateline ('JAKARTA - ')",
            ArticleFact.Author => "add 'author: …' to the front matter, or a 'Penulis: …' line",
            ArticleFact.Quotes => "the article quotes nobody; remove Quotes from the requirement if such articles belong in the corpus",
            _ => $"add '{f.ToString().ToLowerInvariant()}: …' to the front matter",
        };
    }
}
