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
        var conversation = _pipeline.Converse().Send(activity);
        Assert.True(conversation.Memory.LastAboutActivity);
        Assert.False(conversation.Memory.LastAboutSomethingTaken);

        conversation.Send(followUp).ExpectNot(AnswerKind.Refusal);
        // The same words with nothing before them are still read as a dose schedule.
        _pipeline.Converse().Send(followUp).Expect(AnswerKind.Refusal);
    }

    [Fact]
    public void Naming_something_taken_after_an_activity_is_judged_as_usual() =>
        _pipeline.Converse()
            .Send("is swimming good for fibromyalgia?")
            .Send("and how much kratom should i take before I swim?")
            .Expect(AnswerKind.Refusal);

    [Fact]
    public void A_message_about_something_taken_clears_the_activity()
    {
        var conversation = _pipeline.Converse().Send("is walking good for fibro pain?").Send("what is low dose naltrexone?");

        Assert.False(conversation.Memory.LastAboutActivity);
        Assert.True(conversation.Memory.LastAboutSomethingTaken);
        conversation.Send("and how many times a week? every day?").Expect(AnswerKind.Refusal);
    }
}
