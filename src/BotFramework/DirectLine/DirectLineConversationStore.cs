using System.Globalization;
using System.Text.Json;
using FibroBot.BotFramework.Schema;
using FibroBot.BotFramework.Storage;
using Microsoft.Extensions.Logging;

namespace FibroBot.BotFramework.DirectLine;

/// <summary>One stored Direct Line conversation: its user and its activities, numbered without gaps.</summary>
public sealed class DirectLineConversation
{
    public required string ConversationId { get; init; }

    public required string UserId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The sequence number the next activity gets; also the watermark after the last one.</summary>
    public long NextSequence { get; set; }

    /// <summary>The newest activities, oldest first; each id ends with its sequence number.</summary>
    public List<Activity> Activities { get; init; } = [];
}

/// <summary>The activities after a watermark and the watermark to ask with next time.</summary>
public sealed record ActivitySlice(IReadOnlyList<Activity> Activities, long Watermark);

/// <summary>
/// Keeps Direct Line conversations in <see cref="IStorage"/> under <c>directline/conversations/{id}</c>, so any
/// instance sharing the storage serves any conversation. Appends are read-modify-write guarded by the eTag and
/// retried on conflict, so concurrent writers (two instances, the user and the bot) never lose an activity.
/// </summary>
public sealed class DirectLineConversationStore(
    IStorage storage, DirectLineConversationSignals signals, DirectLineOptions options, TimeProvider timeProvider,
    ILogger<DirectLineConversationStore> logger, IDirectLineTranscriptFilter? transcriptFilter = null)
{
    /// <summary>The prefix of every stored conversation's key.</summary>
    public const string StorageKeyPrefix = "directline/conversations/";

    private readonly IDirectLineTranscriptFilter _filter = transcriptFilter ?? new KeepEverythingTranscriptFilter();

    private const int MaxAppendAttempts = 20;

    public static string StorageKey(string conversationId) => StorageKeyPrefix + conversationId;

    public static string ActivityId(string conversationId, long sequence)
        => $"{conversationId}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}";

    /// <summary>Creates the conversation; false when it already existed (nothing is changed then).</summary>
    public async Task<bool> CreateAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        if (await ReadAsync(conversationId, cancellationToken).ConfigureAwait(false) is not null)
        {
            return false;
        }

        var conversation = new DirectLineConversation
        {
            ConversationId = conversationId, UserId = userId, CreatedAt = timeProvider.GetUtcNow(),
        };
        // IStorage has no insert-only write; only the holder of the conversation's token gets here, so the
        // window between the read above and this write is the client racing itself.
        await storage.WriteAsync(
            new Dictionary<string, StoreItem> { [StorageKey(conversationId)] = ToItem(conversation, eTag: null) },
            cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<DirectLineConversation?> ReadAsync(string conversationId, CancellationToken cancellationToken)
        => (await ReadWithETagAsync(conversationId, cancellationToken).ConfigureAwait(false)).Conversation;

    /// <summary>The stored activities whose sequence is at or after <paramref name="watermark"/>; null for an unknown conversation.</summary>
    public async Task<ActivitySlice?> ReadAfterAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        var conversation = await ReadAsync(conversationId, cancellationToken).ConfigureAwait(false);
        if (conversation is null)
        {
            return null;
        }

        var firstStored = conversation.NextSequence - conversation.Activities.Count;
        var skip = (int)Math.Clamp(watermark - firstStored, 0, conversation.Activities.Count);
        return new ActivitySlice(conversation.Activities.Skip(skip).ToList(), conversation.NextSequence);
    }

    /// <summary>
    /// Numbers, stamps and appends the activities in order and tells open streams; returns their ids. What is stored
    /// is what the <see cref="IDirectLineTranscriptFilter"/> keeps; an activity it keeps nothing of gets an id outside
    /// the numbering and is pushed live to the open streams only. Activities older than the transcript lifetime are
    /// dropped from the stored conversation on each append.
    /// Throws <see cref="DirectLineConversationNotFoundException"/> for an unknown conversation.
    /// </summary>
    public async Task<IReadOnlyList<string>> AppendAsync(
        string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var ids = new string[activities.Count];
        var toStore = new List<(int Index, Activity Copy)>(activities.Count);
        for (var i = 0; i < activities.Count; i++)
        {
            if (_filter.ToStore(Clone(activities[i])) is { } copy)
            {
                toStore.Add((i, copy));
            }
            else
            {
                ids[i] = $"{conversationId}|live-{Guid.NewGuid():N}";
            }
        }

        if (toStore.Count > 0)
        {
            await StoreAsync(conversationId, toStore, ids, cancellationToken).ConfigureAwait(false);
        }
        else if (await ReadAsync(conversationId, cancellationToken).ConfigureAwait(false) is null)
        {
            throw new DirectLineConversationNotFoundException(conversationId);
        }

        for (var i = 0; i < activities.Count; i++)
        {
            activities[i].Id = ids[i];
        }

        foreach (var index in Enumerable.Range(0, activities.Count).Where(i => toStore.TrueForAll(s => s.Index != i)))
        {
            var live = activities[index];
            live.Timestamp ??= timeProvider.GetUtcNow();
            live.Conversation ??= new ConversationAccount { Id = conversationId };
            signals.PublishTransient(conversationId, live);
        }

        return ids;
    }

    private async Task StoreAsync(
        string conversationId, List<(int Index, Activity Copy)> toStore, string[] ids, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (conversation, eTag) = await ReadWithETagAsync(conversationId, cancellationToken).ConfigureAwait(false);
            if (conversation is null)
            {
                throw new DirectLineConversationNotFoundException(conversationId);
            }

            foreach (var (index, copy) in toStore)
            {
                var id = ActivityId(conversationId, conversation.NextSequence++);
                ids[index] = id;
                conversation.Activities.Add(Stamp(copy, id, conversationId));
            }

            if (options.TranscriptLifetime is { } lifetime)
            {
                var oldest = timeProvider.GetUtcNow() - lifetime;
                conversation.Activities.RemoveAll(a => a.Timestamp < oldest);
            }

            if (conversation.Activities.Count > options.MaxStoredActivities)
            {
                conversation.Activities.RemoveRange(0, conversation.Activities.Count - options.MaxStoredActivities);
            }

            try
            {
                await storage.WriteAsync(
                    new Dictionary<string, StoreItem> { [StorageKey(conversationId)] = ToItem(conversation, eTag) },
                    cancellationToken).ConfigureAwait(false);
                signals.NotifyStored(conversationId);
                return;
            }
            catch (StorageConcurrencyException) when (attempt < MaxAppendAttempts)
            {
                if (logger.IsEnabled(LogLevel.Debug))
                {
                    logger.LogDebug("Direct Line conversation {ConversationId} changed meanwhile; append retried ({Attempt}).", conversationId, attempt);
                }

                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * attempt)), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private Activity Stamp(Activity activity, string id, string conversationId)
    {
        activity.Id = id;
        activity.Timestamp ??= timeProvider.GetUtcNow();
        activity.ChannelId ??= options.ChannelId;
        activity.Conversation ??= new ConversationAccount();
        activity.Conversation.Id = conversationId;
        return activity;
    }

    private async Task<(DirectLineConversation? Conversation, string? ETag)> ReadWithETagAsync(
        string conversationId, CancellationToken cancellationToken)
    {
        var key = StorageKey(conversationId);
        var items = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        if (!items.TryGetValue(key, out var item))
        {
            return (null, null);
        }

        return (item.Value.Deserialize<DirectLineConversation>(BotJson.Options), item.ETag);
    }

    private static StoreItem ToItem(DirectLineConversation conversation, string? eTag)
        => new(JsonSerializer.SerializeToNode(conversation, BotJson.Options)!, eTag);

    private static Activity Clone(Activity activity)
        => JsonSerializer.Deserialize<Activity>(JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Options), BotJson.Options)!;
}

public sealed class DirectLineConversationNotFoundException(string conversationId)
    : Exception($"There is no Direct Line conversation '{conversationId}'.")
{
    public string ConversationId { get; } = conversationId;
}
