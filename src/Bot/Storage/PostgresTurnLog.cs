using FibroBot.Moderation;
using Npgsql;

namespace FibroBot.Storage;

/// <summary><see cref="ITurnLog"/> in the <c>turn_log</c> table of the PostgreSQL database.</summary>
public sealed class PostgresTurnLog(PostgresDatabase database, ILogger<PostgresTurnLog> logger) : ITurnLog
{
    public Task AppendAsync(TurnRecord record, CancellationToken cancellationToken)
    {
        var turn = TurnLogRows.Prepare(record);

        // The append id makes a retry after a lost connection harmless: if the first try did commit, the second
        // inserts nothing.
        var appendId = Guid.NewGuid();
        return database.RunAsync(async (connection, _) =>
        {
            await using var command = new NpgsqlCommand(
                $"""
                INSERT INTO turn_log ({TurnLogRows.Columns["id, ".Length..]}, append_id)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
                ON CONFLICT (append_id) DO NOTHING;
                """,
                connection);
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = turn.Time.ToUnixTimeMilliseconds() });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = turn.Channel });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = TurnLogNames.Of(turn.Kind) });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = StoredJson.Strings(turn.Topics) });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = StoredJson.Strings(turn.SourceIds) });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)turn.Confidence ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Double });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = turn.Redactions });
            command.Parameters.Add(Text(turn.UserHash));
            command.Parameters.Add(Text(turn.ConversationHash));
            command.Parameters.Add(Text(turn.Question));
            command.Parameters.Add(Text(turn.ReplyActivityId));
            command.Parameters.Add(Text(turn.Feedback is { } f ? TurnLogNames.Of(f.Rating) : null));
            command.Parameters.Add(Text(turn.Feedback?.Comment));
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)turn.Feedback?.Time.ToUnixTimeMilliseconds() ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = appendId });
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<TurnRecord>> QueryAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        database.RunAsync<IReadOnlyList<TurnRecord>>(async (connection, _) =>
        {
            await using var command = new NpgsqlCommand($"SELECT {TurnLogRows.Columns} FROM turn_log WHERE time_ms >= $1 ORDER BY time_ms, id;", connection);
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = since.ToUnixTimeMilliseconds() });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var turns = new List<TurnRecord>();
            while (await reader.ReadAsync(cancellationToken))
            {
                if (TurnLogRows.Read(reader, logger) is { } turn)
                {
                    turns.Add(turn);
                }
            }

            return turns;
        }, cancellationToken);

    public Task<bool> SetFeedbackAsync(string replyActivityId, TurnFeedback feedback, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(replyActivityId);
        ArgumentNullException.ThrowIfNull(feedback);
        return database.RunAsync(async (connection, _) =>
        {
            // Setting the same feedback twice gives the same row, so a retry after a lost connection is harmless.
            await using var command = new NpgsqlCommand(
                "UPDATE turn_log SET feedback_rating = $1, feedback_comment = $2, feedback_ms = $3 WHERE reply_activity_id = $4;", connection);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = TurnLogNames.Of(feedback.Rating) });
            command.Parameters.Add(Text(feedback.Comment));
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = feedback.Time.ToUnixTimeMilliseconds() });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = replyActivityId });
            return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
        }, cancellationToken);
    }

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        database.RunAsync(async (connection, _) =>
        {
            await using var command = new NpgsqlCommand("DELETE FROM turn_log WHERE time_ms < $1;", connection);
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = cutoff.ToUnixTimeMilliseconds() });
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    private static NpgsqlParameter Text(string? value) =>
        new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text };
}
