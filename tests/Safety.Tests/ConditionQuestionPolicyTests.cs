namespace FibroBot.Safety.Tests;

/// <summary>Fortieth session: a question whether something is fibromyalgia weighs only the model's weak crisis readings.</summary>
public sealed class ConditionQuestionPolicyTests
{
    private static readonly TriageThresholds Thresholds = new(Crisis: 0.1, Dosing: 0.9, DosingWithSubject: 0.85, DosingWithRule: 0.55, SmallTalk: 0.5, OffTopic: 0.5);

    private static TriageSignals Signals(double crisis, bool crisisRule = false) =>
        new(crisisRule, DosingRule: false, NamesSomethingTaken: false, HasWords: true, Command: null, new TriageScores(crisis, 0.01, 0.99 - crisis, 0, 0));

    [Fact]
    public void A_weak_crisis_reading_of_a_condition_question_is_answered()
    {
        var weak = Signals(crisis: 0.3) with { AsksAboutTheCondition = true };
        Assert.Equal(TriageOutcome.Question, SafetyTriage.Decide(weak, Thresholds).Outcome);
        // The same reading without the question is a crisis: the bar is the crisis bar.
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(weak with { AsksAboutTheCondition = false }, Thresholds).Outcome);
    }

    [Fact]
    public void A_stronger_reading_or_a_crisis_rule_still_wins()
    {
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Signals(crisis: SafetyTriage.ConditionQuestionCrisisBelow) with { AsksAboutTheCondition = true }, Thresholds).Outcome);
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Signals(crisis: 0.2, crisisRule: true) with { AsksAboutTheCondition = true }, Thresholds).Outcome);
    }
}
