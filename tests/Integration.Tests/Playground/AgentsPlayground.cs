using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using FibroBot.Integration.Support;

namespace FibroBot.Integration.Playground;

/// <summary>One HTTP exchange between the playground and the bot, as the playground's log stream reports it.</summary>
/// <param name="FromBot">True for the bot's calls to the playground's Connector; false for the playground's POSTs to the bot.</param>
public sealed record PlaygroundExchange(DateTimeOffset At, bool FromBot, string? ActivityName, JsonNode? Request, int? Status, JsonNode? Response)
{
    public string? ConversationId => (Request as JsonObject)?["conversation"]?["id"]?.GetValue<string>();
}

/// <summary>What happened after the user sent a message: the turn the bot got and every reply it produced.</summary>
public sealed record PlaygroundTurn(PlaygroundExchange? Turn, IReadOnlyList<PlaygroundExchange> ConnectorCalls)
{
    /// <summary>Message replies, whether they came through the Connector (default mode) or in the turn's body (expectReplies).</summary>
    public IReadOnlyList<JsonNode> Replies =>
    [
        .. ConnectorCalls.Select(c => c.Request).OfType<JsonObject>().Where(IsMessage),
        // In default mode the turn's response body is empty (a string); in expectReplies mode it is {"activities":[…]}.
        .. ((Turn?.Response as JsonObject)?["activities"] as JsonArray ?? []).OfType<JsonObject>().Where(IsMessage),
    ];

    private static bool IsMessage(JsonObject activity) => activity["type"] is JsonValue type && type.ToString() == "message";
}

/// <summary>
/// The Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground, installed by test.sh) as a real Teams
/// stand-in: started on a free loopback port against a bot endpoint, and driven through the same HTTP and WebSocket
/// API its own browser UI uses (see shared reference clients.md §3.4).
/// </summary>
public sealed class AgentsPlayground : IAsyncDisposable
{
    private const string PlaygroundName = "Microsoft 365 Agents Playground";
    private const string BotName = "User Application";

    private readonly Process _process;
    private readonly string _tempDir;
    private readonly HttpClient _http;
    private readonly ClientWebSocket _logSocket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<PlaygroundExchange> _exchanges = [];
    private readonly List<string> _notices = [];
    private Task _reader = Task.CompletedTask;
    private TaskCompletionSource _nextExchange = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AgentsPlayground(Process process, string tempDir, Uri baseAddress)
    {
        _process = process;
        _tempDir = tempDir;
        BaseAddress = baseAddress;
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }

    public JsonNode Config { get; private set; } = null!;

    public string BotId => Config["bot"]!["id"]!.GetValue<string>();

    public string BotDisplayName => Config["bot"]!["name"]!.GetValue<string>();

    public string UserId => Config["currentUser"]!["id"]!.GetValue<string>();

    public string PersonalChatId => Config["personalChat"]!["id"]!.GetValue<string>();

    public string GroupChatId => Config["groupChats"]![0]!["id"]!.GetValue<string>();

    public string ChannelId => Config["teams"]![0]!["channels"]![0]!["id"]!.GetValue<string>();

    /// <summary>Text notices from the playground ("Cannot connect to your app…", unsupported features).</summary>
    public IReadOnlyList<string> Notices { get { lock (_notices) { return [.. _notices]; } } }

    public static async Task<AgentsPlayground> StartAsync(Uri botEndpoint, string? deliveryMode = null)
    {
        var cli = NpmClients.RequireClientFile("@microsoft", "m365agentsplayground", "cli.js");
        var port = FreePort();
        var tempDir = Directory.CreateTempSubdirectory("agents-playground-").FullName;
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = tempDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["TEAMSAPPTESTER_BROWSER"] = "none",
                ["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(tempDir, "playground.log"),
            },
        };
        foreach (var arg in new[]
                 {
                     "-r", Repository.Combine("tests", "Integration.Tests", "Playground", "bind-loopback.cjs"), cli,
                     "-e", botEndpoint.ToString(), "-c", "msteams", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--dt",
                     "--su", $"http://127.0.0.1:{port}/_connector",
                 })
        {
            start.ArgumentList.Add(arg);
        }

        if (deliveryMode is not null)
        {
            start.ArgumentList.Add("--dm");
            start.ArgumentList.Add(deliveryMode);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var playground = new AgentsPlayground(process, tempDir, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            await playground.WaitUntilUpAsync();
            await playground.ConnectLogStreamAsync();
            // The playground waits (up to 15 s) for the bot to answer HEAD /api/messages before it returns its config.
            var config = await playground._http.GetFromJsonAsync<JsonNode>("_internal/v1/config");
            playground.Config = config!["config"]!;
            return playground;
        }
        catch
        {
            await playground.DisposeAsync();
            throw;
        }
    }

    /// <summary>Installs the bot in a chat: the playground sends installationUpdate and conversationUpdate to the bot.</summary>
    public async Task<IReadOnlyList<PlaygroundExchange>> InstallAsync(string conversationId, TimeSpan? timeout = null)
    {
        var since = DateTimeOffset.UtcNow;
        using var response = await _http.PostAsJsonAsync($"_debug/conversation/{Uri.EscapeDataString(conversationId)}/installation", new { });
        response.EnsureSuccessStatusCode();
        // An exchange is logged once the bot has answered it, and the bot answers a turn after its replies went out.
        await WaitAsync(() => Exchanges(since).Count(e => !e.FromBot && e.ActivityName is "installationUpdate" or "conversationUpdate" && e.Status is not null) >= 2, timeout ?? TimeSpan.FromSeconds(15));
        return Exchanges(since);
    }

