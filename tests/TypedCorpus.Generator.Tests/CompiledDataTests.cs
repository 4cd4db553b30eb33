using System.Collections.Immutable;
using System.Text;
using TypedCorpus.Extraction;
using TypedCorpus.Generator;
using Runtime = TypedCorpus.CompiledData;
using Writer = TypedCorpus.Generator.CompiledData;

namespace TypedCorpus.Generator.Tests;

/// <summary>The compact data format: what the generator writes, the runtime library reads back, field by field.</summary>
public class CompiledDataTests
{
    private sealed class NoCorpus : ICorpusNavigator
    {
        public Article GetArticle(int index) => throw new InvalidOperationException();
        public Person? FindPerson(string canonicalName) => null;
    }

    private static readonly NoCorpus Nav = new();

    /// <summary>Every (name, value) of an enum, in value order.</summary>
    private static IEnumerable<(string, int)> Members<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => (v.ToString(), Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Engine_kinds_are_the_runtime_kinds_by_name_and_value()
    {
        // the generator writes an engine kind's value and the runtime reads it as its own enum: the two must be the same enum
        Assert.Equal(Members<QuoteKind>(), Members<Extraction.QuoteKind>());
        Assert.Equal(Members<AgreementKind>(), Members<Extraction.AgreementKind>());
        Assert.Equal(Members<TypedCorpus.FurnitureKind>(), Members<Extraction.FurnitureKind>());
    }

    [Fact]
    public void A_kind_the_enum_does_not_define_is_an_error()
    {
        var quote = new QuoteModel(1, 0, "x", (Extraction.QuoteKind)3, EquatableArray<string>.Empty, null, null, null);
        Assert.Throws<ArgumentOutOfRangeException>(() => Writer.Article(new ArticleModel { File = "a.txt", Quotes = new[] { quote }.ToEquatableArray() }));
        var agreement = new AgreementModel(1, (Extraction.AgreementKind)(-1), null, "x", EquatableArray<string>.Empty, null);
        Assert.Throws<ArgumentOutOfRangeException>(() => Writer.Article(new ArticleModel { File = "a.txt", Agreements = new[] { agreement }.ToEquatableArray() }));
        var furniture = new FurnitureModel(1, (Extraction.FurnitureKind)9, "x");
        Assert.Throws<ArgumentOutOfRangeException>(() => Writer.Article(new ArticleModel { File = "a.txt", Furniture = new[] { furniture }.ToEquatableArray() }));
    }

    private static ArticleModel Full(int seed)
    {
        var rng = new Random(seed);
        string Text(int max)
        {
            // letters, Indonesian punctuation, quotes, backslashes, controls, non-BMP, format characters, and sometimes a lone surrogate
            var pool = new[] { "a", "Z", " ", "\"", "\\", "\t", "\u0000", "\u001f", "\u007f", "é", "中", "😀", "\u2028", "\u00a0", "“", "”", "\r" };
            var sb = new StringBuilder();
            int n = rng.Next(0, max);
            for (int i = 0; i < n; i++) sb.Append(pool[rng.Next(pool.Length)]);
            return sb.ToString();
        }
        string? Maybe(int max) => rng.Next(3) == 0 ? null : Text(max);
        int Line() => rng.Next(4) switch { 0 => 0, 1 => rng.Next(1, 32), 2 => rng.Next(32, 5000), _ => rng.Next(5000, int.MaxValue) };
        EquatableArray<string> Names() => Enumerable.Range(0, rng.Next(4)).Select(_ => Text(12)).ToEquatableArray();
        EquatableArray<LineText> Lines(int max) => Enumerable.Range(0, rng.Next(max)).Select(_ => new LineText(Line(), Text(300))).ToEquatableArray();
        return new ArticleModel
        {
            File = Text(20) + ".txt",
            Title = Maybe(80),
            Subtitle = Maybe(80),
            Outlet = Maybe(20),
            Dateline = Maybe(20),
            Date = rng.Next(3) == 0 ? null : $"{rng.Next(1, 9999):D4}-{rng.Next(1, 13):D2}-{rng.Next(1, 29):D2}",
            Author = Maybe(20),
            Url = Maybe(60),
            Sections = Lines(3),
            Related = Lines(3),
            CitedSources = Names(),
            People = Names(),
            Paragraphs = Lines(12),
            ListItems = Lines(4),
            Captions = Enumerable.Range(0, rng.Next(3)).Select(_ => new CaptionModel(Line(), Text(60), Maybe(20))).ToEquatableArray(),
            Furniture = Enumerable.Range(0, rng.Next(4)).Select(_ => new FurnitureModel(Line(), (Extraction.FurnitureKind)rng.Next(9), Text(40))).ToEquatableArray(),
            Quotes = Enumerable.Range(0, rng.Next(6)).Select(_ => new QuoteModel(Line(), 0, Text(100), (Extraction.QuoteKind)rng.Next(3), Names(), Maybe(10), Maybe(10), Maybe(10))).ToEquatableArray(),
            Agreements = Enumerable.Range(0, rng.Next(4)).Select(_ => new AgreementModel(Line(), (Extraction.AgreementKind)rng.Next(4), Maybe(40), Text(100), Names(), Maybe(10))).ToEquatableArray(),
        };
    }

    /// <summary>What the reader must give back: the text with lone surrogates as U+FFFD (UTF-8 cannot hold them).</summary>
    private static string? W(string? s) => s is null ? null : Writer.WellFormed(s);

    private static void AssertSame(ArticleModel m, Article a, int index)
    {
        Assert.Equal(index, a.Index);
        Assert.Equal(W(m.File), a.File);
        Assert.Equal(W(m.Title), a.Title);
        Assert.Equal(W(m.Subtitle), a.Subtitle);
        Assert.Equal(W(m.Outlet), a.Outlet);
        Assert.Equal(W(m.Dateline), a.Dateline);
        Assert.Equal(m.Date, a.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(W(m.Author), a.Author);
        Assert.Equal(W(m.Url), a.Url);
        Assert.Equal(m.Sections.Select(x => (x.Line, W(x.Text))), a.Sections.Select(x => (x.Line, (string?)x.Title)));
        Assert.Equal(m.Related.Select(x => (x.Line, W(x.Text))), a.Related.Select(x => (x.Line, (string?)x.Title)));
        Assert.Equal(m.CitedSources.Select(W), a.CitedSources);
        Assert.Equal(m.People.Select(W), a.PeopleNames);
        Assert.Equal(m.Paragraphs.Select(x => (x.Line, W(x.Text))), a.Paragraphs.Select(x => (x.Line, (string?)x.Text)));
        Assert.Equal(m.ListItems.Select(x => (x.Line, W(x.Text))), a.ListItems.Select(x => (x.Line, (string?)x.Text)));
        Assert.Equal(m.Captions.Select(x => (x.Line, W(x.Text), W(x.Credit))), a.Captions.Select(x => (x.Line, (string?)x.Text, x.Credit)));
        Assert.Equal(m.Furniture.Select(x => (x.Line, x.Kind.ToString(), W(x.Text))), a.Furniture.Select(x => (x.Line, x.Kind.ToString(), (string?)x.Text)));
        Assert.Equal(m.Quotes.Count, a.Quotes.Count);
        for (int i = 0; i < m.Quotes.Count; i++)
        {
            var (q, r) = (m.Quotes[i], a.Quotes[i]);
            Assert.Equal((q.Line, q.Kind.ToString(), W(q.Text), W(q.Verb), W(q.Addressee), W(q.Via)), (r.Line, r.Kind.ToString(), (string?)r.Text, r.Verb, r.Addressee, r.Via));
            Assert.Equal(q.Speakers.Select(W), r.Speakers);
            Assert.Equal(index, r.ArticleIndex);
        }
        Assert.Equal(m.Agreements.Count, a.Agreements.Count);
        for (int i = 0; i < m.Agreements.Count; i++)
        {
            var (g, r) = (m.Agreements[i], a.Agreements[i]);
            Assert.Equal((g.Line, g.Kind.ToString(), W(g.Title), W(g.Text), W(g.Date)), (r.Line, r.Kind.ToString(), r.Title, (string?)r.Text, r.Date));
            Assert.Equal(g.Parties.Select(W), r.Parties);
            Assert.Equal(index, r.ArticleIndex);
        }
    }

    [Fact]
    public void Articles_round_trip_every_field_through_a_chunk()
    {
        // a full chunk of varied records (random texts with quotes, backslashes, controls, non-BMP and lone surrogates;
        // numbers across every width of the integer code), read back at their positions in the chunk of a later corpus chunk
        var models = Enumerable.Range(0, Runtime.ChunkSize).Select(Full).ToArray();
        var data = Encoding.UTF8.GetBytes(Writer.WellFormed(string.Concat(models.Select(Writer.Article))));
        foreach (int k in new[] { 0, 1, 2, 17, 128, 254, 255 })
            AssertSame(models[k], Runtime.ReadArticle(Nav, 3 * Runtime.ChunkSize + k, data), 3 * Runtime.ChunkSize + k);
    }

    [Fact]
    public void Compressed_articles_round_trip_every_field_through_a_chunk()
    {
        // what the generator stores: each record with everything after the file name deflated when that is smaller
        var models = Enumerable.Range(0, Runtime.ChunkSize).Select(i => Full(1000 + i)).ToArray();
        var records = models.Select(m => Writer.ArticleData(m, EquatableArray<string?>.Empty)).ToArray();
        Assert.Contains(records, r => Array.IndexOf(r, Writer.CompressedMark) >= 0);
        var data = records.SelectMany(r => r).ToArray();
        foreach (int k in Enumerable.Range(0, Runtime.ChunkSize))
            AssertSame(models[k], Runtime.ReadArticle(Nav, 2 * Runtime.ChunkSize + k, data), 2 * Runtime.ChunkSize + k);
        // the file index reads the file names without inflating anything
        var files = new Dictionary<string, int>(StringComparer.Ordinal);
        Runtime.AddFiles(data, 0, files);
        Assert.Equal(models.Select(m => W(m.File)).Distinct().Count(), files.Count);
    }

    [Fact]
    public void A_news_article_record_is_stored_compressed_and_smaller()
    {
        var text = File.ReadAllText(Directory.GetFiles(Path.Combine(SnapshotTests.FindRepoTestDir(), "..", "..", "seeds"), "*.txt").OrderBy(f => f, StringComparer.Ordinal).First());
        var model = ArticleExtractor.Extract("a.txt", text);
        var plain = Encoding.UTF8.GetBytes(Writer.Article(model));
        var stored = Writer.ArticleData(model, EquatableArray<string?>.Empty);
        Assert.True(stored.Length * 2 < plain.Length, $"{stored.Length} vs {plain.Length} bytes");
        AssertSame(model, Runtime.ReadArticle(Nav, 0, stored), 0);
    }

    [Fact]
    public void A_short_record_is_stored_as_it_is()
    {
        var model = new ArticleModel { File = "a.txt", Title = "Judul" };
        Assert.Equal(Encoding.UTF8.GetBytes(Writer.Article(model)), Writer.ArticleData(model, EquatableArray<string?>.Empty));
    }

    [Fact]
    public void Data_is_printable_ascii_except_the_texts_themselves()
    {
        // every byte the format adds (lengths, counts, lines, kinds, dates) is printable ASCII: the literal stays readable
        var m = new ArticleModel { File = "a.txt", Paragraphs = new[] { new LineText(123456, "x") }.ToEquatableArray() };
        var record = Writer.Article(m);
        Assert.All(record.Replace("a.txt", "", StringComparison.Ordinal).Replace("x", "", StringComparison.Ordinal), c => Assert.InRange(c, ' ', '\u007f'));
    }

    [Fact]
    public void Corrupt_data_is_a_clear_error()
    {
        var bad = Encoding.ASCII.GetBytes("\u0001");
        var ex = Assert.Throws<FormatException>(() => Runtime.ReadArticle(Nav, 0, bad));
        Assert.Contains("rebuild", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_index_reads_each_article_file_and_keeps_the_first()
    {
        var models = new[] { "a.txt", "B.txt", "a.txt" }.Select(f => new ArticleModel { File = f, Title = "Judul " + f }).ToArray();
        var data = Encoding.UTF8.GetBytes(string.Concat(models.Select(Writer.Article)));
        var files = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        Runtime.AddFiles(data, 512, files);
        Assert.Equal(2, files.Count);
        Assert.Equal(512, files["A.TXT"]);
        Assert.Equal(513, files["b.txt"]);
    }

    [Fact]
    public void People_round_trip()
    {
        var plan = new PersonPlan(300, "BudiSantoso", new PersonModel("Budi Santoso", new[] { "Budi", "Pak Budi" }.ToEquatableArray()),
            new[] { (0, 1), (4097, 33) }.ToEquatableArray(), new[] { 0, 4097, 100000 }.ToEquatableArray());
        var other = new PersonPlan(301, "Siti", new PersonModel("Siti", EquatableArray<string>.Empty), EquatableArray<(int, int)>.Empty, EquatableArray<int>.Empty);
        var data = Encoding.UTF8.GetBytes(Writer.Person(plan) + Writer.Person(other));
        var p = Runtime.ReadPerson(Nav, 256 + 0, data);
        Assert.Equal("Budi Santoso", p.Name);
        Assert.Equal(new[] { "Budi", "Pak Budi" }, p.Aliases);
        Assert.Equal(new[] { new QuoteRef(0, 1), new QuoteRef(4097, 33) }, p.QuoteRefs);
        Assert.Equal(new[] { 0, 4097, 100000 }, p.ArticleIndexes);
        var s = Runtime.ReadPerson(Nav, 256 + 1, data);
        Assert.Equal("Siti", s.Name);
        Assert.Empty(s.Aliases);
        Assert.Empty(s.QuoteRefs);
    }
}

public class DataChunkOrderTests
{
    [Fact]
    public void Chunks_hold_the_records_in_index_order_whatever_the_order_they_come_in()
    {
        var blobs = Enumerable.Range(0, 600).Select(i => new ArticleBlob(i, new[] { (byte)(i % 251) })).ToArray();
        var shuffled = blobs.OrderBy(b => (b.Index * 7919) % 600).ToImmutableArray();
        foreach (var input in new[] { blobs.ToImmutableArray(), shuffled })
        {
            var chunks = DataChunk.From(input);
            Assert.Equal(new[] { (0, 0, 256), (1, 256, 512), (2, 512, 600) }, chunks.Select(c => (c.Chunk, c.Start, c.End)));
            Assert.Equal(blobs.Select(b => b.Blob), chunks.SelectMany(c => c.Blobs));
        }
    }
}
