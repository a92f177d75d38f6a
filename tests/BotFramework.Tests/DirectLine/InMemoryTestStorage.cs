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

    public int ConflictCount { get; private set; }

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyDictionary<string, StoreItem> found = keys
                .Where(_documents.ContainsKey)
                .ToDictionary(k => k, k => new StoreItem(JsonNode.Parse(_documents[k].Json)!, _documents[k].ETag));
            return Task.FromResult(found);
        }
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
