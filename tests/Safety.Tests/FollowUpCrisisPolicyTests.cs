namespace FibroBot.Safety.Tests;

/// <summary>Twenty-second session: a follow-up to something taken, read weakly as crisis and more strongly as dosing.</summary>
public sealed class FollowUpCrisisPolicyTests
{
    private static readonly TriageThresholds Thresholds = new(Crisis: 0.1, Dosing: 0.9, DosingWithSubject: 0.85, DosingWithRule: 0.55, SmallTalk: 0.5, OffTopic: 0.5)
    {
        DosingFollowUp = 0.7,
    };

    private static TriageSignals FollowUp(double crisis, double dosing) =>
        new(false, DosingRule: false, NamesSomethingTaken: false, HasWords: true, Command: null, new TriageScores(crisis, dosing, 1 - crisis - dosing, 0, 0), FollowsSomethingTaken: true);

    [Fact]
    public void A_weak_crisis_reading_of_a_dose_follow_up_goes_to_the_dosing_bars()
    {
        Assert.Equal(TriageOutcome.DosingRequest, SafetyTriage.Decide(FollowUp(crisis: 0.15, dosing: 0.8), Thresholds).Outcome);
        // Not a follow-up: the crisis reading stands.
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(FollowUp(crisis: 0.15, dosing: 0.8) with { FollowsSomethingTaken = false }, Thresholds).Outcome);
    }

    [Fact]
    public void A_stronger_crisis_reading_or_one_above_the_dosing_reading_stands()
    {
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(FollowUp(crisis: SafetyTriage.FollowUpCrisisBelow, dosing: 0.75), Thresholds).Outcome);
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(FollowUp(crisis: 0.15, dosing: 0.1), Thresholds).Outcome);
        // When no dosing bar refuses it, the crisis reading stands too.
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(FollowUp(crisis: 0.15, dosing: 0.5), Thresholds).Outcome);
    }
}
