using FibroBot.BotFramework.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FibroBot.BotFramework.Hosting;

/// <summary>
/// Deletes the de-duplication records older than the window, at start-up and then every
/// <see cref="ActivityDeduplicationOptions.CleanupInterval"/>; says once at start-up when the storage cannot
/// de-duplicate at all.
/// </summary>
public sealed partial class ActivityDeduplicationCleanup(
    IStorage storage, IOptions<ActivityDeduplicationOptions> options, TimeProvider timeProvider, ILogger<ActivityDeduplicationCleanup> logger)
    : BackgroundService
{
    /// <summary>Deletes the expired records now; returns how many.</summary>
    public Task<int> DeleteExpiredAsync(CancellationToken cancellationToken) => storage is IExpiringStorage expiring
        ? expiring.DeleteWrittenBeforeAsync(ActivityDeduplicationMiddleware.KeyPrefix, timeProvider.GetUtcNow() - options.Value.Window, cancellationToken)
        : Task.FromResult(0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        if (storage is not IClaimStorage)
        {
            LogCannotDeduplicate(logger, storage.GetType().Name);
            return;
        }

        using var timer = new PeriodicTimer(options.Value.CleanupInterval, timeProvider);
        do
        {
            try
            {
                await DeleteExpiredAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (StorageUnavailableException ex)
            {
                LogUnavailable(logger, ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Storage} cannot claim keys atomically: redelivered activities are not de-duplicated.")]
    private static partial void LogCannotDeduplicate(ILogger logger, string storage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "De-duplication clean-up skipped, storage unavailable ({Reason}); it runs again at the next interval.")]
    private static partial void LogUnavailable(ILogger logger, string reason);
}
