using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using TypedCorpus.Extraction;

namespace TypedCorpus.Generator
{
    /// <summary>
    /// The catalogue of TypedCorpus diagnostics: one descriptor per stable ID (docs/diagnostics.md has one section each).
    /// The message of each is the engine's located message (<c>{0}</c>), which says what was found and what to do.
    /// Default severities equal <see cref="Extraction.Diagnostics.DefaultSeverity"/> (the CLI uses the same).
    /// </summary>
    public static class TypedCorpusDescriptors
    {
        public const string Category = "TypedCorpus";
        private const string Help = "https://github.com/typedcorpus/typedcorpus/blob/main/docs/diagnostics.md#";

        public static readonly DiagnosticDescriptor Unreadable = new DiagnosticDescriptor(
            "TC0001", "Article file is unreadable, binary or not valid UTF-8", "{0}", Category,
            Microsoft.CodeAnalysis.DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "The .txt file could not be read as UTF-8 text.", helpLinkUri: Help + "tc0001");

        public static readonly DiagnosticDescriptor UnclosedQuote = new DiagnosticDescriptor(
            "TC0002", "Quotation mark is not closed", "{0}", Category,
            Microsoft.CodeAnalysis.DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "An opening quotation mark has no matching closing mark; reported at the opening mark.", helpLinkUri: Help + "tc0002");

        public static readonly DiagnosticDescriptor ImpossibleDate = new DiagnosticDescriptor(
            "TC0003", "Date does not exist", "{0}", Category,
            Microsoft.CodeAnalysis.DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "A date in the text or front matter names a day the month does not have.", helpLinkUri: Help + "tc0003");

        public static readonly DiagnosticDescriptor WeekdayMismatch = new DiagnosticDescriptor(
            "TC0004", "Weekday contradicts the date", "{0}", Category,
            Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "The weekday written before a date is not the weekday of that date.", helpLinkUri: Help + "tc0004");

        public static readonly DiagnosticDescriptor FrontMatterNotClosed = new DiagnosticDescriptor(
            "TC0005", "Front matter is not closed", "{0}", Category,
            Microsoft.CodeAnalysis.DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "The file starts with '---' but no later line is '---'.", helpLinkUri: Help + "tc0005");

        public static readonly DiagnosticDescriptor FrontMatterUnknownKey = new DiagnosticDescriptor(
            "TC0006", "Unknown front matter key", "{0}", Category,
            Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "A front matter key is not one of the keys TypedCorpus knows; the line is ignored.", helpLinkUri: Help + "tc0006");

        public static readonly DiagnosticDescriptor FrontMatterBadValue = new DiagnosticDescriptor(
            "TC0007", "Malformed front matter line or value", "{0}", Category,
            Microsoft.CodeAnalysis.DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "A front matter line is not 'key: value', or its value is empty or malformed.", helpLinkUri: Help + "tc0007");

        public static readonly DiagnosticDescriptor EmptyArticle = new DiagnosticDescriptor(
            "TC0008", "Article is empty", "{0}", Category,
            Microsoft.CodeAnalysis.DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "The file has no article text.", helpLinkUri: Help + "tc0008");

        public static readonly DiagnosticDescriptor DuplicateArticle = new DiagnosticDescriptor(
            "TC0009", "Duplicate article", "{0}", Category,
            Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "Two files have the same content.", helpLinkUri: Help + "tc0009", customTags: WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor IdentifierCollision = new DiagnosticDescriptor(
            "TC0010", "Article identifier collision resolved", "{0}", Category,
            Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "Two articles would get the same generated identifier; the later one gets a suffix.", helpLinkUri: Help + "tc0010", customTags: WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor UnattributedQuote = new DiagnosticDescriptor(
            "TC0011", "Quote has no resolvable speaker", "{0}", Category,
            Microsoft.CodeAnalysis.DiagnosticSeverity.Info, isEnabledByDefault: true,
            description: "A quotation could not be attributed to a speaker.", helpLinkUri: Help + "tc0011");

        public static readonly DiagnosticDescriptor NoDate = new DiagnosticDescriptor(
            "TC0012", "Article has no date", "{0}", Category,
            Microsoft.CodeAnalysis.DiagnosticSeverity.Info, isEnabledByDefault: true,
            description: "No publication date was found in the text or the front matter.", helpLinkUri: Help + "tc0012");

        public static readonly DiagnosticDescriptor NoTitleOrDateline = new DiagnosticDescriptor(
            "TC0013", "Title or dateline not found", "{0}", Category,
            Microsoft.CodeAnalysis.DiagnosticSeverity.Info, isEnabledByDefault: true,
            description: "The article looks like a news article but its title or dateline could not be found.", helpLinkUri: Help + "tc0013");

        public static readonly DiagnosticDescriptor InternalError = new DiagnosticDescriptor(
            "TC0099", "TypedCorpus internal error", "{0}", Category,
            Microsoft.CodeAnalysis.DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "TypedCorpus failed on this file; the other articles are still generated. Please report it with the file.", helpLinkUri: Help + "tc0099");

        public static readonly DiagnosticDescriptor InternalCorpusError = new DiagnosticDescriptor(
            "TC0098", "TypedCorpus internal error in the corpus check", "{0}", Category,
            Microsoft.CodeAnalysis.DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "TypedCorpus failed while checking the corpus as a whole (duplicates, identifier collisions). Please report it.", helpLinkUri: Help + "tc0098", customTags: WellKnownDiagnosticTags.CompilationEnd);

        /// <summary>Every descriptor, in ID order.</summary>
        public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
            Unreadable, UnclosedQuote, ImpossibleDate, WeekdayMismatch, FrontMatterNotClosed, FrontMatterUnknownKey, FrontMatterBadValue,
            EmptyArticle, DuplicateArticle, IdentifierCollision, UnattributedQuote, NoDate, NoTitleOrDateline, InternalCorpusError, InternalError);

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = Build();

        private static Dictionary<string, DiagnosticDescriptor> Build()
        {
            var d = new Dictionary<string, DiagnosticDescriptor>(System.StringComparer.Ordinal);
            foreach (var x in All) d[x.Id] = x;
            return d;
        }

        /// <summary>The descriptor of an engine ID, or null when the ID is not in the catalogue.</summary>
        public static DiagnosticDescriptor? ForId(string id) => ById.TryGetValue(id, out var d) ? d : null;
    }
}
