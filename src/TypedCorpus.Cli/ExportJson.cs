using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Lib = TypedCorpus;

namespace TypedCorpus.Cli
{
    /// <summary>The ids of the engine rules that decided each quote and agreement (article index, item index).</summary>
    public interface IProvenance
    {
        (string? Rule, string? SpeakerRule) Quote(int article, int quote);
        string? Agreement(int article, int agreement);
    }

    /// <summary>The provenance of a corpus the engine extracted (the CLI's <c>export</c>).</summary>
    public sealed class EngineProvenance : IProvenance
    {
        private readonly IReadOnlyList<Extraction.ArticleModel> _articles;
        public EngineProvenance(IReadOnlyList<Extraction.ArticleModel> articles) => _articles = articles;
        public (string? Rule, string? SpeakerRule) Quote(int article, int quote) => (_articles[article].Quotes[quote].Rule, _articles[article].Quotes[quote].SpeakerRule);
        public string? Agreement(int article, int agreement) => _articles[article].Agreements[agreement].Rule;
    }

    /// <summary>
    /// Writes articles as the export JSON of corpus-model.md §6 (plus a few extra fields the scorer ignores): the library's
    /// records become <see cref="ExportDocument"/>, serialised by the source-generated <see cref="ExportJsonContext"/>.
    /// </summary>
    public static class ExportJson
    {
        private static readonly JsonSerializerOptions Indented = WithExportEncoder(ExportJsonContext.Default.Options);

        private static readonly JsonSerializerOptions Compact = new(Indented) { WriteIndented = false };

        /// <summary>
        /// The export JSON. With <paramref name="provenance"/> (the engine's rule ids of quote <c>q</c> of article <c>a</c>),
        /// each quote also carries <c>rule</c> and <c>speakerRule</c>: the ids of the rules that decided it.
        /// </summary>
        public static string Write(IEnumerable<Lib.Article> articles, IEnumerable<Lib.Person>? people = null,
            IProvenance? provenance = null) => Write(Document(articles, people, provenance));

        /// <summary>The document as indented JSON, ending in a new line.</summary>
        public static string Write(ExportDocument document) =>
            Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(document, TypeInfo<ExportDocument>(Indented))) + "\n";

        /// <summary>The export of <paramref name="articles"/> as records (what <see cref="Write(ExportDocument)"/> serialises).</summary>
        public static ExportDocument Document(IEnumerable<Lib.Article> articles, IEnumerable<Lib.Person>? people = null,
            IProvenance? provenance = null) => new()
            {
                Articles = articles.Select((a, i) => Article(a, i, provenance)).ToArray(),
                People = people?.Select(p => new ExportPerson(p.Name, p.Aliases.ToArray(), p.QuoteRefs.Count, p.ArticleIndexes.Count)).ToArray(),
            };

        /// <summary>
        /// One article as one compact line of JSON (the same object as in the export's <c>articles</c>, UTF-8, ending in <c>\n</c>):
        /// a line of the JSONL export.
        /// </summary>
        public static byte[] WriteLine(Lib.Article article, int index, IProvenance? provenance)
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(Article(article, index, provenance), TypeInfo<ExportArticle>(Compact));
            var line = new byte[json.Length + 1];
            json.CopyTo(line, 0);
            line[^1] = (byte)'\n';
            return line;
        }

        /// <summary>
        /// A context's options with the export's encoder (which no source-generation attribute sets): text as UTF-8, only
        /// what JSON requires escaped (<c>"</c>, <c>\\</c>, control characters).
        /// </summary>
        public static JsonSerializerOptions WithExportEncoder(JsonSerializerOptions options) =>
            new(options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        /// <summary>The source-generated contract of <typeparamref name="T"/> under <paramref name="options"/>.</summary>
        internal static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

        /// <summary>Article <paramref name="index"/> of the corpus as its export record.</summary>
        public static ExportArticle Article(Lib.Article a, int index, IProvenance? provenance) => new()
        {
            File = a.File,
            Title = a.Title,
            Subtitle = a.Subtitle,
            Outlet = a.Outlet,
            Dateline = a.Dateline,
            Date = a.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Author = a.Author,
            Sections = a.Sections.Select(s => s.Title).ToArray(),
            Related = a.Related.Select(s => s.Title).ToArray(),
            CitedSources = a.CitedSources.ToArray(),
            People = a.PeopleNames.ToArray(),
            Paragraphs = a.Paragraphs.Select(p => new ExportLine(p.Line, p.Text)).ToArray(),
            ListItems = a.ListItems.Select(p => new ExportLine(p.Line, p.Text)).ToArray(),
            Captions = a.Captions.Select(c => new ExportCaption(c.Line, c.Text, c.Credit)).ToArray(),
            Quotes = a.Quotes.Select((q, i) => Quote(q, provenance?.Quote(index, i))).ToArray(),
            Agreements = a.Agreements.Select((g, i) => Agreement(g, provenance is null ? null : Tuple.Create(provenance.Agreement(index, i)))).ToArray(),
            Furniture = a.Furniture.Select(f => new ExportFurniture(f.Line, f.Kind, f.Text)).ToArray(),
            Fields = Fields(a.FrontMatter),
        };

        private static ExportQuote Quote(Lib.Quote q, (string? Rule, string? SpeakerRule)? rules)
        {
            var quote = new ExportQuote
            {
                Line = q.Line, Text = q.Text, Kind = q.Kind, Speakers = q.Speakers.ToArray(), Verb = q.Verb, Addressee = q.Addressee, Via = q.Via,
            };
            return rules is { } r ? new TracedQuote(quote, r.Rule, r.SpeakerRule) : quote;
        }

        private static ExportAgreement Agreement(Lib.Agreement g, Tuple<string?>? rule)
        {
            var agreement = new ExportAgreement { Line = g.Line, Kind = g.Kind, Title = g.Title, Text = g.Text, Parties = g.Parties.ToArray(), Date = g.Date };
            return rule is null ? agreement : new TracedAgreement(agreement, rule.Item1);
        }

        /// <summary>The front matter as written (a key given twice: the last line wins, as in the article's facts), or null without one.</summary>
        private static IReadOnlyDictionary<string, string>? Fields(IReadOnlyList<Lib.FrontMatterField> frontMatter)
        {
            if (frontMatter.Count == 0) return null;
            var fields = new OrderedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var f in frontMatter) fields[f.Key] = f.Value;
            return fields;
        }
    }
}
