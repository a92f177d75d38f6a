using FibroBot.BotFramework.Hosting;

namespace FibroBot.Moderation;

/// <summary>Keys the de-duplication records with the privacy hash key, as the turn log's ids are.</summary>
public sealed class PrivacyActivityKeyHasher(PrivacyHasher hasher) : IActivityKeyHasher
{
    public string Hash(string channelId, string conversationId, string activityId) =>
        hasher.HashActivity(channelId, conversationId, activityId);
}
