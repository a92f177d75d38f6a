using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FibroBot.BotFramework.DirectLine;

/// <summary>What a Direct Line token grants: one conversation, as one user, until it expires.</summary>
public sealed record DirectLineTokenClaims(
    [property: JsonPropertyName("c")] string ConversationId,
    [property: JsonPropertyName("u")] string UserId,
    [property: JsonPropertyName("exp")] long ExpiresAtUnixSeconds)
{
    public DateTimeOffset ExpiresAt => DateTimeOffset.FromUnixTimeSeconds(ExpiresAtUnixSeconds);
}

/// <summary>An issued token and its lifetime in seconds, as Direct Line's <c>expires_in</c>.</summary>
public sealed record IssuedToken(string Token, DirectLineTokenClaims Claims, int ExpiresInSeconds);

/// <summary>
/// Issues and checks tokens of the form <c>base64url(claims JSON).base64url(HMAC-SHA256)</c>. Opaque to clients
/// (DirectLineJS does not need a JWT); any instance holding the same key accepts any other instance's tokens.
/// </summary>
public sealed class DirectLineTokenService(byte[] key, TimeSpan lifetime, TimeProvider timeProvider)
{
    public IssuedToken Issue(string conversationId, string userId)
    {
        var expires = timeProvider.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        var claims = new DirectLineTokenClaims(conversationId, userId, expires);
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims));
        var token = $"{payload}.{Sign(payload)}";
        return new IssuedToken(token, claims, (int)lifetime.TotalSeconds);
    }

    public IssuedToken Renew(DirectLineTokenClaims claims) => Issue(claims.ConversationId, claims.UserId);

    /// <summary>True for a token this service signed that has not expired yet.</summary>
    public bool TryValidate(string? token, [NotNullWhen(true)] out DirectLineTokenClaims? claims)
    {
        claims = null;
        if (string.IsNullOrEmpty(token) || token.Length > 2048)
        {
            return false;
        }

        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == token.Length - 1)
        {
            return false;
        }

        var payload = token[..dot];
        var expected = Encoding.ASCII.GetBytes(Sign(payload));
        var given = Encoding.ASCII.GetBytes(token[(dot + 1)..]);
        if (!CryptographicOperations.FixedTimeEquals(expected, given))
        {
            return false;
        }

        try
        {
            claims = JsonSerializer.Deserialize<DirectLineTokenClaims>(Base64Url.DecodeFromChars(payload));
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            return false;
        }

        return claims is { ConversationId.Length: > 0, UserId.Length: > 0 }
               && claims.ExpiresAt > timeProvider.GetUtcNow();
    }

    private string Sign(string payload)
        => Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(payload)));
}
