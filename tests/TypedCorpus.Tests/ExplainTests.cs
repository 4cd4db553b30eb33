using TypedCorpus.Cli;

namespace TypedCorpus.Tests;

/// <summary><c>typedcorpus explain FILE:LINE</c> and the rule ids in <c>typedcorpus export</c>.</summary>
public class ExplainTests
{
    [Fact]
    public void Explain_names_the_rules_the_cue_and_the_people_not_chosen()
    {
        var dir = Directory.CreateTempSubdirectory("tc-explain").FullName;
        var file = Path.Combine(dir, "a.txt");
        File.WriteAllText(file, "Judul Berita Uji\n\nSurabaya, Kabar - Wali Kota Surabaya Rina Sari bertemu Bupati Gresik Ahmad Yani.\n\n\"Kami sepakat membangun jalan,\" ujar Rina kepada Ahmad Yani.\n");
        var text = Explain.Write(file, 5);
        Assert.Contains("rule cue-after", text);
        Assert.Contains("cue: 'ujar'", text);
        Assert.Contains("speaker: Rina Sari", text);
        Assert.Contains("found by name", text);
        Assert.Contains("not chosen: Ahmad Yani", text);
        Assert.Contains("no quote or agreement starts on this line", Explain.Write(file, 3));
        Directory.Delete(dir, true);
    }

    [Theory]
    [InlineData("seeds/a.txt:12", "seeds/a.txt", 12)]
    [InlineData("C:/x/a.txt:3", "C:/x/a.txt", 3)]
    public void Explain_argument_is_file_colon_line(string arg, string path, int line)
        => Assert.Equal((path, line), Explain.Parse(arg));

    [Theory]
    [InlineData("seeds/a.txt")]
    [InlineData("seeds/a.txt:0")]
    [InlineData("seeds/a.txt:-2")]
    [InlineData(":4")]
    public void Explain_refuses_anything_else(string arg) => Assert.Null(Explain.Parse(arg));

    [Fact]
    public void Export_of_the_engine_names_a_rule_for_every_quote_and_agreement()
    {
        var (model, _) = CorpusLoader.Load(Path.Combine(AppContext.BaseDirectory, "seeds"));
        var json = System.Text.Json.JsonDocument.Parse(ExportJson.Write(new ModelMapper(model).Articles, null, new EngineProvenance(model.Articles)));
        int quotes = 0, agreements = 0;
        foreach (var a in json.RootElement.GetProperty("articles").EnumerateArray())
        {
            foreach (var q in a.GetProperty("quotes").EnumerateArray()) { quotes++; Assert.False(string.IsNullOrEmpty(q.GetProperty("rule").GetString())); }
            foreach (var g in a.GetProperty("agreements").EnumerateArray()) { agreements++; Assert.False(string.IsNullOrEmpty(g.GetProperty("rule").GetString())); }
        }
        Assert.True(quotes > 0 && agreements > 0);
    }
}
