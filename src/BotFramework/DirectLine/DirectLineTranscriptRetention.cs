using FibroBot.BotFramework.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FibroBot.BotFramework.DirectLine;

/// <summary>
/// Deletes stored Direct Line conversations whose last activity is older than
/// <see cref="DirectLineOptions.TranscriptLifetime"/>, at start-up and then every
/// <see cref="DirectLineOptions.TranscriptCleanupInterval"/>. Together with the trimming on each append, no stored
/// activity outlives the lifetime by more than one interval. Needs an <see cref="IExpiringStorage"/>.
/// </summary>
public sealed partial class DirectLineTranscriptRetention(
    IStorage storage, IOptions<DirectLineOptions> options, TimeProvider timeProvider, ILogger<DirectLineTranscriptRetention> logger)
    : BackgroundService
{
    /// <summary>Deletes the expired conversations now; returns how many.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        if (options.Value.TranscriptLifetime is not { } lifetime || storage is not IExpiringStorage expiring)
        {
            return 0;
        }

        var deleted = await expiring.DeleteWrittenBeforeAsync(
            DirectLineConversationStore.StorageKeyPrefix, timeProvider.GetUtcNow() - lifetime, cancellationToken).ConfigureAwait(false);
        if (deleted > 0)
        {
            LogDeleted(logger, deleted, lifetime);
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.TranscriptLifetime is { } lifetime && storage is not IExpiringStorage)
        {
            LogCannotExpire(logger, lifetime);
            return;
        }

        using var timer = new PeriodicTimer(options.Value.TranscriptCleanupInterval, timeProvider);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Direct Line: deleted {Count} transcripts idle for longer than {Lifetime}.")]
    private static partial void LogDeleted(ILogger logger, int count, TimeSpan lifetime);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Direct Line transcripts should be deleted after {Lifetime}, but this storage cannot find expired documents; only the per-append trimming applies.")]
    private static partial void LogCannotExpire(ILogger logger, TimeSpan lifetime);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Direct Line transcript clean-up skipped, storage unavailable ({Reason}); it runs again at the next interval.")]
    private static partial void LogUnavailable(ILogger logger, string reason);
}
