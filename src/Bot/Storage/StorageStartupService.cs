using FibroBot.BotFramework.Storage;
using Microsoft.Extensions.Options;

namespace FibroBot.Storage;

/// <summary>
/// Reaches the database and migrates its schema before the host serves anything. While the database is away it
/// retries a bounded number of times with a log line each; then it throws, so the host stops with a non-zero
/// exit instead of running half-started.
/// </summary>
public sealed partial class StorageStartupService(
    IStorageDatabase database,
    IOptions<StorageOptions> options,
    TimeProvider timeProvider,
    ILogger<StorageStartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var attempts = Math.Max(1, options.Value.StartupAttempts);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await database.MigrateAsync(cancellationToken);
                return;
            }
            catch (StorageUnavailableException ex) when (attempt < attempts)
            {
                LogWaiting(logger, database.Description, attempt, attempts, options.Value.StartupRetryDelay.TotalSeconds, ex.Message);
                await Task.Delay(options.Value.StartupRetryDelay, timeProvider, cancellationToken);
            }
            catch (StorageUnavailableException ex)
            {
                throw new StorageUnavailableException(
                    $"The bot cannot start: {database.Description} is unavailable after {attempts} attempts ({ex.Message}). "
                    + "Check ConnectionStrings:Storage and that the database is running.",
                    ex);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage: {Description} is unavailable (attempt {Attempt} of {Attempts}); retrying in {Seconds} s. {Reason}")]
    private static partial void LogWaiting(ILogger logger, string description, int attempt, int attempts, double seconds, string reason);
}
