using System.Collections.Generic;
using System.Linq;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
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

    /// <summary>Writes articles as the export JSON of corpus-model.md §6 (plus a few extra fields the scorer ignores).</summary>
    public static class ExportJson
    {
        /// <summary>
        /// The export JSON. With <paramref name="provenance"/> (the engine's rule ids of quote <c>q</c> of article <c>a</c>),
        /// each quote also carries <c>rule</c> and <c>speakerRule</c>: the ids of the rules that decided it.
        /// </summary>
        public static string Write(IEnumerable<Lib.Article> articles, IEnumerable<Lib.Person>? people = null,
            IProvenance? provenance = null)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                w.WriteStartObject();
                w.WriteStartArray("articles");
                int index = 0;
                foreach (var a in articles) WriteArticle(w, a, index++, provenance);
                w.WriteEndArray();
                if (people != null)
                {
                    w.WriteStartArray("people");
                    foreach (var p in people)
                    {
                        w.WriteStartObject();
                        w.WriteString("name", p.Name);
                        Strings(w, "aliases", p.Aliases);
                        w.WriteNumber("quotes", p.QuoteRefs.Count);
                        w.WriteNumber("articles", p.ArticleIndexes.Count);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
        }

        /// <summary>
        /// One article as one compact line of JSON (the same object as in the export's <c>articles</c>, UTF-8, ending in <c>\n</c>):
        /// a line of the JSONL export.
        /// </summary>
        public static byte[] WriteLine(Lib.Article article, int index, IProvenance? provenance)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                WriteArticle(w, article, index, provenance);
            stream.WriteByte((byte)'\n');
            return stream.ToArray();
        }

        private static void WriteArticle(Utf8JsonWriter w, Lib.Article a, int index, IProvenance? provenance)
        {
            w.WriteStartObject();
            w.WriteString("file", a.File);
            w.WriteString("title", a.Title);
            w.WriteString("subtitle", a.Subtitle);
            w.WriteString("outlet", a.Outlet);
            w.WriteString("dateline", a.Dateline);
            if (a.Date is { } d) w.WriteString("date", d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)); else w.WriteNull("date");
            w.WriteString("author", a.Author);
            Strings(w, "sections", a.Sections.Select(s => s.Title));
            Strings(w, "related", a.Related.Select(s => s.Title));
            Strings(w, "citedSources", a.CitedSources);
            Strings(w, "people", a.PeopleNames);
            w.WriteStartArray("paragraphs");
            foreach (var p in a.Paragraphs) { w.WriteStartObject(); w.WriteNumber("line", p.Line); w.WriteString("text", p.Text); w.WriteEndObject(); }
            w.WriteEndArray();
            w.WriteStartArray("listItems");
            foreach (var p in a.ListItems) { w.WriteStartObject(); w.WriteNumber("line", p.Line); w.WriteString("text", p.Text); w.WriteEndObject(); }
            w.WriteEndArray();
            w.WriteStartArray("captions");
            foreach (var c in a.Captions) { w.WriteStartObject(); w.WriteNumber("line", c.Line); w.WriteString("text", c.Text); w.WriteString("credit", c.Credit); w.WriteEndObject(); }
            w.WriteEndArray();
            w.WriteStartArray("quotes");
            for (int qi = 0; qi < a.Quotes.Count; qi++)
            {
                var q = a.Quotes[qi];
                w.WriteStartObject();
                w.WriteNumber("line", q.Line);
                w.WriteString("text", q.Text);
                w.WriteString("kind", Enums.Name(q.Kind));
                Strings(w, "speakers", q.Speakers);
                w.WriteString("verb", q.Verb);
                w.WriteString("addressee", q.Addressee);
                w.WriteString("via", q.Via);
                if (provenance != null)
                {
                    var (rule, speakerRule) = provenance.Quote(index, qi);
                    w.WriteString("rule", rule);
                    w.WriteString("speakerRule", speakerRule);
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("agreements");
            for (int gi = 0; gi < a.Agreements.Count; gi++)
            {
                var g = a.Agreements[gi];
                w.WriteStartObject();
                w.WriteNumber("line", g.Line);
                w.WriteString("kind", Enums.Name(g.Kind));
                w.WriteString("title", g.Title);
                w.WriteString("text", g.Text);
                Strings(w, "parties", g.Parties);
                w.WriteString("date", g.Date);
                if (provenance != null) w.WriteString("rule", provenance.Agreement(index, gi));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("furniture");
            foreach (var f in a.Furniture) { w.WriteStartObject(); w.WriteNumber("line", f.Line); w.WriteString("kind", f.Kind.ToString()); w.WriteString("text", f.Text); w.WriteEndObject(); }
            w.WriteEndArray();
            if (a.FrontMatter.Count > 0)
            {
                // The front matter as written (a key given twice: the last line wins, as in the article's facts).
                w.WriteStartObject("fields");
                var last = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);
                var order = new List<string>();
                foreach (var f in a.FrontMatter)
                {
                    if (!last.ContainsKey(f.Key)) order.Add(f.Key);
                    last[f.Key] = f.Value;
                }
                foreach (var k in order) w.WriteString(k, last[k]);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }

        private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> items)
        {
            w.WriteStartArray(name);
            foreach (var s in items) w.WriteStringValue(s);
            w.WriteEndArray();
        }
    }
}
