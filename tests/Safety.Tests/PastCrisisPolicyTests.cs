namespace FibroBot.Safety.Tests;

/// <summary>Thirty-first session: a crisis told as months or years back and over, and the model's crisis reading.</summary>
public sealed class PastCrisisPolicyTests
{
    private static readonly TriageThresholds Thresholds = new(Crisis: 0.1, Dosing: 0.9, DosingWithSubject: 0.85, DosingWithRule: 0.55, SmallTalk: 0.5, OffTopic: 0.5);

    private static TriageSignals PastCrisisOver(double crisis, bool crisisRule = false) =>
        new(crisisRule, DosingRule: false, NamesSomethingTaken: false, HasWords: true, Command: null, new TriageScores(crisis, 0.01, 0.99 - crisis, 0, 0), TellsAPastCrisisAsOver: true);

    [Fact]
    public void The_model_alone_does_not_send_a_past_crisis_told_as_over_to_crisis_guidance_below_its_bar()
    {
        Assert.Equal(TriageOutcome.Question, SafetyTriage.Decide(PastCrisisOver(crisis: 0.52), Thresholds).Outcome);
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(PastCrisisOver(crisis: 0.52) with { TellsAPastCrisisAsOver = false }, Thresholds).Outcome);
    }

    [Fact]
    public void A_strong_crisis_reading_or_a_crisis_rule_still_wins()
    {
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(PastCrisisOver(crisis: SafetyTriage.PastCrisisOverCrisisBelow), Thresholds).Outcome);
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(PastCrisisOver(crisis: 0.01, crisisRule: true), Thresholds).Outcome);
    }
}
