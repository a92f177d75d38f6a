using FibroBot.BotFramework.Storage;
using Microsoft.Extensions.Options;

namespace FibroBot.Moderation;

/// <summary>
/// Enforces <see cref="PrivacyOptions.RetentionDays"/>: deletes expired turns at start and then every
/// <see cref="PrivacyOptions.CleanupInterval"/>. A database that is away is tried again next time, never fatal.
/// </summary>
public sealed partial class TurnLogRetentionService(
    ITurnLog turnLog,
    IStorage storage,
    IOptions<PrivacyOptions> options,
    TimeProvider timeProvider,
    ILogger<TurnLogRetentionService> logger) : BackgroundService
{
    /// <summary>
    /// Deletes the turns older than the retention period now, and the conversation memories (last topics, whether
    /// the welcome was sent) not written for that long; returns how many turns.
    /// </summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var cutoff = timeProvider.GetUtcNow() - TimeSpan.FromDays(options.Value.RetentionDays);
        var deleted = await turnLog.DeleteOlderThanAsync(cutoff, cancellationToken);
        if (deleted > 0)
        {
            LogDeleted(logger, deleted, options.Value.RetentionDays);
        }

        if (storage is IExpiringStorage expiring)
        {
            await expiring.DeleteWrittenBeforeAsync(Conversation.ConversationStateStore.KeyPrefix, cutoff, cancellationToken);
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupInterval, timeProvider);
        do
        {
            try
            {
                await DeleteExpiredAsync(stoppingToken);
            }
            catch (StorageUnavailableException ex)
            {
                LogUnavailable(logger, ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn log: deleted {Count} turns older than {Days} days.")]
    private static partial void LogDeleted(ILogger logger, int count, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Turn log clean-up skipped, storage unavailable ({Reason}); it runs again at the next interval.")]
    private static partial void LogUnavailable(ILogger logger, string reason);
}
