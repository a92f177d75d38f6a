namespace FibroBot.Moderation;

/// <summary>
/// What the conversation code knows about a finished turn, raw. <see cref="TurnLogWriter"/> turns it into a
/// <see cref="TurnRecord"/>; nothing here is stored as given.
/// </summary>
public sealed record TurnObservation
{
    public required string Channel { get; init; }
    public required TurnKind Kind { get; init; }
    public string? UserId { get; init; }
    public string? ConversationId { get; init; }

    /// <summary>The activity's <c>from.name</c>, removed from the question wherever it appears.</summary>
    public string? UserName { get; init; }

    public string? Question { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
    public IReadOnlyList<string> SourceIds { get; init; } = [];
    public double? Confidence { get; init; }
    public int Redactions { get; init; }
    public string? ReplyActivityId { get; init; }

    /// <summary>When the turn happened; now when not given.</summary>
    public DateTimeOffset? Time { get; init; }
}

/// <summary>
/// The one way turns and feedback should reach the turn log: ids become keyed hashes, free text is scrubbed and
/// shortened, and a crisis message is never kept.
/// </summary>
public sealed class TurnLogWriter(ITurnLog turnLog, PrivacyHasher hasher, TimeProvider timeProvider)
{
    /// <summary>Longer questions are cut: analytics need the gist, not an essay.</summary>
    public const int MaxTextLength = 1000;

    public TurnRecord ToRecord(TurnObservation turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentException.ThrowIfNullOrWhiteSpace(turn.Channel);
        if (turn.Redactions < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(turn), turn.Redactions, "Redactions cannot be negative.");
        }

        return new TurnRecord
        {
            Time = turn.Time ?? timeProvider.GetUtcNow(),
            Channel = turn.Channel,
            Kind = turn.Kind,
            Topics = turn.Topics,
            SourceIds = turn.SourceIds,
            Confidence = turn.Confidence,
            Redactions = turn.Redactions,
            UserHash = string.IsNullOrEmpty(turn.UserId) ? null : hasher.HashUser(turn.Channel, turn.UserId),
            ConversationHash = string.IsNullOrEmpty(turn.ConversationId) ? null : hasher.HashConversation(turn.Channel, turn.ConversationId),
            Question = turn.Kind == TurnKind.Crisis ? null : ScrubText(turn.Question, turn.UserName),
            ReplyActivityId = turn.ReplyActivityId,
        };
    }

    public Task RecordTurnAsync(TurnObservation turn, CancellationToken cancellationToken) =>
        turnLog.AppendAsync(ToRecord(turn), cancellationToken);

    /// <summary>Attaches a thumbs up or down (and the scrubbed comment) to the turn that produced the reply.</summary>
    public Task<bool> RecordFeedbackAsync(string replyActivityId, FeedbackRating rating, string? comment, string? userName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(replyActivityId);
        var feedback = new TurnFeedback(rating, ScrubText(comment, userName), timeProvider.GetUtcNow());
        return turnLog.SetFeedbackAsync(replyActivityId, feedback, cancellationToken);
    }

    private static string? ScrubText(string? text, string? userName)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Scrub before cutting, so the cut cannot split an e-mail address into something the patterns miss;
        // the generous first cut only bounds the scrubber's work.
        var trimmed = text.Trim();
        var scrubbed = PrivacyScrubber.Scrub(trimmed.Length > 4 * MaxTextLength ? trimmed[..(4 * MaxTextLength)] : trimmed, userName);
        return scrubbed.Length > MaxTextLength ? scrubbed[..MaxTextLength] : scrubbed;
    }
}
