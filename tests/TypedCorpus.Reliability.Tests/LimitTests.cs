extern alias gen;
using System.Globalization;
using System.Reflection;
using System.Text;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using gen::TypedCorpus.Generator;
using G = gen::TypedCorpus.Extraction;

namespace TypedCorpus.Reliability.Tests;

/// <summary>
/// Text that becomes a name or a file name stays within the limits of the compiler and the file system: identifiers at most
/// <see cref="Naming.MaxIdentifierBytes"/> UTF-8 bytes (metadata names: 1,023), hint names at most 255 bytes, whatever the
/// length, script or number of colliding names; names below the cap are unchanged.
/// </summary>
public class LimitTests
{
    private const int FileNameBytes = 255;

    private static int Utf8(string s) => Encoding.UTF8.GetByteCount(s);

    private static void AssertCapped(string id)
    {
        Assert.True(SyntaxFacts.IsValidIdentifier(id), $"'{EscapingTests.Show(id)}' is not a valid identifier");
        Assert.Equal(SyntaxKind.None, SyntaxFacts.GetKeywordKind(id));
        Assert.True(Utf8(id) <= Naming.MaxIdentifierBytes, $"'{EscapingTests.Show(id)}' has {Utf8(id)} UTF-8 bytes");
        Assert.DoesNotContain(id, c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format);
    }

    /// <summary>A name of <paramref name="length"/> characters from <paramref name="alphabet"/> (words of 1 to 12 letters).</summary>
    private static readonly FsCheck.Gen<string> LongName =
        Gen.Zip(Gen.Elements("a", "A", "é", "É", "中", "ß", "ǅ", "Ж", "ا", "𝔘", "١", "_", "e\u0301", "\u202E", " ", "-"),
                Gen.Elements(1, 79, 80, 81, 120, 255, 256, 341, 1023, 1024, 5000))
            .Select(p => string.Concat(Enumerable.Range(0, p.Item2).Select(i => i % 13 == 12 ? " " : p.Item1)));

    [Fact]
    public void Names_at_and_past_every_length_limit_give_capped_valid_stable_identifiers_property()
    {
        Props.Run(Gen.OneOf(LongName, Props.HostileOrAny), 600, 7301, s =>
        {
            var person = Naming.PersonBase(s);
            AssertCapped(person);
            Assert.Equal(person, Naming.PersonBase(new string(s.ToCharArray())));
            AssertCapped(Naming.ArticleBase(new G.ArticleModel { File = "x.txt", Title = s }));
            AssertCapped(Naming.ArticleBase(new G.ArticleModel { File = "x.txt", Outlet = s, Date = "2025-05-10", Dateline = s }));
            AssertCapped(Naming.ClassName(s));
            // a name within the cap is the name of before: only names past the cap change
            var uncapped = Naming.Valid(Naming.Pascal(s), "Person");
            if (Utf8(uncapped) <= Naming.MaxIdentifierBytes) Assert.Equal(uncapped, person);
            else Assert.Matches("_[0-9a-f]{8}$", person);
        });
    }

    [Fact]
    public void Every_unicode_category_in_every_position_gives_a_valid_identifier()
    {
        // up to 40 code units of each category (all BMP code units; surrogates included)
        var byCategory = Enumerable.Range(0, 0x10000).Select(i => (char)i)
            .GroupBy(CharUnicodeInfo.GetUnicodeCategory)
            .ToDictionary(g => g.Key, g => g.Where((_, k) => k % Math.Max(1, g.Count() / 40) == 0).Take(40).ToList());
        Assert.Equal(30, byCategory.Count);
        var names = new List<string>();
        foreach (var (category, chars) in byCategory)
            foreach (var c in chars)
                foreach (var s in new[] { c + "Nama", "Nama" + c, "Na" + c + "ma", c + " " + c, new string(c, 200), "Zo" + c + "ë Ärn" + c + "hold" })
                {
                    AssertCapped(Naming.PersonBase(s));
                    AssertCapped(Naming.ArticleBase(new G.ArticleModel { File = s + ".txt", Title = s }));
                    names.Add(s);
                }
        // and they compile together as one registry (distinct, valid, within the metadata limit)
        var distinct = names.Distinct(StringComparer.Ordinal).ToList();
        var ids = Naming.Unique(distinct.Select(Naming.PersonBase).ToArray(), out _);
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var plans = distinct.Select((n, i) => new PersonPlan(i, ids[i], new G.PersonModel(n, G.EquatableArray<string>.Empty),
            G.EquatableArray<(int, int)>.Empty, G.EquatableArray<int>.Empty)).ToArray();
        var src = Emitter.Main(new GeneratorOptions("Consumer", "Corpus"), new MainModel(0, 0, 0, new G.EquatableArray<PersonPlan>(plans)));
        Assert.DoesNotContain(src, G.UnicodeText.IsBidiControl);
        var asm = Harness.Load(Harness.Compilation("Categories", src));
        var props = asm.GetType("Consumer.Corpus+PersonSet")!.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Count(p => p.PropertyType == typeof(TypedCorpus.Person));
        Assert.Equal(distinct.Count, props);
    }

