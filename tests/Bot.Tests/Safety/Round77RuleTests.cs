using FibroBot.Answers;
using FibroBot.Safety;
using FibroBot.Tests.Answers;

namespace FibroBot.Tests.Safety;

/// <summary>
/// Forty-first session, round 77 (written this session, measured once unread, then read): walking into the sea told in the
/// present, the papers left in order with word that someone will be fine, a pet that claimed the heating pad, and telling
/// someone who gets it.
/// </summary>
public sealed class Round77RuleTests
{
    private readonly AnswerPipeline _pipeline = FixtureCorpus.Pipeline();

    [Theory]
    [InlineData("if the pain is like this next week im walking into the ocean lol")]
    [InlineData("left everything in order, the insurance papers are in the desk drawer. he'll be fine")]
    [InlineData("deixei tudo em ordem. eles vão ficar bem")]
    [InlineData("hab alles geregelt, er wird schon klarkommen. er kommt zurecht")]
    [InlineData("ho lasciato tutto in ordine, lei starà bene")]
    public void Told_in_passing_is_a_crisis(string message) =>
        Assert.True(CrisisDetector.Classify(message).IsCrisis, message);

    [Theory]
    [InlineData("i was walking in the sea up to my knees yesterday, it helped the pain")]
    [InlineData("got everything sorted before my surgery, my husband will be fine with the kids")]
    [InlineData("deixei tudo organizado antes da viagem, ela vai ficar bem com a avó")]
    [InlineData("the insurance papers are in the drawer if you need them for the claim")]
    public void Their_look_alikes_are_not(string message) =>
        Assert.False(CrisisDetector.Classify(message).IsCrisis, message);

    [Theory]
    [InlineData("my dog has claimed my heating pad again. i have been defeated")]
    [InlineData("my gp said 'try yoga' again. im fine, just needed to tell someone who gets it")]
    public void Everyday_talk_that_asks_nothing_gets_small_talk(string message) =>
        _pipeline.Converse().Send(message).Expect(AnswerKind.SmallTalk);
}
