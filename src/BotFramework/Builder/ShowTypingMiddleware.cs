using FibroBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FibroBot.BotFramework.Builder;

/// <summary>
/// Sends a <c>typing</c> activity when a message turn runs longer than <see cref="TypingOptions.TypingDelay"/>,
/// repeated every <see cref="TypingOptions.TypingPeriod"/> until the first message goes out or the turn ends.
/// Not in <c>expectReplies</c> mode: there the replies travel in one HTTP response, so a typing indicator only adds noise.
/// </summary>
public sealed partial class ShowTypingMiddleware(IOptions<TypingOptions> options, TimeProvider timeProvider, ILogger<ShowTypingMiddleware> logger) : IMiddleware
{
    private readonly TimeSpan _delay = options.Value.TypingDelay;
    private readonly TimeSpan _period = options.Value.TypingPeriod;

    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        using var turnDone = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = ShowTypingUntilAnsweredAsync(turnContext, turnDone.Token);
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Stop and wait, so no typing indicator is sent after the turn has finished.
            await turnDone.CancelAsync().ConfigureAwait(false);
            await typing.ConfigureAwait(false);
        }
    }

    private async Task ShowTypingUntilAnsweredAsync(ITurnContext turnContext, CancellationToken turnDone)
    {
        try
        {
            await Task.Delay(_delay, timeProvider, turnDone).ConfigureAwait(false);
            while (!turnContext.Responded)
            {
                await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, turnDone).ConfigureAwait(false);
                await Task.Delay(_period, timeProvider, turnDone).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The turn finished: that is the normal way out.
        }
        catch (Exception e)
        {
            // A lost typing indicator must not fail the answer.
            LogTypingFailed(logger, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send the typing indicator ({Failure})")]
    private static partial void LogTypingFailed(ILogger logger, string failure);
}
