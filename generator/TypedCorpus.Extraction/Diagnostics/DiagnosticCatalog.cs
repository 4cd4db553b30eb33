using System;
using System.Collections.Generic;
using System.Globalization;

namespace TypedCorpus.Extraction
{
    /// <summary>One diagnostic of the catalogue: what the generator's descriptor, the CLI's output and docs/diagnostics.md say about an ID.</summary>
    public sealed class DiagnosticInfo
    {
        internal DiagnosticInfo(string id, DiagnosticSeverity severity, string title, string description, bool corpusWide = false)
        {
            Id = id;
            DefaultSeverity = severity;
            Title = title;
            Description = description;
            CorpusWide = corpusWide;
        }

        /// <summary>The stable ID (<see cref="DiagnosticIds"/>).</summary>
        public string Id { get; }

        public DiagnosticSeverity DefaultSeverity { get; }

        /// <summary>The title: the heading of the ID's section in docs/diagnostics.md and its row in the table there.</summary>
        public string Title { get; }

        /// <summary>The message format; <c>{0}</c> is the engine's located message, which says what was found and what to do.</summary>
        public string MessageFormat => "{0}";

        public string Description { get; }

        /// <summary>Reported for the corpus as a whole (at the end of a compilation), not while one file is analysed.</summary>
        public bool CorpusWide { get; }

        /// <summary>The ID's section in the repository: <c>docs/diagnostics.md#tc0001</c>.</summary>
        public string HelpAnchor => DiagnosticCatalog.HelpDocument + "#" + Id.ToLowerInvariant();

        /// <summary>The ID's section on the web (the descriptor's help link).</summary>
        public string HelpLink => DiagnosticCatalog.HelpSite + HelpAnchor;

        /// <summary>The message of a finding with this ID.</summary>
        public string FormatMessage(string message) => string.Format(CultureInfo.InvariantCulture, MessageFormat, message);
    }

    /// <summary>
    /// The catalogue of TypedCorpus diagnostics, the one place where an ID gets its severity, title, message format and help:
    /// the engine's findings take their default severity from it, the generator builds its descriptors from it, the CLI's
    /// <c>check</c> prints with it, and a test holds docs/diagnostics.md and AnalyzerReleases.Unshipped.md to it.
    /// </summary>
    public static class DiagnosticCatalog
    {
        public const string Category = "TypedCorpus";
        public const string HelpDocument = "docs/diagnostics.md";
        public const string HelpSite = "https://github.com/typedcorpus/typedcorpus/blob/main/";

        private const DiagnosticSeverity Error = DiagnosticSeverity.Error, Warning = DiagnosticSeverity.Warning, Info = DiagnosticSeverity.Info;

        public static readonly DiagnosticInfo Unreadable = new DiagnosticInfo(DiagnosticIds.Unreadable, Error,
            "Article file is unreadable, binary or not valid UTF-8", "The .txt file could not be read as UTF-8 text.");

        public static readonly DiagnosticInfo UnclosedQuote = new DiagnosticInfo(DiagnosticIds.UnclosedQuote, Error,
            "Quotation mark is not closed", "An opening quotation mark has no matching closing mark; reported at the opening mark.");

        public static readonly DiagnosticInfo ImpossibleDate = new DiagnosticInfo(DiagnosticIds.ImpossibleDate, Error,
            "Date does not exist", "A date in the text or front matter names a day the month does not have.");

        public static readonly DiagnosticInfo WeekdayMismatch = new DiagnosticInfo(DiagnosticIds.WeekdayMismatch, Warning,
            "Weekday contradicts the date", "The weekday written before a date is not the weekday of that date.");

        public static readonly DiagnosticInfo FrontMatterNotClosed = new DiagnosticInfo(DiagnosticIds.FrontMatterNotClosed, Error,
            "Front matter is not closed", "The file starts with '---' but no later line is '---'.");

        public static readonly DiagnosticInfo FrontMatterUnknownKey = new DiagnosticInfo(DiagnosticIds.FrontMatterUnknownKey, Warning,
            "Unknown front matter key", "A front matter key is not one of the keys TypedCorpus knows; the line is ignored.");

        public static readonly DiagnosticInfo FrontMatterBadValue = new DiagnosticInfo(DiagnosticIds.FrontMatterBadValue, Error,
            "Malformed front matter line or value", "A front matter line is not 'key: value', or its value is empty or malformed.");

        public static readonly DiagnosticInfo EmptyArticle = new DiagnosticInfo(DiagnosticIds.EmptyArticle, Error,
            "Article is empty", "The file has no article text.");

        public static readonly DiagnosticInfo DuplicateArticle = new DiagnosticInfo(DiagnosticIds.DuplicateArticle, Warning,
            "Duplicate article", "Two files have the same content.", corpusWide: true);

