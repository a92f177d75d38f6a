using System.Collections.Concurrent;
using FibroBot.BotFramework.Builder;
using FibroBot.BotFramework.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FibroBot.BotFramework.DirectLine;

/// <summary>
/// Runs bot turns off the request: the client's POST is answered as soon as its activity is stored, so a slow
/// answer never trips Web Chat's send timeout. Shutdown waits for the turns in flight.
/// </summary>
public sealed class DirectLineTurnRunner(
    IServiceScopeFactory scopeFactory, DirectLineAdapter adapter, ILogger<DirectLineTurnRunner> logger) : IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<Task, byte> _inFlight = new();
    private readonly CancellationTokenSource _stopping = new();
    private bool _warnedNoBot;

    public void Start(Activity activity)
    {
        var turn = Task.Run(() => RunAsync(activity, _stopping.Token));
        _inFlight.TryAdd(turn, 0);
        turn.ContinueWith(t => _inFlight.TryRemove(t, out _), TaskScheduler.Default);
    }

    /// <summary>Waits until every turn started so far has finished (tests and shutdown).</summary>
    public Task WhenIdleAsync() => Task.WhenAll(_inFlight.Keys);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Waits for the turns in flight until the host's shutdown deadline, then cancels whatever is still running. A turn
    /// that outlives the deadline must not fail the shutdown: the host would report an error and skip the services
    /// that stop after this one.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await WhenIdleAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The shutdown deadline passed with {Turns} Direct Line turns still running; they are cancelled.", _inFlight.Count);
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var bot = scope.ServiceProvider.GetService<IBot>();
            if (bot is null)
            {
                if (!_warnedNoBot)
                {
                    _warnedNoBot = true;
                    logger.LogWarning("No IBot is registered; Direct Line stores messages but nobody answers them.");
                }

                return;
            }

            await adapter.ProcessActivityAsync(activity, bot, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
#pragma warning disable CA1031 // A failing turn must not take the host down; it is logged and the user can ask again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "The bot failed on Direct Line activity {ActivityId} of conversation {ConversationId}.",
                activity.Id, activity.Conversation?.Id);
        }
    }
}
