namespace TypedCorpus.Extraction.Agreements
{
    /// <summary>
    /// "Rektor UNESA dan Bupati Gresik menandatangani …": a rector named by the office and the university's short form alone,
    /// with no name after it, signs for the university; the party is the short form ("UNESA"), not nothing.
    /// </summary>
    internal static class UniversityHead
    {
        public const string Id = "university-head";
        public const string Description = "'Rektor' and a university's short form with no name after it (Rektor UNESA): the university";

        /// <summary>The university's short form when the title from <paramref name="title"/> to <paramref name="end"/> is "Rektor" and one acronym; else null.</summary>
        public static string? Of(TokenList toks, int title, int end) =>
            end == title + 2 && toks[title].Lower == "rektor" && MentionLexicon.IsAcronym(toks[title + 1].Text) ? toks[title + 1].Text : null;
    }
}
