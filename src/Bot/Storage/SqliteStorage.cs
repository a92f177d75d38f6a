using FibroBot.BotFramework.Storage;

namespace FibroBot.Storage;

/// <summary>
/// <see cref="IStorage"/> on a SQLite file. Each write runs in its own savepoint of the writer's transaction, so
/// its eTag checks and the writes of all its keys happen under one lock: all or nothing.
/// </summary>
public sealed class SqliteStorage(SqliteDatabase database, ILogger<SqliteStorage> logger) : IStorage, IExpiringStorage, IClaimStorage
{
    // The primary key makes the insert the claim; an existing marker is taken over only when it has expired or is
    // this caller's own (the same claim id, a retry). changes() is then 1, else 0.
    private const string Claim = """
        INSERT INTO documents (key, value, etag, updated_ms) VALUES ($key, '{}', $claim, $now)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_ms = excluded.updated_ms
        WHERE documents.updated_ms < $expired OR documents.etag = excluded.etag;
        """;

    // substr rather than LIKE, so a prefix can never act as a pattern.
    private const string DeleteWrittenBefore =
        "DELETE FROM documents WHERE substr(key, 1, length($prefix)) = $prefix AND updated_ms < $cutoff;";

    private const string ReadOne = "SELECT key, value, etag FROM documents WHERE key = $key;";

    private const string Upsert = """
        INSERT INTO documents (key, value, etag, updated_ms) VALUES ($key, $value, $etag, $now)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_ms = excluded.updated_ms;
        """;

    private const string UpdateIfUnchanged =
        "UPDATE documents SET value = $value, etag = $etag, updated_ms = $now WHERE key = $key AND etag = $expected;";

    private const string DeleteOne = "DELETE FROM documents WHERE key = $key;";

    // Several keys are read in one read transaction, so they all come from the same commit.
    private const string BeginRead = "BEGIN;";
    private const string EndRead = "COMMIT;";

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StorageArguments.CheckKeys(keys);
        if (keys.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(new Dictionary<string, StoreItem>());
        }

        var distinct = keys.Count == 1 ? keys : keys.Distinct(StringComparer.Ordinal).ToList();
        return database.ReadAsync<IReadOnlyDictionary<string, StoreItem>>(connection =>
        {
            var found = new Dictionary<string, StoreItem>(distinct.Count, StringComparer.Ordinal);
            var several = distinct.Count > 1;
            if (several)
            {
                connection.Execute(BeginRead);
            }

            var read = connection.Statement(ReadOne);
            foreach (var key in distinct)
            {
                using var reader = read.With("$key", key).ExecuteReader();
                if (reader.Read() && StoredJson.TryParse(reader.GetString(1), $"document '{key}'", logger) is { } value)
                {
                    found[key] = new StoreItem(value, reader.GetString(2));
                }
            }

            if (several)
            {
                connection.Execute(EndRead);
            }

            return found;
        }, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        StorageArguments.CheckChanges(changes);
        if (changes.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());
        }

        // Serialized here, on the caller's thread: the writer serves everyone, and the caller may change its nodes
        // once this returns.
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var rows = changes.Select(change => new DocumentWrite(
            change.Key,
            change.Value.Value.ToJsonString(),
            ETags.New(),
            ETags.IsConditional(change.Value.ETag) ? change.Value.ETag : null)).ToList();

        return database.WriteAsync<IReadOnlyDictionary<string, string>>(connection =>
        {
            var newETags = new Dictionary<string, string>(rows.Count, StringComparer.Ordinal);
            foreach (var row in rows)
            {
                var command = row.ExpectedETag is null
                    ? connection.Statement(Upsert)
                    : connection.Statement(UpdateIfUnchanged).With("$expected", row.ExpectedETag);
                command.With("$key", row.Key).With("$value", row.Json).With("$etag", row.NewETag).With("$now", now);
                if (command.ExecuteNonQuery() == 0)
                {
                    // The writer rolls back to this write's savepoint: the keys written before this one are undone too.
                    throw new StorageConcurrencyException(row.Key);
                }

                newETags[row.Key] = row.NewETag;
            }

            return newETags;
        }, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StorageArguments.CheckKeys(keys);
        if (keys.Count == 0)
        {
            return Task.CompletedTask;
        }

        var distinct = keys.Distinct(StringComparer.Ordinal).ToList();
        return database.WriteAsync(connection =>
        {
            var delete = connection.Statement(DeleteOne);
            foreach (var key in distinct)
            {
                delete.With("$key", key).ExecuteNonQuery();
            }

            return distinct.Count;
        }, cancellationToken);
    }

    public Task<int> DeleteWrittenBeforeAsync(string keyPrefix, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyPrefix);
        return database.WriteAsync(connection => connection.Statement(DeleteWrittenBefore)
            .With("$prefix", keyPrefix)
            .With("$cutoff", cutoff.ToUnixTimeMilliseconds())
            .ExecuteNonQuery(), cancellationToken);
    }

    public Task<bool> TryClaimAsync(string key, string claimId, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken)
    {
        StorageArguments.CheckKeys([key]);
        ArgumentException.ThrowIfNullOrEmpty(claimId);
        return database.WriteAsync(connection => connection.Statement(Claim)
            .With("$key", key)
            .With("$claim", claimId)
            .With("$now", now.ToUnixTimeMilliseconds())
            .With("$expired", (now - window).ToUnixTimeMilliseconds())
            .ExecuteNonQuery() > 0, cancellationToken);
    }

    private sealed record DocumentWrite(string Key, string Json, string NewETag, string? ExpectedETag);
}
