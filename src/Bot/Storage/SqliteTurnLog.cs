using FibroBot.Moderation;

namespace FibroBot.Storage;

/// <summary><see cref="ITurnLog"/> in the <c>turn_log</c> table of the SQLite file.</summary>
public sealed class SqliteTurnLog(SqliteDatabase database, ILogger<SqliteTurnLog> logger) : ITurnLog
{
    public Task AppendAsync(TurnRecord record, CancellationToken cancellationToken)
    {
        var turn = TurnLogRows.Prepare(record);
        return database.RunAsync(async connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"""
                INSERT INTO turn_log ({TurnLogRows.Columns["id, ".Length..]})
                VALUES ($time, $channel, $kind, $topics, $sources, $confidence, $redactions, $user, $conversation, $question, $reply, $rating, $comment, $feedbackTime);
                """;
            command.Parameters.AddWithValue("$time", turn.Time.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$channel", turn.Channel);
            command.Parameters.AddWithValue("$kind", TurnLogNames.Of(turn.Kind));
            command.Parameters.AddWithValue("$topics", StoredJson.Strings(turn.Topics));
            command.Parameters.AddWithValue("$sources", StoredJson.Strings(turn.SourceIds));
            command.Parameters.AddWithValue("$confidence", (object?)turn.Confidence ?? DBNull.Value);
            command.Parameters.AddWithValue("$redactions", turn.Redactions);
            command.Parameters.AddWithValue("$user", (object?)turn.UserHash ?? DBNull.Value);
            command.Parameters.AddWithValue("$conversation", (object?)turn.ConversationHash ?? DBNull.Value);
            command.Parameters.AddWithValue("$question", (object?)turn.Question ?? DBNull.Value);
            command.Parameters.AddWithValue("$reply", (object?)turn.ReplyActivityId ?? DBNull.Value);
            command.Parameters.AddWithValue("$rating", turn.Feedback is { } f ? TurnLogNames.Of(f.Rating) : DBNull.Value);
            command.Parameters.AddWithValue("$comment", (object?)turn.Feedback?.Comment ?? DBNull.Value);
            command.Parameters.AddWithValue("$feedbackTime", (object?)turn.Feedback?.Time.ToUnixTimeMilliseconds() ?? DBNull.Value);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<TurnRecord>> QueryAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        database.RunAsync<IReadOnlyList<TurnRecord>>(async connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {TurnLogRows.Columns} FROM turn_log WHERE time_ms >= $since ORDER BY time_ms, id;";
            command.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
            using var reader = await command.ExecuteReaderAsync(cancellationToken);
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
        return database.RunAsync(async connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE turn_log SET feedback_rating = $rating, feedback_comment = $comment, feedback_ms = $time WHERE reply_activity_id = $reply;";
            command.Parameters.AddWithValue("$rating", TurnLogNames.Of(feedback.Rating));
            command.Parameters.AddWithValue("$comment", (object?)feedback.Comment ?? DBNull.Value);
            command.Parameters.AddWithValue("$time", feedback.Time.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$reply", replyActivityId);
            return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
        }, cancellationToken);
    }

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        database.RunAsync(async connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM turn_log WHERE time_ms < $cutoff;";
            command.Parameters.AddWithValue("$cutoff", cutoff.ToUnixTimeMilliseconds());
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
}
