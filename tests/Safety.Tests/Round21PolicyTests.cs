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
