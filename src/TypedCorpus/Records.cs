using System;
using System.Collections.Generic;
using System.Linq;

namespace TypedCorpus
{
    /// <summary>Lets records reach the rest of the corpus (an article's quotes, a person's quotes) without holding it in their equality.</summary>
    public interface ICorpusNavigator
    {
        /// <summary>The article at <paramref name="index"/> in the corpus.</summary>
        Article GetArticle(int index);

        /// <summary>The person with this canonical name, or null.</summary>
        Person? FindPerson(string canonicalName);
    }

    /// <summary>A body paragraph, with the 1-based line of the source file it comes from.</summary>
    public sealed record Paragraph(int Line, string Text);

    /// <summary>A body list item (bullet or numbered), without its marker.</summary>
    public sealed record ListItem(int Line, string Text);

    /// <summary>An in-body sub-heading, without its numbering.</summary>
    public sealed record Section(int Line, string Title);

    /// <summary>A "Baca Juga" link: the linked article's title.</summary>
    public sealed record RelatedLink(int Line, string Title);

    /// <summary>An image caption: the caption without a glued headline and without its credit; the credit when given.</summary>
    public sealed record Caption(int Line, string Text, string? Credit);

    /// <summary>What a furniture line is.</summary>
    public enum FurnitureKind
    {
        /// <summary>A line that is neither body nor a known kind of furniture.</summary>
        Other,
        /// <summary>A "Baca Juga:" marker line.</summary>
        RelatedMarker,
        /// <summary>"Terkini Lainnya" and its list.</summary>
        MoreNews,
        /// <summary>Author block, byline, tagline, editor line.</summary>
        Author,
        /// <summary>"Topik:" / "Tag:" blocks.</summary>
        Topics,
        /// <summary>Subscribe / follow / "Cek Berita … Google News" and similar calls.</summary>
        Promo,
        /// <summary>Copyright and sign-off lines.</summary>
        SignOff,
        /// <summary>An embedded media placeholder ("[Gambas:Video CNBC]", "Video: …").</summary>
        Embed,
        /// <summary>A front-matter line.</summary>
        FrontMatter,
    }

    /// <summary>A raw line of site furniture (never part of the body).</summary>
    public sealed record FurnitureLine(int Line, FurnitureKind Kind, string Text);

    /// <summary>How a quotation is used.</summary>
    public enum QuoteKind
    {
        /// <summary>A quoted utterance with its attribution next to it.</summary>
        Direct,
        /// <summary>A quoted fragment inside reported speech.</summary>
        Partial,
        /// <summary>Quotation marks around a label nobody is reported to utter.</summary>
        Term,
    }

    /// <summary>The kind of an agreement.</summary>
    public enum AgreementKind
    {
        /// <summary>A signed document or an item of a list of signed documents.</summary>
        Signed,
        /// <summary>Parties agree, commit or pledge to do something.</summary>
        Commitment,
        /// <summary>A partnership or position declared.</summary>
        Declaration,
        /// <summary>A joint statement signed or issued.</summary>
        JointStatement,
    }

    /// <summary>A quotation: the words inside the marks, who said them and how.</summary>
    public sealed record Quote
    {
        private readonly ICorpusNavigator? _corpus;

        /// <summary>Creates a quote; <paramref name="corpus"/> lets <see cref="Article"/> and <see cref="SpeakerPeople"/> navigate.</summary>
        public Quote(ICorpusNavigator? corpus) => _corpus = corpus;

        /// <summary>Index of the article in the corpus.</summary>
        public int ArticleIndex { get; init; }
        /// <summary>1-based line of the opening quotation mark.</summary>
        public int Line { get; init; }
        /// <summary>The quoted words, marks removed.</summary>
        public string Text { get; init; } = "";
        /// <summary>Direct, partial or term.</summary>
        public QuoteKind Kind { get; init; }
        /// <summary>Canonical names of who said it (persons or countries); empty for terms.</summary>
        public ValueList<string> Speakers { get; init; } = ValueList<string>.Empty;
        /// <summary>The attribution cue ("ujar", "katanya"), or null.</summary>
        public string? Verb { get; init; }
        /// <summary>Who it was said to ("kata Xi kepada Putin"), or null.</summary>
        public string? Addressee { get; init; }
        /// <summary>The medium it was taken from ("dikutip dari …"), or null.</summary>
        public string? Via { get; init; }

