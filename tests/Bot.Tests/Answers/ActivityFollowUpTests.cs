using FibroBot.Answers;

namespace FibroBot.Tests.Answers;

/// <summary>
/// Twentieth session: "and how many times a week?" after a question about walking asks about walking. Alone, the same
/// message is refused as a dose schedule (the model and the schedule rule both read it so), which is why the
/// conversation remembers that the previous message was about an activity and named nothing taken.
/// </summary>
public sealed class ActivityFollowUpTests
{
    private readonly AnswerPipeline _pipeline = FixtureCorpus.Pipeline();

    [Theory]
    [InlineData("how long should I walk each day when I'm starting out with fibro?", "and how many times a week? every day or with rest days in between?")]
    [InlineData("¿cuánto tiempo debería caminar al día con fibromialgia?", "y cuántas veces por semana? todos los días o con descansos?")]
    [InlineData("wie lange sollte ich mit Fibro täglich spazieren gehen?", "und wie oft pro woche? jeden tag?")]
    public void A_schedule_question_after_an_activity_is_about_the_activity(string activity, string followUp)
    {
        var first = _pipeline.Answer(activity, ConversationMemory.Empty);
        Assert.True(first.Memory.LastAboutActivity);
        Assert.False(first.Memory.LastAboutSomethingTaken);

        Assert.NotEqual(AnswerKind.Refusal, _pipeline.Answer(followUp, first.Memory).Answer.Kind);
        // The same words with nothing before them are still read as a dose schedule.
        Assert.Equal(AnswerKind.Refusal, _pipeline.Answer(followUp, ConversationMemory.Empty).Answer.Kind);
    }

    [Fact]
    public void Naming_something_taken_after_an_activity_is_judged_as_usual()
    {
        var first = _pipeline.Answer("is swimming good for fibromyalgia?", ConversationMemory.Empty);

        Assert.Equal(AnswerKind.Refusal, _pipeline.Answer("and how much kratom should i take before I swim?", first.Memory).Answer.Kind);
    }

    [Fact]
    public void A_message_about_something_taken_clears_the_activity()
    {
        var first = _pipeline.Answer("is walking good for fibro pain?", ConversationMemory.Empty);
        var second = _pipeline.Answer("what is low dose naltrexone?", first.Memory);

        Assert.False(second.Memory.LastAboutActivity);
        Assert.True(second.Memory.LastAboutSomethingTaken);
        Assert.Equal(AnswerKind.Refusal, _pipeline.Answer("and how many times a week? every day?", second.Memory).Answer.Kind);
    }
}
