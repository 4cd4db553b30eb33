using TypedCorpus.Extraction;

namespace TypedCorpus.Extraction.Tests;

/// <summary>The text stage: one tokenizer with two views, one sentence splitter, made once per article and read by every step after.</summary>
public class AnalysedTextTests
{
    private static string[] Texts(TokenList toks) => toks.Select(t => t.Text).ToArray();

    [Fact]
    public void The_names_view_gives_words_and_punctuation_joined_across_hyphens_and_apostrophes()
    {
        var toks = Tokenizer.Names("Pak Jun-ho (41) ke Ma'ruf, lalu Rusia-China.");
        Assert.Equal(new[] { "Pak", "Jun-ho", "(", "41", ")", "ke", "Ma'ruf", ",", "lalu", "Rusia-China", "." }, Texts(toks));
        Assert.Equal((0, 3), (toks[0].Start, toks[0].End));
        Assert.True(toks[0].IsCap && toks[0].Upper && toks[0].IsWord);
        Assert.True(toks[3].HasDigit && !toks[3].IsCap);
        Assert.False(toks[2].IsWord);
    }

    [Fact]
    public void The_words_view_skips_punctuation_and_splits_a_hyphen_before_a_capital()
    {
        var toks = Tokenizer.Words("Kerja-sama Rusia-China di A.S. dan kode_x/2024.");
        Assert.Equal(new[] { "Kerja-sama", "Rusia", "China", "di", "A.S", "dan", "kode_x/2024" }, Texts(toks));
        Assert.Equal("kerja-sama", toks[0].Lower);
        Assert.Same(toks[3].Text, toks[3].Lower); // a word that is its own lower case form is not copied
    }

    [Fact]
    public void An_Arabic_name_with_its_article_is_capitalised()
    {
        var toks = Tokenizer.Names("kata al-Harbi dan al-qaeda");
        Assert.True(toks[1].IsCap);
        Assert.False(toks[1].Upper);
        Assert.False(toks[3].IsCap);
    }

    [Fact]
    public void Sentences_end_at_a_mark_before_a_capital_but_not_after_a_title_or_an_initial()
    {
        var body = new List<BodyBlock>
        {
            new BodyBlock(3, BodyBlockKind.Paragraph, "Dr. Sari tiba pukul 10.30 di Jl. Melati. Ia disambut warga B. Lestari! Acara usai.", 0),
            new BodyBlock(5, BodyBlockKind.Heading, "Warga Berkumpul. Lalu Pulang", 0),
        };
        var text = new AnalysedText(body);

        var sentences = text.Blocks[0].Sentences;
        Assert.Equal(new[] { "Dr. Sari tiba pukul 10.30 di Jl. Melati.", "Ia disambut warga B. Lestari!", "Acara usai." }, sentences.Select(s => s.Text));
        Assert.Equal(body[0].Text.IndexOf("Ia", StringComparison.Ordinal), sentences[1].Start);
        Assert.Equal(new[] { "Ia", "disambut", "warga", "B", "Lestari" }, Texts(sentences[1].Words));
        Assert.Equal(0, sentences[1].Words[0].Start); // the words' offsets are in the sentence
        Assert.Empty(text.Blocks[1].Sentences);     // a heading has no sentences
        Assert.Equal(Texts(Tokenizer.Names(body[1].Text)), Texts(text.Blocks[1].Tokens));
    }

    [Fact]
    public void A_degree_written_with_glued_stops_ends_no_sentence_but_a_glued_sentence_still_does()
    {
        var body = new List<BodyBlock>
        {
            new BodyBlock(3, BodyBlockKind.Paragraph, "Rektor itu, Prof. Ir. Bayu Hartono, M.Agr.Sc., Ph.D resmi menandatangani nota itu. Acara usai.", 0),
            new BodyBlock(5, BodyBlockKind.Paragraph, "Warga sepakat berdamai.Mediasi dipimpin lurah.Ia puas dengan hasilnya.Nah, kali ini beres.PT. Sinar ikut.A. Rahman hadir.", 0),
        };
        var text = new AnalysedText(body);
        Assert.Equal(new[] { "Rektor itu, Prof. Ir. Bayu Hartono, M.Agr.Sc., Ph.D resmi menandatangani nota itu.", "Acara usai." }, text.Blocks[0].Sentences.Select(s => s.Text));
        Assert.Equal(new[] { "Warga sepakat berdamai.", "Mediasi dipimpin lurah.", "Ia puas dengan hasilnya.", "Nah, kali ini beres.", "PT. Sinar ikut.", "A. Rahman hadir." }, text.Blocks[1].Sentences.Select(s => s.Text));
    }

    [Fact]
    public void A_slice_of_a_text_s_tokens_is_the_tokens_of_the_slice()
    {
        const string s = "Budi pergi. Ani, kata dia, datang.";
        var all = Tokenizer.Names(s);
        int from = s.IndexOf("Ani", StringComparison.Ordinal), to = s.Length;
        var slice = all.Slice(from, to);
        var fresh = Tokenizer.Names(s.Substring(from, to - from));
        Assert.Equal(fresh.Select(t => (t.Start, t.Text)), slice.Select(t => (t.Start, t.Text)));
    }

    [Fact]
    public void The_pipeline_makes_the_analysis_once_and_every_step_reads_it()
    {
        var body = new List<BodyBlock> { new BodyBlock(1, BodyBlockKind.Paragraph, "Bupati Sleman Rina Sari mengatakan itu.", 0) };
        var context = new ArticleContext("t.txt", null, null, body, body.Select(b => b.Text).ToList());
        Assert.Same(context.Analysed, context.Analysed);
        var people = TypedCorpus.Extraction.People.ArticlePeople.Analyze(context);
        Assert.Same(context.Analysed.Blocks[0].Tokens, people.BlockTokens[0]);
    }
}
