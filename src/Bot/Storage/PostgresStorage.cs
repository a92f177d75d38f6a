using FibroBot.BotFramework.Storage;
using Npgsql;

namespace FibroBot.Storage;

/// <summary>
/// <see cref="IStorage"/> on PostgreSQL. A write is one transaction: each conditional key is an
/// <c>UPDATE … WHERE etag = expected</c>, which PostgreSQL re-checks after waiting for a concurrent writer of the
/// same row, so of two writers holding the same eTag exactly one succeeds.
/// </summary>
public sealed class PostgresStorage(PostgresDatabase database, ILogger<PostgresStorage> logger) : DocumentStorage(logger)
{
    /// <summary>
    /// One statement. Of two instances inserting the same key at once, the second waits for the first to commit and
    /// then finds the row fresh and someone else's, so it changes nothing.
    /// </summary>
    internal override Task<bool> ClaimAsync(string key, string claimId, DateTimeOffset now, DateTimeOffset expired, CancellationToken cancellationToken) =>
        database.RunAsync(async (connection, _) =>
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
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = expired.ToUniversalTime() });
            return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
        }, cancellationToken);

    internal override Task<int> DeletePrefixedBeforeAsync(string keyPrefix, DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        database.RunAsync(async (connection, _) =>
        {
            // left() rather than LIKE, so a prefix can never act as a pattern.
            await using var command = new NpgsqlCommand("DELETE FROM documents WHERE left(key, length($1)) = $1 AND updated_at < $2;", connection);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = keyPrefix });
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = cutoff.ToUniversalTime() });
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    internal override Task<IReadOnlyDictionary<string, StoreItem>> ReadDocumentsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        database.RunAsync<IReadOnlyDictionary<string, StoreItem>>(async (connection, _) =>
        {
            var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
            await using var command = new NpgsqlCommand("SELECT key, value, etag FROM documents WHERE key = ANY($1);", connection);
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. keys] });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var key = reader.GetString(0);
                if (Document(key, reader.GetString(1), reader.GetString(2)) is { } item)
                {
                    found[key] = item;
                }
            }

            return found;
        }, cancellationToken);

    internal override Task<IReadOnlyDictionary<string, string>> WriteDocumentsAsync(IReadOnlyList<DocumentWrite> rows, CancellationToken cancellationToken) =>
        database.RunAsync<IReadOnlyDictionary<string, string>>(async (connection, committing) =>
        {
            var newETags = new Dictionary<string, string>(StringComparer.Ordinal);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            foreach (var row in rows)
            {
                await using var command = new NpgsqlCommand(
                    row.ExpectedETag is not null
                        ? "UPDATE documents SET value = $2, etag = $3, updated_at = now() WHERE key = $1 AND etag = $4;"
                        : """
                          INSERT INTO documents (key, value, etag, updated_at) VALUES ($1, $2, $3, now())
                          ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_at = excluded.updated_at;
                          """,
                    connection,
                    transaction);
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = row.Key });
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = row.Json });
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = row.NewETag });
                if (row.ExpectedETag is not null)
                {
                    command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = row.ExpectedETag });
                }

                if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    throw new StorageConcurrencyException(row.Key);
                }

                newETags[row.Key] = row.NewETag;
            }

            committing();
            await transaction.CommitAsync(cancellationToken);
            return newETags;
        }, cancellationToken);

    internal override Task DeleteDocumentsAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        database.RunAsync(async (connection, _) =>
        {
            await using var command = new NpgsqlCommand("DELETE FROM documents WHERE key = ANY($1);", connection);
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. keys] });
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
}
