namespace TypedCorpus.Tests;

/// <summary>
/// The speaker figures the README gives for the evaluation sets, held as floors by <c>typedcorpus eval --require</c>: a change
/// that loses right speakers, or names wrong ones, on the sets written to test them fails here.
/// </summary>
public class QualityFloorTests
{
    private static string Gold(string set) => TestCli.Data(Path.Combine("eval", set + ".gold.json"));

    [Theory]
    [InlineData("eval/devset", "devset", "1.0", "1.0", "1.0")]
    [InlineData("eval/heldout-d", "heldout-d", "0.99", "1.0", "1.0")]
    [InlineData("eval/heldout-2", "heldout-2", "1.0", "0.97", "0.99")]
    [InlineData("eval/heldout-3", "heldout-3", "1.0", "0.94", "0.94")]
    [InlineData("eval/heldout-4", "heldout-4", "1.0", "0.77", "0.77")]
    public void Speakers_stay_at_their_floors(string folder, string set, string spans, string speakers, string rightWhenGiven)
    {
        var (code, output, error) = TestCli.Run("eval", "--gold", Gold(set), TestCli.Data(folder),
            "--require", "quotes.f1=" + spans, "--require", "quotes.speakers=" + speakers, "--require", "quotes.speakers.answeredRight=" + rightWhenGiven);
        Assert.True(code == 0, error + output);
    }
}
