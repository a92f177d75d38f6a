namespace FibroBot.Safety.Tests;

/// <summary>Thirty-second session: pressing for a dose right after it was refused, and the model's readings of the press.</summary>
public sealed class DoseRefusalPressPolicyTests
{
    private static readonly TriageThresholds Thresholds = new(Crisis: 0.1, Dosing: 0.9, DosingWithSubject: 0.85, DosingWithRule: 0.55, SmallTalk: 0.5, OffTopic: 0.5);

    private static TriageSignals Press(double crisis, double smallTalk, bool crisisRule = false) =>
        new(crisisRule, DosingRule: false, NamesSomethingTaken: false, HasWords: true, Command: null,
            new TriageScores(crisis, 0.02, 0.98 - crisis - smallTalk, smallTalk, 0), FollowsSomethingTaken: true, FollowsADoseRefusal: true, PressesAfterARefusal: true);

    [Fact]
    public void A_press_after_a_refusal_is_refused_whatever_chat_the_model_reads()
    {
        Assert.Equal(TriageOutcome.DosingRequest, SafetyTriage.Decide(Press(crisis: 0.01, smallTalk: 0.9), Thresholds).Outcome);
        Assert.Equal(TriageOutcome.SmallTalk, SafetyTriage.Decide(Press(crisis: 0.01, smallTalk: 0.9) with { PressesAfterARefusal = false }, Thresholds).Outcome);
    }

    [Fact]
    public void A_weak_crisis_reading_of_a_press_is_refused_a_strong_one_or_a_crisis_rule_gets_crisis_guidance()
    {
        Assert.Equal(TriageOutcome.DosingRequest, SafetyTriage.Decide(Press(crisis: 0.6, smallTalk: 0.1), Thresholds).Outcome);
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Press(crisis: 0.6, smallTalk: 0.1) with { PressesAfterARefusal = false }, Thresholds).Outcome);
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Press(crisis: SafetyTriage.StrongCrisisReading, smallTalk: 0.01), Thresholds).Outcome);
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Press(crisis: 0.01, smallTalk: 0.9, crisisRule: true), Thresholds).Outcome);
    }

    [Fact]
    public void A_bare_acknowledgement_of_a_refusal_is_small_talk_unless_the_crisis_reading_is_strong_or_a_rule_fires()
    {
        var acknowledged = Press(crisis: 0.36, smallTalk: 0.3) with { PressesAfterARefusal = false, AcknowledgesARefusal = true };
        Assert.Equal(TriageOutcome.SmallTalk, SafetyTriage.Decide(acknowledged, Thresholds).Outcome);
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(acknowledged with { AcknowledgesARefusal = false }, Thresholds).Outcome);
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(acknowledged with { Scores = new TriageScores(0.95, 0.01, 0.02, 0.02, 0) }, Thresholds).Outcome);
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(acknowledged with { CrisisRule = true }, Thresholds).Outcome);
    }
}
