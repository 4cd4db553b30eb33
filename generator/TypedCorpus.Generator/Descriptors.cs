using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using TypedCorpus.Extraction;

namespace TypedCorpus.Generator
{
    /// <summary>
    /// The Roslyn descriptors of the TypedCorpus diagnostics, one per entry of <see cref="DiagnosticCatalog"/> (ID, default
    /// severity, title, message format, description and help link all come from it).
    /// </summary>
    public static class TypedCorpusDescriptors
    {
        public const string Category = DiagnosticCatalog.Category;

        /// <summary>Every descriptor, in the catalogue's (ID) order.</summary>
        public static readonly ImmutableArray<DiagnosticDescriptor> All = Build(out ById);

        private static readonly Dictionary<string, DiagnosticDescriptor> ById;

        public static readonly DiagnosticDescriptor InternalError = ById[DiagnosticIds.InternalError];

        public static readonly DiagnosticDescriptor InternalCorpusError = ById[DiagnosticIds.InternalCorpusError];

        private static ImmutableArray<DiagnosticDescriptor> Build(out Dictionary<string, DiagnosticDescriptor> byId)
        {
            byId = new Dictionary<string, DiagnosticDescriptor>(System.StringComparer.Ordinal);
            var all = ImmutableArray.CreateBuilder<DiagnosticDescriptor>(DiagnosticCatalog.All.Count);
            foreach (var entry in DiagnosticCatalog.All)
            {
                var d = ToDescriptor(entry);
                byId.Add(d.Id, d);
                all.Add(d);
            }
            return all.MoveToImmutable();
        }

        /// <summary>The descriptor of a catalogue entry.</summary>
        public static DiagnosticDescriptor ToDescriptor(DiagnosticInfo entry) => new DiagnosticDescriptor(
            entry.Id, entry.Title, entry.MessageFormat, Category, ToRoslyn(entry.DefaultSeverity), isEnabledByDefault: true,
            description: entry.Description, helpLinkUri: entry.HelpLink,
            customTags: entry.CorpusWide ? new[] { WellKnownDiagnosticTags.CompilationEnd } : System.Array.Empty<string>());

        public static Microsoft.CodeAnalysis.DiagnosticSeverity ToRoslyn(Extraction.DiagnosticSeverity severity) => severity switch
        {
            Extraction.DiagnosticSeverity.Error => Microsoft.CodeAnalysis.DiagnosticSeverity.Error,
            Extraction.DiagnosticSeverity.Warning => Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
            Extraction.DiagnosticSeverity.Info => Microsoft.CodeAnalysis.DiagnosticSeverity.Info,
            _ => Microsoft.CodeAnalysis.DiagnosticSeverity.Hidden,
        };

        /// <summary>The descriptor of an engine ID, or null when the ID is not in the catalogue.</summary>
        public static DiagnosticDescriptor? ForId(string id) => ById.TryGetValue(id, out var d) ? d : null;
    }
}