    /// <summary>Sends a message as the current user; with <paramref name="mention"/> it @mentions the bot as Teams does.</summary>
    /// <remarks>
    /// It returns once the bot has answered the turn's POST: the bot answers only after the turn's replies went out,
    /// so what the turn sent is all there, and "no reply" is known without waiting for a quiet spell.
    /// </remarks>
    public async Task<PlaygroundTurn> AskAsync(string conversationId, string text, bool mention = false, int minReplies = 1, TimeSpan? timeout = null)
    {
        var since = DateTimeOffset.UtcNow;
        var conversations = await SendAsync(conversationId, text, mention);
        bool Mine(PlaygroundExchange e) => e.ConversationId is { } id && conversations.Any(c => id == c || id.StartsWith(c + ";", StringComparison.Ordinal));

        PlaygroundTurn Observe()
        {
            var exchanges = Exchanges(since).Where(Mine).ToList();
            return new PlaygroundTurn(exchanges.FirstOrDefault(e => !e.FromBot && e.ActivityName == "message" && e.Status is not null), [.. exchanges.Where(e => e.FromBot)]);
        }

        await WaitAsync(() => Observe() is { Turn: not null } turn && (turn.Turn.Status >= 400 || turn.Replies.Count >= minReplies), timeout ?? TimeSpan.FromSeconds(60));
        return Observe();
    }

    /// <summary>The message turns the playground has passed to the bot since <paramref name="since"/>, in order.</summary>
    public IReadOnlyList<PlaygroundExchange> MessageTurnsSince(DateTimeOffset since) =>
        [.. Exchanges(since).Where(e => !e.FromBot && e.ActivityName == "message")];

    /// <summary>
    /// Sends a message as the current user without waiting for the bot; returns the conversation ids the playground
    /// files it under (a channel post opens its own thread).
    /// </summary>
    public async Task<string[]> SendAsync(string conversationId, string text, bool mention = false)
    {
        var at = $"<at>{BotDisplayName}</at>";
        var body = new JsonObject { ["from"] = new JsonObject { ["id"] = UserId }, ["textFormat"] = "plain", ["text"] = mention ? $"{at} {text}" : text };
        if (mention)
        {
            body["mentions"] = new JsonArray(new JsonObject { ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotDisplayName }, ["text"] = at });
        }

        using var response = await _http.PostAsJsonAsync($"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", body);
        response.EnsureSuccessStatusCode();
        var sent = await response.Content.ReadFromJsonAsync<JsonNode>();
        return [.. new[] { conversationId, sent?["postConversationId"]?.GetValue<string>() }.OfType<string>()];
    }

    private IReadOnlyList<PlaygroundExchange> Exchanges(DateTimeOffset since)
    {
        lock (_exchanges)
        {
            return [.. _exchanges.Where(e => e.At >= since)];
        }
    }

    /// <summary>Waits, woken by each exchange the log stream reports, until <paramref name="condition"/> holds or the timeout passes.</summary>
    private async Task WaitAsync(Func<bool> condition, TimeSpan timeout)
    {
        using var giveUp = new CancellationTokenSource(timeout);
        while (true)
        {
            var nextExchange = Volatile.Read(ref _nextExchange).Task;
            if (condition())
            {
                return;
            }

            try
            {
                await nextExchange.WaitAsync(giveUp.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task WaitUntilUpAsync()
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The Agents Playground exited early with code {_process.ExitCode}; see {_tempDir}.");
            }

            try
            {
                using var ping = await _http.GetAsync("_debug/ping");
                if (ping.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException("The Agents Playground did not start within 60 s.");
            }

            await Task.Delay(200);
        }
    }

    private async Task ConnectLogStreamAsync()
    {
        await _logSocket.ConnectAsync(new Uri($"ws://{BaseAddress.Authority}/_ws/log/stream"), _stop.Token);
        _reader = Task.Run(ReadLogStreamAsync);
    }

    private async Task ReadLogStreamAsync()
    {
        var buffer = new byte[64 * 1024];
        var message = new MemoryStream();
        try
        {
            while (_logSocket.State == WebSocketState.Open)
            {
                var result = await _logSocket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                Record(Encoding.UTF8.GetString(message.ToArray()));
                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The playground or the test is shutting down.
        }
    }

    private void Record(string frame)
    {
        JsonNode? log;
        try
        {
            log = JsonNode.Parse(frame)?["log"];
        }
        catch (System.Text.Json.JsonException)
        {
            return;
        }

        if (log?["type"]?.GetValue<string>() == "text")
        {
            lock (_notices)
            {
                _notices.Add(log["displayText"]?.ToString() ?? string.Empty);
            }

            return;
        }

        var from = log?["from"]?.GetValue<string>();
        if (log?["type"]?.GetValue<string>() != "bot" || from is not (PlaygroundName or BotName))
        {
            return;
        }

        var exchange = new PlaygroundExchange(
            DateTimeOffset.UtcNow,
            from == BotName,
            log["activityName"]?.GetValue<string>(),
            log["request"]?["body"]?.DeepClone(),
            log["response"]?["statusCode"]?.GetValue<int>(),
            log["response"]?["body"]?.DeepClone());
        lock (_exchanges)
        {
            _exchanges.Add(exchange);
        }

        Interlocked.Exchange(ref _nextExchange, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _logSocket.Abort();
        await _reader;
        _logSocket.Dispose();
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _stop.Dispose();
        Directory.Delete(_tempDir, recursive: true);
    }
}
