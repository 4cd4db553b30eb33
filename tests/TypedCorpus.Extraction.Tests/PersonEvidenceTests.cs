using TypedCorpus.Extraction.People;
using Xunit;

namespace TypedCorpus.Extraction.Tests;

/// <summary>Each person-evidence rule makes its own example's name a person, and records itself as the evidence.</summary>
public class PersonEvidenceTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in NameScanner.PersonEvidence.Ordered) data.Add(rule.Id);
        return data;
    }

    private static Mention MentionOf(string sentence, string name)
    {
        var mentions = NameScanner.Mentions(sentence, Tokenizer.Names(sentence));
        return Assert.Single(mentions, m => m.Joined == name);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_decides_its_own_example(string id)
    {
        var rule = NameScanner.PersonEvidence.Ordered.Single(r => r.Id == id);
        var m = MentionOf(rule.Example.Sentence, rule.Example.Name);
        Assert.True(m.Strong);
        Assert.Equal(id, m.Evidence);
        Assert.Equal(rule.Introduces, m.Introduced);
    }

    [Fact]
    public void Rule_ids_are_unique_and_described()
    {
        var rules = NameScanner.PersonEvidence.Ordered;
        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct().Count());
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Description)));
    }

    [Theory]
    [InlineData("Harga beras di Pasar Minggu naik lagi.", "Pasar Minggu")]
    [InlineData("Banjir melanda Jakarta Pusat kemarin.", "Jakarta Pusat")]
    public void A_name_without_evidence_is_no_person(string sentence, string name)
    {
        var m = NameScanner.Mentions(sentence, Tokenizer.Names(sentence)).FirstOrDefault(x => x.Joined.Contains(name.Split(' ')[^1]));
        Assert.True(m == null || (!m.Strong && m.Evidence == null));
    }

    [Fact]
    public void A_cue_before_an_organisation_takes_the_evidence_back()
    {
        // "kata Dinas Kesehatan …": a cue before a body is no evidence of a person
        var mentions = NameScanner.Mentions("Hal itu, kata Dinas Kesehatan Kota, sudah selesai.", Tokenizer.Names("Hal itu, kata Dinas Kesehatan Kota, sudah selesai."));
        Assert.All(mentions, m => Assert.False(m.Strong));
    }
}
