using System;
using System.Collections.Generic;
using System.Linq;
using static TypedCorpus.Cli.Eval.PyText;

namespace TypedCorpus.Cli.Eval
{
    /// <summary>
    /// <c>eval/score.py</c>'s <c>score()</c> in C#: the same metrics, matching rules, normalisation and differences (notes),
    /// in the same order, over an export held in memory. This file: articles, metadata, lists, people and structure;
    /// quotes and agreements are in the other parts of the class.
    /// </summary>
    public sealed partial class Scorer
    {
        private static readonly ExportArticle Missing = new() { File = "" };

        private readonly Canon _canon;
        private readonly Tally _t = new();
        private readonly List<string> _notes = [];

        private Scorer(Canon canon) => _canon = canon;

        /// <summary>Every metric's tally and every difference, in score.py's order (set differences sorted).</summary>
        public static (Tally Tally, IReadOnlyList<string> Notes) Score(Gold gold, ExportDocument export)
        {
            var scorer = new Scorer(new Canon(gold.Aliases, gold.PartyEquivalents));
            var byFile = new Dictionary<string, ExportArticle>(StringComparer.Ordinal);
            foreach (var a in export.Articles) byFile[a.File.Replace('\\', '/').Split('/')[^1]] = a;
            foreach (var g in gold.Articles) scorer.Article(g, byFile.GetValueOrDefault(g.File));
            return (scorer._t, scorer._notes);
        }

        private void Article(GoldArticle g, ExportArticle? found)
        {
            if (found is null) _notes.Add($"{g.File}: missing from export");
            var e = found ?? Missing;
            Meta(g, e);
            Lists(g, e);
            People(g, e);
            Structure(g, e);
            Quotes(g, e);
            if (g.Agreements is { } agreements) Agreements(g, agreements, e);
        }

        private void Meta(GoldArticle g, ExportArticle e)
        {
            foreach (var (field, gold) in g.Meta)
            {
                var value = field switch
                {
                    "title" => e.Title, "subtitle" => e.Subtitle, "outlet" => e.Outlet, "dateline" => e.Dateline, "date" => e.Date, "author" => e.Author,
                    _ => throw new ArgumentOutOfRangeException(nameof(g), field, "not a meta field"),
                };
                bool ok = NormLoose(value) == NormLoose(gold);
                _t.Add("meta." + field, ok);
                _t.Add("meta.all", ok);
                if (!ok) _notes.Add($"{g.File}: {field} = {Repr(value)}, gold {Repr(gold)}");
            }
        }

        private void Lists(GoldArticle g, ExportArticle e)
        {
            foreach (var (field, optional, predicted) in new[] { ("sections", "", e.Sections), ("related", "", e.Related), ("citedSources", "citedSourcesOptional", e.CitedSources) })
            {
                if (!g.Lists.TryGetValue(field, out var gold)) continue;
                var (extra, missing) = _t.SetPrf(field, predicted.Select(NormLoose), gold.Select(NormLoose),
                    g.Lists.GetValueOrDefault(optional)?.Select(NormLoose), CodePointOrder);
                Differences(g.File, field, extra, missing);
            }
        }

        private void People(GoldArticle g, ExportArticle e)
        {
            if (!g.Lists.TryGetValue("people", out var gold)) return;
            var (extra, missing) = _t.SetPrf("people", _canon.Names(e.People), _canon.Names(gold), null, CodePointOrder);
            Differences(g.File, "people", extra, missing);
        }

        private void Differences(string file, string field, IEnumerable<string?> extra, IEnumerable<string?> missing)
        {
            foreach (var x in extra) _notes.Add($"{file}: {field} has extra {Repr(x)}");
            foreach (var x in missing) _notes.Add($"{file}: {field} misses {Repr(x)}");
        }

        private void Structure(GoldArticle g, ExportArticle e)
        {
            foreach (var (field, key, predicted) in new[] { ("paragraphs", "paragraphLines", e.Paragraphs.Select(p => p.Line)),
                ("listItems", "listItemLines", e.ListItems.Select(p => p.Line)), ("captions", "captionLines", e.Captions.Select(c => c.Line)) })
            {
                if (!g.Lines.TryGetValue(key, out var gold)) continue;
                var (extra, missing) = _t.SetPrf("structure." + field, predicted, gold, null, Comparer<int>.Default);
                if (extra.Count > 0) _notes.Add($"{g.File}: {field} at extra lines {Repr(extra)}");
                if (missing.Count > 0) _notes.Add($"{g.File}: {field} missing lines {Repr(missing)}");
            }
            if (g.FirstParagraphStartsWith is { } start)
            {
                bool ok = e.Paragraphs.Count > 0 && Norm(e.Paragraphs[0].Text)!.StartsWith(Norm(start)!, StringComparison.Ordinal);
                _t.Add("structure.datelineStripped", ok);
                if (!ok) _notes.Add($"{g.File}: first paragraph does not start with {Repr(start)}");
            }
            if (g.Lists.TryGetValue("captionCredits", out var credits))
                _t.SetPrf("captions.credit", e.Captions.Select(c => NormLoose(c.Credit)), credits.Select(NormLoose), null, CodePointOrder);
        }
    }
}
