using FibroBot.BotFramework.Builder;
using FibroBot.BotFramework.Schema;
using FibroBot.BotFramework.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FibroBot.BotFramework.Hosting;

/// <summary>
/// Idempotent turns: the Bot Framework channel retries a delivery it thinks failed, with the same activity id. Before
/// a message turn runs, this middleware claims the activity's (channel, conversation id, activity id) in storage with
/// <see cref="IClaimStorage.TryClaimAsync"/>; a delivery whose claim is held by an earlier one within
/// <see cref="ActivityDeduplicationOptions.WindowMinutes"/> ends here, acknowledged without a turn, so it gets no
/// second reply and the bot records nothing twice. The claim lives in the shared database, so this holds across
/// instances. A turn that fails gives its claim back, so the channel's retry is served. Other activity types, and
/// activities without an id, always run. Does nothing on a storage without <see cref="IClaimStorage"/>.
/// </summary>
public sealed partial class ActivityDeduplicationMiddleware(
    IStorage storage,
    IOptions<ActivityDeduplicationOptions> options,
    IActivityKeyHasher hasher,
    TimeProvider timeProvider,
    ILogger<ActivityDeduplicationMiddleware> logger) : IMiddleware
{
    /// <summary>The prefix of every claim's key in storage.</summary>
    public const string KeyPrefix = "handled-activities/";

    /// <summary>The storage key that records <paramref name="activity"/>, or null when it has nothing to identify it by.</summary>
    public string? KeyFor(Activity activity) =>
        activity is { ChannelId: { Length: > 0 } channel, Conversation.Id: { Length: > 0 } conversation, Id: { Length: > 0 } id }
            ? $"{KeyPrefix}{Uri.EscapeDataString(channel)}/{hasher.Hash(channel, conversation, id)}"
            : null;

    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!options.Value.Enabled || activity.Type != ActivityTypes.Message || storage is not IClaimStorage claims || KeyFor(activity) is not { } key)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!await claims.TryClaimAsync(key, ETags.New(), timeProvider.GetUtcNow(), options.Value.Window, cancellationToken).ConfigureAwait(false))
        {
            LogRedelivery(logger, activity.ChannelId, options.Value.WindowMinutes);
            return;
        }

        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await ReleaseAsync(key, activity.ChannelId).ConfigureAwait(false);
            throw;
        }
    }

    // The turn failed (the caller gets an error and the channel retries): give the claim back so the retry runs.
    private async Task ReleaseAsync(string key, string? channelId)
    {
        try
        {
            await storage.DeleteAsync([key], CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The turn's own failure is what the caller must hear of; this one is only logged.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogReleaseFailed(logger, channelId, ex.GetType().Name, options.Value.WindowMinutes);
        }
    }

    // Ids stay out of the log.
    [LoggerMessage(Level = LogLevel.Information, Message = "Skipped a redelivered message (channel {ChannelId}): the same activity was handled within the last {Minutes} minutes.")]
    private static partial void LogRedelivery(ILogger logger, string? channelId, int minutes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A failed turn (channel {ChannelId}) could not give back its de-duplication claim ({Failure}); a retry of it within {Minutes} minutes is skipped.")]
    private static partial void LogReleaseFailed(ILogger logger, string? channelId, string failure, int minutes);
}
