using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using Lib = TypedCorpus;

namespace TypedCorpus.Cli
{
    /// <summary>
    /// The export JSON of corpus-model.md §6 as records: what <c>export</c> writes (through <see cref="ExportJsonContext"/>),
    /// what <c>eval</c> scores, and what <c>docs/export.schema.json</c> describes. Property order is the JSON's order.
    /// </summary>
    public sealed record ExportDocument
    {
        public required IReadOnlyList<ExportArticle> Articles { get; init; }

        /// <summary>The corpus-wide people registry; absent from the JSON when null (the JSONL export has none).</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public IReadOnlyList<ExportPerson>? People { get; init; }
    }

    /// <summary>One article: its facts, its lines by kind, its quotes and agreements.</summary>
    public sealed record ExportArticle
    {
        public required string File { get; init; }
        public string? Title { get; init; }
        public string? Subtitle { get; init; }
        public string? Outlet { get; init; }
        public string? Dateline { get; init; }

        /// <summary><c>yyyy-MM-dd</c>, or null.</summary>
        public string? Date { get; init; }
        public string? Author { get; init; }
        public IReadOnlyList<string> Sections { get; init; } = [];
        public IReadOnlyList<string> Related { get; init; } = [];
        public IReadOnlyList<string> CitedSources { get; init; } = [];
        public IReadOnlyList<string> People { get; init; } = [];
        public IReadOnlyList<ExportLine> Paragraphs { get; init; } = [];
        public IReadOnlyList<ExportLine> ListItems { get; init; } = [];
        public IReadOnlyList<ExportCaption> Captions { get; init; } = [];
        public IReadOnlyList<ExportQuote> Quotes { get; init; } = [];
        public IReadOnlyList<ExportAgreement> Agreements { get; init; } = [];
        public IReadOnlyList<ExportFurniture> Furniture { get; init; } = [];

        /// <summary>The front matter as written (key as first written, value of its last line); absent when the article has none.</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public IReadOnlyDictionary<string, string>? Fields { get; init; }
    }

    /// <summary>A paragraph or a list item: its 1-based source line and text.</summary>
    public sealed record ExportLine(int Line, string Text);

    /// <summary>An image caption and its credit.</summary>
    public sealed record ExportCaption(int Line, string Text, string? Credit);

    /// <summary>A line of site furniture; its kind is the enum name as it is (<c>MoreNews</c>).</summary>
    public sealed record ExportFurniture(int Line, Lib.FurnitureKind Kind, string Text);

    /// <summary>A quote; <see cref="TracedQuote"/> when the export names the engine's rules.</summary>
    [JsonDerivedType(typeof(TracedQuote))]
    public record ExportQuote
    {
        public required int Line { get; init; }
        public required string Text { get; init; }
        public required Lib.QuoteKind Kind { get; init; }
        public IReadOnlyList<string> Speakers { get; init; } = [];
        public string? Verb { get; init; }
        public string? Addressee { get; init; }
        public string? Via { get; init; }
    }

    /// <summary>A quote with the ids of the rules that decided it and found its speaker (written even when null).</summary>
    public sealed record TracedQuote : ExportQuote
    {
        public TracedQuote() { }

        [SetsRequiredMembers]
        public TracedQuote(ExportQuote quote, string? rule, string? speakerRule) : base(quote) => (Rule, SpeakerRule) = (rule, speakerRule);

        [JsonPropertyOrder(1)]
        public string? Rule { get; init; }

        [JsonPropertyOrder(2)]
        public string? SpeakerRule { get; init; }
    }

    /// <summary>An agreement; <see cref="TracedAgreement"/> when the export names the engine's rules.</summary>
    [JsonDerivedType(typeof(TracedAgreement))]
    public record ExportAgreement
    {
        public required int Line { get; init; }
        public required Lib.AgreementKind Kind { get; init; }
        public string? Title { get; init; }
        public required string Text { get; init; }
        public IReadOnlyList<string> Parties { get; init; } = [];

        /// <summary>ISO at the precision written (<c>2025-05-08</c>, <c>2022-02</c>), or null.</summary>
        public string? Date { get; init; }
    }

    /// <summary>An agreement with the id of the trigger that found it.</summary>
    public sealed record TracedAgreement : ExportAgreement
    {
        public TracedAgreement() { }

        [SetsRequiredMembers]
        public TracedAgreement(ExportAgreement agreement, string? rule) : base(agreement) => Rule = rule;

        [JsonPropertyOrder(1)]
        public string? Rule { get; init; }
    }

    /// <summary>A person of the corpus-wide registry: canonical name, other forms, and how many quotes and articles.</summary>
    public sealed record ExportPerson(string Name, IReadOnlyList<string> Aliases, int Quotes, int Articles);

    /// <summary>
    /// A kind as its name in kebab case (<c>joint-statement</c>); a value the enum does not define is an error
    /// (<see cref="JsonException"/>), never a number.
    /// </summary>
    public sealed class KebabCaseKind<T> : JsonStringEnumConverter<T> where T : struct, System.Enum
    {
        public KebabCaseKind() : base(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) { }
    }

    /// <summary>A kind as its enum name (<c>MoreNews</c>); a value the enum does not define is an error, never a number.</summary>
    public sealed class NamedKind<T> : JsonStringEnumConverter<T> where T : struct, System.Enum
    {
        public NamedKind() : base(namingPolicy: null, allowIntegerValues: false) { }
    }

    /// <summary>
    /// The export's serialisation, generated at compile time: camelCase properties, indented, nulls written, quote and
    /// agreement kinds in kebab case, furniture kinds as their names. The encoder (which no attribute sets) is in
    /// <see cref="ExportJson"/>.
    /// </summary>
    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = [typeof(KebabCaseKind<Lib.QuoteKind>), typeof(KebabCaseKind<Lib.AgreementKind>), typeof(NamedKind<Lib.FurnitureKind>)])]
    [JsonSerializable(typeof(ExportDocument))]
    [JsonSerializable(typeof(ExportArticle))]
    public sealed partial class ExportJsonContext : JsonSerializerContext
    {
    }
}
