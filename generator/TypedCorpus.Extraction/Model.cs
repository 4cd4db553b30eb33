namespace TypedCorpus.Extraction
{
    /// <summary>What a non-blank source line became. Every non-blank line has exactly one.</summary>
    public enum LineKind
    {
        FrontMatter,
        Title,
        Subtitle,
        Paragraph,
        Heading,
        ListItem,
        Caption,
        Related,
        Furniture,
    }

    /// <summary>Furniture kinds; names and values equal <c>TypedCorpus.FurnitureKind</c>'s (mapped by value; a test holds them equal).</summary>
    public enum FurnitureKind
    {
        Other,
        RelatedMarker,
        MoreNews,
        Author,
        Topics,
        Promo,
        SignOff,
        Embed,
        FrontMatter,
    }

    /// <summary>A non-blank line of the file: its 1-based number, its kind and its exact text (no line break).</summary>
    public sealed record SourceLine(int Number, LineKind Kind, string Raw);

    /// <summary>A piece of text with its 1-based source line (paragraph, list item, heading, related link).</summary>
    public sealed record LineText(int Line, string Text);

    public sealed record CaptionModel(int Line, string Text, string? Credit);

    public sealed record FurnitureModel(int Line, FurnitureKind Kind, string Text);

    /// <summary>
    /// How a quotation is used. Names and values equal <c>TypedCorpus.QuoteKind</c>'s (the generator and the CLI map one to
    /// the other by value; a test holds them equal); the export writes them in kebab case ("direct").
    /// </summary>
    public enum QuoteKind
    {
        Direct,
        Partial,
        Term,
    }

    /// <summary>
    /// The kind of an agreement. Names and values equal <c>TypedCorpus.AgreementKind</c>'s (mapped by value; a test holds
    /// them equal); the export writes them in kebab case ("joint-statement").
    /// </summary>
    public enum AgreementKind
    {
        Signed,
        Commitment,
        Declaration,
        JointStatement,
    }

    /// <summary>A quotation.</summary>
    public sealed record QuoteModel(
        int Line,
        int Column,
        string Text,
        QuoteKind Kind,
        EquatableArray<string> Speakers,
        string? Verb,
        string? Addressee,
        string? Via)
    {
        /// <summary>The id of the attribution rule that decided the quote's kind (<see cref="Quotes.QuoteRules"/>).</summary>
        public string? Rule { get; init; }

        /// <summary>How the speaker was found (<see cref="Quotes.SpeakerRules"/>), null when there is none.</summary>
        public string? SpeakerRule { get; init; }
    }

    /// <summary>An agreement.</summary>
    public sealed record AgreementModel(
        int Line,
        AgreementKind Kind,
        string? Title,
        string Text,
        EquatableArray<string> Parties,
        string? Date)
    {
        /// <summary>The id of the trigger that found the agreement (<see cref="Agreements.AgreementRules"/>).</summary>
        public string? Rule { get; init; }
    }

    /// <summary>
    /// A front matter line as written: the key, the value (trimmed, surrounding quotes removed, a date not normalised), its
    /// 1-based line and the 0-based columns of the key and of the value (inside the quotes when quoted).
    /// </summary>
    public sealed record FrontMatterEntry(int Line, string Key, string Value, int KeyColumn, int ValueColumn);

    public enum DiagnosticSeverity { Hidden, Info, Warning, Error }

    /// <summary>A located finding of the engine. Line is 1-based, Column 0-based (in characters of the line), Length in characters.</summary>
    public sealed record DiagnosticModel(string Id, DiagnosticSeverity Severity, int Line, int Column, int Length, string Message);

    /// <summary>Everything extracted from one file. Value-equatable: holds no Roslyn object.</summary>
    public sealed record ArticleModel
    {
        public string File { get; init; } = "";
        public string? Title { get; init; }
        public int TitleLine { get; init; }
        public string? Subtitle { get; init; }
        public string? Outlet { get; init; }
        public string? Dateline { get; init; }
        /// <summary>ISO yyyy-MM-dd, or null.</summary>
        public string? Date { get; init; }
        public string? Author { get; init; }
        public string? Url { get; init; }
        public string? Language { get; init; }
        /// <summary>Every <c>key: value</c> line of the front matter, in order, known keys or not (see <see cref="FrontMatterEntry"/>).</summary>
        public EquatableArray<FrontMatterEntry> FrontMatter { get; init; } = EquatableArray<FrontMatterEntry>.Empty;
        public EquatableArray<LineText> Sections { get; init; } = EquatableArray<LineText>.Empty;
        public EquatableArray<LineText> Related { get; init; } = EquatableArray<LineText>.Empty;
        public EquatableArray<string> CitedSources { get; init; } = EquatableArray<string>.Empty;
        /// <summary>Canonical names of persons the body mentions (article-level; the corpus step resolves them corpus-wide).</summary>
        public EquatableArray<string> People { get; init; } = EquatableArray<string>.Empty;
        /// <summary>One-word names of <see cref="People"/> the article introduces as they are ("Sekretaris Komisi D Syarif"): the corpus step keeps them.</summary>
        public EquatableArray<string> IntroducedShortNames { get; init; } = EquatableArray<string>.Empty;
        public EquatableArray<LineText> Paragraphs { get; init; } = EquatableArray<LineText>.Empty;
        public EquatableArray<LineText> ListItems { get; init; } = EquatableArray<LineText>.Empty;
        public EquatableArray<CaptionModel> Captions { get; init; } = EquatableArray<CaptionModel>.Empty;
        public EquatableArray<FurnitureModel> Furniture { get; init; } = EquatableArray<FurnitureModel>.Empty;
        public EquatableArray<QuoteModel> Quotes { get; init; } = EquatableArray<QuoteModel>.Empty;
        public EquatableArray<AgreementModel> Agreements { get; init; } = EquatableArray<AgreementModel>.Empty;
        /// <summary>Every non-blank line with what it became (the lossless record of the file).</summary>
        public EquatableArray<SourceLine> Lines { get; init; } = EquatableArray<SourceLine>.Empty;
        public EquatableArray<DiagnosticModel> Diagnostics { get; init; } = EquatableArray<DiagnosticModel>.Empty;
        /// <summary>A hash of the decoded text (duplicate detection).</summary>
        public string ContentHash { get; init; } = "";
    }
}
