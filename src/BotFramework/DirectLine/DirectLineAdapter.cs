using FibroBot.BotFramework.Builder;
using FibroBot.BotFramework.Schema;

namespace FibroBot.BotFramework.DirectLine;

/// <summary>
/// Runs a turn for an activity that arrived over Direct Line and appends the bot's replies to the conversation,
/// where the client's WebSocket or next poll picks them up. Typing is pushed live only; traces stay on the server.
/// </summary>
public sealed class DirectLineAdapter(
    DirectLineConversationStore store, DirectLineConversationSignals signals, DirectLineOptions options) : BotAdapter
{
    public async Task ProcessActivityAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        using var turnContext = new TurnContext(this, activity);
        await RunPipelineAsync(turnContext, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(
        ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var conversationId = turnContext.Activity.Conversation?.Id
            ?? throw new InvalidOperationException("A Direct Line turn always has a conversation id.");
        var responses = new ResourceResponse[activities.Count];
        var toStore = new List<(int Index, Activity Activity)>();
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            StampBotSide(activity);
            switch (activity.Type)
            {
                case ActivityTypes.Trace:
                    responses[i] = new ResourceResponse();
                    break;
                case ActivityTypes.Typing:
                    activity.Id ??= $"{conversationId}|typing-{Guid.NewGuid():N}";
                    activity.Timestamp ??= DateTimeOffset.UtcNow;
                    signals.PublishTransient(conversationId, activity);
                    responses[i] = new ResourceResponse { Id = activity.Id };
                    break;
                default:
                    toStore.Add((i, activity));
                    break;
            }
        }

        if (toStore.Count > 0)
        {
            var ids = await store.AppendAsync(conversationId, toStore.Select(s => s.Activity).ToList(), cancellationToken)
                .ConfigureAwait(false);
            for (var i = 0; i < toStore.Count; i++)
            {
                responses[toStore[i].Index] = new ResourceResponse { Id = ids[i] };
            }
        }

        return responses;
    }

    private void StampBotSide(Activity activity)
    {
        activity.From ??= new ChannelAccount();
        activity.From.Id ??= options.BotId;
        activity.From.Name ??= options.BotName;
        activity.From.Role = "bot";
        activity.ChannelId = options.ChannelId;
    }
}
