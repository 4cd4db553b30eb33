using System.Collections.Generic;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>
    /// What the front matter, structure and metadata stages made of an article's lines, read-only: the pipeline freezes their
    /// <see cref="ArticleLines"/> into this once they are done, and the stages after read only this (and the body through
    /// <see cref="ArticleContext"/>). It takes the builder's lists over without a copy; the builder is not used after.
    /// </summary>
    internal sealed class ArticleStructure
    {
        private readonly string[] _norm;

        public ArticleStructure(ArticleLines lines)
        {
            Raw = lines.Raw; _norm = lines.Norm; Kind = lines.Kind;
            Title = lines.Title; TitleLine = lines.TitleLine; Subtitle = lines.Subtitle;
            Outlet = lines.Outlet; Dateline = lines.Dateline; Author = lines.Author;
            Paragraphs = lines.Paragraphs; ListItems = lines.ListItems; Sections = lines.Sections; Related = lines.Related;
            Captions = lines.Captions; Furniture = lines.Furniture; Body = lines.Body;
        }

        /// <summary>The lines as written.</summary>
        public IReadOnlyList<string> Raw { get; }
        /// <summary>The lines normalised (<see cref="LineShapes.Normalize"/>).</summary>
        public IReadOnlyList<string> Norm => _norm;
        /// <summary>What each line is (null: a blank line, or a line no stage claimed).</summary>
        public IReadOnlyList<LineKind?> Kind { get; }
        public int Count => Raw.Count;

        public string? Title { get; }
        public int TitleLine { get; }
        public string? Subtitle { get; }
        public string? Outlet { get; }
        public string? Dateline { get; }
        public string? Author { get; }

        public IReadOnlyList<LineText> Paragraphs { get; }
        public IReadOnlyList<LineText> ListItems { get; }
        public IReadOnlyList<LineText> Sections { get; }
        public IReadOnlyList<LineText> Related { get; }
        public IReadOnlyList<CaptionModel> Captions { get; }
        public IReadOnlyList<FurnitureModel> Furniture { get; }
        /// <summary>The body blocks in the order the stages found them (not necessarily file order).</summary>
        public IReadOnlyList<BodyBlock> Body { get; }

        /// <summary>The content hash of the normalised lines (<see cref="ContentHash.Of"/>).</summary>
        public string ContentHash => Structure.ContentHash.Of(_norm);
    }
}
