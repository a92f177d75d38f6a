using System.Text.Json.Nodes;
using FibroBot.BotFramework.Storage;

namespace FibroBot.Integration.Browser;

/// <summary>
/// Used only while the host registers no <see cref="IStorage"/> of its own: a stand-in with the contract's eTag rules.
/// </summary>
internal sealed class BrowserTestStorage : IStorage
{
    private readonly Dictionary<string, (string Json, string ETag)> _documents = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

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
                if (item.ETag is not null and not "*" && (!_documents.TryGetValue(key, out var stored) || stored.ETag != item.ETag))
                {
                    throw new StorageConcurrencyException(key);
                }
            }

            var eTags = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, item) in changes)
            {
                eTags[key] = Guid.NewGuid().ToString("N");
                _documents[key] = (item.Value.ToJsonString(), eTags[key]);
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
