using System.Collections.Generic;
using System.Linq;

namespace TypedCorpus.Cli.Eval
{
    /// <summary>score.py's <c>Tally</c>: per metric, how many were right of how many were counted.</summary>
    public sealed class Tally
    {
        private readonly Dictionary<string, (int Good, int Total)> _rows = new();

        public IReadOnlyDictionary<string, (int Good, int Total)> Rows => _rows;

        public void Add(string metric, int good, int total)
        {
            var (g, t) = _rows.GetValueOrDefault(metric);
            _rows[metric] = (g + good, t + total);
        }

        public void Add(string metric, bool ok) => Add(metric, ok ? 1 : 0, 1);

        /// <summary>good / total, or 1 when nothing was counted.</summary>
        public double Ratio(string metric)
        {
            var (g, t) = _rows.GetValueOrDefault(metric);
            return t == 0 ? 1.0 : (double)g / t;
        }

        /// <summary><c>prf</c>: precision over the predictions, recall over the gold.</summary>
        public void Prf(string name, int truePositives, int predicted, int gold)
        {
            Add(name + ".precision", truePositives, predicted);
            Add(name + ".recall", truePositives, gold);
        }

        /// <summary><c>f1</c> of the precision and recall of <paramref name="name"/>.</summary>
        public double F1(string name)
        {
            double p = Ratio(name + ".precision"), r = Ratio(name + ".recall");
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        /// <summary>
        /// <c>set_prf</c>: precision and recall of two sets; an optional item the prediction has is not counted against it.
        /// Returns the extra and the missing items, each in Python's order.
        /// </summary>
        public (List<T> Extra, List<T> Missing) SetPrf<T>(string name, IEnumerable<T> predicted, IEnumerable<T> gold, IEnumerable<T>? optional,
            IComparer<T> order)
        {
            var pred = new HashSet<T>(predicted);
            var goldSet = new HashSet<T>(gold);
            var optionalOnly = new HashSet<T>(optional ?? []);
            optionalOnly.ExceptWith(goldSet);
            Prf(name, pred.Count(goldSet.Contains), pred.Count(x => !optionalOnly.Contains(x)), goldSet.Count);
            var extra = pred.Where(x => !goldSet.Contains(x) && !optionalOnly.Contains(x)).Order(order).ToList();
            return (extra, goldSet.Where(x => !pred.Contains(x)).Order(order).ToList());
        }
    }

    /// <summary>
    /// score.py's <c>Canon</c>: a name as the gold's alias table maps it, case-folded; a party as its equivalent (a person
    /// standing for a country).
    /// </summary>
    public sealed class Canon
    {
        private readonly Dictionary<string, string> _aliases = new();
        private readonly Dictionary<string, string> _equivalents = new();

        public Canon(IEnumerable<KeyValuePair<string, string>> aliases, IEnumerable<KeyValuePair<string, string>> equivalents)
        {
            foreach (var (k, v) in aliases) _aliases[PyText.Casefold(k)] = v;
            foreach (var (k, v) in equivalents) _equivalents[PyText.Casefold(k)] = PyText.Casefold(v);
        }

        public string Name(string? s)
        {
            s = PyText.Norm(s) ?? "";
            return PyText.Casefold(_aliases.GetValueOrDefault(PyText.Casefold(s), s));
        }

        public HashSet<string> Names(IEnumerable<string?>? names) => new((names ?? []).Select(Name));

        public string Party(string? s)
        {
            var n = Name(s);
            return _equivalents.GetValueOrDefault(n, n);
        }

        public HashSet<string> Parties(IEnumerable<string?>? parties) => new((parties ?? []).Select(Party));
    }
}
