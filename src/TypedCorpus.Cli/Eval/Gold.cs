using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace TypedCorpus.Cli.Eval
{
    /// <summary>A gold file (eval/*.gold.json): aliases and party equivalents, then each article's annotations.</summary>
    public sealed record Gold(
        IReadOnlyList<KeyValuePair<string, string>> Aliases,
        IReadOnlyList<KeyValuePair<string, string>> PartyEquivalents,
        IReadOnlyList<GoldArticle> Articles);

    /// <summary>
    /// One article's annotations. What the gold leaves out is not scored, so presence matters: <see cref="Meta"/>,
    /// <see cref="Lists"/> and <see cref="Lines"/> hold only the fields the gold gives (a meta field may be given as null).
    /// </summary>
    public sealed record GoldArticle
    {
        public required string File { get; init; }
        public IReadOnlyList<KeyValuePair<string, string?>> Meta { get; init; } = [];
        public IReadOnlyDictionary<string, IReadOnlyList<string?>> Lists { get; init; } = new Dictionary<string, IReadOnlyList<string?>>();
        public IReadOnlyDictionary<string, IReadOnlyList<int>> Lines { get; init; } = new Dictionary<string, IReadOnlyList<int>>();
        public string? FirstParagraphStartsWith { get; init; }
        public IReadOnlyList<GoldQuote> Quotes { get; init; } = [];
        public IReadOnlyList<(int Line, string Text)> OptionalQuotes { get; init; } = [];

        /// <summary>Null when the gold does not annotate agreements.</summary>
        public IReadOnlyList<GoldAgreement>? Agreements { get; init; }
        public IReadOnlyList<(int Line, string Key, string Why)> NotAgreements { get; init; } = [];
    }

    /// <summary>A gold quote; <see cref="Speakers"/> null when the gold does not annotate its speakers.</summary>
    public sealed record GoldQuote(int Line, string Text, string Kind, IReadOnlyList<string?>? Speakers,
        IReadOnlyList<IReadOnlyList<string?>> SpeakersAlt, bool Lenient, string? Verb, string? Addressee, string? Via);

    /// <summary>A gold agreement: found by its line and a key text (or its title).</summary>
    public sealed record GoldAgreement(int Line, string Kind, string Key, string? Title, IReadOnlyList<string?> Parties, string? Date, bool Optional);

    /// <summary>Reads a gold file; a shape it cannot score is a <see cref="FormatException"/> naming the place.</summary>
    public static class GoldReader
    {
        /// <summary>The meta fields the scorer compares, in its order.</summary>
        public static readonly string[] MetaFields = ["title", "subtitle", "outlet", "dateline", "date", "author"];

        private static readonly string[] ListFields = ["sections", "related", "citedSources", "citedSourcesOptional", "people", "captionCredits"];

        private static readonly string[] LineFields = ["paragraphLines", "listItemLines", "captionLines"];

        public static Gold Read(JsonElement root)
        {
            Expect(root, JsonValueKind.Object, "the gold");
            if (!root.TryGetProperty("articles", out var articles)) throw new FormatException("the gold has no 'articles'");
            return new Gold(Pairs(root, "aliases"), Pairs(root, "partyEquivalents"),
                Items(articles, "articles", (a, at) => Article(a, at)));
        }

        private static GoldArticle Article(JsonElement a, string at)
        {
            Expect(a, JsonValueKind.Object, at);
            return new GoldArticle
            {
                File = Str(a, "file", at)!,
                Meta = MetaFields.Where(f => a.TryGetProperty(f, out _)).Select(f => KeyValuePair.Create(f, Str(a, f, at, nullable: true))).ToArray(),
                Lists = ListFields.Where(f => a.TryGetProperty(f, out _)).ToDictionary(f => f, f => Strings(a.GetProperty(f), $"{at}.{f}")),
                Lines = LineFields.Where(f => a.TryGetProperty(f, out _)).ToDictionary(f => f, f => Items(a.GetProperty(f), $"{at}.{f}", Int)),
                FirstParagraphStartsWith = a.TryGetProperty("firstParagraphStartsWith", out _) ? Str(a, "firstParagraphStartsWith", at) : null,
                Quotes = a.TryGetProperty("quotes", out var q) ? Items(q, at + ".quotes", Quote) : throw new FormatException($"{at} has no 'quotes'"),
                OptionalQuotes = Optional(a, "optionalQuotes", at, (o, p) => (Int(Field(o, "line", p), p + ".line"), Str(o, "text", p)!)),
                Agreements = a.TryGetProperty("agreements", out var g) ? Items(g, at + ".agreements", Agreement) : null,
                NotAgreements = Optional(a, "notAgreements", at, (n, p) => (Int(Field(n, "line", p), p + ".line"), Str(n, "key", p)!, Str(n, "why", p)!)),
            };
        }

        private static GoldQuote Quote(JsonElement q, string at)
        {
            Expect(q, JsonValueKind.Object, at);
            var speakers = q.TryGetProperty("speakers", out var s) && s.ValueKind != JsonValueKind.Null ? Strings(s, at + ".speakers") : null;
            return new GoldQuote(Int(Field(q, "line", at), at + ".line"), Str(q, "text", at)!, Str(q, "kind", at)!, speakers,
                Optional(q, "speakersAlt", at, Strings), Truthy(q, "lenient"),
                Str(q, "verb", at, nullable: true, optional: true), Str(q, "addressee", at, nullable: true, optional: true),
                Str(q, "via", at, nullable: true, optional: true));
        }

        private static GoldAgreement Agreement(JsonElement g, string at)
        {
            Expect(g, JsonValueKind.Object, at);
            return new GoldAgreement(Int(Field(g, "line", at), at + ".line"), Str(g, "kind", at)!, Str(g, "key", at)!,
                Str(g, "title", at, nullable: true, optional: true), Strings(Field(g, "parties", at), at + ".parties"),
                Str(g, "date", at, nullable: true, optional: true), Truthy(g, "optional"));
        }

        /// <summary>Python's truth of an optional flag: absent, null, false, 0, "", [] and {} are false.</summary>
        private static bool Truthy(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.Number => v.GetDouble() != 0,
            JsonValueKind.String => v.GetString()!.Length > 0,
            JsonValueKind.Array => v.GetArrayLength() > 0,
            JsonValueKind.Object => v.EnumerateObject().Any(),
            _ => false,
        };

        private static IReadOnlyList<KeyValuePair<string, string>> Pairs(JsonElement root, string name)
        {
            if (!root.TryGetProperty(name, out var map)) return [];
            Expect(map, JsonValueKind.Object, name);
            return map.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.ValueKind == JsonValueKind.String
                ? p.Value.GetString()! : throw new FormatException($"{name}.{p.Name} is not a string"))).ToArray();
        }

        private static IReadOnlyList<T> Optional<T>(JsonElement e, string name, string at, Func<JsonElement, string, T> item) =>
            e.TryGetProperty(name, out var list) ? Items(list, $"{at}.{name}", item) : [];

        private static IReadOnlyList<T> Items<T>(JsonElement list, string at, Func<JsonElement, string, T> item)
        {
            Expect(list, JsonValueKind.Array, at);
            return list.EnumerateArray().Select((x, i) => item(x, $"{at}[{i}]")).ToArray();
        }

        private static IReadOnlyList<string?> Strings(JsonElement list, string at) => Items(list, at, (x, p) => x.ValueKind switch
        {
            JsonValueKind.String => x.GetString(),
            JsonValueKind.Null => null,
            _ => throw new FormatException($"{p} is not a string"),
        });

        private static int Int(JsonElement e, string at) =>
            e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out int n) ? n : throw new FormatException($"{at} is not an integer");

        private static JsonElement Field(JsonElement e, string name, string at) =>
            e.TryGetProperty(name, out var v) ? v : throw new FormatException($"{at} has no '{name}'");

        private static string? Str(JsonElement e, string name, string at, bool nullable = false, bool optional = false)
        {
            if (!e.TryGetProperty(name, out var v))
                return optional ? null : throw new FormatException($"{at} has no '{name}'");
            if (v.ValueKind == JsonValueKind.String) return v.GetString();
            if (v.ValueKind == JsonValueKind.Null && nullable) return null;
            throw new FormatException($"{at}.{name} is not a string");
        }

        private static void Expect(JsonElement e, JsonValueKind kind, string at)
        {
            if (e.ValueKind != kind) throw new FormatException($"{at} is not an {(kind == JsonValueKind.Array ? "array" : "object")}");
        }
    }
}
