using System.Collections.Generic;
using System.Linq;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lib = TypedCorpus;

namespace TypedCorpus.Cli
{
    /// <summary>Writes articles as the export JSON of corpus-model.md §6 (plus a few extra fields the scorer ignores).</summary>
    public static class ExportJson
    {
        public static string Write(IEnumerable<Lib.Article> articles, IEnumerable<Lib.Person>? people = null)
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                w.WriteStartObject();
                w.WriteStartArray("articles");
                foreach (var a in articles) WriteArticle(w, a);
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

        private static void WriteArticle(Utf8JsonWriter w, Lib.Article a)
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
            foreach (var q in a.Quotes)
            {
                w.WriteStartObject();
                w.WriteNumber("line", q.Line);
                w.WriteString("text", q.Text);
                w.WriteString("kind", Enums.Name(q.Kind));
                Strings(w, "speakers", q.Speakers);
                w.WriteString("verb", q.Verb);
                w.WriteString("addressee", q.Addressee);
                w.WriteString("via", q.Via);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("agreements");
            foreach (var g in a.Agreements)
            {
                w.WriteStartObject();
                w.WriteNumber("line", g.Line);
                w.WriteString("kind", Enums.Name(g.Kind));
                w.WriteString("title", g.Title);
                w.WriteString("text", g.Text);
                Strings(w, "parties", g.Parties);
                w.WriteString("date", g.Date);
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
