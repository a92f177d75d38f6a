using FibroBot.BotFramework.Schema;

namespace FibroBot.BotFramework.Builder;

/// <summary>
/// Turns a received activity into a turn and delivers what the bot sends (Bot Builder's <c>BotAdapter</c>).
/// Subclasses decide how replies travel: in the HTTP response, to the Bot Connector, or into Direct Line.
/// </summary>
public abstract class BotAdapter
{
    private readonly List<IMiddleware> _middleware = [];

    public BotAdapter Use(IMiddleware middleware)
    {
        _middleware.Add(middleware);
        return this;
    }

    /// <summary>Delivers activities sent during a turn; returns one resource response per activity.</summary>
    public abstract Task<ResourceResponse[]> SendActivitiesAsync(
        ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    /// <summary>Runs the middleware chain and then the bot's handler for one turn.</summary>
    protected Task RunPipelineAsync(ITurnContext turnContext, Func<ITurnContext, CancellationToken, Task> handler, CancellationToken cancellationToken)
    {
        return Next(0, cancellationToken);

        Task Next(int index, CancellationToken ct) => index < _middleware.Count
            ? _middleware[index].OnTurnAsync(turnContext, next => Next(index + 1, next), ct)
            : handler(turnContext, ct);
    }
}
