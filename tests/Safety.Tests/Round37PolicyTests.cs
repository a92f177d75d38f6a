namespace FibroBot.Safety.Tests;

/// <summary>Twenty-seventh session: a weak crisis reading of a message the model reads above all as chat.</summary>
public sealed class Round37PolicyTests
{
    private static readonly TriageThresholds Thresholds = new(Crisis: 0.09, Dosing: 0.9, DosingWithSubject: 0.85, DosingWithRule: 0.55, SmallTalk: 0.01, OffTopic: 0.01);

    private static TriageSignals Chat(double crisis, double smallTalk, double offTopic = 0.02, bool crisisRule = false) =>
        new(crisisRule, DosingRule: false, NamesSomethingTaken: false, HasWords: true, Command: null,
            new TriageScores(crisis, 0.02, 1 - crisis - smallTalk - offTopic - 0.02, smallTalk, offTopic));

    [Fact]
    public void A_weak_crisis_reading_of_small_talk_is_small_talk()
    {
        // "tell me a joke, need cheering up": crisis 0.11, small talk 0.69.
        Assert.Equal(TriageOutcome.SmallTalk, SafetyTriage.Decide(Chat(crisis: 0.11, smallTalk: 0.69), Thresholds).Outcome);
    }

    [Fact]
    public void A_weak_crisis_reading_of_an_off_topic_message_is_off_topic()
    {
        Assert.Equal(TriageOutcome.OffTopic, SafetyTriage.Decide(Chat(crisis: 0.10, smallTalk: 0.02, offTopic: 0.8), Thresholds).Outcome);
    }

    [Fact]
    public void At_the_bar_or_with_a_crisis_rule_or_when_chat_is_not_the_top_reading_the_crisis_stands()
    {
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Chat(crisis: SafetyTriage.ChatCrisisBelow, smallTalk: 0.6), Thresholds).Outcome);
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Chat(crisis: 0.11, smallTalk: 0.69, crisisRule: true), Thresholds).Outcome);
        // The question is the top reading here, so the model's crisis reading stands as before.
        Assert.Equal(TriageOutcome.Crisis, SafetyTriage.Decide(Chat(crisis: 0.11, smallTalk: 0.2), Thresholds).Outcome);
    }
}
