using FibroBot.Answers;
using FibroBot.Safety;
using Microsoft.Extensions.Logging;

namespace FibroBot.Tests.Conversation;

/// <summary>
/// Round 25 found a rule matcher that threw on an ordinary question, and the member got an HTTP 500 and no reply. A
/// fault inside the bot while reading a message now gets a fixed reply that says so and points to emergency help.
/// </summary>
public sealed class ReadingFailureTests : IAsyncLifetime
{
    private BotHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await BotHarness.CreateAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_message_the_bot_fails_to_read_gets_a_reply_that_points_to_emergency_help()
    {
        var bot = _harness.NewBot(embedder: new FailingEmbedder());

        await new ConversationTest(bot)
            .Send("what do most people here take for their pain?")
            .AssertReply(reply =>
            {
                Assert.Equal(FixedTexts.NoAnswer.CouldNotRead.Split('.')[0], reply.Text!.Split('.')[0]);
                Assert.Contains("findahelpline.com", reply.Text, StringComparison.Ordinal);
                Assert.Contains("not medical advice", reply.Text, StringComparison.Ordinal);
            })
            .StartTestAsync();

        var logged = Assert.Single(_harness.Logs.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains(nameof(InvalidOperationException), logged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("their pain", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_message_with_a_working_encoder_is_read_as_usual()
    {
        await new ConversationTest(_harness.NewBot())
            .Send("what do most people here take for their pain?")
            .AssertReply(reply => Assert.DoesNotContain("went wrong", reply.Text, StringComparison.Ordinal))
            .StartTestAsync();
    }

    private sealed class FailingEmbedder : IQueryEmbedder
    {
        public float[][] EmbedQueries(IReadOnlyList<string> texts) =>
            throw new InvalidOperationException("encoder failed reading: " + string.Join(' ', texts));
    }
}
