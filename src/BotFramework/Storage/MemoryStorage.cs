using System.Text.Json.Nodes;

namespace FibroBot.BotFramework.Storage;

/// <summary>
/// An in-process <see cref="IStorage"/> with the same semantics as the database back ends, for tests and the
/// command line. Documents are kept as JSON text so that a caller mutating a node it read or wrote never
/// changes what is stored. A non-wildcard eTag for a document that does not exist is a conflict: the document
/// was deleted after it was read.
/// </summary>
public sealed class MemoryStorage(TimeProvider? timeProvider = null) : IStorage, IExpiringStorage, IClaimStorage
{
    private readonly Dictionary<string, (string Json, string ETag, DateTimeOffset Written)> _documents = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StorageArguments.CheckKeys(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (_documents.TryGetValue(key, out var stored))
                {
                    found[key] = new StoreItem(JsonNode.Parse(stored.Json)!, stored.ETag);
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        StorageArguments.CheckChanges(changes);
        cancellationToken.ThrowIfCancellationRequested();
        var newETags = new Dictionary<string, string>(StringComparer.Ordinal);
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            // Check every precondition before touching anything, so a conflict leaves the store unchanged.
            foreach (var (key, item) in changes)
            {
                if (ETags.IsConditional(item.ETag)
                    && (!_documents.TryGetValue(key, out var stored) || stored.ETag != item.ETag))
                {
                    throw new StorageConcurrencyException(key);
                }
            }

            foreach (var (key, item) in changes)
            {
                var eTag = ETags.New();
                _documents[key] = (item.Value.ToJsonString(), eTag, now);
                newETags[key] = eTag;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(newETags);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StorageArguments.CheckKeys(keys);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _documents.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    public Task<int> DeleteWrittenBeforeAsync(string keyPrefix, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyPrefix);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var expired = _documents
                .Where(d => d.Key.StartsWith(keyPrefix, StringComparison.Ordinal) && d.Value.Written < cutoff)
                .Select(d => d.Key)
                .ToList();
            foreach (var key in expired)
            {
                _documents.Remove(key);
            }

            return Task.FromResult(expired.Count);
        }
    }

    public Task<bool> TryClaimAsync(string key, string claimId, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken)
    {
        StorageArguments.CheckKeys([key]);
        ArgumentException.ThrowIfNullOrEmpty(claimId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (_documents.TryGetValue(key, out var held) && held.ETag != claimId && held.Written >= now - window)
            {
                return Task.FromResult(false);
            }

            _documents[key] = ("{}", claimId, now);
            return Task.FromResult(true);
        }
    }
}
