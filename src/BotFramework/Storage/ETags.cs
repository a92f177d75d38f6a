namespace FibroBot.BotFramework.Storage;

/// <summary>The eTag conventions every <see cref="IStorage"/> back end shares.</summary>
public static class ETags
{
    /// <summary>The eTag that matches any stored version: the write is unconditional.</summary>
    public const string Any = "*";

    /// <summary>True when a write with this eTag must match the stored one.</summary>
    public static bool IsConditional(string? eTag) => eTag is not null && eTag != Any;

    /// <summary>A fresh opaque eTag; random, so that two instances writing one database never issue the same.</summary>
    public static string New() => Guid.NewGuid().ToString("N");
}

/// <summary>Rejects bad arguments the same way in every back end.</summary>
public static class StorageArguments
{
    /// <summary>The longest key accepted; long enough for any channel's conversation id plus a prefix.</summary>
    public const int MaxKeyLength = 1024;

    public static void CheckKeys(IReadOnlyCollection<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            CheckKey(key);
        }
    }

    public static void CheckChanges(IReadOnlyDictionary<string, StoreItem> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, item) in changes)
        {
            CheckKey(key);
            if (item?.Value is null)
            {
                throw new ArgumentException($"The document for key '{key}' is null; delete it instead.", nameof(changes));
            }
        }
    }

    private static void CheckKey(string key)
    {
        if (string.IsNullOrEmpty(key))
        {
            throw new ArgumentException("A storage key must not be null or empty.", nameof(key));
        }

        if (key.Length > MaxKeyLength)
        {
            throw new ArgumentException($"A storage key must be at most {MaxKeyLength} characters; this one has {key.Length}.", nameof(key));
        }

        if (key.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("A storage key must not contain a NUL character.", nameof(key));
        }
    }
}
