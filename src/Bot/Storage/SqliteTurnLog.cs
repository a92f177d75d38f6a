using FibroBot.Moderation;

namespace FibroBot.Storage;

/// <summary><see cref="ITurnLog"/> in the <c>turn_log</c> table of the SQLite file, through its one writer.</summary>
public sealed class SqliteTurnLog(SqliteDatabase database, ILogger<SqliteTurnLog> logger) : TurnLogStore(logger)
{
    // One process writes the file through one writer, so a write is never retried after it committed.
    protected override bool AppendsOnce => false;

    protected override string Parameter(int position) => $"$p{position}";

    internal override Task<int> ExecuteAsync(SqlStatement statement, CancellationToken cancellationToken) =>
        database.WriteAsync(connection => Bind(connection, statement).ExecuteNonQuery(), cancellationToken);

    internal override Task<IReadOnlyList<TurnRecord>> QueryAsync(SqlStatement statement, Func<System.Data.Common.DbDataReader, TurnRecord?> read, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<TurnRecord>>(connection =>
        {
            using var reader = Bind(connection, statement).ExecuteReader();
            var turns = new List<TurnRecord>();
            while (reader.Read())
            {
                if (read(reader) is { } turn)
                {
                    turns.Add(turn);
                }
            }

            return turns;
        }, cancellationToken);

    private Microsoft.Data.Sqlite.SqliteCommand Bind(PreparedConnection connection, SqlStatement statement)
    {
        var command = connection.Statement(statement.Sql);
        for (var i = 0; i < statement.Values.Count; i++)
        {
            command.With(Parameter(i + 1), statement.Values[i].Value);
        }

        return command;
    }
}
