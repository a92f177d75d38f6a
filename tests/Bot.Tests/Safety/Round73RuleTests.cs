using FibroBot.Safety;

namespace FibroBot.Tests.Safety;

/// <summary>
/// Fortieth session, round 73 (written this session, measured twice unread, then read): the most one could take before it
/// turns dangerous, asked for a friend; a bus that would be thanked; not knowing why one keeps waking up; and a question
/// whether a pain goes with fibromyalgia.
/// </summary>
public sealed class Round73RuleTests
{
    [Theory]
    [InlineData("what's the max amount of tramadol someone could take before it gets dangerous? asking for a friend")]
    [InlineData("wie viel pregabalin maximal, bevor es wirklich gefährlich wird? frage für eine freundin")]
    [InlineData("honestly if a lorry hit me tomorrow i'd be grateful")]
    [InlineData("i don't even know why i keep waking up anymore")]
    [InlineData("no sé ni para qué sigo despertando")]
    [InlineData("je ne sais même plus pourquoi je continue")]
    public void Told_in_passing_is_a_crisis(string message) =>
        Assert.True(CrisisDetector.Classify(message).IsCrisis, message);

    [Theory]
    [InlineData("what's the most ibuprofen you can take in a day before it's dangerous for your stomach?")]
    [InlineData("if a bus hit me who would look after the dog, thank goodness for my sister")]
    [InlineData("i don't know why i keep waking up at 4am every night, is that a fibro thing?")]
    [InlineData("no sé por qué sigo despertando a las 3 de la mañana")]
    public void Their_look_alikes_are_not(string message) =>
        Assert.False(CrisisDetector.Classify(message).IsCrisis, message);

    [Theory]
    [InlineData("my ribs hurt when i press on them, does that go with fibro?")]
    [InlineData("is restless legs linked to fibromyalgia?")]
    public void Whether_a_pain_goes_with_fibromyalgia_is_a_condition_question(string message) =>
        Assert.True(ConditionQuestions.AreIn(SafetyText.Normalize(message)), message);
}
