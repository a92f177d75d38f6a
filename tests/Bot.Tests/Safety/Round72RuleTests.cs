using FibroBot.Answers;
using FibroBot.Safety;
using FibroBot.Tests.Answers;

namespace FibroBot.Tests.Safety;

/// <summary>
/// Fortieth session, round 72 (written this session, measured twice unread, then read): a way out ranked as options, a
/// height without a fence, farewells to everyone followed by calm, a joke without "because", and good night to the group.
/// </summary>
public sealed class Round72RuleTests
{
    private readonly AnswerPipeline _pipeline = FixtureCorpus.Pipeline();

    [Theory]
    [InlineData("been comparing my exit plans by which one is least messy for my kids tbh")]
    [InlineData("the car park roof near the hospital still has no railings, i checked")]
    [InlineData("el puente del río sigue sin valla, lo vi ayer")]
    [InlineData("my dad said goodbye to everyone at dinner and now he's weirdly calm, is that a good sign?")]
    [InlineData("mijn zus heeft afscheid genomen van iedereen en is nu heel rustig")]
    public void Told_in_passing_is_a_crisis(string message) =>
        Assert.True(CrisisDetector.Classify(message).IsCrisis, message);

    [Theory]
    [InlineData("weighing my exit options from this job, the paperwork for leaving is awful")]
    [InlineData("the new bridge has no cycle lane, so annoying")]
    [InlineData("said goodbye to everyone at the retirement do, went home and had a bath")]
    public void Their_look_alikes_are_not(string message) =>
        Assert.False(CrisisDetector.Classify(message).IsCrisis, message);

    [Theory]
    [InlineData("why did the spoonie skip the party? she ran out of spoons at breakfast 😂")]
    [InlineData("why did the fibro warrior bring a pillow to work? nap pacing lol")]
    public void A_joke_ending_in_a_laugh_is_a_joke(string message) =>
        Assert.True(EverydayTalk.TellsAJoke(SafetyText.Normalize(message)), message);

    [Fact]
    public void A_question_with_a_laugh_after_it_is_still_a_question() =>
        Assert.False(EverydayTalk.TellsAJoke(SafetyText.Normalize("why does my pain get worse when it rains? so weird lol")));

    [Theory]
    [InlineData("night all, legs are finally settling, off to try and sleep")]
    [InlineData("buenas noches a todos, hoy ha sido largo")]
    public void Good_night_to_the_group_gets_a_small_talk_reply(string message) =>
        _pipeline.Converse().Send(message).Expect(AnswerKind.SmallTalk);

    [Fact]
    public void Good_morning_with_a_question_is_answered_as_a_question() =>
        _pipeline.Converse().Send("morning all, does anyone know if a warm bath helps morning stiffness?").ExpectNot(AnswerKind.SmallTalk);
}
