namespace FibroBot.Storage;

/// <summary>
/// One caller's write, waiting in <see cref="SqliteWriter"/>'s queue. Its outcome is held back until the batch it
/// ran in has committed (or failed), so that a caller never hears of success for a write that could still be lost.
/// </summary>
internal abstract class SqliteWriteItem
{
    private const int Waiting = 0;
    private const int Taken = 1;
    private const int Cancelled = 2;

    private int _state;
    private CancellationTokenRegistration _cancellation;

    /// <summary>
    /// Claims the item for a batch; false when its caller cancelled first, and then it must be skipped. Once
    /// taken, the caller's token no longer matters: the item completes with its batch.
    /// </summary>
    public bool TryTake()
    {
        if (Interlocked.CompareExchange(ref _state, Taken, Waiting) != Waiting)
        {
            return false;
        }

        _cancellation.Dispose();
        return true;
    }

    /// <summary>Runs the work inside the open transaction; its result or rejection is kept for <see cref="Complete"/>.</summary>
    public abstract void Run(PreparedConnection connection);

    /// <summary>The work failed on its own (an eTag conflict, say); its changes were undone, the batch goes on.</summary>
    public abstract void Reject(Exception error);

    /// <summary>The batch committed: the caller gets the result, or its own rejection.</summary>
    public abstract void Complete();

    /// <summary>The batch did not commit: nothing of this item was written.</summary>
    public abstract void Fail(Exception error);

    protected abstract void SetCancelled(CancellationToken cancellationToken);

    /// <summary>Called last in a subclass constructor: the callback may run at once and needs the subclass ready.</summary>
    protected void WatchCancellation(CancellationToken cancellationToken)
    {
        if (cancellationToken.CanBeCanceled)
        {
            _cancellation = cancellationToken.UnsafeRegister(static (item, token) => ((SqliteWriteItem)item!).OnCancelled(token), this);
        }
    }

    private void OnCancelled(CancellationToken cancellationToken)
    {
        if (Interlocked.CompareExchange(ref _state, Cancelled, Waiting) == Waiting)
        {
            SetCancelled(cancellationToken);
        }
    }
}

internal sealed class SqliteWriteItem<T> : SqliteWriteItem
{
    private readonly Func<PreparedConnection, T> _work;

    // Callers' continuations must not run on the writer, which has the next batch to write.
    private readonly TaskCompletionSource<T> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? _result;
    private Exception? _rejection;

    public SqliteWriteItem(Func<PreparedConnection, T> work, CancellationToken cancellationToken)
    {
        _work = work;
        WatchCancellation(cancellationToken);
    }

    public Task<T> Outcome => _outcome.Task;

    public override void Run(PreparedConnection connection) => _result = _work(connection);

    public override void Reject(Exception error) => _rejection = error;

    public override void Complete()
    {
        if (_rejection is null)
        {
            _outcome.TrySetResult(_result!);
        }
        else
        {
            _outcome.TrySetException(_rejection);
        }
    }

    public override void Fail(Exception error) => _outcome.TrySetException(error);

    protected override void SetCancelled(CancellationToken cancellationToken) => _outcome.TrySetCanceled(cancellationToken);
}
