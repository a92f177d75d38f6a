using FibroBot.BotFramework.Storage;
using FibroBot.Moderation;
using FibroBot.Storage;

namespace FibroBot.Tests.Storage.Contracts;

/// <summary>
/// One empty database of one back end, as the shared contract tests see it. The SQLite and PostgreSQL test
/// projects each provide one; the test bodies are the same for both.
/// </summary>
public abstract class StorageTestBackend : IAsyncDisposable
{
    public CapturedLogs Logs { get; } = new();

    public abstract IStorageDatabase Database { get; }

    public abstract IStorage Storage { get; }

    public abstract ITurnLog TurnLog { get; }

    /// <summary>Runs SQL that both dialects accept, behind the back end's back (to damage records).</summary>
    public abstract Task ExecuteSqlAsync(string sql);

    public abstract Task<long> QueryScalarAsync(string sql);

    /// <summary>
    /// Simulates the process (or server) dying right after the last write returned, with nothing flushed or
    /// closed, and opens the data again as a restarted process would.
    /// </summary>
    public abstract Task<StorageTestBackend> KillAndReopenAsync();

    /// <summary>A second, independent instance on the same data, as a second bot process would open it.</summary>
    public abstract Task<StorageTestBackend> OpenSecondInstanceAsync();

    public abstract ValueTask DisposeAsync();
}
