using FibroBot.BotFramework.Storage;
using Npgsql;

namespace FibroBot.Storage;

/// <summary>
/// <see cref="IStorage"/> on PostgreSQL. A write is one transaction: each conditional key is an
/// <c>UPDATE … WHERE etag = expected</c>, which PostgreSQL re-checks after waiting for a concurrent writer of the
/// same row, so of two writers holding the same eTag exactly one succeeds. Keys are written in ordinal order so
/// that two multi-key writes cannot deadlock.
/// </summary>
public sealed class PostgresStorage(PostgresDatabase database, ILogger<PostgresStorage> logger) : IStorage, IExpiringStorage, IClaimStorage
{
    /// <summary>
    /// One statement: the primary key makes the insert the claim. Of two instances inserting the same key at once,
    /// the second waits for the first to commit and then finds the row fresh and someone else's, so it changes
    /// nothing. A marker is taken over only when it has expired or carries this caller's claim id, which also makes
    /// a retry after a lost connection (the first attempt may have committed) come out as claimed.
    /// </summary>
    public Task<bool> TryClaimAsync(string key, string claimId, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken)
    {
        StorageArguments.CheckKeys([key]);
        ArgumentException.ThrowIfNullOrEmpty(claimId);
        return database.RunAsync(async (connection, _) =>
        {
            await using var command = new NpgsqlCommand(
                """
                INSERT INTO documents (key, value, etag, updated_at) VALUES ($1, '{}', $2, $3)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_at = excluded.updated_at
                WHERE documents.updated_at < $4 OR documents.etag = excluded.etag;
                """,
                connection);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = claimId });
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now.ToUniversalTime() });
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = (now - window).ToUniversalTime() });
            return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
        }, cancellationToken);
    }

    public Task<int> DeleteWrittenBeforeAsync(string keyPrefix, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyPrefix);
        return database.RunAsync(async (connection, _) =>
        {
            // left() rather than LIKE, so a prefix can never act as a pattern.
            await using var command = new NpgsqlCommand("DELETE FROM documents WHERE left(key, length($1)) = $1 AND updated_at < $2;", connection);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = keyPrefix });
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = cutoff.ToUniversalTime() });
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StorageArguments.CheckKeys(keys);
        if (keys.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(new Dictionary<string, StoreItem>());
        }

        var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
        return database.RunAsync<IReadOnlyDictionary<string, StoreItem>>(async (connection, _) =>
        {
            var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
            await using var command = new NpgsqlCommand("SELECT key, value, etag FROM documents WHERE key = ANY($1);", connection);
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = distinct });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var key = reader.GetString(0);
                if (StoredJson.TryParse(reader.GetString(1), $"document '{key}'", logger) is { } value)
                {
                    found[key] = new StoreItem(value, reader.GetString(2));
                }
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

        var ordered = changes.OrderBy(change => change.Key, StringComparer.Ordinal).ToArray();
        return database.RunAsync<IReadOnlyDictionary<string, string>>(async (connection, committing) =>
        {
            var newETags = new Dictionary<string, string>(StringComparer.Ordinal);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            foreach (var (key, item) in ordered)
            {
                var eTag = ETags.New();
                var conditional = ETags.IsConditional(item.ETag);
                await using var command = new NpgsqlCommand(
                    conditional
                        ? "UPDATE documents SET value = $2, etag = $3, updated_at = now() WHERE key = $1 AND etag = $4;"
                        : """
                          INSERT INTO documents (key, value, etag, updated_at) VALUES ($1, $2, $3, now())
                          ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_at = excluded.updated_at;
                          """,
                    connection,
                    transaction);
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = item.Value.ToJsonString() });
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = eTag });
                if (conditional)
                {
                    command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = item.ETag });
                }

                if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    throw new StorageConcurrencyException(key);
                }

                newETags[key] = eTag;
            }

            committing();
            await transaction.CommitAsync(cancellationToken);
            return newETags;
        }, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StorageArguments.CheckKeys(keys);
        var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
        return database.RunAsync(async (connection, _) =>
        {
            await using var command = new NpgsqlCommand("DELETE FROM documents WHERE key = ANY($1);", connection);
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = distinct });
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }
}
