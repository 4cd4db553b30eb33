using System.Collections.Generic;
using System.Linq;
using static TypedCorpus.Cli.Eval.PyText;

namespace TypedCorpus.Cli.Eval
{
    /// <summary>Quotes: matched by line and normalised text, then kind, speakers, verb, addressee and source.</summary>
    public sealed partial class Scorer
    {
        private static readonly HashSet<string> LenientKinds = ["partial", "term"];

        private void Quotes(GoldArticle g, ExportArticle e)
        {
            var predicted = e.Quotes;
            var texts = predicted.Select(q => NormQuote(q.Text)).ToArray();
            var used = new HashSet<int>();
            int truePositives = 0;
            foreach (var gq in g.Quotes)
            {
                var text = NormQuote(gq.Text);
                int match = Enumerable.Range(0, predicted.Count).FirstOrDefault(i => !used.Contains(i) && predicted[i].Line == gq.Line && texts[i] == text, -1);
                if (match < 0)
                {
                    _notes.Add($"{g.File}: quote missed at line {gq.Line}: {Repr(Head(gq.Text, 50))}");
                    continue;
                }
                used.Add(match);
                truePositives++;
                Quote(g.File, gq, predicted[match]);
            }
            var optional = g.OptionalQuotes.Select(o => (o.Line, NormQuote(o.Text))).ToHashSet();
            int optionalFound = 0;
            for (int i = 0; i < predicted.Count; i++)
            {
                if (used.Contains(i)) continue;
                if (optional.Contains((predicted[i].Line, texts[i]))) { optionalFound++; continue; }
                _notes.Add($"{g.File}: extra quote at line {predicted[i].Line}: {Repr(Head(predicted[i].Text, 50))}");
            }
            _t.Prf("quotes", truePositives, predicted.Count - optionalFound, g.Quotes.Count);
        }

        private void Quote(string file, GoldQuote gq, ExportQuote pq)
        {
            var kind = Enums.Name(pq.Kind);
            bool ok = gq.Lenient ? LenientKinds.Contains(kind) : kind == gq.Kind;
            _t.Add("quotes.kind", ok);
            if (!ok) _notes.Add($"{file}: quote line {gq.Line} kind {Repr(kind)}, gold {Repr(gq.Kind)}");
            if (gq.Speakers is null) return;
            Speakers(file, gq, gq.Speakers, pq);
            if (!string.IsNullOrEmpty(gq.Verb) && gq.Kind == "direct")
                _t.Add("quotes.verb", Casefold(Norm(pq.Verb) ?? "") == Casefold(Norm(gq.Verb)!));
            foreach (var (attr, gold, value) in new[] { ("addressee", gq.Addressee, pq.Addressee), ("via", gq.Via, pq.Via) })
            {
                if (string.IsNullOrEmpty(gold)) continue;
                ok = _canon.Name(value ?? "") == _canon.Name(gold);
                _t.Add("quotes." + attr, ok);
                if (!ok) _notes.Add($"{file}: quote line {gq.Line} {attr} {Repr(value)}, gold {Repr(gold)}");
            }
        }

        /// <summary>
        /// Right when the speakers are the gold's or one of its alternatives (or none, for a lenient quote); answered when
        /// the export names someone or the gold accepts nobody; right when answered, of those the export attributes.
        /// </summary>
        private void Speakers(string file, GoldQuote gq, IReadOnlyList<string?> speakers, ExportQuote pq)
        {
            var accepted = new List<HashSet<string>> { _canon.Names(speakers) };
            accepted.AddRange(gq.SpeakersAlt.Select(_canon.Names));
            if (gq.Lenient) accepted.Add([]);
            var got = _canon.Names(pq.Speakers);
            bool ok = accepted.Any(got.SetEquals);
            _t.Add("quotes.speakers", ok);
            if (got.Count > 0) _t.Add("quotes.speakers.answeredRight", ok);
            _t.Add("quotes.speakers.answered", got.Count > 0 || accepted.Any(a => a.Count == 0));
            if (gq.Kind == "direct") _t.Add("quotes.speakers.direct", ok);
            if (!ok) _notes.Add($"{file}: quote line {gq.Line} speakers {Repr(got.Order(CodePointOrder))}, gold {Repr(accepted[0].Order(CodePointOrder))}");
        }
    }
}
