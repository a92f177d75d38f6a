using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FibroBot.Integration.Postgres;
using Xunit.Abstractions;

namespace FibroBot.Integration.Faults;

/// <summary>
/// PostgreSQL restarted while the bot is under load: requests made during the outage fail cleanly (503), the bot
/// reconnects by itself once the server is back, and every write it acknowledged before, during or after the
/// outage is still there. The writes are Direct Line activities: a 200 with an id means the activity is stored.
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Slow")]
public sealed class PostgresRestartTests(PostgresServer server, ITestOutputHelper output)
{
    private const int Conversations = 6;
    private const int MaxPostsPerConversation = 400;
    private const int WritesBeforeOutage = 30;
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);

    private enum Phase
    {
        Up,
        Down,
        Restarted,
    }

    [Fact]
    public async Task A_restart_mid_load_loses_no_acknowledged_write_and_the_bot_reconnects()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string>
        {
            ["Storage:Provider"] = "PostgreSQL",
            ["ConnectionStrings:Storage"] = connectionString,
            ["DirectLine:RateLimit:PermitLimit"] = "1000000",
            ["DirectLine:MaxStoredActivities"] = "100000",
            ["RateLimiting:PerUser:TokenLimit"] = "1000000",
            ["RateLimiting:PerConversation:TokenLimit"] = "1000000",
        });
        using var client = bot.CreateClient(TimeSpan.FromSeconds(20));
        var sessions = new List<(string ConversationId, string Token)>();
        for (var i = 0; i < Conversations; i++)
        {
            sessions.Add(await StartConversationAsync(client, $"pg-user-{i}"));
        }

        var acknowledged = new ConcurrentDictionary<string, ConcurrentBag<string>>();
        var statuses = new ConcurrentDictionary<int, int>();
        var clock = Stopwatch.StartNew();
        var phase = (int)Phase.Up;
        var restartedAt = TimeSpan.Zero;
        var firstSuccessAfterRestart = new ConcurrentBag<TimeSpan>();
        // A real PostgreSQL and a real bot process cannot run on fake time: each step waits for what the load sees.
        var loadRunning = NewSignal();
        var outageSeen = NewSignal();
        var reconnected = NewSignal();
        using var stop = new CancellationTokenSource();

        var load = sessions.Select(session => Task.Run(async () =>
        {
            var bag = acknowledged.GetOrAdd(session.ConversationId, _ => []);
            for (var n = 0; n < MaxPostsPerConversation && !stop.IsCancellationRequested; n++)
            {
                var (status, id) = await PostAsync(client, session, $"question {n}: does pacing help fibromyalgia?");
                statuses.AddOrUpdate(status, 1, (_, count) => count + 1);
                var now = (Phase)Volatile.Read(ref phase);
                if (status == 200 && id is not null)
                {
                    bag.Add(id);
                    if (now == Phase.Restarted)
                    {
                        firstSuccessAfterRestart.Add(clock.Elapsed - restartedAt);
                        reconnected.TrySetResult();
                    }
                    else if (acknowledged.Values.Sum(b => b.Count) >= WritesBeforeOutage)
                    {
                        loadRunning.TrySetResult();
                    }
                }
                else
                {
                    if (status == 503 && now == Phase.Down)
                    {
                        outageSeen.TrySetResult();
                    }

                    // A client's pause before it tries again, so a failing server is not hammered.
                    await Task.Delay(50);
                }
            }
        })).ToArray();

        Assert.True(await SignalledAsync(loadRunning), $"the load never reached {WritesBeforeOutage} acknowledged writes");
        var beforeOutage = acknowledged.Values.Sum(bag => bag.Count);
        Volatile.Write(ref phase, (int)Phase.Down);
        server.Stop();
        Assert.True(await SignalledAsync(outageSeen), "no request failed during the outage: the restart was not seen");
        server.Start();
        restartedAt = clock.Elapsed;
        Volatile.Write(ref phase, (int)Phase.Restarted);
        var reconnectedInTime = await SignalledAsync(reconnected);
        await stop.CancelAsync();
        await Task.WhenAll(load);
        Assert.True(reconnectedInTime, "the bot did not write again after PostgreSQL came back");

        var total = acknowledged.Values.Sum(bag => bag.Count);
        var reconnect = firstSuccessAfterRestart.IsEmpty ? TimeSpan.MaxValue : firstSuccessAfterRestart.Min();
        output.WriteLine($"acknowledged {beforeOutage} before the outage, {total} in all; statuses {string.Join(", ", statuses.OrderBy(p => p.Key).Select(p => $"{p.Key} ×{p.Value}"))}; first write after restart {reconnect.TotalMilliseconds:F0} ms");

        Assert.False(bot.HasExited, bot.Output);
        Assert.All(statuses.Keys, status => Assert.True(status is 200 or 503, $"status {status} during a database restart"));
        Assert.True(reconnect < TimeSpan.FromSeconds(4), $"the bot took {reconnect.TotalMilliseconds:F0} ms to write again after PostgreSQL came back");
        foreach (var session in sessions)
        {
            var stored = await StoredIdsAsync(client, session);
            var lost = acknowledged[session.ConversationId].Where(id => !stored.Contains(id)).ToArray();
            Assert.True(lost.Length == 0, $"{lost.Length} acknowledged activities lost in {session.ConversationId}: {string.Join(", ", lost.Take(5))}");
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static async Task<bool> SignalledAsync(TaskCompletionSource signal)
    {
        try
        {
            await signal.Task.WaitAsync(StepTimeout);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static async Task<(string ConversationId, string Token)> StartConversationAsync(HttpClient client, string userId)
    {
        using var generate = await client.PostAsync("v3/directline/tokens/generate", Json($"{{\"user\":{{\"id\":\"{userId}\"}}}}"));
        generate.EnsureSuccessStatusCode();
        using var issued = JsonDocument.Parse(await generate.Content.ReadAsStringAsync());
        var token = issued.RootElement.GetProperty("token").GetString()!;

        using var start = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations") { Content = Json("{}") };
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var started = await client.SendAsync(start);
        started.EnsureSuccessStatusCode();
        using var conversation = JsonDocument.Parse(await started.Content.ReadAsStringAsync());
        return (conversation.RootElement.GetProperty("conversationId").GetString()!, conversation.RootElement.GetProperty("token").GetString()!);
    }

    private static async Task<(int Status, string? Id)> PostAsync(HttpClient client, (string ConversationId, string Token) session, string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{Uri.EscapeDataString(session.ConversationId)}/activities")
        {
            Content = Json(JsonSerializer.Serialize(new { type = "message", text, from = new { id = "ignored" }, channelData = new { clientActivityID = Guid.NewGuid().ToString("N") } })),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
        try
        {
            using var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return ((int)response.StatusCode, null);
            }

            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return (200, body.RootElement.GetProperty("id").GetString());
        }
        catch (TaskCanceledException)
        {
            return (-1, null);
        }
    }

    private static async Task<HashSet<string>> StoredIdsAsync(HttpClient client, (string ConversationId, string Token) session)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v3/directline/conversations/{Uri.EscapeDataString(session.ConversationId)}/activities");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. body.RootElement.GetProperty("activities").EnumerateArray().Select(activity => activity.GetProperty("id").GetString()!)];
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
