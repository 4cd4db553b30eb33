using TypedCorpus.Extraction.Lexicon;

namespace TypedCorpus.Extraction.Tests;

/// <summary>
/// <see cref="WordGate"/> is asked before a word set's lookup, so it must be a necessary condition of membership: every word a
/// set holds (in any case, as an ordinal-ignoring-case set matches it) passes, and most others are refused.
/// </summary>
public class WordGateTests
{
    private static readonly HashSet<string> Plain = new(StringComparer.Ordinal) { "kedua", "dua", "belah", "bela" };
    private static readonly HashSet<string> Folded = new(StringComparer.OrdinalIgnoreCase) { "sengketa", "Konflik", "2024-an", "éclat" };

    private static IEnumerable<string> Variants(string w) =>
        new[] { w, w.ToUpperInvariant(), w.ToLowerInvariant(), char.ToUpperInvariant(w[0]) + w.Substring(1) };

    [Fact]
    public void Every_member_in_any_case_passes()
    {
        var gate = new WordGate(Plain, Folded);
        foreach (var w in Plain.Concat(Folded))
            foreach (var v in Variants(w))
                Assert.True(gate.MayHold(v), v);
    }

    [Fact]
    public void Every_word_a_set_holds_passes_its_gate_over_the_seed_words()
    {
        var gate = new WordGate(Folded);
        foreach (var word in TestText.SeedFiles.SelectMany(File.ReadAllLines).SelectMany(l => l.Split(' ')))
            if (Folded.Contains(word)) Assert.True(gate.MayHold(word), word);
    }

    [Theory]
    [InlineData("dan")] // a first letter and length no entry has together ("dua" has three letters, "dan" too: passes)
    [InlineData("yang")]
    [InlineData("kedu")]
    [InlineData("Pemerintah")]
    [InlineData("")]
    public void Words_of_other_shapes_are_refused_unless_they_share_one(string word)
    {
        var gate = new WordGate(Plain);
        Assert.Equal(Plain.Any(p => p.Length == word.Length && char.ToLowerInvariant(p[0]) == char.ToLowerInvariant(word.Length > 0 ? word[0] : ' ')) || word.Length == 0,
            gate.MayHold(word));
    }

    [Fact]
    public void Words_outside_ascii_or_very_long_always_pass()
    {
        var gate = new WordGate(Plain);
        Assert.True(gate.MayHold("\u0130ki"));
        Assert.True(gate.MayHold(new string('a', 70)));
        Assert.True(new WordGate(Folded).MayHold("Éclat"));
    }
}
