using System.Text.Json.Nodes;
using FibroBot.BotFramework.Builder;
using FibroBot.BotFramework.Schema;

namespace FibroBot.Tests.Conversation;

/// <summary>An in-memory adapter: runs turns against a bot and keeps what it sends, in order.</summary>
public sealed class TestAdapter : BotAdapter
{
    private int _nextId;

    public Queue<Activity> Sent { get; } = new();

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        foreach (var activity in activities)
        {
            activity.Id = $"bot-{Interlocked.Increment(ref _nextId)}";
            Sent.Enqueue(activity);
        }

        return Task.FromResult(activities.Select(a => new ResourceResponse { Id = a.Id }).ToArray());
    }

    /// <summary>Runs one turn and returns the invoke response the bot left, if any.</summary>
    public async Task<InvokeResponse?> ProcessAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        using var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken);
        return context.GetInvokeResponse();
    }
}

/// <summary>
/// A scripted conversation in the fluent Bot Builder style:
/// <c>await new ConversationTest(bot).Send("hi").AssertReply(r => …).StartTestAsync()</c>.
/// Every step runs in order when <see cref="StartTestAsync"/> is awaited; a reply left unasserted fails the test.
/// </summary>
public sealed class ConversationTest(IBot bot, string channelId = "test", string conversationId = "conv-1", string? conversationType = null)
{
    public const string BotId = "bot-id";
    public const string UserId = "user-id";

    private readonly List<Func<Task>> _steps = [];
    private readonly TestAdapter _adapter = new();
    private InvokeResponse? _lastInvokeResponse;
    private int _nextId;

    public ConversationTest Send(string text) => Send(Message(text));

    public ConversationTest Send(Activity activity)
    {
        _steps.Add(async () =>
        {
            AssertNoPendingReply();
            Address(activity);
            _lastInvokeResponse = await _adapter.ProcessAsync(activity, bot, CancellationToken.None);
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
            await step();
        }

        AssertNoPendingReply();
    }

    /// <summary>A message from the user, optionally @mentioning the bot the way Teams does.</summary>
    public static Activity Message(string text, bool mentionBot = false)
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = text };
        if (mentionBot)
        {
            const string mention = "<at>Fibro Bot</at>";
            activity.Text = $"{mention} {text}";
            activity.Entities =
            [
                new Entity
                {
                    Type = "mention",
                    Properties = new JsonObject
                    {
                        ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "Fibro Bot" },
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
        activity.Recipient ??= new ChannelAccount { Id = BotId, Name = "Fibro Bot" };
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
