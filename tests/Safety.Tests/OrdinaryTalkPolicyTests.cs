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
