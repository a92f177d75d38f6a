using FibroBot.Answers;
using FibroBot.Safety;
using FibroBot.Tests.Answers;

namespace FibroBot.Tests.Safety;

/// <summary>
/// Thirty-fifth session: crisis guidance given again keeps its language unless the member's own words settle another.
/// </summary>
public sealed class CrisisLanguageKeptTests
{
    private readonly AnswerPipeline _pipeline = FixtureCorpus.Pipeline();

    [Fact]
    public void Moving_on_right_after_english_guidance_gets_it_again_in_english()
    {
        var crisis = _pipeline.Answer("some mornings i stand on the platform and think how easy it would be to just take one step forward", ConversationMemory.Empty);
        Assert.Equal(AnswerKind.Crisis, crisis.Answer.Kind);
        Assert.Equal("en", crisis.Memory.LastCrisisLanguage);

        // Lingua alone reads this one as German.
        var movedOn = _pipeline.Answer("also a laptop under 500 euros", crisis.Memory);

        Assert.Equal(AnswerKind.Crisis, movedOn.Answer.Kind);
        Assert.Equal([SafetyTexts.CrisisGuidanceFor("en")], movedOn.Answer.Paragraphs);
        Assert.Equal("en", movedOn.Memory.LastCrisisLanguage);
    }

    [Fact]
    public void Without_guidance_before_it_the_detector_decides()
    {
        Assert.Equal("de", new MessageLanguage().Detect("also a laptop under 500 euros"));
    }

    [Fact]
    public void A_reply_in_another_language_that_its_words_settle_gets_the_guidance_in_that_language()
    {
        var crisis = _pipeline.Answer("i want to end my life tonight", ConversationMemory.Empty);
        Assert.Equal("en", crisis.Memory.LastCrisisLanguage);

        var german = _pipeline.Answer("ich kann nicht mehr und ich will auch nicht mehr leben", crisis.Memory);

        Assert.Equal(AnswerKind.Crisis, german.Answer.Kind);
        Assert.Equal("de", german.Memory.LastCrisisLanguage);
        Assert.Equal(SafetyTexts.CrisisGuidanceFor("de"), german.Answer.Paragraphs[0]);
    }

    [Theory]
    [InlineData("also whats a good laptop under 500 for my son", "en")]
    [InlineData("what should i do about the pain", "en")]
    [InlineData("ich kann nicht mehr und will nicht mehr", "de")]
    [InlineData("no puedo más, quiero morir hoy", "es")]
    [InlineData("ik wil niet meer, het is genoeg", "nl")]
    public void Words_of_one_language_settle_it(string message, string expected) =>
        Assert.Equal(expected, MessageLanguage.DetectClearly(message));

    [Theory]
    [InlineData("also")]
    [InlineData("ok")]
    [InlineData("laptop 500")]
    [InlineData("   ")]
    public void Words_that_many_languages_share_settle_nothing(string message) =>
        Assert.Null(MessageLanguage.DetectClearly(message));
}
