using System.Collections.Generic;
using System.Linq;

namespace TypedCorpus.Extraction.People
{
    /// <summary>Finds the persons an article's body mentions (article-level names, fullest form in the article).</summary>
    public static class PeopleDetector
    {
        public static IReadOnlyList<string> Detect(ArticleContext context) =>
            ArticlePeople.Analyze(context).Persons.Select(p => p.Name).Distinct().ToList();

        /// <summary>
        /// The one-word names the article introduces as they are (an office before the name, a role after it: "Sekretaris
        /// Komisi D Syarif", "Arifin, Kepala Satpol PP"): complete in this article, so the corpus step never lengthens them.
        /// </summary>
        public static IReadOnlyList<string> IntroducedShortNames(ArticleContext context) =>
            ArticlePeople.Analyze(context).Persons.Where(p => p.Introduced && p.Tokens.Length == 1).Select(p => p.Name).Distinct().ToList();
    }
}
