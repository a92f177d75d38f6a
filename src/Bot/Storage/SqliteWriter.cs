using System.Threading.Channels;

namespace FibroBot.Storage;

/// <summary>
/// The one connection that writes the SQLite file, fed by a queue. Whatever is waiting when it wakes (up to
/// <see cref="MaxBatchSize"/> items) runs in one <c>BEGIN IMMEDIATE</c> transaction and is acknowledged by one
/// commit, so one fsync serves many callers; no caller hears of success before the commit that holds its write.
/// Each item runs inside a savepoint, so an item that fails on its own (an eTag conflict) leaves none of its changes
/// and the rest of the batch still commits. When the batch itself fails (the file is locked, full or broken), every
/// item in it fails.
/// </summary>
internal sealed partial class SqliteWriter : IAsyncDisposable
{
    /// <summary>Keeps one transaction, and the wait of the callers at its end, short.</summary>
    internal const int MaxBatchSize = 256;

    private const string Begin = "BEGIN IMMEDIATE;";
    private const string Commit = "COMMIT;";
    private const string Savepoint = "SAVEPOINT item;";
    private const string ReleaseSavepoint = "RELEASE item;";
    private const string RollbackToSavepoint = "ROLLBACK TO item;";

    private readonly Channel<SqliteWriteItem> _queue = Channel.CreateUnbounded<SqliteWriteItem>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly Func<PreparedConnection> _open;
    private readonly Func<Exception, Exception> _forCaller;
    private readonly string _description;
    private readonly ILogger _logger;
    private readonly Task _loop;
    private PreparedConnection? _connection;
    private int _disposed;

    /// <param name="open">Opens the writer's connection; called again after a failed batch closed the last one.</param>
    /// <param name="forCaller">What a caller is given for an error that failed its whole batch.</param>
    public SqliteWriter(Func<PreparedConnection> open, Func<Exception, Exception> forCaller, string description, ILogger logger)
    {
        _open = open;
        _forCaller = forCaller;
        _description = description;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>
    /// For tests only: awaited each time the writer wakes for new items, before it takes them, so that a test can
    /// queue several items and have them run as one batch. The token is cancelled on dispose.
    /// </summary>
    internal Func<CancellationToken, Task>? BeforeBatch { get; set; }

    /// <summary>
    /// Queues work to run on the writer's connection inside a transaction; the task completes after the commit.
    /// Cancelling helps only while the item still waits in the queue.
    /// </summary>
    public Task<T> EnqueueAsync<T>(Func<PreparedConnection, T> work, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        var item = new SqliteWriteItem<T>(work, cancellationToken);
        if (!_queue.Writer.TryWrite(item) && item.TryTake())
        {
            item.Fail(new ObjectDisposedException(nameof(SqliteDatabase), $"{_description} was closed before this write."));
        }

        return item.Outcome;
    }

    /// <summary>Takes no more writes, commits those already queued, and closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            await _loop;
            return;
        }

        _queue.Writer.TryComplete();
        await _stopping.CancelAsync();
        await _loop;
        _stopping.Dispose();
    }

    private async Task RunAsync()
    {
        var batch = new List<SqliteWriteItem>(MaxBatchSize);
        try
        {
            // Ends once the queue is completed and empty: on dispose, what was queued is still written.
            while (await _queue.Reader.WaitToReadAsync())
            {
                await PassGateAsync();
                while (batch.Count < MaxBatchSize && _queue.Reader.TryRead(out var item))
                {
                    if (item.TryTake())
                    {
                        batch.Add(item);
                    }
                }

                if (batch.Count > 0)
                {
                    WriteBatch(batch);
                    batch.Clear();
                }
            }
        }
        finally
        {
            // Only reached early through a bug; whoever still waits must hear of it rather than wait forever.
            _queue.Writer.TryComplete();
            var stopped = new ObjectDisposedException(nameof(SqliteDatabase), $"The writer of {_description} has stopped.");
            foreach (var item in batch)
            {
                item.Fail(stopped);
            }

            while (_queue.Reader.TryRead(out var left))
            {
                if (left.TryTake())
                {
                    left.Fail(stopped);
                }
            }

            CloseConnection();
        }
    }

    private async Task PassGateAsync()
    {
        if (BeforeBatch is not { } gate)
        {
            return;
        }

        try
        {
            await gate(_stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Disposing: go on and write what is queued.
        }
    }

    private void WriteBatch(List<SqliteWriteItem> batch)
    {
        try
        {
            var connection = _connection ??= _open();
            connection.Execute(Begin);
            foreach (var item in batch)
            {
                RunInSavepoint(connection, item);
            }

            connection.Execute(Commit);
        }
        catch (Exception ex)
        {
            // Closing the connection rolls back whatever the failure left open, so the next batch starts clean on a
            // fresh connection whatever state this one is in.
            CloseConnection();
            LogBatchFailed(_logger, batch.Count, _description, ex.Message);
            foreach (var item in batch)
            {
                item.Fail(_forCaller(ex));
            }

            return;
        }

        foreach (var item in batch)
        {
            item.Complete();
        }
    }

    private static void RunInSavepoint(PreparedConnection connection, SqliteWriteItem item)
    {
        connection.Execute(Savepoint);
        try
        {
            item.Run(connection);
        }
        catch (Exception ex) when (!SqliteDatabase.IsUnavailable(ex))
        {
            // This item's own fault: undo its changes only. An unavailable file fails the whole batch instead.
            connection.Execute(RollbackToSavepoint);
            item.Reject(ex);
        }

        connection.Execute(ReleaseSavepoint);
    }

    private void CloseConnection()
    {
        _connection?.Dispose();
        _connection = null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage: a batch of {Count} writes to {Description} failed and was rolled back: {Reason}")]
    private static partial void LogBatchFailed(ILogger logger, int count, string description, string reason);
}
