using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TypedCorpus.Benchmarks;

namespace TypedCorpus.Generator.Tests;

/// <summary>
/// Articles per generated file: one file per article for small corpora; files of 256 article members beyond 512 articles
/// (Roslyn's per-run hint-name check and the analyzer driver's per-partial-declaration cost grow with the number of files).
/// </summary>
public class LayoutTests
{
    private static List<AdditionalText> Corpus(int n) =>
        SyntheticCorpus.All(n).Select(x => (AdditionalText)new InMemoryText("/corpus/seeds/" + x.Name, x.Text)).ToList();

    private static Dictionary<string, string> Options(string? perFile = null)
    {
        var o = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" };
        if (perFile != null) o["build_property.TypedCorpusArticlesPerFile"] = perFile;
        return o;
    }

    private static string[] ArticleFiles(GeneratorDriverRunResult r) =>
        r.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).Where(f => f.StartsWith("Corpus.Articles.", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData(1, 0, 1)]
    [InlineData(512, 0, 1)]
    [InlineData(513, 0, 256)]
    [InlineData(100_000, 0, 256)]
    [InlineData(100_000, 1, 1)]
    [InlineData(5, 64, 64)]
    public void Articles_per_file_is_one_for_small_corpora_and_256_beyond_unless_set(int articles, int setting, int expected) =>
        Assert.Equal(expected, Layout.ArticlesPerFile(new GeneratorOptions("C", "Corpus", setting), articles));

    [Fact]
    public void A_large_corpus_groups_256_members_per_file_each_mapped_to_its_text_file()
    {
        const int N = 600;
        var (output, diagnostics, result) = GeneratorHarness.Run(Corpus(N));
        Assert.Empty(diagnostics);
        Assert.Equal(new[] { "Corpus.Articles.000000-000255.g.cs", "Corpus.Articles.000256-000511.g.cs", "Corpus.Articles.000512-000599.g.cs" }, ArticleFiles(result));
        var members = result.GeneratedTrees.Where(t => Path.GetFileName(t.FilePath).StartsWith("Corpus.Articles.", StringComparison.Ordinal))
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<PropertyDeclarationSyntax>().Select(p => (Tree: t, Property: p))).ToList();
        Assert.Equal(N, members.Count);
        foreach (var (tree, property) in members)
        {
            var mapped = tree.GetMappedLineSpan(property.Span);
            Assert.True(mapped.HasMappedPath);
            Assert.StartsWith("/corpus/seeds/", mapped.Path, StringComparison.Ordinal);
        }
        // every member compiles and reads its own article
        var asm = GeneratorHarness.Load(output);
        var set = asm.GetType("Consumer.Corpus")!.GetProperty("Articles")!.GetValue(null)!;
        var last = members[^1].Property.Identifier.ValueText;
        var article = (TypedCorpus.Article)set.GetType().GetProperty(last)!.GetValue(set)!;
        Assert.Equal(SyntheticCorpus.FileName(N - 1), article.File);
    }

    [Fact]
    public void Setting_one_file_per_article_is_honoured_at_any_size()
    {
        var (_, _, result) = GeneratorHarness.Run(Corpus(600), options: Options("1"));
        Assert.Equal(600, ArticleFiles(result).Length);
    }

    private static (List<IncrementalStepRunReason> MemberFiles, int ParseModified, int Regenerated) EditOne(Func<string, string> edit)
    {
        var texts = Corpus(600);
        var driver = GeneratorHarness.Driver(texts).RunGenerators(GeneratorHarness.Compilation());
        var edited = (InMemoryText)texts[300];
        var replacement = new InMemoryText(edited.Path, edit(edited.GetText()!.ToString()));
        driver = driver.ReplaceAdditionalText(edited, replacement).RunGenerators(GeneratorHarness.Compilation());
        var run = driver.GetRunResult().Results.Single();
        int regenerated = run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .Count(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New);
        var parse = run.TrackedSteps[TypedCorpusGenerator.Steps.Parse].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(599, parse.Count(o => o.Reason == IncrementalStepRunReason.Cached));
        var memberFiles = run.TrackedSteps[TypedCorpusGenerator.Steps.MemberFiles].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        return (memberFiles, parse.Count(o => o.Reason == IncrementalStepRunReason.Modified), regenerated);
    }

    [Fact]
    public void Editing_a_headline_in_a_grouped_corpus_regenerates_one_member_file_and_one_data_chunk()
    {
        var (memberFiles, parsed, regenerated) = EditOne(t => t.Replace("(No. 300)", "(No. 300, diperbarui)", StringComparison.Ordinal));
        Assert.Equal(1, parsed);
        Assert.Equal(new[] { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Unchanged }, memberFiles);
        Assert.Equal(2, regenerated);
    }

    [Fact]
    public void Editing_a_body_in_a_grouped_corpus_regenerates_its_data_chunk_only()
    {
        // the member's doc shows the headline, counts and first quote: a changed word in the body leaves every member file as it was
        var (memberFiles, parsed, regenerated) = EditOne(t => t.Replace("berlangsung", "berlangsung dengan lancar", StringComparison.Ordinal));
        Assert.Equal(1, parsed);
        Assert.All(memberFiles, r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(1, regenerated);
    }
}

