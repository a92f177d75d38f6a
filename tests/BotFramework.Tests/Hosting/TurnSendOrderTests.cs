namespace FibroBot.Tests.Hosting;

/// <summary>
/// Sends of one turn reach the adapter one at a time and in order, and a typing indicator never follows the answer:
/// the channel would otherwise show "typing…" under an answer already on screen.
/// </summary>
public sealed class TurnSendOrderTests
{
    [Fact]
    public async Task An_answer_sent_while_a_typing_indicator_is_in_flight_waits_for_it()
    {
        var adapter = new GatedAdapter();
        using var turn = new TurnContext(adapter, Incoming());

        var typing = turn.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, CancellationToken.None);
        await adapter.TypingReachedAdapter.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var answer = turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = "the answer" }, CancellationToken.None);

        // Without ordering, the answer would have reached the adapter synchronously inside the call above.
        Assert.Equal([ActivityTypes.Typing], adapter.Started);

        adapter.ReleaseTyping.SetResult();
        await Task.WhenAll(typing, answer).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message], adapter.Delivered);
        Assert.True(turn.Responded);
    }

    [Fact]
    public async Task A_typing_indicator_after_the_answer_is_dropped_but_other_sends_still_go_out()
    {
        var adapter = new GatedAdapter();
        adapter.ReleaseTyping.SetResult();
        using var turn = new TurnContext(adapter, Incoming());

        await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = "the answer" }, CancellationToken.None);
        var dropped = await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, CancellationToken.None);
        await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = "a second message" }, CancellationToken.None);

        Assert.NotNull(dropped);
        Assert.Equal([ActivityTypes.Message, ActivityTypes.Message], adapter.Delivered);
    }

    private static Activity Incoming() => new()
    {
        Type = ActivityTypes.Message,
        Id = "in-1",
        Text = "question",
        ChannelId = "test",
        ServiceUrl = "http://127.0.0.1:1/",
        Conversation = new ConversationAccount { Id = "conversation-1" },
        From = new ChannelAccount { Id = "user-1" },
        Recipient = new ChannelAccount { Id = "bot-1" },
    };

    /// <summary>Records what reaches it; a typing indicator stays "in flight" until the test releases it.</summary>
    private sealed class GatedAdapter : BotAdapter
    {
        private readonly Lock _gate = new();

        public List<string> Started { get; } = [];

        public List<string> Delivered { get; } = [];

        public TaskCompletionSource TypingReachedAdapter { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource ReleaseTyping { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async Task<ResourceResponse[]> SendActivitiesAsync(
            ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
        {
            foreach (var activity in activities)
            {
                lock (_gate)
                {
                    Started.Add(activity.Type!);
                }

                if (activity.Type == ActivityTypes.Typing)
                {
                    TypingReachedAdapter.TrySetResult();
                    await ReleaseTyping.Task.WaitAsync(cancellationToken);
                }

                lock (_gate)
                {
                    Delivered.Add(activity.Type!);
                }
            }

            return [.. activities.Select(a => new ResourceResponse { Id = a.Type })];
        }
    }
}