        public static readonly DiagnosticInfo IdentifierCollision = new DiagnosticInfo(DiagnosticIds.IdentifierCollision, Warning,
            "Article identifier collision resolved", "Two articles would get the same generated identifier; the later one gets a suffix.", corpusWide: true);

        public static readonly DiagnosticInfo UnattributedQuote = new DiagnosticInfo(DiagnosticIds.UnattributedQuote, Info,
            "Quote has no resolvable speaker", "A quotation could not be attributed to a speaker.");

        public static readonly DiagnosticInfo NoDate = new DiagnosticInfo(DiagnosticIds.NoDate, Info,
            "Article has no date", "No publication date was found in the text or the front matter.");

        public static readonly DiagnosticInfo NoTitleOrDateline = new DiagnosticInfo(DiagnosticIds.NoTitleOrDateline, Info,
            "Title or dateline not found", "The article looks like a news article but its title or dateline could not be found.");

        public static readonly DiagnosticInfo FieldMissing = new DiagnosticInfo(DiagnosticIds.FieldMissing, Error,
            "Required field is missing", "The project's [CorpusFields] record requires a field that the article's front matter does not give.");

        public static readonly DiagnosticInfo FieldWrongType = new DiagnosticInfo(DiagnosticIds.FieldWrongType, Error,
            "Field value has the wrong type", "A front matter value cannot be converted to the type of its [CorpusFields] property.");

        public static readonly DiagnosticInfo FieldNotAllowed = new DiagnosticInfo(DiagnosticIds.FieldNotAllowed, Error,
            "Field value is not allowed", "A front matter value is not one of the names of its [CorpusFields] property's enum.");

        public static readonly DiagnosticInfo RequiredFactMissing = new DiagnosticInfo(DiagnosticIds.RequiredFactMissing, Error,
            "Required article fact is missing", "The project requires a built-in fact (TypedCorpusRequire, or check --require) that the article does not have.");

        public static readonly DiagnosticInfo FieldsDeclarationInvalid = new DiagnosticInfo(DiagnosticIds.FieldsDeclarationInvalid, Error,
            "Corpus fields declaration cannot be honoured", "The [CorpusFields] declaration has a property of an unsupported type, is not a usable record, or is not the project's only one; reported on the C# declaration.");

        public static readonly DiagnosticInfo RequirementUnknown = new DiagnosticInfo(DiagnosticIds.RequirementUnknown, Error,
            "Unknown required article fact", "TypedCorpusRequire names a fact that articles do not have.", corpusWide: true);

        public static readonly DiagnosticInfo InternalCorpusError = new DiagnosticInfo(DiagnosticIds.InternalCorpusError, Error,
            "TypedCorpus internal error in the corpus check",
            "TypedCorpus failed while checking the corpus as a whole (duplicates, identifier collisions). Please report it.", corpusWide: true);

        public static readonly DiagnosticInfo InternalError = new DiagnosticInfo(DiagnosticIds.InternalError, Error,
            "TypedCorpus internal error", "TypedCorpus failed on this file; the other articles are still generated. Please report it with the file.");

        /// <summary>Every diagnostic, in ID order.</summary>
        public static readonly IReadOnlyList<DiagnosticInfo> All = new[]
        {
            Unreadable, UnclosedQuote, ImpossibleDate, WeekdayMismatch, FrontMatterNotClosed, FrontMatterUnknownKey, FrontMatterBadValue,
            EmptyArticle, DuplicateArticle, IdentifierCollision, UnattributedQuote, NoDate, NoTitleOrDateline,
            FieldMissing, FieldWrongType, FieldNotAllowed, RequiredFactMissing, FieldsDeclarationInvalid, RequirementUnknown,
            InternalCorpusError, InternalError,
        };

        private static readonly Dictionary<string, DiagnosticInfo> ById = Index();

        private static Dictionary<string, DiagnosticInfo> Index()
        {
            var d = new Dictionary<string, DiagnosticInfo>(StringComparer.Ordinal);
            foreach (var x in All) d.Add(x.Id, x);
            return d;
        }

        /// <summary>The entry of <paramref name="id"/>, or null when the ID is not in the catalogue.</summary>
        public static DiagnosticInfo? Find(string id) => ById.TryGetValue(id, out var d) ? d : null;

        /// <summary>
        /// The entry a finding is reported with and the argument of its message format: its own entry and message, or, for
        /// an ID this version does not know, <see cref="InternalError"/> with that ID in the message.
        /// </summary>
        public static (DiagnosticInfo Entry, string Argument) Describe(DiagnosticModel d) =>
            Find(d.Id) is { } e ? (e, d.Message) : (InternalError, $"unknown TypedCorpus diagnostic {d.Id}: {d.Message}");

        /// <summary>The severity as written in <c>check</c> output and in the documentation: error, warning, info (or hidden).</summary>
        public static string SeverityName(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };
    }
}
