namespace FibroBot.Storage;

/// <summary>
/// A few long-lived connections for reading, beside the writer: in WAL mode they read the last commit while it
/// writes the next. Each keeps its prepared statements. Reads are short and CPU-bound, so more connections than
/// cores would only add contention; a caller past the limit waits for a free one.
/// </summary>
internal sealed class SqliteReaderPool(Func<PreparedConnection> open, int size) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(size, size);
    private readonly Stack<PreparedConnection> _idle = new();
    private bool _disposed;

    public async Task<T> ReadAsync<T>(Func<PreparedConnection, T> work, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            var connection = Rent();
            T result;
            try
            {
                result = work(connection);
            }
            catch
            {
                // Whatever went wrong may have left the connection in a state no later read should meet.
                connection.Dispose();
                throw;
            }

            Return(connection);
            return result;
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose()
    {
        lock (_idle)
        {
            _disposed = true;
            while (_idle.TryPop(out var connection))
            {
                connection.Dispose();
            }
        }
    }

    private PreparedConnection Rent()
    {
        lock (_idle)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_idle.TryPop(out var connection))
            {
                return connection;
            }
        }

        return open();
    }

    private void Return(PreparedConnection connection)
    {
        lock (_idle)
        {
            if (!_disposed)
            {
                _idle.Push(connection);
                return;
            }
        }

        connection.Dispose();
    }
}
