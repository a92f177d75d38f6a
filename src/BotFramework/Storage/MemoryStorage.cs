using System.Text.Json.Nodes;

namespace FibroBot.BotFramework.Storage;

/// <summary>
/// An in-process <see cref="IStorage"/> with the same semantics as the database back ends, for tests and the
/// command line. Documents are kept as JSON text so that a caller mutating a node it read or wrote never
/// changes what is stored. A non-wildcard eTag for a document that does not exist is a conflict: the document
/// was deleted after it was read.
/// </summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, (string Json, string ETag)> _documents = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

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
                _documents[key] = (item.Value.ToJsonString(), eTag);
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
}
