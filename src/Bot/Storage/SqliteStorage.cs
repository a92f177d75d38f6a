using FibroBot.BotFramework.Storage;

namespace FibroBot.Storage;

/// <summary>
/// <see cref="IStorage"/> on a SQLite file. Each write runs in its own savepoint of the writer's transaction, so
/// its eTag checks and the writes of all its keys happen under one lock: all or nothing.
/// </summary>
public sealed class SqliteStorage(SqliteDatabase database, ILogger<SqliteStorage> logger) : DocumentStorage(logger)
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

    internal override Task<IReadOnlyDictionary<string, StoreItem>> ReadDocumentsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyDictionary<string, StoreItem>>(connection =>
        {
            var found = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
            var several = keys.Count > 1;
            if (several)
            {
                connection.Execute(BeginRead);
            }

            var read = connection.Statement(ReadOne);
            foreach (var key in keys)
            {
                using var reader = read.With("$key", key).ExecuteReader();
                if (reader.Read() && Document(key, reader.GetString(1), reader.GetString(2)) is { } item)
                {
                    found[key] = item;
                }
            }

            if (several)
            {
                connection.Execute(EndRead);
            }

            return found;
        }, cancellationToken);

    internal override Task<IReadOnlyDictionary<string, string>> WriteDocumentsAsync(IReadOnlyList<DocumentWrite> rows, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
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

    internal override Task DeleteDocumentsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        database.WriteAsync(connection =>
        {
            var delete = connection.Statement(DeleteOne);
            foreach (var key in keys)
            {
                delete.With("$key", key).ExecuteNonQuery();
            }

            return keys.Count;
        }, cancellationToken);

    internal override Task<int> DeletePrefixedBeforeAsync(string keyPrefix, DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        database.WriteAsync(connection => connection.Statement(DeleteWrittenBefore)
            .With("$prefix", keyPrefix)
            .With("$cutoff", cutoff.ToUnixTimeMilliseconds())
            .ExecuteNonQuery(), cancellationToken);

    internal override Task<bool> ClaimAsync(string key, string claimId, DateTimeOffset now, DateTimeOffset expired, CancellationToken cancellationToken) =>
        database.WriteAsync(connection => connection.Statement(Claim)
            .With("$key", key)
            .With("$claim", claimId)
            .With("$now", now.ToUnixTimeMilliseconds())
            .With("$expired", expired.ToUnixTimeMilliseconds())
            .ExecuteNonQuery() > 0, cancellationToken);
}