/// <summary>Beyond 32,768 articles the named members live in a chain of base classes (the runtime caps a type at 65,535 methods).</summary>
public class MemberClassTests
{
    [Fact]
    public void Articles_beyond_32768_are_members_of_base_classes_and_reachable_by_name()
    {
        const int N = Layout.MembersPerClass + 300;
        var o = new GeneratorOptions("Consumer", "Corpus");
        var plans = Enumerable.Range(0, N).Select(i => new ArticlePlan(i, $"Artikel{i}", $"/c/seeds/{i:D6}.txt",
            new Extraction.ArticleModel { File = $"{i:D6}.txt", Title = $"Judul {i}", TitleLine = 1 })).ToArray();
        var trees = new List<SyntaxTree>
        {
            CSharpSyntaxTree.ParseText(Emitter.Main(o, new MainModel(N, 0, 0, Extraction.EquatableArray<PersonPlan>.Empty)), new CSharpParseOptions(LanguageVersion.Latest), "Corpus.g.cs"),
        };
        foreach (var chunk in DataChunk.From(plans.Select(p => new ArticleBlob(p.Index, Emitter.Blob(p))).ToImmutableArray()))
            trees.Add(CSharpSyntaxTree.ParseText(Emitter.Chunk(o, chunk), new CSharpParseOptions(LanguageVersion.Latest), $"Corpus.Data.{chunk.Chunk}.g.cs"));
        var files = MemberFile.From(plans.Select(p => new ArticleMember(p.Index, Emitter.Member(p))).ToImmutableArray(), 1000);
        Assert.DoesNotContain(files, f => f.Start / Layout.MembersPerClass != (f.End - 1) / Layout.MembersPerClass); // no file spans two classes
        foreach (var f in files)
            trees.Add(CSharpSyntaxTree.ParseText(Emitter.Articles(o, f), new CSharpParseOptions(LanguageVersion.Latest), $"Corpus.Articles.{f.Start}.g.cs"));
        var compilation = CSharpCompilation.Create("Consumer", trees, GeneratorHarness.References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var asm = GeneratorHarness.Load(compilation);

        var setType = asm.GetType("Consumer.Corpus+ArticleSet")!;
        Assert.Equal("ArticleSetPart1", setType.BaseType!.Name);
        Assert.True(setType.GetMethods(System.Reflection.BindingFlags.DeclaredOnly | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic).Length < 65_535);
        var set = asm.GetType("Consumer.Corpus")!.GetProperty("Articles")!.GetValue(null)!;
        foreach (var i in new[] { 0, Layout.MembersPerClass - 1, Layout.MembersPerClass, N - 1 })
        {
            var a = (TypedCorpus.Article)setType.GetProperty($"Artikel{i}")!.GetValue(set)!;
            Assert.Equal(i, a.Index);
            Assert.Equal($"Judul {i}", a.Title);
        }
        Assert.Equal(N, ((IReadOnlyList<TypedCorpus.Article>)set).Count);
    }

    [Fact]
    public void People_beyond_32768_are_members_of_base_classes_and_found_by_name()
    {
        const int N = Layout.MembersPerClass + 10;
        var people = Enumerable.Range(0, N).Select(i => new PersonPlan(i, $"Orang{i}", new Extraction.PersonModel($"Orang Nomor {i}", Extraction.EquatableArray<string>.Empty),
            Extraction.EquatableArray<(int, int)>.Empty, Extraction.EquatableArray<int>.Empty)).ToArray();
        var main = Emitter.Main(new GeneratorOptions("Consumer", "Corpus"), new MainModel(0, 0, 0, new Extraction.EquatableArray<PersonPlan>(people)));
        var compilation = CSharpCompilation.Create("Consumer", new[] { CSharpSyntaxTree.ParseText(main, new CSharpParseOptions(LanguageVersion.Latest)) },
            GeneratorHarness.References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var asm = GeneratorHarness.Load(compilation);
        var setType = asm.GetType("Consumer.Corpus+PersonSet")!;
        Assert.Equal("PersonSetPart1", setType.BaseType!.Name);
        var set = (PersonList)asm.GetType("Consumer.Corpus")!.GetProperty("People")!.GetValue(null)!;
        var last = (Person)setType.GetProperty($"Orang{N - 1}")!.GetValue(set)!;
        Assert.Equal($"Orang Nomor {N - 1}", last.Name);
        Assert.Same(last, set.Find($"Orang Nomor {N - 1}"));
        Assert.Equal("Orang Nomor 0", ((Person)setType.GetProperty("Orang0")!.GetValue(set)!).Name);
    }
}
