using FibroBot.BotFramework.Schema;

namespace FibroBot.BotFramework.Builder;

/// <summary>The default <see cref="ITurnContext"/>: addresses every outgoing activity as a reply to the incoming one.</summary>
public sealed class TurnContext(BotAdapter adapter, Activity activity) : ITurnContext
{
    public BotAdapter Adapter { get; } = adapter;

    public Activity Activity { get; } = activity;

    public bool Responded { get; private set; }

    public IDictionary<string, object> TurnState { get; } = new Dictionary<string, object>(StringComparer.Ordinal);

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
        => (await SendActivitiesAsync([activity], cancellationToken).ConfigureAwait(false))[0];

    public async Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        foreach (var outgoing in activities)
        {
            Activity.ApplyReplyAddressing(outgoing);
        }

        var responses = await Adapter.SendActivitiesAsync(this, activities, cancellationToken).ConfigureAwait(false);
        if (activities.Any(a => a.Type == ActivityTypes.Message))
        {
            Responded = true;
        }

        return responses;
    }
}
