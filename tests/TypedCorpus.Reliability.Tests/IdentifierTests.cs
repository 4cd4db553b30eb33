extern alias gen;
using System.Reflection;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using gen::TypedCorpus.Generator;
using G = gen::TypedCorpus.Extraction;

namespace TypedCorpus.Reliability.Tests;

/// <summary>Any title, outlet or person name yields a valid C# identifier, unique in its scope, the same every build.</summary>
public class IdentifierTests
{
    public static readonly string[] Awkward =
    {
        "", " ", "class", "Class", "int", "var", "async", "await", "record", "value", "2025", "2025 Tahun Baru", "_", "__", "@", "@class",
        "Count", "Item", "Find", "FindByFile", "GetEnumerator", "Equals", "ToString", "GetType", "GetHashCode", "Create", "IndexOf",
        "Create 0", "Create0", "Create1", "Create 12", "IndexOfFile", "ArticleSetPart1", "PersonSetPart1", "Article Set Part 2", "ArticleSet", "Article Set", "PersonSet", "Person Set", "Articles", "People",
        "Ⅻ Olimpiade", "ǅemal", "ʰa", "١٢٣ Angka", "中文 新闻", "😀 Emoji", "\ud800 lone", "Ñandú", "İstanbul", "e\u0301", "A\u200bB", "\0", "\u2028",
        "Kompas.com", "ANTARA", "IDN Times", "Kabar Kita", "Kabar KiTa", "KABAR KITA", "ǅemal Kita", "ǄEMAL Kita", "a b c d e f", "Joko Widodo", "Xi Jinping", "Xi Jinping", "XI JINPING", "-", "\"; } class Evil { } //",
    };

    private static void AssertIdentifier(string id)
    {
        Assert.True(SyntaxFacts.IsValidIdentifier(id), $"'{EscapingTests.Show(id)}' is not a valid identifier");
        Assert.Equal(SyntaxKind.None, SyntaxFacts.GetKeywordKind(id));
        Assert.Equal(id.Normalize(), id.Normalize()); // no exception on normalisation
    }

    [Fact]
    public void Awkward_names_give_valid_stable_identifiers()
    {
        foreach (var s in Awkward)
        {
            AssertIdentifier(Naming.PersonBase(s));
            AssertIdentifier(Naming.Valid(Naming.Pascal(s), "Article"));
            Assert.Equal(Naming.PersonBase(s), Naming.PersonBase(new string(s.ToCharArray())));
        }
    }

    [Fact]
    public void Any_string_gives_a_valid_identifier_property()
    {
        Props.Run(Props.HostileOrAny, 2000, 7101, s =>
        {
            var a = Naming.PersonBase(s);
            AssertIdentifier(a);
            Assert.Equal(a, Naming.PersonBase(s));
            AssertIdentifier(Naming.ArticleBase(new G.ArticleModel { File = "x.txt", Outlet = s, Title = s, Dateline = s }));
            AssertIdentifier(Naming.ArticleBase(new G.ArticleModel { File = s + ".txt", Title = s }));
        });
    }

