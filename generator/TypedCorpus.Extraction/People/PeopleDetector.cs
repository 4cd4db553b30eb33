using System.Collections.Generic;
using System.Linq;

namespace TypedCorpus.Extraction.People
{
    /// <summary>Finds the persons an article's body mentions (article-level names, fullest form in the article).</summary>
    public static class PeopleDetector
    {
        public static IReadOnlyList<string> Detect(ArticleContext context) =>
            ArticlePeople.Analyze(context).Persons.Select(p => p.Name).Distinct().ToList();
    }
}
