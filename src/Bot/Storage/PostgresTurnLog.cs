using FibroBot.Moderation;
using Npgsql;

namespace FibroBot.Storage;

/// <summary><see cref="ITurnLog"/> in the <c>turn_log</c> table of the PostgreSQL database.</summary>
public sealed class PostgresTurnLog(PostgresDatabase database, ILogger<PostgresTurnLog> logger) : TurnLogStore(logger)
{
    // The database retries a statement after a lost connection, when the first try may have committed.
    protected override bool AppendsOnce => true;

    protected override string Parameter(int position) => $"${position}";

    internal override Task<int> ExecuteAsync(SqlStatement statement, CancellationToken cancellationToken) =>
        database.RunAsync(async (connection, _) =>
        {
            await using var command = Command(connection, statement);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    internal override Task<IReadOnlyList<TurnRecord>> QueryAsync(SqlStatement statement, Func<System.Data.Common.DbDataReader, TurnRecord?> read, CancellationToken cancellationToken) =>
        database.RunAsync<IReadOnlyList<TurnRecord>>(async (connection, _) =>
        {
            await using var command = Command(connection, statement);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var turns = new List<TurnRecord>();
            while (await reader.ReadAsync(cancellationToken))
            {
                if (read(reader) is { } turn)
                {
                    turns.Add(turn);
                }
            }

            return turns;
        }, cancellationToken);

    private static NpgsqlCommand Command(NpgsqlConnection connection, SqlStatement statement)
    {
        var command = new NpgsqlCommand(statement.Sql, connection);
        foreach (var value in statement.Values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value.Value ?? DBNull.Value, DbType = value.Type });
        }

        return command;
    }
}
