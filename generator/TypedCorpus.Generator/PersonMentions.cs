using System;
using System.Collections.Generic;
using System.Linq;
using TypedCorpus.Extraction;

namespace TypedCorpus.Generator
{
    /// <summary>
    /// The 1-based lines of an article that name one of its persons (<paramref name="Name"/> as the article knows it), in order:
    /// where "go to definition" on the person may land (see <see cref="ArticleKey.Mentions"/>).
    /// </summary>
    public sealed record PersonMentions(string Name, EquatableArray<int> Lines)
    {
        /// <summary>The lines that may show a person: body, headline and captions (not page furniture, related links or front matter).</summary>
        private static bool Shows(LineKind kind) =>
            kind is LineKind.Title or LineKind.Subtitle or LineKind.Paragraph or LineKind.Heading or LineKind.ListItem or LineKind.Caption;

        /// <summary>
        /// For each person the article names (its people and its quotes' speakers), the lines holding the name or one of its
        /// capitalised words as a whole word ("Vladimir Putin" is named by "kata Putin", "Xi Jinping" by "ujar Xi").
        /// </summary>
        public static EquatableArray<PersonMentions> Of(ArticleModel article)
        {
            var names = article.People.Concat(article.Quotes.SelectMany(q => q.Speakers)).Distinct(StringComparer.Ordinal).ToList();
            if (names.Count == 0) return EquatableArray<PersonMentions>.Empty;
            var lines = article.Lines.Where(l => Shows(l.Kind)).ToList();
            var result = new List<PersonMentions>(names.Count);
            foreach (var name in names)
            {
                var forms = Forms(name);
                var at = lines.Where(l => forms.Any(f => HasWord(l.Raw, f))).Select(l => l.Number).ToArray();
                if (at.Length > 0) result.Add(new PersonMentions(name, at.ToEquatableArray()));
            }
            return result.ToEquatableArray();
        }

        private static List<string> Forms(string name)
        {
            var forms = new List<string> { name };
            foreach (var w in name.Split(' '))
                if (w.Length >= 2 && char.IsUpper(w[0]) && w != name) forms.Add(w);
            return forms;
        }

        /// <summary><paramref name="text"/> holds <paramref name="word"/> with no letter or digit right before or after it.</summary>
        internal static bool HasWord(string text, string word)
        {
            if (word.Length == 0) return false;
            for (int i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
            {
                int end = i + word.Length;
                if ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
            }
            return false;
        }
    }
}
