using System.Text.Json.Nodes;

namespace FibroBot.BotFramework.Storage;

/// <summary>
/// JSON documents by key with optimistic concurrency, as Bot Builder's <c>IStorage</c>:
/// a write whose <see cref="StoreItem.ETag"/> is null or <c>"*"</c> is unconditional; any other eTag must match
/// the stored one, or the whole write fails with <see cref="StorageConcurrencyException"/> and nothing is changed.
/// </summary>
public interface IStorage
{
    /// <summary>Reads the documents that exist; missing keys are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Writes the documents and returns their new eTags by key.</summary>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken);

    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);
}

/// <summary>A stored JSON document and the eTag it was read with (or must match when written).</summary>
public sealed record StoreItem(JsonNode Value, string? ETag = null);

public sealed class StorageConcurrencyException(string key)
    : Exception($"The stored document '{key}' was changed by someone else; read it again and retry.")
{
    public string Key { get; } = key;
}

/// <summary>The storage back end cannot be reached; hosts answer 503 and retry later.</summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
