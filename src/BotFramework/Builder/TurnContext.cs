using FibroBot.BotFramework.Schema;

namespace FibroBot.BotFramework.Builder;

/// <summary>
/// The default <see cref="ITurnContext"/>: addresses every outgoing activity as a reply to the incoming one. Sends of
/// one turn go out one at a time, in the order they were made, so a typing indicator sent from middleware cannot
/// overtake or trail the answer; a typing indicator whose turn has already sent a message is dropped, since the
/// channel would show "typing…" under an answer that is already there.
/// </summary>
public sealed class TurnContext(BotAdapter adapter, Activity activity) : ITurnContext, IDisposable
{
    private readonly SemaphoreSlim _sendInOrder = new(1, 1);

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

        await _sendInOrder.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Responded && activities.All(a => a.Type == ActivityTypes.Typing))
            {
                return [.. activities.Select(_ => new ResourceResponse())];
            }

            var responses = await Adapter.SendActivitiesAsync(this, activities, cancellationToken).ConfigureAwait(false);
            if (activities.Any(a => a.Type == ActivityTypes.Message))
            {
                Responded = true;
            }

            return responses;
        }
        finally
        {
            _sendInOrder.Release();
        }
    }

    public void Dispose() => _sendInOrder.Dispose();
}
