using System.Text.Json.Nodes;
using FibroBot.BotFramework.Builder;
using FibroBot.BotFramework.Schema;
using Xunit;

namespace FibroBot.BotFramework.Testing;

/// <summary>
/// A scripted conversation in the fluent Bot Builder style:
/// <c>await new ConversationTest(bot).Send("hi").AssertReply(r => …).StartTestAsync()</c>.
/// Every step runs in order when <see cref="StartTestAsync"/> is awaited; a reply left unasserted fails the test.
/// </summary>
public sealed class ConversationTest(IBot bot, string channelId = "test", string conversationId = "conv-1", string? conversationType = null)
{
    public const string BotId = "bot-id";
    public const string BotName = "Test Bot";
    public const string UserId = "user-id";

    private readonly List<Func<Task>> _steps = [];
    private readonly TestAdapter _adapter = new();
    private InvokeResponse? _lastInvokeResponse;
    private int _nextId;

    /// <summary>Runs every turn through <paramref name="middleware"/>, in the order added, before the bot.</summary>
    public ConversationTest Use(IMiddleware middleware)
    {
        _adapter.Use(middleware);
        return this;
    }

    public ConversationTest Send(string text) => Send(Message(text));

    public ConversationTest Send(Activity activity)
    {
        _steps.Add(async () =>
        {
            AssertNoPendingReply();
            Address(activity);
            _lastInvokeResponse = await _adapter.ProcessAsync(activity, bot, CancellationToken.None).ConfigureAwait(false);
        });
        return this;
    }

    public ConversationTest AssertReply(Action<Activity> assert)
    {
        _steps.Add(() =>
        {
            Assert.True(_adapter.Sent.Count > 0, "Expected a reply, but the bot sent nothing.");
            assert(_adapter.Sent.Dequeue());
            return Task.CompletedTask;
        });
        return this;
    }

    public ConversationTest AssertReply(string expectedText) => AssertReply(reply => Assert.Equal(expectedText, reply.Text));

    public ConversationTest AssertNoReply()
    {
        _steps.Add(() =>
        {
            AssertNoPendingReply();
            return Task.CompletedTask;
        });
        return this;
    }

    public ConversationTest AssertInvokeResponse(Action<InvokeResponse> assert)
    {
        _steps.Add(() =>
        {
            Assert.NotNull(_lastInvokeResponse);
            assert(_lastInvokeResponse);
            return Task.CompletedTask;
        });
        return this;
    }

    public async Task StartTestAsync()
    {
        foreach (var step in _steps)
        {
            await step().ConfigureAwait(false);
        }

        AssertNoPendingReply();
    }

    /// <summary>A message from the user, optionally @mentioning the bot the way Teams does.</summary>
    public static Activity Message(string text, bool mentionBot = false)
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = text };
        if (mentionBot)
        {
            const string mention = $"<at>{BotName}</at>";
            activity.Text = $"{mention} {text}";
            activity.Entities =
            [
                new Entity
                {
                    Type = "mention",
                    Properties = new JsonObject
                    {
                        ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
                        ["text"] = mention,
                    },
                },
            ];
        }

        return activity;
    }

    private void Address(Activity activity)
    {
        activity.Id ??= $"user-{++_nextId}";
        activity.ChannelId ??= channelId;
        activity.ServiceUrl ??= "http://127.0.0.1/";
        activity.From ??= new ChannelAccount { Id = UserId, Name = "User" };
        activity.Recipient ??= new ChannelAccount { Id = BotId, Name = BotName };
        activity.Conversation ??= new ConversationAccount
        {
            Id = conversationId,
            ConversationType = conversationType,
            IsGroup = conversationType is "groupChat" or "channel" ? true : null,
        };
    }

    private void AssertNoPendingReply()
    {
        if (_adapter.Sent.Count > 0)
        {
            Assert.Fail($"Unexpected reply: {_adapter.Sent.Peek().Text}");
        }
    }
}
