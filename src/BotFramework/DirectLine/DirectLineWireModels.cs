using System.Text.Json.Serialization;
using FibroBot.BotFramework.Schema;

namespace FibroBot.BotFramework.DirectLine;

/// <summary>The answer to token and conversation calls, spelled as Direct Line 3.0 spells it.</summary>
public sealed record DirectLineConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl = null,
    [property: JsonPropertyName("userId")] string? UserId = null);

/// <summary>Activities after a watermark; the watermark is a string on the wire.</summary>
public sealed record ActivitySet(
    [property: JsonPropertyName("activities")] IReadOnlyList<Activity> Activities,
    [property: JsonPropertyName("watermark")] string Watermark);

/// <summary>The optional body of <c>POST /tokens/generate</c>.</summary>
public sealed record TokenGenerateRequest([property: JsonPropertyName("user")] ChannelAccount? User);

/// <summary>Error bodies as the Bot Framework services write them.</summary>
public sealed record DirectLineErrorResponse([property: JsonPropertyName("error")] DirectLineError Error);

public sealed record DirectLineError(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);
