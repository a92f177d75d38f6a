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
        var conversation = _pipeline.Converse().Send("what is low dose naltrexone?").Send("are there studies in fibro?");

        Assert.True(conversation.Memory.LastAboutSomethingTaken);
    }

    [Fact]
    public void A_question_about_an_activity_in_between_does_not()
    {
        var conversation = _pipeline.Converse().Send("what is low dose naltrexone?").Send("is swimming good for fibro?");

        Assert.False(conversation.Memory.LastAboutSomethingTaken);
    }

    [Fact]
    public void A_long_message_that_names_nothing_taken_does_not()
    {
        var conversation = _pipeline.Converse()
            .Send("what is low dose naltrexone?")
            .Send("my rheumatologist keeps telling me that sleep hygiene matters more than anything else for fibromyalgia, is there any evidence for that?");

        Assert.False(conversation.Memory.LastAboutSomethingTaken);
    }
}
