using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FibroBot.Integration.Deployment;

/// <summary>Talks to a running bot as the channels do: Bot Framework activities with expectReplies, and Direct Line 3.0.</summary>
internal sealed class BotClient(HttpClient http)
{
    /// <summary>Sends a message with <c>expectReplies</c>; returns the HTTP status and the replies.</summary>
    /// <param name="activityId">The activity's id; a new one when not given (give the same one to replay a redelivery).</param>
    public async Task<(HttpStatusCode Status, JsonArray Replies)> AskAsync(
        string conversationId, string userId, string text, string? activityId = null, CancellationToken cancellationToken = default)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = activityId ?? Guid.NewGuid().ToString("N"),
            ["channelId"] = "emulator",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["deliveryMode"] = "expectReplies",
            ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Sam Doe" },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["text"] = text,
        };
        using var response = await http.PostAsJsonAsync("api/messages", activity, cancellationToken);
        var body = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken) : null;
        return (response.StatusCode, body?["activities"]?.AsArray() ?? []);
    }

    public async Task<DirectLineSession> StartDirectLineAsync()
    {
        using var tokenResponse = await http.PostAsync("v3/directline/tokens/generate", null);
        tokenResponse.EnsureSuccessStatusCode();
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        using var start = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var started = await http.SendAsync(start);
        started.EnsureSuccessStatusCode();
        var body = (await started.Content.ReadFromJsonAsync<JsonObject>())!;
        return new DirectLineSession(body["conversationId"]!.GetValue<string>(), body["token"]!.GetValue<string>());
    }

    /// <summary>Asks for a token as Web Chat does, with the user id the page chose, and starts a conversation with it.</summary>
    public async Task<(DirectLineSession Session, string UserId)> StartDirectLineAsUserAsync(string requestedUserId)
    {
        using var tokenResponse = await http.PostAsJsonAsync("v3/directline/tokens/generate", new JsonObject { ["user"] = new JsonObject { ["id"] = requestedUserId } });
        tokenResponse.EnsureSuccessStatusCode();
        var grant = (await tokenResponse.Content.ReadFromJsonAsync<JsonObject>())!;
        using var start = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", grant["token"]!.GetValue<string>());
        using var started = await http.SendAsync(start);
        started.EnsureSuccessStatusCode();
        var body = (await started.Content.ReadFromJsonAsync<JsonObject>())!;
        return (new DirectLineSession(body["conversationId"]!.GetValue<string>(), body["token"]!.GetValue<string>()), grant["userId"]!.GetValue<string>());
    }

    public Task<HttpStatusCode> PostDirectLineAsync(DirectLineSession session, string text) =>
        PostDirectLineAsync(session, new JsonObject { ["type"] = "message", ["from"] = new JsonObject { ["id"] = "member" }, ["text"] = text });

    /// <summary>Posts an activity exactly as given (a client may claim any from.id, name, aadObjectId or callerId).</summary>
    public async Task<HttpStatusCode> PostDirectLineAsync(DirectLineSession session, JsonObject activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{session.ConversationId}/activities")
        {
            Content = JsonContent.Create(activity),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    public async Task<JsonArray> GetDirectLineActivitiesAsync(DirectLineSession session)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v3/directline/conversations/{session.ConversationId}/activities");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray();
    }

    /// <summary>Polls until <paramref name="done"/> holds for the conversation's activities, or fails after the timeout.</summary>
    public async Task<JsonArray> WaitForDirectLineAsync(DirectLineSession session, Func<JsonArray, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var activities = await GetDirectLineActivitiesAsync(session);
            if (done(activities))
            {
                return activities;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Direct Line conversation did not reach the expected state; it holds:\n{activities.ToJsonString()}");
            }

            await Task.Delay(200);
        }
    }

    public static IEnumerable<JsonObject> BotMessages(JsonArray activities) =>
        activities.OfType<JsonObject>().Where(a => a["type"]?.GetValue<string>() == "message" && a["from"]?["role"]?.GetValue<string>() != "user"
                                                   && a["from"]?["id"]?.GetValue<string>() == "bot");

    public static string? AnswerKind(JsonNode? activity) =>
        activity?["entities"]?.AsArray().OfType<JsonObject>()
            .FirstOrDefault(e => e["type"]?.GetValue<string>() == "answerInfo")?["kind"]?.GetValue<string>();
}

internal sealed record DirectLineSession(string ConversationId, string Token);
