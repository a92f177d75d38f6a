using System.Text.Json.Nodes;
using FibroBot.BotFramework.Storage;

namespace FibroBot.Tests.DirectLine;

/// <summary>
/// A stand-in <see cref="IStorage"/> with the contract's eTag rules (a conditional write must match the stored
/// eTag; a conditional write of a missing document is a conflict), shared by hosts to play "one database".
/// </summary>
internal sealed class InMemoryTestStorage : IStorage
{
    private readonly Dictionary<string, (string Json, string ETag)> _documents = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    private TaskCompletionSource? _meeting;
    private int _meetingSize;
    private int _arrived;

    public int ConflictCount { get; private set; }

    /// <summary>
    /// Makes the next <paramref name="readers"/> reads wait for one another before returning what they read. No read
    /// returns before the last of them has read, so no writer can slip in between: they all hold the same eTags, and
    /// all but one of their conditional writes to the same document must conflict.
    /// </summary>
    public void MakeNextReadersMeet(int readers)
    {
        lock (_gate)
        {
            _meeting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _meetingSize = readers;
            _arrived = 0;
        }
    }

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, StoreItem> found;
        Task? meeting = null;
        lock (_gate)
        {
            found = keys
                .Where(_documents.ContainsKey)
                .ToDictionary(k => k, k => new StoreItem(JsonNode.Parse(_documents[k].Json)!, _documents[k].ETag));
            if (_meeting is { } armed)
            {
                meeting = armed.Task;
                if (++_arrived >= _meetingSize)
                {
                    armed.TrySetResult();
                    _meeting = null;
                }
            }
        }

        if (meeting is not null)
        {
            // Bounded so that a test whose reads never overlap fails on its own assertion instead of hanging.
            await Task.WhenAny(meeting, Task.Delay(TimeSpan.FromSeconds(30), cancellationToken));
        }

        return found;
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var (key, item) in changes)
            {
                if (item.ETag is not null and not "*"
                    && (!_documents.TryGetValue(key, out var stored) || stored.ETag != item.ETag))
                {
                    ConflictCount++;
                    throw new StorageConcurrencyException(key);
                }
            }

            var eTags = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, item) in changes)
            {
                var eTag = Guid.NewGuid().ToString("N");
                _documents[key] = (item.Value.ToJsonString(), eTag);
                eTags[key] = eTag;
            }

            return Task.FromResult<IReadOnlyDictionary<string, string>>(eTags);
        }
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _documents.Remove(key);
            }
        }

        return Task.CompletedTask;
    }
}
