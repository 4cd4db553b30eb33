using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TypedCorpus.Extraction;
using Engine = TypedCorpus.Extraction;
using Lib = TypedCorpus;

namespace TypedCorpus.Cli
{
    /// <summary>
    /// Turns the engine's corpus model into the library's records at run time (what the generator does at compile time),
    /// so that <c>export</c> and the compiled-in corpus are written by the same JSON writer.
    /// </summary>
    public sealed class ModelMapper : Lib.ICorpusNavigator
    {
        private readonly Lib.Article[] _articles;
        private readonly Dictionary<string, Lib.Person> _people = new(StringComparer.Ordinal);

        public ModelMapper(CorpusModel corpus)
        {
            _articles = corpus.Articles.Select((a, i) => Map(a, i)).ToArray();
            var refs = new Dictionary<string, List<Lib.QuoteRef>>(StringComparer.Ordinal);
            var arts = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int i = 0; i < _articles.Length; i++)
            {
                for (int q = 0; q < _articles[i].Quotes.Count; q++)
                    foreach (var s in _articles[i].Quotes[q].Speakers) Add(refs, s, new Lib.QuoteRef(i, q));
                foreach (var p in _articles[i].PeopleNames) Add(arts, p, i);
            }
            foreach (var p in corpus.People)
            {
                _people[p.Name] = new Lib.Person(this)
                {
                    Name = p.Name,
                    Aliases = new Lib.ValueList<string>(p.Aliases.AsArray()),
                    QuoteRefs = new Lib.ValueList<Lib.QuoteRef>(refs.TryGetValue(p.Name, out var r) ? r.ToArray() : Array.Empty<Lib.QuoteRef>()),
                    ArticleIndexes = new Lib.ValueList<int>(arts.TryGetValue(p.Name, out var a) ? a.Distinct().ToArray() : Array.Empty<int>()),
                };
            }
        }

        private static void Add<T>(Dictionary<string, List<T>> d, string key, T value)
        {
            if (!d.TryGetValue(key, out var list)) d[key] = list = new List<T>();
            list.Add(value);
        }

        public IReadOnlyList<Lib.Article> Articles => _articles;

        public IReadOnlyList<Lib.Person> People => _people.Values.ToArray();

        public Lib.Article GetArticle(int index) => _articles[index];

        public Lib.Person? FindPerson(string canonicalName) => _people.TryGetValue(canonicalName, out var p) ? p : null;

        private Lib.Article Map(ArticleModel a, int index) => new Lib.Article(this)
        {
            Index = index,
            File = a.File,
            Title = a.Title,
            Subtitle = a.Subtitle,
            Outlet = a.Outlet,
            Dateline = a.Dateline,
            Date = a.Date is null ? null : DateOnly.ParseExact(a.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Author = a.Author,
            Url = a.Url,
            Sections = L(a.Sections.Select(s => new Lib.Section(s.Line, s.Text))),
            Related = L(a.Related.Select(s => new Lib.RelatedLink(s.Line, s.Text))),
            CitedSources = L(a.CitedSources),
            PeopleNames = L(a.People),
            Paragraphs = L(a.Paragraphs.Select(p => new Lib.Paragraph(p.Line, p.Text))),
            ListItems = L(a.ListItems.Select(p => new Lib.ListItem(p.Line, p.Text))),
            Captions = L(a.Captions.Select(c => new Lib.Caption(c.Line, c.Text, c.Credit))),
            Furniture = L(a.Furniture.Select(f => new Lib.FurnitureLine(f.Line, Enums.Map(f.Kind), f.Text))),
            Quotes = L(a.Quotes.Select(q => new Lib.Quote(this)
            {
                ArticleIndex = index,
                Line = q.Line,
                Text = q.Text,
                Kind = Enums.Map(q.Kind),
                Speakers = L(q.Speakers),
                Verb = q.Verb,
                Addressee = q.Addressee,
                Via = q.Via,
            })),
            Agreements = L(a.Agreements.Select(g => new Lib.Agreement
            {
                ArticleIndex = index,
                Line = g.Line,
                Kind = Enums.Map(g.Kind),
                Title = g.Title,
                Text = g.Text,
                Parties = L(g.Parties),
                Date = g.Date,
            })),
            FrontMatter = L(a.FrontMatter.Select(f => new Lib.FrontMatterField(f.Line, f.Key, f.Value))),
        };

        private static Lib.ValueList<T> L<T>(IEnumerable<T> items) => new(items.ToArray());
    }

    /// <summary>
    /// The one mapping of kinds: an engine kind is the library kind of the same value (a test holds names and values equal),
    /// and the export writes a kind as its name in kebab case ("direct", "joint-statement"). A value the enum does not
    /// define is an error (<see cref="ArgumentOutOfRangeException"/>), never a default kind.
    /// </summary>
    public static class Enums
    {
        public static Lib.QuoteKind Map(Engine.QuoteKind k) => Defined((Lib.QuoteKind)(int)Defined(k));

        public static Lib.AgreementKind Map(Engine.AgreementKind k) => Defined((Lib.AgreementKind)(int)Defined(k));

        public static Lib.FurnitureKind Map(Engine.FurnitureKind k) => Defined((Lib.FurnitureKind)(int)Defined(k));

        public static string Name(Lib.QuoteKind k) => Names<Lib.QuoteKind>.Of(k);

        public static string Name(Lib.AgreementKind k) => Names<Lib.AgreementKind>.Of(k);

        private static T Defined<T>(T value) where T : struct, Enum =>
            Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} has no value {value}");

        /// <summary>Each value's name in kebab case (the export's naming policy, <see cref="KebabCaseKind{T}"/>), computed once.</summary>
        private static class Names<T> where T : struct, Enum
        {
            private static readonly Dictionary<T, string> ByValue = Enum.GetValues<T>().ToDictionary(v => v, v => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()));

            public static string Of(T value) => ByValue.TryGetValue(value, out var name)
                ? name
                : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} has no value {value}");
        }
    }
}
