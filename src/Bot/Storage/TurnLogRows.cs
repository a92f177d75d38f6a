using FibroBot.Moderation;

namespace FibroBot.Storage;

/// <summary>What both turn-log tables share: the rules applied on the way in and the reading of a row.</summary>
internal static class TurnLogRows
{
    /// <summary>
    /// The last line of defence, whatever the caller built: a crisis turn keeps no text, and times are cut to the
    /// millisecond both databases keep.
    /// </summary>
    public static TurnRecord Prepare(TurnRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Channel);
        return record with
        {
            Time = ToMilliseconds(record.Time),
            Question = record.Kind == TurnKind.Crisis ? null : record.Question,
            Feedback = record.Feedback is { } feedback ? feedback with { Time = ToMilliseconds(feedback.Time) } : null,
        };
    }

    public static DateTimeOffset ToMilliseconds(DateTimeOffset time) =>
        DateTimeOffset.FromUnixTimeMilliseconds(time.ToUnixTimeMilliseconds());

    /// <summary>The columns every SELECT of the turn log reads, in this order.</summary>
    public const string Columns =
        "id, time_ms, channel, kind, topics, source_ids, confidence, redactions, user_hash, conversation_hash, question, reply_activity_id, feedback_rating, feedback_comment, feedback_ms";

    /// <summary>A row read back, or null (logged) when it is damaged.</summary>
    public static TurnRecord? Read(System.Data.Common.DbDataReader reader, ILogger logger)
    {
        var what = $"turn {reader.GetInt64(0)}";
        var topics = StoredJson.TryParseStrings(reader.GetString(4), what, logger);
        var sources = StoredJson.TryParseStrings(reader.GetString(5), what, logger);
        if (topics is null || sources is null || !TurnLogNames.TryParse(reader.GetString(3), out TurnKind kind))
        {
            return null;
        }

        TurnFeedback? feedback = null;
        if (!reader.IsDBNull(12) && TurnLogNames.TryParse(reader.GetString(12), out FeedbackRating rating))
        {
            feedback = new TurnFeedback(rating, NullableString(reader, 13), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(14)));
        }

        return new TurnRecord
        {
            Time = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
            Channel = reader.GetString(2),
            Kind = kind,
            Topics = topics,
            SourceIds = sources,
            Confidence = reader.IsDBNull(6) ? null : reader.GetDouble(6),
            Redactions = reader.GetInt32(7),
            UserHash = NullableString(reader, 8),
            ConversationHash = NullableString(reader, 9),
            Question = NullableString(reader, 10),
            ReplyActivityId = NullableString(reader, 11),
            Feedback = feedback,
        };
    }

    private static string? NullableString(System.Data.Common.DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
