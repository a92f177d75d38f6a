using System.Globalization;

namespace FibroBot.BotFramework.Storage;

/// <summary>STAND-IN for the storage work's in-memory store (replaced at merge): JSON documents in a dictionary.</summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, StoreItem> _items = new(StringComparer.Ordinal);
    private long _version;

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var item))
                {
                    found[key] = item with { Value = item.Value.DeepClone() };
                }
            }

            return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
        }
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var (key, change) in changes)
            {
                if (change.ETag is not (null or "*") && (!_items.TryGetValue(key, out var current) || current.ETag != change.ETag))
                {
                    throw new StorageConcurrencyException(key);
                }
            }

            var eTags = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, change) in changes)
            {
                var eTag = (++_version).ToString(CultureInfo.InvariantCulture);
                _items[key] = new StoreItem(change.Value.DeepClone(), eTag);
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
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }
}
