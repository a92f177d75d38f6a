namespace FibroBot.Safety.Tests;

/// <summary>Twenty-third session: overdoing it in the everyday sense, and the model's crisis reading.</summary>
public sealed class PacingTalkPolicyTests
{
    private static readonly TriageThresholds Thresholds = new(Crisis: 0.1, Dosing: 0.9, DosingWithSubject: 0.85, DosingWithRule: 0.55, SmallTalk: 0.5, OffTopic: 0.5);

    private static TriageSignals Pacing(double crisis, bool namesSomethingTaken = false, bool crisisRule = false) =>
        new(crisisRule, DosingRule: false, namesSomethingTaken, HasWords: true, Command: null, new TriageScores(crisis, 0.001, 0.999 - crisis, 0, 0), IsPacingTalk: true);

    [Fact]
    public void The_model_alone_does_not_send_pacing_talk_to_crisis_guidance_however_sure_it_is()
    {
        Assert.Equal(TriageOutcome.Question, SafetyTriage.Decide(Pacing(crisis: 0.999), Thresholds).Outcome);
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Pacing(crisis: 0.999) with { IsPacingTalk = false }, Thresholds).Outcome);
    }

    [Fact]
    public void Overdoing_it_on_something_taken_and_a_crisis_rule_still_go_to_crisis_guidance()
    {
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Pacing(crisis: 0.95, namesSomethingTaken: true), Thresholds).Outcome);
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Pacing(crisis: 0.01, crisisRule: true), Thresholds).Outcome);
    }

    [Theory]
    [InlineData("I don't want to overdo it at the wedding", true)]
    [InlineData("overdid it gardening yesterday, paying for it now", true)]
    [InlineData("try not to overdo things this weekend x", true)]
    [InlineData("she always overdoes it when the sun comes out", true)]
    [InlineData("went a bit overboard with the spring cleaning", true)]
    [InlineData("went overboard with the gummies last night", false)]
    [InlineData("i overdid it on the tramadol and my heart is racing", false)]
    [InlineData("what happens if you overdose on kratom", false)]
    public void Pacing_talk_is_the_idiom_not_an_overdose(string message, bool expected) =>
        Assert.Equal(expected, PacingTalk.IsIn(SafetyText.Normalize(message)));
}
