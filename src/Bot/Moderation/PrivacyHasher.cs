using System.Security.Cryptography;
using System.Text;

namespace FibroBot.Moderation;

/// <summary>
/// Turns user and conversation ids into keyed hashes (HMAC-SHA256): the same id always gives the same hash,
/// so reports can count people and conversations, but without the key nobody can test a guessed id against it.
/// </summary>
public sealed class PrivacyHasher
{
    private readonly byte[] _key;

    public PrivacyHasher(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < PrivacyOptions.MinimumHashKeyLength)
        {
            throw new ArgumentException($"A hash key needs at least {PrivacyOptions.MinimumHashKeyLength} bytes.", nameof(key));
        }

        _key = key.ToArray();
    }

    public string HashUser(string channel, string userId) => Hash("user", channel, userId);

    public string HashConversation(string channel, string conversationId) => Hash("conversation", channel, conversationId);

    /// <summary>One activity of one conversation (the de-duplication record's key).</summary>
    public string HashActivity(string channel, string conversationId, string activityId) =>
        Hash("activity", channel, $"{conversationId}\n{activityId}");

    // The purpose and channel are part of the message, so a user id and a conversation id that happen to be
    // equal, or one id on two channels, never share a hash.
    private string Hash(string purpose, string channel, string id)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(id);
        var message = Encoding.UTF8.GetBytes($"{purpose}\n{channel}\n{id}");
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, message));
    }
}
