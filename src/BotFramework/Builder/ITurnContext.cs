using FibroBot.BotFramework.Schema;

namespace FibroBot.BotFramework.Builder;

/// <summary>One turn: the incoming activity and the way to answer it (Bot Builder's <c>ITurnContext</c>).</summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>True once any message has been sent in this turn.</summary>
    bool Responded { get; }

    /// <summary>Per-turn values shared between middleware and the bot.</summary>
    IDictionary<string, object> TurnState { get; }

    /// <summary>Sends one activity; conversation, recipient and reply id are filled from the incoming activity.</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken);
}

/// <summary>Cross-cutting work around a turn (typing, transcript logging, mention stripping).</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken);
}
