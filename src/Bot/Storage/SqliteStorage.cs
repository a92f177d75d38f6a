using FibroBot.BotFramework.Storage;
using Microsoft.Data.Sqlite;

namespace FibroBot.Storage;

/// <summary>
/// <see cref="IStorage"/> on a SQLite file. Each write is one <c>BEGIN IMMEDIATE</c> transaction, so the
/// eTag checks and the writes of all its keys happen under one lock: all or nothing.
/// </summary>
public sealed class SqliteStorage(SqliteDatabase database, ILogger<SqliteStorage> logger) : IStorage
{
    // Far below SQLite's limit on bound parameters per statement.
    private const int ReadBatchSize = 500;

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StorageArguments.CheckKeys(keys);
        if (keys.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(new Dictionary<string, StoreItem>());
        }

        return database.RunAsync<IReadOnlyDictionary<string, StoreItem>>(async connection =>
        {
            var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
            foreach (var batch in keys.Distinct(StringComparer.Ordinal).Chunk(ReadBatchSize))
            {
                using var command = connection.CreateCommand();
                var names = batch.Select((key, i) => command.Parameters.AddWithValue($"$k{i}", key).ParameterName).ToList();
                command.CommandText = $"SELECT key, value, etag FROM documents WHERE key IN ({string.Join(", ", names)});";
                using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    var key = reader.GetString(0);
                    if (StoredJson.TryParse(reader.GetString(1), $"document '{key}'", logger) is { } value)
                    {
                        found[key] = new StoreItem(value, reader.GetString(2));
                    }
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

        return database.RunAsync<IReadOnlyDictionary<string, string>>(async connection =>
        {
            var newETags = new Dictionary<string, string>(StringComparer.Ordinal);
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            using var transaction = connection.BeginTransaction(deferred: false);
            foreach (var (key, item) in changes)
            {
                var eTag = ETags.New();
                using var command = connection.CreateCommand();
                command.Parameters.AddWithValue("$key", key);
                command.Parameters.AddWithValue("$value", item.Value.ToJsonString());
                command.Parameters.AddWithValue("$etag", eTag);
                command.Parameters.AddWithValue("$now", now);
                if (ETags.IsConditional(item.ETag))
                {
                    command.CommandText = "UPDATE documents SET value = $value, etag = $etag, updated_ms = $now WHERE key = $key AND etag = $expected;";
                    command.Parameters.AddWithValue("$expected", item.ETag);
                }
                else
                {
                    command.CommandText = """
                        INSERT INTO documents (key, value, etag, updated_ms) VALUES ($key, $value, $etag, $now)
                        ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_ms = excluded.updated_ms;
                        """;
                }

                if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    // Disposing the transaction uncommitted rolls back the keys written before this one.
                    throw new StorageConcurrencyException(key);
                }

                newETags[key] = eTag;
            }

            transaction.Commit();
            return newETags;
        }, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StorageArguments.CheckKeys(keys);
        return database.RunAsync(async connection =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            foreach (var key in keys.Distinct(StringComparer.Ordinal))
            {
                using var command = connection.CreateCommand();
                command.CommandText = "DELETE FROM documents WHERE key = $key;";
                command.Parameters.AddWithValue("$key", key);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            transaction.Commit();
            return true;
        }, cancellationToken);
    }
}
