namespace FibroBot.Safety.Tests;

/// <summary>Twenty-first session: where the new signals sit in the written policy.</summary>
public sealed class Round21PolicyTests
{
    private static readonly TriageThresholds Thresholds = new(Crisis: 0.1, Dosing: 0.9, DosingWithSubject: 0.85, DosingWithRule: 0.55, SmallTalk: 0.5, OffTopic: 0.5)
    {
        SureDoseAsk = new SureDoseAsk(CrisisBelow: 0.85, DosingAtLeast: 0.9),
    };

    private static TriageSignals Signals(double crisis, double dosing, bool crisisRule = false) =>
        new(crisisRule, DosingRule: false, NamesSomethingTaken: true, HasWords: true, Command: null, new TriageScores(crisis, dosing, 1 - crisis - dosing, 0, 0));

    [Fact]
    public void A_sure_dose_ask_outranks_a_weak_crisis_reading_but_never_a_strong_one_or_a_crisis_rule()
    {
        var weak = Signals(crisis: 0.5, dosing: 0.3) with { SureDosingRule = true };
        Assert.Equal(TriageOutcome.DosingRequest, SafetyTriage.Decide(weak, Thresholds).Outcome);

        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Signals(crisis: 0.9, dosing: 0.05) with { SureDosingRule = true }, Thresholds).Outcome);
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Signals(crisis: 0.5, dosing: 0.3, crisisRule: true) with { SureDosingRule = true }, Thresholds).Outcome);
        // Without the card's pair, the model's crisis reading stands.
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(weak, Thresholds with { SureDoseAsk = null }).Outcome);
    }

    [Fact]
    public void An_own_amount_ask_refuses_without_the_model_but_never_outranks_a_crisis_reading()
    {
        var calm = Signals(crisis: 0.01, dosing: 0.05) with { OwnAmountAsk = true };
        Assert.Equal(TriageOutcome.DosingRequest, SafetyTriage.Decide(calm, Thresholds).Outcome);
        Assert.Equal(TriageOutcome.Question, SafetyTriage.Decide(calm with { OwnAmountAsk = false }, Thresholds).Outcome);

        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Signals(crisis: 0.3, dosing: 0.05) with { OwnAmountAsk = true }, Thresholds).Outcome);
    }

    [Fact]
    public void A_message_naming_an_activity_and_nothing_taken_is_not_refused_on_the_dosing_bars()
    {
        var activity = new TriageSignals(false, DosingRule: true, NamesSomethingTaken: false, HasWords: true, Command: null, new TriageScores(0, 0.98, 0.02, 0, 0), NamesActivity: true);
        Assert.Equal(TriageOutcome.Question, SafetyTriage.Decide(activity, Thresholds).Outcome);
        Assert.Equal(TriageOutcome.DosingRequest, SafetyTriage.Decide(activity with { NamesActivity = false }, Thresholds).Outcome);
        Assert.Equal(TriageOutcome.DosingRequest, SafetyTriage.Decide(activity with { NamesSomethingTaken = true }, Thresholds).Outcome);
        Assert.Equal(TriageOutcome.DosingRequest, SafetyTriage.Decide(activity with { FollowsSomethingTaken = true }, Thresholds).Outcome);
    }
}

/// <summary>Twenty-second session: a newcomer's introduction and the model's crisis reading.</summary>
public sealed class IntroductionPolicyTests
{
    private static readonly TriageThresholds Thresholds = new(Crisis: 0.1, Dosing: 0.9, DosingWithSubject: 0.85, DosingWithRule: 0.55, SmallTalk: 0.5, OffTopic: 0.5);

    private static TriageSignals Introduction(double crisis, bool crisisRule = false) =>
        new(crisisRule, DosingRule: false, NamesSomethingTaken: true, HasWords: true, Command: null, new TriageScores(crisis, 0.01, 0.99 - crisis, 0, 0), IsIntroduction: true);

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
}

/// <summary>Twenty-second session: a newcomer's introduction and the dosing bars.</summary>
public sealed class IntroductionDosingPolicyTests
{
    private static readonly TriageThresholds Thresholds = new(Crisis: 0.1, Dosing: 0.9, DosingWithSubject: 0.85, DosingWithRule: 0.55, SmallTalk: 0.5, OffTopic: 0.5);

    private static TriageSignals Introduction(bool dosingRule = false) =>
        new(false, dosingRule, NamesSomethingTaken: true, HasWords: true, Command: null, new TriageScores(0.01, 0.97, 0.02, 0, 0), IsIntroduction: true);

    [Fact]
    public void The_model_alone_does_not_refuse_an_introduction()
    {
        Assert.Equal(TriageOutcome.Question, SafetyTriage.Decide(Introduction(), Thresholds).Outcome);
        Assert.Equal(TriageOutcome.DosingRequest, SafetyTriage.Decide(Introduction() with { IsIntroduction = false }, Thresholds).Outcome);
    }

    [Fact]
    public void An_introduction_that_a_dosing_rule_reads_is_still_refused()
    {
        Assert.Equal(TriageOutcome.DosingRequest, SafetyTriage.Decide(Introduction(dosingRule: true), Thresholds).Outcome);
        Assert.Equal(TriageOutcome.DosingRequest, SafetyTriage.Decide(Introduction() with { SureDosingRule = true }, Thresholds).Outcome);
    }
}

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
