using FibroBot.Moderation;

namespace FibroBot.Conversation;

/// <summary>A person's like or dislike of one reply, with the optional comment Teams collects.</summary>
public sealed record FeedbackRecord(
    string ChannelId,
    string ConversationId,
    string? ReplyToId,
    string Reaction,
    string? Text,
    DateTimeOffset ReceivedAt,
    string? UserName = null);

/// <summary>Where submitted feedback goes; moderators read it later.</summary>
public interface IFeedbackSink
{
    Task RecordAsync(FeedbackRecord feedback, CancellationToken cancellationToken);
}

/// <summary>
/// Attaches feedback to the turn whose reply it rates, in the turn log, so that it reaches the moderator report.
/// Feedback that names no reply, or a reply the log no longer keeps (past retention), has nothing to attach to and
/// is dropped with a log line: a rating without its turn tells a moderator nothing.
/// </summary>
public sealed partial class TurnLogFeedbackSink(TurnLogWriter turnLog, ILogger<TurnLogFeedbackSink> logger) : IFeedbackSink
{
    public async Task RecordAsync(FeedbackRecord feedback, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(feedback.ReplyToId))
        {
            LogNoReply(logger, feedback.ChannelId);
            return;
        }

        var rating = feedback.Reaction == "like" ? FeedbackRating.Up : FeedbackRating.Down;
        if (!await turnLog.RecordFeedbackAsync(feedback.ReplyToId, rating, feedback.Text, feedback.UserName, cancellationToken))
        {
            LogUnknownReply(logger, feedback.ChannelId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Feedback on channel {Channel} names no reply; dropped.")]
    private static partial void LogNoReply(ILogger logger, string channel);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feedback on channel {Channel} rates a reply the turn log does not keep; dropped.")]
    private static partial void LogUnknownReply(ILogger logger, string channel);
}
