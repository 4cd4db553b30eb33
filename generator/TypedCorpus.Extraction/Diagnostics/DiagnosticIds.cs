namespace TypedCorpus.Extraction
{
    /// <summary>The stable IDs of TypedCorpus diagnostics; <see cref="DiagnosticCatalog"/> describes each.</summary>
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
        public const string FieldMissing = "TC0014";
        public const string FieldWrongType = "TC0015";
        public const string FieldNotAllowed = "TC0016";
        public const string RequiredFactMissing = "TC0017";
        public const string FieldsDeclarationInvalid = "TC0018";
        public const string RequirementUnknown = "TC0019";
        public const string InternalCorpusError = "TC0098";
        public const string InternalError = "TC0099";
    }

    /// <summary>Creates the engine's located findings with the catalogue's default severity.</summary>
    public static class Diagnostics
    {
        /// <summary>The default severity of <paramref name="id"/>; an ID not in the catalogue is an error (it is reported as TC0099).</summary>
        public static DiagnosticSeverity DefaultSeverity(string id) =>
            DiagnosticCatalog.Find(id)?.DefaultSeverity ?? DiagnosticSeverity.Error;

        public static DiagnosticModel Create(string id, int line, int column, int length, string message) =>
            new DiagnosticModel(id, DefaultSeverity(id), line, column, length, DiagnosticText.Clean(message));
    }
}
