using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FibroBot.Integration.Faults;

/// <summary>How the fake Bot Connector treats the replies sent to one of its service URLs.</summary>
public enum ConnectorBehaviour
{
    /// <summary>201 with a resource id, as the real connector answers.</summary>
    Accept,

    /// <summary>Holds the request without answering until the caller gives up.</summary>
    Hang,

    /// <summary>500 every time.</summary>
    Fail500,

    /// <summary>429 with <c>Retry-After: 1</c> every time.</summary>
    Throttle429,

    /// <summary>503 for the first two attempts of each reply, then 201.</summary>
    FailTwiceThenAccept,
}

/// <summary>One POST the bot made to the fake connector.</summary>
public sealed record ConnectorCall(ConnectorBehaviour Behaviour, string ConversationId, string? ActivityType, string? Text, TimeSpan At, int Status);

/// <summary>
/// A Bot Connector stand-in on a loopback port: each <see cref="ConnectorBehaviour"/> has its own service URL
/// (<c>http://127.0.0.1:PORT/{behaviour}/</c>), and every call is recorded with its time and the status answered.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly ConcurrentDictionary<string, int> _attemptsByReply = new(StringComparer.Ordinal);

    private FakeConnector(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyCollection<ConnectorCall> Calls => _calls;

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapPost("/{behaviour}/v3/conversations/{conversationId}/activities/{**replyTo}", connector.HandleAsync);
        await app.StartAsync();
        connector.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return connector;
    }

    /// <summary>The service URL whose replies get <paramref name="behaviour"/>.</summary>
    public string ServiceUrl(ConnectorBehaviour behaviour) => new Uri(BaseAddress, behaviour.ToString().ToLowerInvariant() + "/").ToString();

    /// <summary>A loopback service URL on which nothing listens: every connection is refused.</summary>
    public static string RefusingServiceUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/";
    }

    public IReadOnlyList<ConnectorCall> CallsFor(string conversationId, string activityType = "message") =>
        [.. _calls.Where(call => call.ConversationId == conversationId && call.ActivityType == activityType).OrderBy(call => call.At)];

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    // The type and text of the posted activity; JSON that .NET cannot turn into strings (an escaped lone
    // surrogate, say) is still valid JSON, which a connector accepts, so it is recorded without them.
    private static async Task<(string? Type, string? Text)> ReadActivityAsync(HttpContext context)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var type = body.RootElement.TryGetProperty("type", out var t) ? t.GetString() : null;
            var text = body.RootElement.TryGetProperty("text", out var x) ? x.GetString() : null;
            return (type, text);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return ("unreadable", null);
        }
    }

    private async Task<IResult> HandleAsync(HttpContext context, string behaviour, string conversationId, string? replyTo)
    {
        // The behaviour segment is this double's own control, not part of the Bot Connector's URL; a fuzzed service
        // URL can garble it, and a garbled one is accepted like any other reply rather than crashing the double.
        var mode = Enum.TryParse<ConnectorBehaviour>(behaviour, ignoreCase: true, out var parsed) ? parsed : ConnectorBehaviour.Accept;
        var (type, text) = await ReadActivityAsync(context);
        var attempt = _attemptsByReply.AddOrUpdate($"{conversationId}\n{replyTo}\n{type}", 1, (_, n) => n + 1);
        var at = _clock.Elapsed;

        int status;
        switch (mode)
        {
            case ConnectorBehaviour.Hang:
                _calls.Enqueue(new ConnectorCall(mode, conversationId, type, text, at, 0));
                await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return Results.Empty;
            case ConnectorBehaviour.Fail500:
                status = StatusCodes.Status500InternalServerError;
                break;
            case ConnectorBehaviour.Throttle429:
                context.Response.Headers.RetryAfter = "1";
                status = StatusCodes.Status429TooManyRequests;
                break;
            case ConnectorBehaviour.FailTwiceThenAccept when attempt <= 2:
                status = StatusCodes.Status503ServiceUnavailable;
                break;
            default:
                status = StatusCodes.Status201Created;
                break;
        }

        _calls.Enqueue(new ConnectorCall(mode, conversationId, type, text, at, status));
        return status == StatusCodes.Status201Created
            ? Results.Json(new { id = $"reply-{_calls.Count}" }, statusCode: status)
            : Results.StatusCode(status);
    }
}
