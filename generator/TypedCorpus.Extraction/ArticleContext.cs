using System.Collections.Generic;

namespace TypedCorpus.Extraction
{
    /// <summary>
    /// What the structure step hands to the quote, people and agreement steps of one article:
    /// the body in order, with source lines, and a place to report diagnostics.
    /// </summary>
    public sealed class ArticleContext
    {
        public ArticleContext(string file, string? title, string? date, IReadOnlyList<BodyBlock> body, IReadOnlyList<string> lines)
        {
            File = file;
            Title = title;
            Date = date;
            Body = body;
            RawLines = lines;
        }

        public string File { get; }

        /// <summary>The headline, or null (not part of the body).</summary>
        public string? Title { get; }

        /// <summary>The article's date (ISO), or null.</summary>
        public string? Date { get; }

        /// <summary>Body paragraphs, headings and list items in file order (no furniture, captions or related links).</summary>
        public IReadOnlyList<BodyBlock> Body { get; }

        /// <summary>All lines of the file as stored (index 0 = line 1), without line breaks.</summary>
        public IReadOnlyList<string> RawLines { get; }

        /// <summary>Diagnostics found by later steps (located by line and column of the raw line).</summary>
        public List<DiagnosticModel> Diagnostics { get; } = new List<DiagnosticModel>();

        /// <summary>The body's tokens and sentences (<see cref="AnalysedText"/>), made once: by the pipeline's text stage, or on first use.</summary>
        internal AnalysedText Analysed => _analysed ??= new AnalysedText(Body);
        private AnalysedText? _analysed;

        /// <summary>The people analysis of this article, computed once and shared by the quote and people steps.</summary>
        internal People.ArticlePeople? PeopleAnalysis { get; set; }
    }

    public enum BodyBlockKind { Paragraph, Heading, ListItem }

    /// <summary>
    /// A body block: its 1-based line, its text (dateline or list marker removed), and the column of the raw line where the text starts,
    /// so that an offset in <see cref="Text"/> maps to raw column <c>Column + offset</c>.
    /// </summary>
    public sealed record BodyBlock(int Line, BodyBlockKind Kind, string Text, int Column)
    {
        /// <summary>
        /// The lines a hard-wrapped paragraph goes on to (empty for a paragraph of one line): where each starts in
        /// <see cref="Text"/>, and its 1-based line and raw column.
        /// </summary>
        public IReadOnlyList<(int Offset, int Line, int Column)> Continuations { get; init; } = System.Array.Empty<(int, int, int)>();

        /// <summary>The last line the block covers.</summary>
        public int LastLine => Continuations.Count == 0 ? Line : Continuations[Continuations.Count - 1].Line;

        /// <summary>The line and raw column of offset <paramref name="offset"/> in <see cref="Text"/>.</summary>
        public (int Line, int Column) At(int offset)
        {
            for (int k = Continuations.Count - 1; k >= 0; k--)
                if (offset >= Continuations[k].Offset) return (Continuations[k].Line, Continuations[k].Column + offset - Continuations[k].Offset);
            return (Line, Column + offset);
        }
    }
}
