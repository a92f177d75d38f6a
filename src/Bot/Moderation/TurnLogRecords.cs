using System.Text.Json;

namespace FibroBot.Moderation;

/// <summary>
/// One turn as the turn log keeps it. Times are kept to the millisecond, in UTC. Ids are keyed hashes
/// (<see cref="PrivacyHasher"/>); <see cref="Question"/> is scrubbed text (<see cref="PrivacyScrubber"/>) and always
/// null for <see cref="TurnKind.Crisis"/>.
/// </summary>
public sealed record TurnRecord
{
    public required DateTimeOffset Time { get; init; }

    /// <summary>The Bot Framework channel id: msteams, directline, webchat, emulator…</summary>
    public required string Channel { get; init; }

    public required TurnKind Kind { get; init; }

    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>The ids of the sources cited in the reply, in the order shown.</summary>
    public IReadOnlyList<string> SourceIds { get; init; } = [];

    /// <summary>The retrieval confidence of the answer, when there was one.</summary>
    public double? Confidence { get; init; }

    /// <summary>How many dose sentences the reply had replaced by the fixed marker.</summary>
    public int Redactions { get; init; }

    public string? UserHash { get; init; }

    public string? ConversationHash { get; init; }

    public string? Question { get; init; }

    /// <summary>The id of the bot's reply activity, which feedback refers to.</summary>
    public string? ReplyActivityId { get; init; }

    public TurnFeedback? Feedback { get; init; }

    public bool Equals(TurnRecord? other) =>
        other is not null
        && Time == other.Time && Channel == other.Channel && Kind == other.Kind
        && Topics.SequenceEqual(other.Topics) && SourceIds.SequenceEqual(other.SourceIds)
        && Confidence == other.Confidence && Redactions == other.Redactions
        && UserHash == other.UserHash && ConversationHash == other.ConversationHash
        && Question == other.Question && ReplyActivityId == other.ReplyActivityId && Feedback == other.Feedback;

    public override int GetHashCode() => HashCode.Combine(Time, Channel, Kind, UserHash, ReplyActivityId);
}

/// <summary>What the reply was; the names match the <c>kind</c> of the answerInfo entity.</summary>
public enum TurnKind
{
    Answer,
    Refusal,
    Crisis,
    NoAnswer,
    Smalltalk,
    Help,
    Command,
}

public enum FeedbackRating
{
    Up,
    Down,
}

/// <summary>A thumbs up or down on a reply, with the person's (scrubbed) comment.</summary>
public sealed record TurnFeedback(FeedbackRating Rating, string? Comment, DateTimeOffset Time);

/// <summary>The stored names of the turn log's enums: the answerInfo contract's camelCase.</summary>
public static class TurnLogNames
{
    public static string Of(TurnKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    public static string Of(FeedbackRating rating) => JsonNamingPolicy.CamelCase.ConvertName(rating.ToString());

    public static bool TryParse(string name, out TurnKind kind) => TryParseCamel(name, out kind);

    public static bool TryParse(string name, out FeedbackRating rating) => TryParseCamel(name, out rating);

    private static bool TryParseCamel<T>(string name, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (JsonNamingPolicy.CamelCase.ConvertName(candidate.ToString()) == name)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
