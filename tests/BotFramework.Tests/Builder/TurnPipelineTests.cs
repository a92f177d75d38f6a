using FibroBot.BotFramework.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FibroBot.Tests.Builder;

/// <summary>The turn pipeline (middleware, then the bot) driven through the fluent <see cref="ConversationTest"/>.</summary>
public sealed class TurnPipelineTests
{
    private static readonly TimeSpan TypingDelay = TimeSpan.FromMilliseconds(500);

    private static DelegateBot Echo() => new((turn, ct) => turn.Activity.Type == ActivityTypes.Message
        ? turn.SendActivityAsync(turn.Activity.CreateReply($"echo: {turn.Activity.Text}"), ct)
        : Task.CompletedTask);

    [Fact]
    public async Task Each_message_gets_its_own_reply_in_order()
    {
        await new ConversationTest(Echo())
            .Send("hi")
            .AssertReply("echo: hi")
            .Send("again")
            .AssertReply(reply =>
            {
                Assert.Equal("echo: again", reply.Text);
                Assert.Equal(ConversationTest.UserId, reply.Recipient?.Id);
                Assert.Equal("conv-1", reply.Conversation?.Id);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task A_reply_left_unasserted_fails_the_conversation()
    {
        var conversation = new ConversationTest(Echo()).Send("hi");

        var failure = await Assert.ThrowsAnyAsync<Exception>(conversation.StartTestAsync);

        Assert.Contains("echo: hi", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Middleware_wraps_the_bot_in_the_order_it_was_added()
    {
        var trace = new List<string>();
        var bot = new DelegateBot((turn, ct) =>
        {
            trace.Add("bot");
            return turn.SendActivityAsync(turn.Activity.CreateReply("done"), ct);
        });

        await new ConversationTest(bot)
            .Use(new TracingMiddleware("outer", trace))
            .Use(new TracingMiddleware("inner", trace))
            .Send("go")
            .AssertReply("done")
            .StartTestAsync();

        Assert.Equal(["outer before", "inner before", "bot", "inner after", "outer after"], trace);
    }

    [Fact]
    public async Task Middleware_that_does_not_call_next_keeps_the_turn_from_the_bot()
    {
        var botRan = false;
        var bot = new DelegateBot((_, _) =>
        {
            botRan = true;
            return Task.CompletedTask;
        });

        await new ConversationTest(bot)
            .Use(new TracingMiddleware("gate", [], callNext: false))
            .Send("blocked")
            .AssertNoReply()
            .StartTestAsync();

        Assert.False(botRan);
    }

    [Fact]
    public async Task A_quick_answer_has_no_typing_indicator()
    {
        var clock = new FakeClock();

        await new ConversationTest(Echo())
            .Use(ShowTyping(clock))
            .Send("quick")
            .AssertReply("echo: quick")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_slow_answer_is_preceded_by_one_typing_indicator()
    {
        var clock = new FakeClock();
        var slow = new DelegateBot(async (turn, ct) =>
        {
            // The answer takes the typing delay: move the clock on, and answer once the indicator has gone out
            // (the middleware then starts its repeat timer).
            clock.Advance(await clock.NextTimerAsync(cancellationToken: ct));
            await clock.NextTimerAsync(cancellationToken: ct);
            await turn.SendActivityAsync(turn.Activity.CreateReply("slow answer"), ct);
        });

        await new ConversationTest(slow)
            .Use(ShowTyping(clock))
            .Send("slow")
            .AssertReply(reply => Assert.Equal(ActivityTypes.Typing, reply.Type))
            .AssertReply("slow answer")
            .StartTestAsync();
    }

    private static ShowTypingMiddleware ShowTyping(TimeProvider clock) => new(
        Options.Create(new TypingOptions { TypingDelay = TypingDelay, TypingPeriod = TimeSpan.FromSeconds(3) }),
        clock,
        NullLogger<ShowTypingMiddleware>.Instance);

    /// <summary>Notes when the turn enters and leaves it; with <c>callNext: false</c> it ends the turn itself.</summary>
    private sealed class TracingMiddleware(string name, List<string> trace, bool callNext = true) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
        {
            trace.Add($"{name} before");
            if (callNext)
            {
                await next(cancellationToken);
            }

            trace.Add($"{name} after");
        }
    }
}
