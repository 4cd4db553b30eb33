using System;
using System.Collections.Generic;

namespace TypedCorpus.Extraction.People
{
    public sealed partial class ArticlePeople
    {
        private sealed partial class Builder
        {
            /// <summary>The article's own form of a lexicon's full name: a mention of as many words with its first and last word.</summary>
            private string[] ArticleSpelling(string[] full)
            {
                foreach (var ms in _ap.BlockMentions)
                    foreach (var m in ms)
                        if (m.Name.Length == full.Length && full.Length >= 2 && m.Name[0] == full[0] && m.Name[full.Length - 1] == full[full.Length - 1]) return m.Name;
                return full;
            }

            /// <summary>One-word places of offices the article writes with their holder in apposition ("Bupati Butara, Abu Rahmat").</summary>
            private HashSet<string> OfficePlaces()
            {
                var set = new HashSet<string>(StringComparer.Ordinal);
                foreach (var ms in _ap.BlockMentions)
                    foreach (var m in ms)
                        if (m.Name.Length == 1 && m.OrgOrPlace && m.AfterRole && !m.NamesBody) set.Add(m.Name[0]);
                return set;
            }
        }
    }
}
