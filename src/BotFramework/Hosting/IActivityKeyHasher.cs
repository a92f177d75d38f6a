using System.Security.Cryptography;
using System.Text;

namespace FibroBot.BotFramework.Hosting;

/// <summary>
/// Turns an activity's (channel, conversation id, activity id) into the part of a storage key that identifies it,
/// so that no raw conversation id is stored. The host may register a keyed hash; every instance that shares a
/// database must then use the same key.
/// </summary>
public interface IActivityKeyHasher
{
    string Hash(string channelId, string conversationId, string activityId);
}

/// <summary>The default: SHA-256 of the three ids, the same on every instance without any configuration.</summary>
public sealed class Sha256ActivityKeyHasher : IActivityKeyHasher
{
    public string Hash(string channelId, string conversationId, string activityId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{channelId}\n{conversationId}\n{activityId}")));
}
