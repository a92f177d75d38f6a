namespace FibroBot.Safety.Tests;

/// <summary>Twenty-second session: a newcomer's introduction, the model's crisis reading and the dosing bars.</summary>
public sealed class IntroductionPolicyTests
{
    private static readonly TriageThresholds Thresholds = new(Crisis: 0.1, Dosing: 0.9, DosingWithSubject: 0.85, DosingWithRule: 0.55, SmallTalk: 0.5, OffTopic: 0.5);

    private static TriageSignals Introduction(double crisis, double dosing = 0.01, bool crisisRule = false, bool dosingRule = false) =>
        new(crisisRule, dosingRule, NamesSomethingTaken: true, HasWords: true, Command: null, new TriageScores(crisis, dosing, 1 - crisis - dosing, 0, 0), IsIntroduction: true);

    [Fact]
    public void The_model_alone_does_not_send_an_introduction_to_crisis_guidance_below_the_introduction_bar()
    {
        Assert.Equal(TriageOutcome.Question, SafetyTriage.Decide(Introduction(crisis: 0.6), Thresholds).Outcome);
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Introduction(crisis: 0.6) with { IsIntroduction = false }, Thresholds).Outcome);
    }

    [Fact]
    public void A_strong_crisis_reading_or_a_crisis_rule_still_wins_in_an_introduction()
    {
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Introduction(crisis: SafetyTriage.IntroductionCrisisBelow), Thresholds).Outcome);
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Introduction(crisis: 0.01, crisisRule: true), Thresholds).Outcome);
    }

    [Fact]
    public void The_model_alone_does_not_refuse_an_introduction()
    {
        Assert.Equal(TriageOutcome.Question, SafetyTriage.Decide(Introduction(crisis: 0.01, dosing: 0.97), Thresholds).Outcome);
        Assert.Equal(TriageOutcome.DosingRequest, SafetyTriage.Decide(Introduction(crisis: 0.01, dosing: 0.97) with { IsIntroduction = false }, Thresholds).Outcome);
    }

    [Fact]
    public void An_introduction_that_a_dosing_rule_reads_is_still_refused()
    {
        Assert.Equal(TriageOutcome.DosingRequest, SafetyTriage.Decide(Introduction(crisis: 0.01, dosing: 0.97, dosingRule: true), Thresholds).Outcome);
        Assert.Equal(TriageOutcome.DosingRequest, SafetyTriage.Decide(Introduction(crisis: 0.01, dosing: 0.97) with { SureDosingRule = true }, Thresholds).Outcome);
    }
}
