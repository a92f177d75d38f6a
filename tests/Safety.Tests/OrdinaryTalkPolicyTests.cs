namespace FibroBot.Safety.Tests;

/// <summary>
/// Twenty-fourth session: ordinary leave-taking and craving idioms, and the model's crisis reading. Each silences the
/// model only, and only when nothing taken is named; a crisis rule always decides.
/// </summary>
public sealed class OrdinaryTalkPolicyTests
{
    private static readonly TriageThresholds Thresholds = new(Crisis: 0.1, Dosing: 0.9, DosingWithSubject: 0.85, DosingWithRule: 0.55, SmallTalk: 0.5, OffTopic: 0.5);

    private static TriageSignals Signals(double crisis, bool leave = false, bool craving = false, bool namesSomethingTaken = false, bool crisisRule = false) =>
        new(crisisRule, DosingRule: false, namesSomethingTaken, HasWords: true, Command: null, new TriageScores(crisis, 0.001, 0.999 - crisis, 0, 0),
            IsOrdinaryLeaveTaking: leave, IsEverydayTalk: craving);

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void The_model_alone_does_not_send_them_to_crisis_guidance(bool leave, bool craving)
    {
        Assert.Equal(TriageOutcome.Question, SafetyTriage.Decide(Signals(0.98, leave, craving), Thresholds).Outcome);
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Signals(0.98), Thresholds).Outcome);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Naming_something_taken_or_a_crisis_rule_still_sends_them(bool leave, bool craving)
    {
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Signals(0.98, leave, craving, namesSomethingTaken: true), Thresholds).Outcome);
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Signals(0.01, leave, craving, crisisRule: true), Thresholds).Outcome);
    }
}

/// <summary>Leave-taking and everyday talk are read only on a message of one window.</summary>
public sealed class OrdinaryTalkReadingTests
{
    [Fact]
    public void Everyday_talk_counts_in_a_short_message_and_not_at_the_end_of_a_long_post()
    {
        const string nightOwl = "3am again and wide awake, anyone else up?";
        var longPost = string.Join(' ', Enumerable.Repeat("Another long day of pain in my hips and hands and nobody listens to me at all.", 8)) + " " + nightOwl;

        Assert.True(Read(nightOwl).IsEverydayTalk);
        Assert.True(Read("Going on holiday for two weeks, won't be on here much. Bye for now x").IsOrdinaryLeaveTaking);
        Assert.True(SafetyTriage.Windows(MessageNormalizer.Normalize(longPost)).Count > 1);
        Assert.False(Read(longPost).IsEverydayTalk);
    }

    private static TriageSignals Read(string text)
    {
        var message = MessageNormalizer.Normalize(text);
        return SharedModel.Triage.Read(message, SharedModel.Cache.EmbedQueries([message.Text])[0]);
    }
}
