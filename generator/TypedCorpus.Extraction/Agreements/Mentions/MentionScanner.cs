using System.Collections.Generic;

namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>What a mention rule reads and writes while one sentence is scanned (a value: no object per sentence).</summary>
    internal readonly struct MentionScan
    {
        public MentionScan(Sent sent, List<(string Name, string[] Words)> people, Dictionary<string, string> nationality, List<Ent> found)
        {
            Toks = sent.Toks; Text = sent.Text; People = people; Nationality = nationality; Found = found;
        }

        public TokenList Toks { get; }
        public string Text { get; }
        /// <summary>The people step's names, split into words (in its order).</summary>
        public List<(string Name, string[] Words)> People { get; }
        /// <summary>Person → country, collected from titles ("Menteri Luar Negeri Rusia Sergei Lavrov").</summary>
        public Dictionary<string, string> Nationality { get; }
        /// <summary>The mentions found so far, in text order.</summary>
        public List<Ent> Found { get; }
    }

    /// <summary>A rule that finds one kind of party mention at a token.</summary>
    internal abstract class MentionRule
    {
        /// <param name="capitalisedOnly">Whether the rule finds mentions only at a capitalised token (the scanner asks it nowhere else).</param>
        protected MentionRule(bool capitalisedOnly) => CapitalisedOnly = capitalisedOnly;

        public bool CapitalisedOnly { get; }
        public abstract string Id { get; }
        public abstract string Description { get; }

        /// <summary>The token after the mention the rule finds at token <paramref name="i"/> (added to <see cref="MentionScan.Found"/>), or -1 for none.</summary>
        public abstract int Match(in MentionScan scan, int i);
    }

    /// <summary>Finds party mentions in a sentence: at each token, the first rule of <see cref="Order"/> that finds one.</summary>
    internal static class MentionScanner
    {
        /// <summary>The mention rules, in the order they are tried at a token.</summary>
        public static readonly MentionRule[] Order =
        {
            new CountedGroupMention(),
            new OrganisationMention(),
            new CountryMention(),
            new NameMention(),
        };

        /// <summary>The party mentions of <paramref name="sent"/>. <paramref name="nationality"/> collects person → country from titles.</summary>
        public static List<Ent> Scan(Sent sent, List<(string Name, string[] Words)> people, Dictionary<string, string> nationality)
        {
            var scan = new MentionScan(sent, people, nationality, new List<Ent>());
            var toks = scan.Toks;
            int i = 0;
            while (i < toks.Count)
            {
                int next = -1;
                bool capital = toks[i].Upper;
                foreach (var rule in Order)
                {
                    if (rule.CapitalisedOnly && !capital) continue;
                    next = rule.Match(in scan, i);
                    if (next >= 0) break;
                }
                i = next < 0 ? i + 1 : next;
            }
            LocatedUnits.Absorb(toks, scan.Text, scan.Found);
            RegionalBodies.Absorb(toks, scan.Text, scan.Found);
            return scan.Found;
        }

        /// <summary>Whether only white space, commas and brackets separate two tokens of a title.</summary>
        public static bool TitleGap(string text, Tok a, Tok b)
        {
            for (int k = a.End; k < b.Start; k++) { char c = text[k]; if (!char.IsWhiteSpace(c) && c != ',' && c != '(' && c != ')') return false; }
            return true;
        }

        /// <summary>"Persatuan Rumah Sakit Seluruh Indonesia (Persi)": the bracketed short form belongs to the name; the token after it.</summary>
        public static int SkipParenthesis(string text, TokenList toks, int end)
        {
            if (end >= toks.Count) return end;
            int k = toks[end - 1].End;
            while (k < text.Length && text[k] == ' ') k++;
            if (k < text.Length && text[k] == '(')
            {
                int close = text.IndexOf(')', k);
                if (close > k && close - k < 40)
                {
                    int e = end;
                    while (e < toks.Count && toks[e].Start < close) e++;
                    return e;
                }
            }
            return end;
        }
    }
}
