using System;
using System.Text.RegularExpressions;

namespace TypedCorpus.Extraction.Structure
{
    /// <summary>A test of a line behind a cheap necessary condition (its gate): most lines are settled without a regex run.</summary>
    internal abstract class LinePattern
    {
        // A backstop against a runaway match, not a budget: the patterns are linear, but a whole-line scan of a multi-MB line
        // (Promo, WriterBlock: ~0.5 s for 5 MB) must not time out on a loaded build machine and turn a good file into TC0099.
        internal static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
        internal const RegexOptions Opt = RegexOptions.CultureInvariant | RegexOptions.Compiled;

        public abstract Match Match(string s);

        public abstract bool IsMatch(string s);
    }

    /// <summary>
    /// A pattern anchored at the start of a line, tried only on lines whose first character can open a match: one of the
    /// pattern's ASCII openers (case-insensitive patterns list both cases, and no other ASCII character folds to them) or any
    /// non-ASCII character (left to the pattern). Most lines are prose, settled by one character test instead of a regex run.
    /// </summary>
    internal sealed class AnchoredPattern : LinePattern
    {
        private readonly string _asciiOpeners;
        private readonly Regex _regex;

        public AnchoredPattern(string asciiOpeners, Regex regex) { _asciiOpeners = asciiOpeners; _regex = regex; }

        /// <summary>The pattern itself, ungated (for tests).</summary>
        internal Regex Regex => _regex;

        internal bool MayOpen(string s) => s.Length > 0 && (s[0] >= 128 || _asciiOpeners.IndexOf(s[0]) >= 0);

        public override Match Match(string s) => MayOpen(s) ? _regex.Match(s) : System.Text.RegularExpressions.Match.Empty;

        public override bool IsMatch(string s) => MayOpen(s) && _regex.IsMatch(s);
    }

    /// <summary>A pattern found anywhere in a line, tried only on a line its gate lets through.</summary>
    internal sealed class GatedPattern : LinePattern
    {
        private readonly Func<string, bool> _gate;
        private readonly Regex _regex;

        public GatedPattern(Func<string, bool> gate, Regex regex) { _gate = gate; _regex = regex; }

        public override Match Match(string s) => _gate(s) ? _regex.Match(s) : System.Text.RegularExpressions.Match.Empty;

        public override bool IsMatch(string s) => _gate(s) && _regex.IsMatch(s);
    }
}