    [Fact]
    public void Tens_of_thousands_of_colliding_names_stay_unique_and_capped()
    {
        var same = Enumerable.Repeat(Naming.PersonBase(new string('A', 200_000)), 20_000).ToArray();
        var sharedStart = Enumerable.Range(0, 20_000).Select(i => Naming.PersonBase(new string('B', 500) + " " + i.ToString(CultureInfo.InvariantCulture))).ToArray();
        var justBelow = Enumerable.Range(0, 20_000).Select(i => Naming.PersonBase(new string('C', Naming.MaxIdentifierBytes - (i % 3)))).ToArray();
        foreach (var names in new[] { same, sharedStart, justBelow, same.Concat(sharedStart).Concat(justBelow).ToArray() })
        {
            var ids = Naming.Unique(names, out var collisions);
            Assert.Equal(names.Length, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.All(ids.Distinct(StringComparer.Ordinal).Take(2000), AssertCapped);
            Assert.All(ids, id => Assert.True(Utf8(id) <= Naming.MaxIdentifierBytes, id));
            Assert.Equal(ids, Naming.Unique(names, out _));
        }
        // distinct long names that share their start stay distinct without suffixes (the hash of the whole name)
        Assert.Equal(sharedStart.Length, sharedStart.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    /// <summary>The case: a 200,000-character single-token headline (CS7013 before), with a twin, a decomposed and a non-BMP one.</summary>
    [Fact]
    public void A_200000_character_single_token_headline_compiles_with_short_hint_names()
    {
        var token = new string('A', 200_000);
        var texts = new (string Name, string Text)[]
        {
            ("long-1.txt", token + "\n\nJakarta - Warga kota berkumpul di alun-alun sejak pagi untuk menyaksikan upacara adat.\n"),
            ("long-2.txt", token + "\n\nJakarta - Warga desa berkumpul di balai desa sejak pagi untuk menyaksikan rapat tahunan.\n"),
            ("long-3.txt", token + "B Senin\n\nJakarta - Warga kota berkumpul lagi di alun-alun sejak pagi.\n"),
            ("long-4.txt", string.Concat(Enumerable.Repeat("e\u0301中𝔘", 30_000)) + "\n\nWarga kota berkumpul di alun-alun sejak pagi untuk menyaksikan upacara adat.\n"),
            ("long-5.txt", "---\ntitle: " + new string('Ж', 5000) + "\noutlet: " + new string('中', 5000) + ".com\ndateline: " + new string('x', 3000) + "\ndate: 2025-05-10\n---\nWarga kota berkumpul di alun-alun.\n"),
            ("long-6.txt", "Ada " + string.Concat(Enumerable.Repeat("Presiden Budi" + new string('o', 3000) + " ", 3)) + "\n\n“Kami siap bekerja keras,” kata Presiden Budi" + new string('o', 3000) + " kepada wartawan.\n"),
        };
        var options = new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = string.Join(".", Enumerable.Repeat(new string('N', 300), 20)),
            ["build_property.TypedCorpusClassName"] = new string('K', 3000),
        };
        var (output, diags, result) = Harness.Run(texts.Select(t => (AdditionalText)new InMemoryText("/corpus/" + t.Name, t.Text)), options);
        Assert.DoesNotContain(diags, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        var asm = Harness.Load(output); // CS7013 fails here
        var hints = Harness.Sources(result).Select(s => s.Hint).ToList();
        Assert.All(hints, h => Assert.True(Utf8(h) <= FileNameBytes, $"hint name of {Utf8(h)} bytes: {h}"));
        Assert.Equal(hints.Count, hints.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var corpus = asm.GetTypes().Single(t => t.IsAbstract && t.IsSealed && t.GetProperty("Articles") is not null);
        Assert.True(Utf8(corpus.FullName!) < 1023);
        var set = corpus.GetNestedType("ArticleSet")!;
        var members = set.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(p => p.PropertyType == typeof(TypedCorpus.Article)).ToList();
        Assert.Equal(texts.Length, members.Count);
        Assert.All(members, m => AssertCapped(m.Name));
        var articles = (IReadOnlyList<TypedCorpus.Article>)corpus.GetProperty("Articles")!.GetValue(null)!;
        var first = articles.Single(a => a.File == "long-1.txt"); // the text itself is not shortened
        Assert.True(first.Title == token || first.Paragraphs.Any(p => p.Text == token));
    }
}
