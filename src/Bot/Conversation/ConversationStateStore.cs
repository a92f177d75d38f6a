using System.Text.Json;
using System.Text.Json.Nodes;
using FibroBot.Answers;
using FibroBot.BotFramework.Schema;
using FibroBot.Safety;
using FibroBot.BotFramework.Storage;
using FibroBot.Moderation;

namespace FibroBot.Conversation;

/// <summary>A conversation's memory as read, with the eTag a write must match.</summary>
public sealed record StoredMemory(string Key, ConversationMemory Memory, string? ETag);

/// <summary>
/// Keeps each conversation's <see cref="ConversationMemory"/> in <see cref="IStorage"/>, one document per channel and
/// conversation. The key holds the conversation's keyed hash (the one the turn log uses), never its id.
/// </summary>
public sealed class ConversationStateStore(IStorage storage, PrivacyHasher hasher)
{
    /// <summary>The prefix of every conversation memory's key.</summary>
    public const string KeyPrefix = "conversation/";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string KeyFor(Activity activity)
    {
        var channel = activity.ChannelId ?? "unknown";
        return $"{KeyPrefix}{Uri.EscapeDataString(channel)}/{hasher.HashConversation(channel, activity.Conversation?.Id ?? "unknown")}";
    }

    public async Task<StoredMemory> ReadAsync(Activity activity, CancellationToken cancellationToken)
    {
        var key = KeyFor(activity);
        var found = await storage.ReadAsync([key], cancellationToken);
        if (!found.TryGetValue(key, out var item))
        {
            return new StoredMemory(key, ConversationMemory.Empty, null);
        }

        var document = item.Value.Deserialize<MemoryDocument>(Json);
        var memory = document is null
            ? ConversationMemory.Empty
            : new ConversationMemory(document.LastTopics ?? [], document.LastTopicTerms ?? [], document.Welcomed, document.LastAboutSomethingTaken, document.LastAboutActivity, document.LastCrisisGuidance, document.LastCrisisLanguage, document.LastRefusedADose, document.LastAskedWhetherItCanKill);
        return new StoredMemory(key, memory, item.ETag);
    }

    /// <summary>
    /// Writes the memory if it changed. A concurrent turn that wrote first wins: losing a remembered topic
    /// is harmless, and a reply must not fail because of it.
    /// </summary>
    public async Task WriteAsync(StoredMemory read, ConversationMemory memory, CancellationToken cancellationToken)
    {
        if (IsSame(read.Memory, memory))
        {
            return;
        }

        var document = Serialize(memory);
        try
        {
            await storage.WriteAsync(new Dictionary<string, StoreItem> { [read.Key] = new(document, read.ETag ?? "*") }, cancellationToken);
        }
        catch (StorageConcurrencyException)
        {
            // Another turn of this conversation saved its own memory meanwhile; keep theirs.
        }
    }

    /// <summary>Marks the welcome as sent; false when another turn claimed it first.</summary>
    public async Task<bool> TryClaimWelcomeAsync(StoredMemory read, CancellationToken cancellationToken)
    {
        var document = Serialize(read.Memory with { Welcomed = true });
        try
        {
            // A conversation never stored has no eTag to match, so its first write is unconditional.
            await storage.WriteAsync(new Dictionary<string, StoreItem> { [read.Key] = new(document, read.ETag ?? "*") }, cancellationToken);
            return true;
        }
        catch (StorageConcurrencyException)
        {
            return false;
        }
    }

    private static JsonNode Serialize(ConversationMemory memory) =>
        JsonSerializer.SerializeToNode(new MemoryDocument(memory.LastTopics, memory.LastTopicTerms, memory.Welcomed, memory.LastAboutSomethingTaken, memory.LastAboutActivity, memory.LastCrisisGuidance, memory.LastCrisisLanguage, memory.LastRefusedADose, memory.LastAskedWhetherItCanKill), Json)!;

    private static bool IsSame(ConversationMemory a, ConversationMemory b) =>
        a.Welcomed == b.Welcomed && a.LastAboutSomethingTaken == b.LastAboutSomethingTaken && a.LastAboutActivity == b.LastAboutActivity && a.LastCrisisGuidance == b.LastCrisisGuidance && a.LastCrisisLanguage == b.LastCrisisLanguage && a.LastRefusedADose == b.LastRefusedADose && a.LastAskedWhetherItCanKill == b.LastAskedWhetherItCanKill && a.LastTopics.SequenceEqual(b.LastTopics) && a.LastTopicTerms.SequenceEqual(b.LastTopicTerms);

    /// <summary>The stored form; a document written before a field existed reads it as its default.</summary>
    private sealed record MemoryDocument(IReadOnlyList<string>? LastTopics, IReadOnlyList<string>? LastTopicTerms, bool Welcomed, bool LastAboutSomethingTaken = false, bool LastAboutActivity = false, CrisisGuidance LastCrisisGuidance = CrisisGuidance.None, string? LastCrisisLanguage = null, bool LastRefusedADose = false, bool LastAskedWhetherItCanKill = false);
}
