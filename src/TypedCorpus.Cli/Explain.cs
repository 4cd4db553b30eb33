using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using TypedCorpus.Extraction;
using TypedCorpus.Extraction.Agreements;
using TypedCorpus.Extraction.Quotes;

namespace TypedCorpus.Cli
{
    /// <summary><c>typedcorpus explain FILE:LINE</c>: for each fact on a line, the rules that decided it and their evidence.</summary>
    public static class Explain
    {
        /// <summary>Splits "seeds/a.txt:12" into the path and the 1-based line; null when it is not of that shape.</summary>
        public static (string Path, int Line)? Parse(string arg)
        {
            int colon = arg.LastIndexOf(':');
            if (colon <= 0 || !int.TryParse(arg.Substring(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var line) || line < 1)
                return null;
            return (arg.Substring(0, colon), line);
        }

        /// <summary>The explanation of <paramref name="line"/> of the article <paramref name="path"/>, as printed.</summary>
        public static string Write(string path, int line)
        {
            var article = ArticleExtractor.Extract(Path.GetFileName(path), File.ReadAllBytes(path));
            var text = new StringBuilder();
            var source = article.Lines.FirstOrDefault(l => l.Number == line);
            text.AppendLine(source is null ? $"{path}({line}): blank or past the end of the file"
                : $"{path}({line}): {Describe(source.Kind)}: {Clip(source.Raw, 160)}");
            foreach (var q in article.Quotes.Where(q => q.Line == line)) Quote(text, q, Others(article, source, q.Speakers));
            foreach (var g in article.Agreements.Where(g => g.Line == line)) Agreement(text, g);
            if (article.Quotes.All(q => q.Line != line) && article.Agreements.All(g => g.Line != line))
                text.AppendLine("  no quote or agreement starts on this line");
            if (article.People.Count > 0)
                text.AppendLine($"  people of the article (as it names them, before corpus-wide names): {string.Join(", ", article.People)}");
            return text.ToString();
        }

        /// <summary>People of the article named on the line (by any word of their name) who are not the speakers: the alternatives that lost.</summary>
        private static List<string> Others(ArticleModel article, SourceLine? source, IReadOnlyList<string> chosen)
        {
            if (source is null) return new List<string>();
            var words = new HashSet<string>(source.Raw.Split(new[] { ' ', ',', '.', '"', '\u201C', '\u201D', '(', ')' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
            return article.People.Where(p => !chosen.Contains(p) && p.Split(' ').Any(words.Contains)).ToList();
        }

        private static void Quote(StringBuilder text, QuoteModel q, List<string> others)
        {
            text.AppendLine($"  quote at column {q.Column + 1}, {Enums.Name(Enums.Map(q.Kind))}: \"{Clip(q.Text, 80)}\"");
            text.AppendLine($"    rule {q.Rule}: {DescriptionOf(QuoteRules.All, q.Rule)}");
            if (q.Verb != null) text.AppendLine($"    cue: '{q.Verb}'");
            if (q.Speakers.Count > 0)
            {
                text.AppendLine($"    speaker: {string.Join(", ", q.Speakers)}");
                text.AppendLine($"    found by {q.SpeakerRule}: {DescriptionOf(SpeakerRules.All, q.SpeakerRule)}");
            }
            else if (q.Kind != Extraction.QuoteKind.Term) text.AppendLine("    speaker: none (the evidence names nobody; a wrong name is worse than none)");
            if (others.Count > 0) text.AppendLine($"    also named on this line, not chosen: {string.Join(", ", others)}");
            if (q.Addressee != null) text.AppendLine($"    said to: {q.Addressee}");
            if (q.Via != null) text.AppendLine($"    via: {q.Via}");
        }

        private static void Agreement(StringBuilder text, AgreementModel g)
        {
            text.AppendLine($"  agreement, {Enums.Name(Enums.Map(g.Kind))}{(g.Title is null ? "" : $" '{g.Title}'")}: \"{Clip(g.Text, 80)}\"");
            text.AppendLine($"    rule {g.Rule}: {DescriptionOf(AgreementRules.All, g.Rule)}");
            text.AppendLine($"    parties: {string.Join(", ", g.Parties)}{(g.Date is null ? "" : $"; date {g.Date}")}");
        }

        private static string DescriptionOf(IReadOnlyList<(string Id, string Description)> rules, string? id)
            => rules.FirstOrDefault(r => r.Id == id).Description ?? "(unknown rule)";

        private static string Describe(LineKind kind) => kind switch
        {
            LineKind.ListItem => "list item",
            LineKind.FrontMatter => "front matter",
            _ => kind.ToString().ToLowerInvariant(),
        };

        private static string Clip(string s, int max) => s.Length <= max ? s : s.Substring(0, max - 1) + "…";
    }
}
