using FibroBot.BotFramework.Builder;
using FibroBot.BotFramework.Schema;

namespace FibroBot.BotFramework.Testing;

/// <summary>An in-memory adapter: runs turns against a bot through its middleware and keeps what it sends, in order.</summary>
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
        await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        return context.GetInvokeResponse();
    }
}