    [Fact]
    public void Unique_is_unique_and_keeps_first_names_property()
    {
        var names = Gen.Elements("A", "A_2", "A_3", "B", "Article", "A_2_2", "Person").ArrayOf();
        Props.Run(names, 500, 7102, arr =>
        {
            var r = Naming.Unique(arr, out _);
            Assert.Equal(arr.Length, r.Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(r, Naming.Unique(arr, out _));
            for (int i = 0; i < arr.Length; i++)
                if (Array.IndexOf(arr, arr[i]) == i && !arr.Take(i).Select((_, j) => r[j]).Contains(arr[i])) Assert.Equal(arr[i], r[i]);
        });
    }

    /// <summary>Emits the people registry the way the generator does (PersonBase + Unique) and compiles it with the library.</summary>
    private static void AssertPeopleCompile(IReadOnlyList<string> names)
    {
        var distinct = names.Distinct(StringComparer.Ordinal).ToList();
        var ids = Naming.Unique(distinct.Select(Naming.PersonBase).ToArray(), out _);
        var plans = distinct.Select((n, i) => new PersonPlan(i, ids[i], new G.PersonModel(n, G.EquatableArray<string>.Empty),
            G.EquatableArray<(int, int)>.Empty, G.EquatableArray<int>.Empty)).ToList();
        var src = Emitter.Main(new GeneratorOptions("Consumer", "Corpus"), new MainModel(0, 0, 0, new G.EquatableArray<PersonPlan>(plans.ToArray())));
        var asm = Harness.Load(Harness.Compilation("People" + Guid.NewGuid().ToString("N"), src));
        var set = asm.GetType("Consumer.Corpus+PersonSet")!;
        var props = set.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(p => p.PropertyType == typeof(TypedCorpus.Person)).ToList();
        Assert.Equal(distinct.Count, props.Count);
        var people = asm.GetType("Consumer.Corpus")!.GetProperty("People")!.GetValue(null)!;
        foreach (var (p, i) in props.OrderBy(p => Array.IndexOf(ids, p.Name)).Select((p, i) => (p, i)))
        {
            // a lone surrogate (which no UTF-8 file can produce) has no UTF-8 form: the compiled-in data holds U+FFFD, and lookups use that name
            var person = (TypedCorpus.Person)p.GetValue(people)!;
            Assert.Equal(gen::TypedCorpus.Generator.CompiledData.WellFormed(distinct[i]), person.Name);
            Assert.Same(person, people.GetType().GetMethod("Find")!.Invoke(people, new object[] { person.Name }));
        }
    }

    [Fact]
    public void Awkward_person_names_compile_in_the_registry()
    {
        AssertPeopleCompile(Awkward);
    }

    [Fact]
    public void Any_person_names_compile_in_the_registry_property()
    {
        Props.Run(Props.HostileOrAny.ArrayOf(), 15, 7103, names => AssertPeopleCompile(names));
    }

    /// <summary>Articles whose front matter gives awkward titles and outlets: the generator's identifiers compile, one member each.</summary>
    private static void AssertArticlesCompile(IReadOnlyList<string> names)
    {
        static string OneLine(string s) => new string(s.Select(c => c is '\r' or '\n' ? ' ' : c).ToArray());
        var texts = names.Select((n, i) => (Microsoft.CodeAnalysis.AdditionalText)new InMemoryText($"/corpus/{i:000}.txt",
            $"---\ntitle: {OneLine(n)}\noutlet: {OneLine(n)}\n---\nWarga kota berkumpul di alun-alun sejak pagi untuk menyaksikan upacara adat tahunan.\n")).ToList();
        var (output, diags, result) = Harness.Run(texts);
        Assert.Empty(diags.Where(d => d.Id == "TC0099"));
        var asm = Harness.Load(output);
        var set = asm.GetType("Consumer.Corpus+ArticleSet")!;
        var props = set.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(p => p.PropertyType == typeof(TypedCorpus.Article)).ToList();
        Assert.Equal(names.Count, props.Count);
        var articles = (IReadOnlyList<TypedCorpus.Article>)asm.GetType("Consumer.Corpus")!.GetProperty("Articles")!.GetValue(null)!;
        Assert.Equal(names.Count, articles.Count);
        Assert.Equal(Enumerable.Range(0, names.Count), props.Select(p => ((TypedCorpus.Article)p.GetValue(articles)!).Index).OrderBy(i => i));
    }

    [Fact]
    public void Awkward_article_titles_and_outlets_compile()
    {
        AssertArticlesCompile(Awkward);
    }

    [Fact]
    public void Any_article_titles_compile_property()
    {
        Props.Run(Props.Hostile.ArrayOf(), 8, 7104, names => AssertArticlesCompile(names), endSize: 30);
    }

    /// <summary>Hostile MSBuild options (namespace, class name) still give a compiling corpus class; the text of the option never becomes code.</summary>
    [Fact]
    public void Hostile_namespace_and_class_options_property()
    {
        var seeds = Harness.SeedFiles.Take(2).Select(p => (Microsoft.CodeAnalysis.AdditionalText)new InMemoryText(p, Harness.SeedText(p))).ToList();
        var extra = new[] { "Consumer { public class Evil { } } namespace X", "a..b", ".", "global", "global::X", "System", "TypedCorpus", "Corpus", "Article", "ArticleSet", "123.456", "class.int", "A.B.C" };
        var gen = Gen.Frequency((1, Gen.Elements(extra)), (2, Props.Hostile));
        Props.Run(Gen.Zip(gen, gen), 10, 7105, pair =>
        {
            var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = pair.Item1, ["build_property.TypedCorpusClassName"] = pair.Item2 };
            var (output, diags, result) = Harness.Run(seeds, options);
            Assert.DoesNotContain(diags, d => d.Id == "TC0099");
            var asm = Harness.Load(output);
            // exactly Consumer.Program, the corpus class, its three nested classes and the two holders of the data constants
            // (ArticleSet.__Chunks, PersonSet.__Chunks): the option text declared nothing else
            var types = asm.GetTypes().Where(t => !t.FullName!.Contains('<')).ToList();
            Assert.Equal(7, types.Count);
            Assert.Equal(2, types.Count(t => t.Name == "__Chunks" && t.DeclaringType?.DeclaringType is not null));
            var corpus = types.Single(t => t.IsAbstract && t.IsSealed && t.GetProperty("Articles") is not null);
            Assert.Equal(new[] { "ArticleSet", "CorpusNavigator", "PersonSet" }, types.Where(t => t.DeclaringType == corpus).Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
            Assert.Contains(types, t => t.FullName == "Consumer.Program");
            var articles = (IReadOnlyList<TypedCorpus.Article>)corpus.GetProperty("Articles")!.GetValue(null)!;
            Assert.Equal(2, articles.Count);
        });
    }
}
