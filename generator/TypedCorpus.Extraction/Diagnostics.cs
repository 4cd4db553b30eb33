namespace TypedCorpus.Extraction
{
    /// <summary>The stable IDs of TypedCorpus diagnostics (docs/diagnostics.md has one section each).</summary>
    public static class DiagnosticIds
    {
        public const string Unreadable = "TC0001";
        public const string UnclosedQuote = "TC0002";
        public const string ImpossibleDate = "TC0003";
        public const string WeekdayMismatch = "TC0004";
        public const string FrontMatterNotClosed = "TC0005";
        public const string FrontMatterUnknownKey = "TC0006";
        public const string FrontMatterBadValue = "TC0007";
        public const string EmptyArticle = "TC0008";
        public const string DuplicateArticle = "TC0009";
        public const string IdentifierCollision = "TC0010";
        public const string UnattributedQuote = "TC0011";
        public const string NoDate = "TC0012";
        public const string NoTitleOrDateline = "TC0013";
        public const string InternalError = "TC0099";
    }

    public static class Diagnostics
    {
        public static DiagnosticSeverity DefaultSeverity(string id) => id switch
        {
            DiagnosticIds.Unreadable => DiagnosticSeverity.Error,
            DiagnosticIds.UnclosedQuote => DiagnosticSeverity.Error,
            DiagnosticIds.ImpossibleDate => DiagnosticSeverity.Error,
            DiagnosticIds.WeekdayMismatch => DiagnosticSeverity.Warning,
            DiagnosticIds.FrontMatterNotClosed => DiagnosticSeverity.Error,
            DiagnosticIds.FrontMatterUnknownKey => DiagnosticSeverity.Warning,
            DiagnosticIds.FrontMatterBadValue => DiagnosticSeverity.Error,
            DiagnosticIds.EmptyArticle => DiagnosticSeverity.Error,
            DiagnosticIds.DuplicateArticle => DiagnosticSeverity.Warning,
            DiagnosticIds.IdentifierCollision => DiagnosticSeverity.Warning,
            DiagnosticIds.UnattributedQuote => DiagnosticSeverity.Info,
            DiagnosticIds.NoDate => DiagnosticSeverity.Info,
            DiagnosticIds.NoTitleOrDateline => DiagnosticSeverity.Info,
            _ => DiagnosticSeverity.Error,
        };

        public static DiagnosticModel Create(string id, int line, int column, int length, string message) =>
            new DiagnosticModel(id, DefaultSeverity(id), line, column, length, DiagnosticText.Clean(message));
    }
}
