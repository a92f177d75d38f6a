using System.Data;
using System.Data.Common;
using FibroBot.Moderation;

namespace FibroBot.Storage;

/// <summary>One value of a statement, with the type the database stores it as (a null still needs one).</summary>
internal readonly record struct SqlValue(object? Value, DbType Type);

/// <summary>A statement and its values in parameter order; the parameter syntax is the database's.</summary>
internal sealed record SqlStatement(string Sql, IReadOnlyList<SqlValue> Values);

/// <summary>
/// <see cref="ITurnLog"/> written once for both databases: the SQL of the <c>turn_log</c> table, its values and the
/// reading of its rows. A back end says only how it names parameters and how it runs a statement.
/// </summary>
public abstract class TurnLogStore(ILogger logger) : ITurnLog
{
    public Task AppendAsync(TurnRecord record, CancellationToken cancellationToken)
    {
        // Prepared and serialized on the caller's thread, so a writer serving everyone spends its time only on writing.
        var turn = TurnLogRows.Prepare(record);
        var values = new List<SqlValue>
        {
            new(turn.Time.ToUnixTimeMilliseconds(), DbType.Int64),
            new(turn.Channel, DbType.String),
            new(TurnLogNames.Of(turn.Kind), DbType.String),
            new(StoredJson.Strings(turn.Topics), DbType.String),
            new(StoredJson.Strings(turn.SourceIds), DbType.String),
            new(turn.Confidence, DbType.Double),
            new(turn.Redactions, DbType.Int32),
            new(turn.UserHash, DbType.String),
            new(turn.ConversationHash, DbType.String),
            new(turn.Question, DbType.String),
            new(turn.ReplyActivityId, DbType.String),
            new(turn.Feedback is { } f ? TurnLogNames.Of(f.Rating) : null, DbType.String),
            new(turn.Feedback?.Comment, DbType.String),
            new(turn.Feedback?.Time.ToUnixTimeMilliseconds(), DbType.Int64),
        };
        var columns = TurnLogRows.Columns["id, ".Length..];
        var sql = $"INSERT INTO turn_log ({columns}) VALUES ({Parameters(values.Count)});";
        if (AppendsOnce)
        {
            // The append id makes a retry after a lost connection harmless: if the first try did commit, the second
            // inserts nothing.
            values.Add(new(Guid.NewGuid(), DbType.Guid));
            sql = $"INSERT INTO turn_log ({columns}, append_id) VALUES ({Parameters(values.Count)}) ON CONFLICT (append_id) DO NOTHING;";
        }

        return ExecuteAsync(new SqlStatement(sql, values), cancellationToken);
    }

    public Task<IReadOnlyList<TurnRecord>> QueryAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        QueryAsync(
            new SqlStatement($"SELECT {TurnLogRows.Columns} FROM turn_log WHERE time_ms >= {Parameter(1)} ORDER BY time_ms, id;",
                [new(since.ToUnixTimeMilliseconds(), DbType.Int64)]),
            reader => TurnLogRows.Read(reader, logger),
            cancellationToken);

    public async Task<bool> SetFeedbackAsync(string replyActivityId, TurnFeedback feedback, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(replyActivityId);
        ArgumentNullException.ThrowIfNull(feedback);

        // Setting the same feedback twice gives the same row, so a retry after a lost connection is harmless.
        var statement = new SqlStatement(
            $"UPDATE turn_log SET feedback_rating = {Parameter(1)}, feedback_comment = {Parameter(2)}, feedback_ms = {Parameter(3)} WHERE reply_activity_id = {Parameter(4)};",
            [
                new(TurnLogNames.Of(feedback.Rating), DbType.String),
                new(feedback.Comment, DbType.String),
                new(feedback.Time.ToUnixTimeMilliseconds(), DbType.Int64),
                new(replyActivityId, DbType.String),
            ]);
        return await ExecuteAsync(statement, cancellationToken) > 0;
    }

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        ExecuteAsync(new SqlStatement($"DELETE FROM turn_log WHERE time_ms < {Parameter(1)};", [new(cutoff.ToUnixTimeMilliseconds(), DbType.Int64)]), cancellationToken);

    /// <summary>Whether appends carry an append id, for a database whose writes may be retried after they committed.</summary>
    protected abstract bool AppendsOnce { get; }

    /// <summary>The name of the n-th parameter (from 1) in this database's SQL.</summary>
    protected abstract string Parameter(int position);

    /// <summary>Runs a statement; the number of rows it changed.</summary>
    internal abstract Task<int> ExecuteAsync(SqlStatement statement, CancellationToken cancellationToken);

    /// <summary>Runs a query; the rows <paramref name="read"/> turned into turns (null for a damaged row, left out).</summary>
    internal abstract Task<IReadOnlyList<TurnRecord>> QueryAsync(SqlStatement statement, Func<DbDataReader, TurnRecord?> read, CancellationToken cancellationToken);

    private string Parameters(int count) => string.Join(", ", Enumerable.Range(1, count).Select(Parameter));
}