        /// <summary>The article the quote is in.</summary>
        public Article Article => (_corpus ?? throw new InvalidOperationException("This quote is not attached to a corpus.")).GetArticle(ArticleIndex);

        /// <summary>The speakers that are persons of the corpus' people registry.</summary>
        public IReadOnlyList<Person> SpeakerPeople =>
            _corpus is null ? Array.Empty<Person>() : Speakers.Select(_corpus.FindPerson).Where(p => p is not null).Select(p => p!).ToArray();

        /// <summary>The first speaker as a person, or null (compare with <c>Corpus.People.X</c>).</summary>
        public Person? Speaker => SpeakerPeople.FirstOrDefault();

        /// <inheritdoc/>
        public override string ToString() =>
            $"Quote {{ Line = {Line}, Kind = {Kind}, Speakers = {Speakers}, Verb = {Verb}, Text = {Text} }}";
    }

    /// <summary>An agreement: a signed document, a commitment, a declaration or a joint statement.</summary>
    public sealed record Agreement
    {
        /// <summary>Index of the article in the corpus.</summary>
        public int ArticleIndex { get; init; }
        /// <summary>1-based line where it is stated.</summary>
        public int Line { get; init; }
        /// <summary>Signed, commitment, declaration or joint statement.</summary>
        public AgreementKind Kind { get; init; }
        /// <summary>The item's own title ("Keamanan Hayati"), or null.</summary>
        public string? Title { get; init; }
        /// <summary>The clause that states it.</summary>
        public string Text { get; init; } = "";
        /// <summary>Canonical names of the parties (persons, countries, organisations).</summary>
        public ValueList<string> Parties { get; init; } = ValueList<string>.Empty;
        /// <summary>ISO date at the precision written (<c>2025-05-08</c>, <c>2022-02</c>, <c>2022</c>), or null.</summary>
        public string? Date { get; init; }
    }

    /// <summary>A person of the corpus-wide registry.</summary>
    public sealed record Person
    {
        private readonly ICorpusNavigator? _corpus;

        /// <summary>Creates a person; <paramref name="corpus"/> lets <see cref="Quotes"/> and <see cref="Articles"/> navigate.</summary>
        public Person(ICorpusNavigator? corpus) => _corpus = corpus;

        /// <summary>The canonical (fullest) name.</summary>
        public string Name { get; init; } = "";
        /// <summary>Other forms of the name met in the corpus ("Putin").</summary>
        public ValueList<string> Aliases { get; init; } = ValueList<string>.Empty;
        /// <summary>Where the person's quotes are: (article index, quote index) pairs.</summary>
        public ValueList<QuoteRef> QuoteRefs { get; init; } = ValueList<QuoteRef>.Empty;
        /// <summary>Indexes of the articles whose body mentions the person.</summary>
        public ValueList<int> ArticleIndexes { get; init; } = ValueList<int>.Empty;

        private ICorpusNavigator Corpus => _corpus ?? throw new InvalidOperationException("This person is not attached to a corpus.");

        /// <summary>Everything the person is quoted saying, across the corpus.</summary>
        public IReadOnlyList<Quote> Quotes => QuoteRefs.Select(r => Corpus.GetArticle(r.ArticleIndex).Quotes[r.QuoteIndex]).ToArray();

        /// <summary>The articles that mention the person.</summary>
        public IReadOnlyList<Article> Articles => ArticleIndexes.Select(Corpus.GetArticle).ToArray();

        /// <inheritdoc/>
        public override string ToString() => $"Person {{ Name = {Name}, Aliases = {Aliases} }}";
    }

    /// <summary>A front matter line as written: its 1-based line, the key and the value (trimmed, surrounding quotes removed).</summary>
    public sealed record FrontMatterField(int Line, string Key, string Value);

