using FibroBot.Moderation;

namespace FibroBot.Storage;

/// <summary><see cref="ITurnLog"/> in the <c>turn_log</c> table of the SQLite file.</summary>
public sealed class SqliteTurnLog(SqliteDatabase database, ILogger<SqliteTurnLog> logger) : ITurnLog
{
    private static readonly string Insert = $"""
        INSERT INTO turn_log ({TurnLogRows.Columns["id, ".Length..]})
        VALUES ($time, $channel, $kind, $topics, $sources, $confidence, $redactions, $user, $conversation, $question, $reply, $rating, $comment, $feedbackTime);
        """;

    private static readonly string SelectSince = $"SELECT {TurnLogRows.Columns} FROM turn_log WHERE time_ms >= $since ORDER BY time_ms, id;";

    private const string AttachFeedback =
        "UPDATE turn_log SET feedback_rating = $rating, feedback_comment = $comment, feedback_ms = $time WHERE reply_activity_id = $reply;";

    private const string DeleteBefore = "DELETE FROM turn_log WHERE time_ms < $cutoff;";

    public Task AppendAsync(TurnRecord record, CancellationToken cancellationToken)
    {
        var turn = TurnLogRows.Prepare(record);

        // Serialized on the caller's thread, so the writer spends its time only on writing.
        var topics = StoredJson.Strings(turn.Topics);
        var sources = StoredJson.Strings(turn.SourceIds);
        return database.WriteAsync(connection => connection.Statement(Insert)
            .With("$time", turn.Time.ToUnixTimeMilliseconds())
            .With("$channel", turn.Channel)
            .With("$kind", TurnLogNames.Of(turn.Kind))
            .With("$topics", topics)
            .With("$sources", sources)
            .With("$confidence", turn.Confidence)
            .With("$redactions", turn.Redactions)
            .With("$user", turn.UserHash)
            .With("$conversation", turn.ConversationHash)
            .With("$question", turn.Question)
            .With("$reply", turn.ReplyActivityId)
            .With("$rating", turn.Feedback is { } f ? TurnLogNames.Of(f.Rating) : null)
            .With("$comment", turn.Feedback?.Comment)
            .With("$feedbackTime", turn.Feedback?.Time.ToUnixTimeMilliseconds())
            .ExecuteNonQuery(), cancellationToken);
    }

    public Task<IReadOnlyList<TurnRecord>> QueryAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<TurnRecord>>(connection =>
        {
            using var reader = connection.Statement(SelectSince).With("$since", since.ToUnixTimeMilliseconds()).ExecuteReader();
            var turns = new List<TurnRecord>();
            while (reader.Read())
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
        return database.WriteAsync(connection => connection.Statement(AttachFeedback)
            .With("$rating", TurnLogNames.Of(feedback.Rating))
            .With("$comment", feedback.Comment)
            .With("$time", feedback.Time.ToUnixTimeMilliseconds())
            .With("$reply", replyActivityId)
            .ExecuteNonQuery() > 0, cancellationToken);
    }

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        database.WriteAsync(connection => connection.Statement(DeleteBefore)
            .With("$cutoff", cutoff.ToUnixTimeMilliseconds())
            .ExecuteNonQuery(), cancellationToken);
}
