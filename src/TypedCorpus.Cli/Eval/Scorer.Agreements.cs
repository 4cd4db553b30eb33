using System;
using System.Collections.Generic;
using System.Linq;
using static TypedCorpus.Cli.Eval.PyText;

namespace TypedCorpus.Cli.Eval
{
    /// <summary>
    /// Agreements: matched by line and a key text (or the title), then kind, parties, title and date; an optional gold
    /// agreement counts neither for nor against recall but is no false positive.
    /// </summary>
    public sealed partial class Scorer
    {
        private void Agreements(GoldArticle g, IReadOnlyList<GoldAgreement> gold, ExportArticle e)
        {
            var predicted = e.Agreements;
            var texts = predicted.Select(a => Casefold(Norm(a.Text) ?? "")).ToArray();
            var used = new HashSet<int>();
            int truePositives = 0, optionalFound = 0;
            foreach (var ga in gold)
            {
                var key = Casefold(Norm(ga.Key)!);
                int match = Enumerable.Range(0, predicted.Count).FirstOrDefault(i => !used.Contains(i) && predicted[i].Line == ga.Line
                    && (texts[i].Contains(key, StringComparison.Ordinal) || !string.IsNullOrEmpty(ga.Title) && NormLoose(predicted[i].Title) == NormLoose(ga.Title)), -1);
                if (match < 0)
                {
                    if (!ga.Optional) _notes.Add($"{g.File}: agreement missed at line {ga.Line}: {Repr(ga.Key)}");
                    continue;
                }
                used.Add(match);
                if (ga.Optional) { optionalFound++; continue; }
                truePositives++;
                Agreement(g.File, ga, predicted[match]);
            }
            foreach (var (line, key, why) in g.NotAgreements)
                for (int i = 0; i < predicted.Count; i++)
                    if (predicted[i].Line == line && texts[i].Contains(Casefold(key), StringComparison.Ordinal))
                        _notes.Add($"{g.File}: line {line} is not an agreement ({why})");
            for (int i = 0; i < predicted.Count; i++)
                if (!used.Contains(i)) _notes.Add($"{g.File}: extra agreement at line {predicted[i].Line}: {Repr(Head(predicted[i].Text, 50))}");
            _t.Add("agreements.precision", truePositives + optionalFound, predicted.Count);
            _t.Add("agreements.recall", truePositives, gold.Count(a => !a.Optional));
        }

        private void Agreement(string file, GoldAgreement ga, ExportAgreement pa)
        {
            var kind = Enums.Name(pa.Kind);
            bool ok = kind == ga.Kind;
            _t.Add("agreements.kind", ok);
            if (!ok) _notes.Add($"{file}: agreement line {ga.Line} kind {Repr(kind)}, gold {Repr(ga.Kind)}");
            ok = _canon.Parties(pa.Parties).SetEquals(_canon.Parties(ga.Parties));
            _t.Add("agreements.parties", ok);
            if (!ok) _notes.Add($"{file}: agreement line {ga.Line} parties {Repr(pa.Parties)}, gold {Repr(ga.Parties)}");
            if (!string.IsNullOrEmpty(ga.Title)) _t.Add("agreements.title", NormLoose(pa.Title) == NormLoose(ga.Title));
            if (!string.IsNullOrEmpty(ga.Date))
            {
                ok = (pa.Date ?? "") == ga.Date;
                _t.Add("agreements.date", ok);
                if (!ok) _notes.Add($"{file}: agreement line {ga.Line} date {Repr(pa.Date)}, gold {Repr(ga.Date)}");
            }
        }
    }
}