    /// <summary>Where a quote is: the article's index in the corpus and the quote's index in the article.</summary>
    public readonly record struct QuoteRef(int ArticleIndex, int QuoteIndex);

    /// <summary>One article of the corpus, with its structure, quotes and agreements.</summary>
    public sealed record Article
    {
        private readonly ICorpusNavigator? _corpus;

        /// <summary>Creates an article; <paramref name="corpus"/> lets <see cref="People"/> navigate.</summary>
        public Article(ICorpusNavigator? corpus) => _corpus = corpus;

        /// <summary>Index in the corpus (articles are ordered by file name).</summary>
        public int Index { get; init; }
        /// <summary>The file's name.</summary>
        public string File { get; init; } = "";
        /// <summary>The headline, or null.</summary>
        public string? Title { get; init; }
        /// <summary>The standfirst, or null.</summary>
        public string? Subtitle { get; init; }
        /// <summary>The publication named in the dateline or furniture, or null.</summary>
        public string? Outlet { get; init; }
        /// <summary>The city of the dateline, or null.</summary>
        public string? Dateline { get; init; }
        /// <summary>The first full calendar date written in the article's text, or null.</summary>
        public DateOnly? Date { get; init; }
        /// <summary>The writer, when the page names one.</summary>
        public string? Author { get; init; }
        /// <summary>The URL from front matter, or null.</summary>
        public string? Url { get; init; }
        /// <summary>In-body sub-headings, in order.</summary>
        public ValueList<Section> Sections { get; init; } = ValueList<Section>.Empty;
        /// <summary>"Baca Juga" links, in order.</summary>
        public ValueList<RelatedLink> Related { get; init; } = ValueList<RelatedLink>.Empty;
        /// <summary>Media or agencies the article attributes its report to.</summary>
        public ValueList<string> CitedSources { get; init; } = ValueList<string>.Empty;
        /// <summary>Canonical names of the persons the body mentions.</summary>
        public ValueList<string> PeopleNames { get; init; } = ValueList<string>.Empty;
        /// <summary>Body prose paragraphs, dateline removed.</summary>
        public ValueList<Paragraph> Paragraphs { get; init; } = ValueList<Paragraph>.Empty;
        /// <summary>Body list items.</summary>
        public ValueList<ListItem> ListItems { get; init; } = ValueList<ListItem>.Empty;
        /// <summary>Image captions.</summary>
        public ValueList<Caption> Captions { get; init; } = ValueList<Caption>.Empty;
        /// <summary>Site furniture, as raw lines.</summary>
        public ValueList<FurnitureLine> Furniture { get; init; } = ValueList<FurnitureLine>.Empty;
        /// <summary>Every quotation, in order.</summary>
        public ValueList<Quote> Quotes { get; init; } = ValueList<Quote>.Empty;
        /// <summary>Every agreement, in order.</summary>
        public ValueList<Agreement> Agreements { get; init; } = ValueList<Agreement>.Empty;
        /// <summary>Every <c>key: value</c> line of the front matter, as written, in order (empty without front matter).</summary>
        public ValueList<FrontMatterField> FrontMatter { get; init; } = ValueList<FrontMatterField>.Empty;

        /// <summary>
        /// The values of the project's <c>[CorpusFields]</c> record for this article, validated and converted when the project
        /// was built (one per property, in declaration order; null when absent). Read them typed with the generated
        /// <c>Fields()</c> extension method.
        /// </summary>
        [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
        public ValueList<string?> FieldValues { get; init; } = ValueList<string?>.Empty;

        /// <summary>The persons of the registry the body mentions.</summary>
        public IReadOnlyList<Person> People =>
            _corpus is null ? Array.Empty<Person>() : PeopleNames.Select(_corpus.FindPerson).Where(p => p is not null).Select(p => p!).ToArray();

        /// <inheritdoc/>
        public override string ToString() => $"Article {{ File = {File}, Date = {Date}, Outlet = {Outlet}, Title = {Title} }}";
    }
}
