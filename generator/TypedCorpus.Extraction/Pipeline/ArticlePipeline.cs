using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using TypedCorpus.Extraction.Agreements;
using TypedCorpus.Extraction.People;
using TypedCorpus.Extraction.Quotes;
using TypedCorpus.Extraction.Structure;

namespace TypedCorpus.Extraction
{
    /// <summary>One article through the stages of <see cref="ArticleStage"/>, in order, each under the <see cref="StageGuard"/>.</summary>
    internal sealed class ArticlePipeline
    {
        private readonly string _file;
        private readonly CancellationToken _ct;
        private readonly ArticleLines _lines;
        private readonly List<DiagnosticModel> _diags = new List<DiagnosticModel>();
        private readonly StageGuard _stages;

        public ArticlePipeline(string file, string text, Action<string>? stageProbe, CancellationToken ct)
        {
            _stages = new StageGuard(stageProbe, _diags);
            _file = file;
            _ct = ct;
            _lines = new ArticleLines(text);
        }

        /// <summary>The stages in order (<see cref="ArticleStage"/>), each under the guard.</summary>
        public ArticleModel Execute()
        {
            var front = _stages.Required(ArticleStage.FrontMatter, () => FrontMatter.Read(_lines, _diags));
            int first = -1;
            for (int i = front.End; i < _lines.Count; i++) if (_lines.Norm[i].Length > 0) { first = i; break; }
            if (first < 0)
            {
                _diags.Add(Diagnostics.Create(DiagnosticIds.EmptyArticle, Math.Max(1, Math.Min(_lines.Count, front.End + 1)), 0, 0,
                    "the article has no text; add the article's text or delete the file"));
                return Build(_lines.Freeze(), front, null, new List<QuoteModel>(), new List<string>(), new List<AgreementModel>(), new List<string>());
            }

            var (lead, prefixLen) = _stages.Required(ArticleStage.Structure, () => ClassifyLines(first));
            var (date, cited) = _stages.Required(ArticleStage.Metadata, () => ArticleMetadata.Read(_lines, front, _diags, lead, prefixLen));

            var structure = _lines.Freeze(); // the stages after read only this
            var body = InOrder(structure.Body, (a, b) => a.Line > b.Line) ? structure.Body : structure.Body.OrderBy(b => b.Line).ToList();
            var context = new ArticleContext(_file, structure.Title, date, body, structure.Raw);
            _stages.Required(ArticleStage.Text, () => context.Analysed);
            var quotes = _stages.Optional(ArticleStage.Quotes, () => QuoteExtractor.Extract(context)) ?? new List<QuoteModel>();
            var named = _stages.Optional(ArticleStage.People, () => new[] { PeopleDetector.Detect(context), PeopleDetector.IntroducedShortNames(context) });
            IReadOnlyList<string> people = named?[0] ?? new List<string>(), introduced = named?[1] ?? new List<string>();
            var agreements = _stages.Optional(ArticleStage.Agreements, () => AgreementExtractor.Extract(context, people)) ?? new List<AgreementModel>();
            _diags.AddRange(context.Diagnostics);
            return Build(structure, front, date, quotes, people, agreements, cited) with { IntroducedShortNames = introduced.ToEquatableArray() };
        }

        /// <summary>What each line is: header, body, and every other non-blank line a paragraph. Returns the lead line and its dateline's length.</summary>
        private (int Lead, int PrefixLength) ClassifyLines(int first)
        {
            int lead = HeaderClassifier.FindLead(_lines, first, _ct, out int prefixLen);
            StandfirstAnchor.Take(_lines, first, lead, prefixLen);
            HeaderClassifier.Classify(_lines, first, lead);
            BodyClassifier.Classify(_lines, lead, prefixLen, _ct);
            LateHeadline.Take(_lines, lead);
            for (int i = 0; i < _lines.Count; i++)
                if (_lines.Kind[i] is null && _lines.Norm[i].Length > 0) _lines.AddParagraph(i);
            return (lead, prefixLen);
        }

        private ArticleModel Build(ArticleStructure l, FrontMatter front, string? date, IReadOnlyList<QuoteModel> quotes, IReadOnlyList<string> people, IReadOnlyList<AgreementModel> agreements, IReadOnlyList<string> cited)
        {
            int kept = 0;
            for (int i = 0; i < l.Count; i++) if (l.Norm[i].Length > 0 || l.Kind[i] == LineKind.FrontMatter) kept++;
            var lines = new SourceLine[kept]; // counted first: one array of exactly the lines
            for (int i = 0, k = 0; i < l.Count; i++)
                if (l.Norm[i].Length > 0 || l.Kind[i] == LineKind.FrontMatter)
                    lines[k++] = new SourceLine(i + 1, l.Kind[i] ?? LineKind.Paragraph, l.Raw[i]);
            return new ArticleModel
            {
                File = _file,
                Title = l.Title,
                TitleLine = l.TitleLine,
                Subtitle = l.Subtitle,
                Outlet = l.Outlet,
                Dateline = l.Dateline,
                Date = date,
                Author = l.Author,
                Url = front.Values.TryGetValue("url", out var url) ? url.Value : null,
                Language = front.Values.TryGetValue("language", out var lang) ? lang.Value : null,
                FrontMatter = front.Entries.ToEquatableArray(),
                Sections = l.Sections.ToEquatableArray(),
                Related = l.Related.ToEquatableArray(),
                CitedSources = cited.ToEquatableArray(),
                People = people.ToEquatableArray(),
                Paragraphs = (InOrder(l.Paragraphs, (a, b) => a.Line > b.Line) ? l.Paragraphs : (IEnumerable<LineText>)l.Paragraphs.OrderBy(p => p.Line)).ToEquatableArray(),
                ListItems = l.ListItems.ToEquatableArray(),
                Captions = l.Captions.ToEquatableArray(),
                Furniture = (InOrder(l.Furniture, (a, b) => a.Line > b.Line) ? l.Furniture : (IEnumerable<FurnitureModel>)l.Furniture.OrderBy(f => f.Line)).ToEquatableArray(),
                Quotes = quotes.ToEquatableArray(),
                Agreements = agreements.ToEquatableArray(),
                Lines = new EquatableArray<SourceLine>(lines),
                Diagnostics = (InOrder(_diags, (a, b) => a.Line > b.Line || a.Line == b.Line && a.Column > b.Column) ? _diags
                    : (IEnumerable<DiagnosticModel>)_diags.OrderBy(d => d.Line).ThenBy(d => d.Column)).ToEquatableArray(),
                ContentHash = l.ContentHash,
            };
        }
    
        /// <summary>
        /// Is no item of <paramref name="items"/> followed by one it should follow (<paramref name="outOfOrder"/>)? Then a stable
        /// sort (<c>OrderBy</c>) would give the items as they are, and is not made.
        /// </summary>
        private static bool InOrder<T>(IReadOnlyList<T> items, Func<T, T, bool> outOfOrder)
        {
            for (int i = 1; i < items.Count; i++) if (outOfOrder(items[i - 1], items[i])) return false;
            return true;
        }
    }
}
