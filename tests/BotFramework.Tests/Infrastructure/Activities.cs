namespace FibroBot.Tests.Infrastructure;

/// <summary>Activities shaped like the ones real channels send (see the protocol reference and clients.md).</summary>
public static class Activities
{
    public const string BotId = "28:bot-app-id";
    public const string UserId = "29:user-1";

    public static Dictionary<string, object?> TeamsMessage(string serviceUrl, string text = "hello", string conversationId = "a:personal-1", string id = "1722334455667", string? deliveryMode = null)
    {
        var activity = new Dictionary<string, object?>
        {
            ["type"] = "message",
            ["id"] = id,
            ["timestamp"] = "2026-08-01T09:00:00.1234567Z",
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new { id = UserId, name = "Ada", aadObjectId = "5b0c6b8e-0000-4000-8000-000000000001" },
            ["recipient"] = new { id = BotId, name = "Test Bot" },
            ["conversation"] = new { id = conversationId, conversationType = "personal", tenantId = "tenant-1" },
            ["text"] = text,
            ["locale"] = "en-US",
            ["channelData"] = new { tenant = new { id = "tenant-1" } },
        };
        if (deliveryMode is not null)
        {
            activity["deliveryMode"] = deliveryMode;
        }

        return activity;
    }
}
