using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FibroBot.BotFramework.Storage;

namespace FibroBot.Conversation;

/// <summary>A person's like or dislike of one reply, with the optional comment Teams collects.</summary>
public sealed record FeedbackRecord(
    string ChannelId,
    string ConversationId,
    string? ReplyToId,
    string Reaction,
    string? Text,
    DateTimeOffset ReceivedAt);

/// <summary>Where submitted feedback goes; moderators read it later.</summary>
public interface IFeedbackSink
{
    Task RecordAsync(FeedbackRecord feedback, CancellationToken cancellationToken);
}

/// <summary>Keeps feedback as documents in <see cref="IStorage"/>, one per submission.</summary>
public sealed class StorageFeedbackSink(IStorage storage, TimeProvider clock) : IFeedbackSink
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public const string KeyPrefix = "feedback/";

    public async Task RecordAsync(FeedbackRecord feedback, CancellationToken cancellationToken)
    {
        // Time first so keys sort chronologically; the random part keeps two submissions in the same tick apart.
        var key = string.Create(CultureInfo.InvariantCulture, $"{KeyPrefix}{clock.GetUtcNow():yyyyMMddTHHmmssfffffff}-{Guid.NewGuid():N}");
        var document = JsonSerializer.SerializeToNode(feedback, Json) ?? new JsonObject();
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(document) }, cancellationToken);
    }
}
