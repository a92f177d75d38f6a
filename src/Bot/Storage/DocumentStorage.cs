using FibroBot.BotFramework.Storage;

namespace FibroBot.Storage;

/// <summary>One document to write: its new JSON and eTag, and the eTag it must still have (null: write regardless).</summary>
internal sealed record DocumentWrite(string Key, string Json, string NewETag, string? ExpectedETag);

/// <summary>
/// What the SQLite and PostgreSQL <c>documents</c> stores share: the argument checks, the empty shortcuts, one
/// request per distinct key, the JSON and eTags prepared on the caller's thread, keys written in ordinal order (so two
/// multi-key writes cannot deadlock), and the reading of a stored document. A back end supplies only its SQL.
/// </summary>
public abstract class DocumentStorage(ILogger logger) : IStorage, IExpiringStorage, IClaimStorage
{
    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StorageArguments.CheckKeys(keys);
        return keys.Count == 0
            ? Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(new Dictionary<string, StoreItem>())
            : ReadDocumentsAsync([.. keys.Distinct(StringComparer.Ordinal)], cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        StorageArguments.CheckChanges(changes);
        if (changes.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());
        }

        // Serialized here, on the caller's thread: the caller may change its nodes once this returns.
        var rows = changes.OrderBy(change => change.Key, StringComparer.Ordinal).Select(change => new DocumentWrite(
            change.Key,
            change.Value.Value.ToJsonString(),
            ETags.New(),
            ETags.IsConditional(change.Value.ETag) ? change.Value.ETag : null)).ToList();
        return WriteDocumentsAsync(rows, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StorageArguments.CheckKeys(keys);
        return keys.Count == 0 ? Task.CompletedTask : DeleteDocumentsAsync([.. keys.Distinct(StringComparer.Ordinal)], cancellationToken);
    }

    public Task<int> DeleteWrittenBeforeAsync(string keyPrefix, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyPrefix);
        return DeletePrefixedBeforeAsync(keyPrefix, cutoff, cancellationToken);
    }

    /// <summary>
    /// The primary key makes the insert the claim; an existing marker is taken over only when it has expired or is this
    /// caller's own (the same claim id: a retry, perhaps after a lost connection whose first attempt committed).
    /// </summary>
    public Task<bool> TryClaimAsync(string key, string claimId, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken)
    {
        StorageArguments.CheckKeys([key]);
        ArgumentException.ThrowIfNullOrEmpty(claimId);
        return ClaimAsync(key, claimId, now, now - window, cancellationToken);
    }

    /// <summary>The stored document, or null (logged) when its JSON is damaged.</summary>
    internal StoreItem? Document(string key, string json, string eTag) =>
        StoredJson.TryParse(json, $"document '{key}'", logger) is { } value ? new StoreItem(value, eTag) : null;

    /// <summary>Reads distinct keys, all from the same commit.</summary>
    internal abstract Task<IReadOnlyDictionary<string, StoreItem>> ReadDocumentsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);

    /// <summary>Writes all rows or none; throws <see cref="StorageConcurrencyException"/> when an expected eTag no longer matches.</summary>
    internal abstract Task<IReadOnlyDictionary<string, string>> WriteDocumentsAsync(IReadOnlyList<DocumentWrite> rows, CancellationToken cancellationToken);

    internal abstract Task DeleteDocumentsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);

    /// <summary>Deletes the documents whose key starts with the prefix (compared as text, never as a pattern) written before the cutoff.</summary>
    internal abstract Task<int> DeletePrefixedBeforeAsync(string keyPrefix, DateTimeOffset cutoff, CancellationToken cancellationToken);

    internal abstract Task<bool> ClaimAsync(string key, string claimId, DateTimeOffset now, DateTimeOffset expired, CancellationToken cancellationToken);
}
