using System.Text.RegularExpressions;

namespace TypedCorpus.Generator.Tests;

/// <summary>
/// A real consumer project declaring its corpus's fields: an article without a required field or with a value of the wrong
/// type fails `dotnet build` with errors located in the .txt, and so does an undated article with -p:TypedCorpusRequire=Date;
/// fixed (and without the requirement), it builds and reads the fields typed.
/// </summary>
public class FieldsEndToEndTests
{
    private static readonly ConsumerProject Project = new("typedcorpus-e2e-fields");

    private const string Record = """
        using TypedCorpus;
        namespace App;
        [CorpusFields]
        public sealed partial record NewsFields
        {
            public required string Desk { get; init; }              // front matter 'desk:' — required
            public int? Page { get; init; }                          // 'page: 3' — optional int
            public Region Region { get; init; } = Region.Nasional;   // 'region: jawa-barat' — enum, default kept when absent
            public IReadOnlyList<string> Tags { get; init; } = [];   // 'tags: diplomasi, asean'
        }
        public enum Region { Nasional, JawaBarat, Bali }
        """;

    private const string Lead =
        "Palu (ANTARA) - Gempa berkekuatan 5,2 magnitudo mengguncang Kota Palu pada Sabtu, 10 Mei 2025, kata petugas BMKG setempat kepada wartawan.\n" +
        "Warga sempat panik dan berhamburan keluar rumah, namun tidak ada laporan kerusakan berarti di kota itu.\n";

    private static string Errors(string output)
    {
        int end = output.IndexOf("Build FAILED.", StringComparison.Ordinal);
        return end < 0 ? output : output.Substring(0, end);
    }

    [Fact]
    public void Missing_and_mistyped_fields_fail_the_build_located_and_the_fixed_corpus_reads_them_typed()
    {
        if (Directory.Exists(Path.Combine(Project.Dir, "seeds"))) Directory.Delete(Path.Combine(Project.Dir, "seeds"), true);
        Project.Create("App", """
            using App;
            var f = Corpus.Articles[0].Fields();
            Console.WriteLine($"desk={f.Desk} page={f.Page} region={f.Region} tags={string.Join("|", f.Tags)} tagcount={f.Tags.Count}");
            var g = Corpus.Articles[1].Fields();
            Console.WriteLine($"second: desk={g.Desk} page={g.Page?.ToString() ?? "none"} region={g.Region}");
            """);
        Project.Write("NewsFields.cs", Record);
        Project.Write("seeds/a.txt", "---\ntitle: Gempa Palu\npage: 3\nregion: jawa-barat\ntags: gempa, palu\n---\nGempa Palu\n" + Lead);
        Project.Write("seeds/b.txt", "---\ntitle: Gempa Poso\ndesk: Daerah\npage: tiga\n---\nGempa Poso\n" + Lead.Replace("Palu", "Poso"));
        // undated: an error only while the build requires dates (-p:TypedCorpusRequire=Date)
        Project.Write("seeds/c.txt", "---\ntitle: Gempa Sigi\ndesk: Daerah\n---\nGempa Sigi\n" + Lead.Replace("Palu", "Sigi").Replace(" pada Sabtu, 10 Mei 2025", ""));

        var restore = Project.Dotnet("restore -nologo");
        Assert.True(restore.Code == 0, restore.Output);
        var broken = Project.Dotnet("build --no-restore -nologo -nodeReuse:false -p:TypedCorpusRequire=Date");
        Assert.NotEqual(0, broken.Code);
        var log = Errors(broken.Output);
        Assert.Contains("seeds/a.txt(1,1): error TC0014: required field 'desk' (NewsFields.Desk, string) is missing; add 'desk: …' to the front matter", log);
        Assert.Contains("seeds/b.txt(4,7): error TC0015: 'tiga' is not an integer (int) (field 'page', NewsFields.Page: int?); correct the value", log);
        Assert.Matches(new Regex(@"seeds/c\.txt\(1,1\): error TC0017: the article has no date, which the project requires"), log);
        Assert.Single(Regex.Matches(log, "error TC0017"));
        Assert.DoesNotContain("TC0006", log); // the record's keys are known keys
        Assert.DoesNotMatch(@"error CS\d{4}", log);

        Project.Write("seeds/a.txt", "---\ntitle: Gempa Palu\ndesk: Nusantara\npage: 3\nregion: jawa-barat\ntags: gempa, palu\n---\nGempa Palu\n" + Lead);
        Project.Write("seeds/b.txt", "---\ntitle: Gempa Poso\ndesk: Daerah\n---\nGempa Poso\n" + Lead.Replace("Palu", "Poso"));
        var build = Project.Dotnet("build --no-restore -nologo -nodeReuse:false");
        Assert.True(build.Code == 0, build.Output);
        Assert.DoesNotMatch(@"(error|warning) TC\d{4}", build.Output);
        var run = Project.Dotnet("run --no-build --no-restore");
        Assert.True(run.Code == 0, run.Output);
        Assert.Contains("desk=Nusantara page=3 region=JawaBarat tags=gempa|palu tagcount=2", run.Output);
        Assert.Contains("second: desk=Daerah page=none region=Nasional", run.Output);
    }
}
