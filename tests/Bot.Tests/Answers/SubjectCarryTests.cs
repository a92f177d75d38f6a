using FibroBot.Answers;

namespace FibroBot.Tests.Answers;

/// <summary>
/// Twenty-first session: a short question that names nothing new keeps the conversation's subject, so an amount asked
/// two messages after the subject was named is still read as a dose follow-up.
/// </summary>
public sealed class SubjectCarryTests
{
    private readonly AnswerPipeline _pipeline = FixtureCorpus.Pipeline();

    [Fact]
    public void A_short_question_in_between_keeps_the_subject()
    {
        var first = _pipeline.Answer("what is low dose naltrexone?", ConversationMemory.Empty);
        var second = _pipeline.Answer("are there studies in fibro?", first.Memory);

        Assert.True(second.Memory.LastAboutSomethingTaken);
    }

    [Fact]
    public void A_question_about_an_activity_in_between_does_not()
    {
        var first = _pipeline.Answer("what is low dose naltrexone?", ConversationMemory.Empty);
        var second = _pipeline.Answer("is swimming good for fibro?", first.Memory);

        Assert.False(second.Memory.LastAboutSomethingTaken);
    }

    [Fact]
    public void A_long_message_that_names_nothing_taken_does_not()
    {
        var first = _pipeline.Answer("what is low dose naltrexone?", ConversationMemory.Empty);
        var second = _pipeline.Answer(
            "my rheumatologist keeps telling me that sleep hygiene matters more than anything else for fibromyalgia, is there any evidence for that?",
            first.Memory);

        Assert.False(second.Memory.LastAboutSomethingTaken);
    }
}
