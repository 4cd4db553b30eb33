using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.Tests;

/// <summary>The language data in Lexicon/Resources: well-formed lists, no duplicates within a list, no contradictions between lists.</summary>
public class LexiconTests
{
    private static readonly StringComparer Words = StringComparer.OrdinalIgnoreCase;

    /// <summary>Every field of every entry of a list (a word list's entries, a table's names).</summary>
    private static IEnumerable<string> AllFields(string list) => LexiconResource.Rows(list).SelectMany(r => r);

    [Fact]
    public void The_lists_are_embedded()
    {
        Assert.Equal(new[] { "abbreviated-given-names", "abbreviated-titles", "address-words", "agency-fields", "agent-passives", "agreement-branch-words", "agreement-dispute-nouns", "agreement-documents", "agreement-doing-verbs", "agreement-effort-verbs",
            "agreement-enumerators", "agreement-issue-verbs", "agreement-make-verbs", "agreement-means-verbs", "agreement-negations", "agreement-non-party-openers",
            "agreement-pending-words", "agreement-planned-words", "agreement-resident-nouns", "agreement-resolve-nouns", "agreement-sepakat-not-next", "agreement-sign-verbs", "agreement-signing-words", "agreement-term-nouns", "agreement-two-sided-documents", "agreement-unrealised-after", "agreement-unrealised-words", "agreement-withdrawn-claims",
            "agreement-witness-words", "apposition-roles", "body-names", "building-words", "byline-non-writers", "calendar", "clause-continuations", "company-prefixes", "company-suffixes",
            "contact-passives", "corps", "count-words", "countries", "cue-bases", "degree-parts", "degree-words", "described-person-nouns", "dotted-degrees", "establishment-words", "female-words", "field-words",
            "given-name-openers", "group-units", "headline-small-words", "honoured-thing-nouns", "human-saying-verbs", "image-labels", "known-names", "lead-adverbials", "list-person-nouns",
            "malay-honorifics", "male-words", "name-particles", "named-person-nouns", "named-thing-nouns", "naming-words", "non-place-openers", "nya-adverbs", "object-prepositions",
            "occupations", "office-one-word", "office-second-words", "office-status", "office-title-glue", "org-abbreviations", "org-words", "outlet-words", "passive-saying-verbs",
            "patronym-particles", "person-noun-compounds", "person-roles", "place-bodies", "place-name-openers", "place-offices", "place-qualifiers", "place-units", "place-words", "places", "places-ambiguous", "platform-hosts",
            "preposition-glued-nouns", "provinces", "rank-grades", "ranks", "regulation-nouns", "relation-nouns", "religious-orders", "representative-nouns", "role-modifiers", "rubrics", "saying-verbs", "school-units", "seats", "spouse-bodies",
            "state-forms", "stop-words", "subordinate-openers", "surname-words", "time-nouns", "title-degree-parts", "titles", "two-letter-acronyms", "unnamed-group-modifiers", "unnamed-group-speakers",
            "verb-adverbs", "via-fillers" }, LexiconResource.Names);
        Assert.Throws<InvalidOperationException>(() => LexiconResource.Entries("no-such-list"));
    }

    [Fact]
    public void Entries_are_whole_lines_without_comments_and_multi_word_entries_stay_whole()
    {
        var countries = LexiconResource.Rows("countries");
        Assert.Contains(countries, r => r.SequenceEqual(new[] { "Amerika Serikat", "AS", "Amerika", "USA", "Paman Sam" }));
        Assert.All(LexiconResource.Names.SelectMany(LexiconResource.Entries), e => Assert.DoesNotContain('#', e));
        Assert.All(LexiconResource.Names.SelectMany(AllFields), f => Assert.True(f.Length > 0 && f == f.Trim() && !f.Contains("  "), $"bad entry '{f}'"));
    }

    [Fact]
    public void No_list_holds_an_entry_twice()
    {
        foreach (var list in LexiconResource.Names)
        {
            var twice = AllFields(list).GroupBy(f => f, Words).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(twice.Count == 0, $"{list}: listed more than once: {string.Join(", ", twice)}");
        }
    }

    [Fact]
    public void Lists_do_not_contradict_each_other()
    {
        // a seat stands for a country named in countries.txt, and is not itself a country's name
        var countryNames = new HashSet<string>(AllFields("countries"), Words);
        var canonical = new HashSet<string>(LexiconResource.Rows("countries").Select(r => r[0]), Words);
        foreach (var row in LexiconResource.Rows("seats"))
        {
            Assert.Contains(row[0], canonical);
            Assert.DoesNotContain(row.Skip(1), countryNames.Contains);
        }
        // a word that keeps a sentence from being an agreement is never a word that makes one
        var negations = LexiconResource.WordSet("agreement-negations");
        foreach (var list in new[] { "agreement-documents", "agreement-sign-verbs", "agreement-issue-verbs" })
            Assert.DoesNotContain(LexiconResource.Entries(list), negations.Contains);
        // a place is either safe to read as a place anywhere or only after a place unit, not both; and no place is a country
        // what opens a person's name is never a function word, a title, a place word or a body's acronym
        var givenNames = LexiconResource.Entries("given-name-openers");
        foreach (var list in new[] { "stop-words", "titles", "place-words", "two-letter-acronyms", "body-names", "person-roles", "ranks" })
            Assert.DoesNotContain(givenNames, LexiconResource.WordSet(list).Contains);
        // a rank is a person role of its own list, never an office, a place unit or a title
        Assert.DoesNotContain(LexiconResource.Entries("ranks"), LexiconResource.WordSet("person-roles").Contains);
        Assert.DoesNotContain(LexiconResource.Entries("ranks"), LexiconResource.WordSet("place-units").Contains);
        Assert.DoesNotContain(LexiconResource.Entries("ranks"), LexiconResource.WordSet("titles").Contains);
        // a title is never a function word, and a verb of saying never a function word
        Assert.DoesNotContain(LexiconResource.Entries("titles"), LexiconResource.WordSet("stop-words").Contains);
        Assert.DoesNotContain(LexiconResource.Entries("saying-verbs"), LexiconResource.WordSet("stop-words").Contains);
        // a word said of women only is never one said of men only
        Assert.DoesNotContain(LexiconResource.Entries("female-words"), LexiconResource.WordSet("male-words").Contains);
        var ambiguous = LexiconResource.WordSet("places-ambiguous");
        Assert.DoesNotContain(LexiconResource.Entries("places"), ambiguous.Contains);
        Assert.DoesNotContain(LexiconResource.Entries("places").Concat(ambiguous), countryNames.Contains);
    }

    [Fact]
    public void Countries_resolve_names_aliases_and_seats_from_the_lists()
    {
        Assert.Equal("China", Countries.Canonical("Tiongkok"));
        Assert.Equal("Amerika Serikat", Countries.Resolve("paman sam"));
        Assert.Equal("Timor Leste", Countries.Canonical("Timor-Leste"));
        Assert.Equal("Rusia", Countries.SeatOf("Kremlin"));
        Assert.Equal("Amerika Serikat", Countries.Resolve("Gedung Putih"));
        Assert.Null(Countries.Canonical("Kremlin"));
        Assert.True(Countries.CanStartName("Gedung"));
        Assert.False(Countries.CanStartName("Presiden"));
    }
}
