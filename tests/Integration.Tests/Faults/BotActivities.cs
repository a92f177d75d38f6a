using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace FibroBot.Integration.Faults;

/// <summary>Builds and posts the activities the fault tests send, timing each one.</summary>
internal static class BotActivities
{
    public static string Message(string conversationId, string text, string serviceUrl, bool expectReplies, string? userId = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["type"] = "message",
            ["id"] = $"activity-{Guid.NewGuid():N}",
            ["channelId"] = "emulator",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new { id = userId ?? $"user-of-{conversationId}", role = "user" },
            ["conversation"] = new { id = conversationId },
            ["recipient"] = new { id = "fibrobot", role = "bot" },
            ["text"] = text,
            ["locale"] = "en-US",
            ["deliveryMode"] = expectReplies ? "expectReplies" : null,
        });

    public static async Task<(HttpStatusCode Status, TimeSpan Elapsed, string Body)> PostAsync(HttpClient client, string activity)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.PostAsync("api/messages", new StringContent(activity, Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, Stopwatch.GetElapsedTime(started), body);
    }
}
