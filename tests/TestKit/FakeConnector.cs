using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace FibroBot.TestKit;

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

/// <summary>A scripted answer: status, optional Retry-After seconds, optional delay before answering, optional body.</summary>
public sealed record ConnectorAnswer(int Status, int? RetryAfterSeconds = null, TimeSpan? Delay = null, string? Body = null);

/// <summary>
/// One request the fake Bot Connector received: the raw, still-escaped path, the posted activity, when it came
/// (on the connector's clock, from its start) and the status it was answered (0 while held unanswered).
/// </summary>
public sealed record ConnectorCall(
    string Method, string RawPath, string? Authorization, JsonNode? Body, TimeSpan At, int Status, string? ConversationId)
{
    public string? ActivityType => Read("type");

    public string? Text => Read("text");

    private string? Read(string property)
    {
        try
        {
            return Body is JsonObject activity ? activity[property]?.GetValue<string>() : null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException)
        {
            // Valid JSON that .NET cannot turn into a string (an escaped lone surrogate, say): a fuzzed reply.
            return null;
        }
    }
}

/// <summary>
/// A Bot Connector stand-in on loopback that records every call. <see cref="ServiceUrl"/> answers from a script
/// (<see cref="Script"/>), falling back to 201 <c>{"id":"…"}</c> as the real service and the Agents Playground do;
/// <see cref="ServiceUrlFor"/> gives a service URL whose replies all get one <see cref="ConnectorBehaviour"/>.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<ConnectorAnswer> _script = new();
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly ConcurrentDictionary<string, int> _attemptsByReply = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private readonly long _started;
    private LocalServer _server = null!;
    private TaskCompletionSource _nextCall = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextId;

    private FakeConnector(TimeProvider clock)
    {
        _clock = clock;
        _started = clock.GetTimestamp();
    }

    public Uri BaseAddress => _server.BaseAddress;

    /// <summary>The scripted service URL.</summary>
    public Uri ServiceUrl => new(_server.BaseAddress, "connector");

    public IReadOnlyList<ConnectorCall> Calls => [.. _calls];

    /// <summary>Starts the connector; <paramref name="clock"/> stamps the calls, so tests on fake time see fake gaps.</summary>
    public static async Task<FakeConnector> StartAsync(TimeProvider? clock = null)
    {
        var connector = new FakeConnector(clock ?? TimeProvider.System);
        connector._server = await LocalServer.StartAsync(app =>
        {
            app.Map("/connector/{**rest}", connector.AnswerFromScriptAsync);
            app.MapPost("/{behaviour}/v3/conversations/{conversationId}/activities/{**replyTo}", connector.AnswerByBehaviourAsync);
        });
        return connector;
    }

    /// <summary>The service URL whose replies get <paramref name="behaviour"/>.</summary>
    public string ServiceUrlFor(ConnectorBehaviour behaviour) => new Uri(BaseAddress, behaviour.ToString().ToLowerInvariant() + "/").ToString();

    /// <summary>A loopback service URL on which nothing listens: every connection is refused.</summary>
    public static string RefusingServiceUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/";
    }

    /// <summary>Answers for the next calls to <see cref="ServiceUrl"/>, in order.</summary>
    public void Script(params ConnectorAnswer[] answers)
    {
        foreach (var answer in answers)
        {
            _script.Enqueue(answer);
        }
    }

    public IReadOnlyList<ConnectorCall> CallsFor(string conversationId, string activityType = "message") =>
        [.. _calls.Where(call => call.ConversationId == conversationId && call.ActivityType == activityType).OrderBy(call => call.At)];

    /// <summary>Waits until at least <paramref name="count"/> calls have arrived, or the timeout passed; returns the calls so far.</summary>
    public async Task<IReadOnlyList<ConnectorCall>> WaitForCallsAsync(int count, TimeSpan? timeout = null)
    {
        await WaitUntilAsync(calls => calls.Count >= count, timeout);
        return Calls;
    }

    /// <summary>
    /// Waits, woken by each arriving call, until the calls so far satisfy <paramref name="condition"/>; false when the
    /// timeout (real time: it only bounds a hang) passed first.
    /// </summary>
    public async Task<bool> WaitUntilAsync(Func<IReadOnlyList<ConnectorCall>, bool> condition, TimeSpan? timeout = null)
    {
        using var giveUp = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var nextCall = Volatile.Read(ref _nextCall).Task;
            if (condition(Calls))
            {
                return true;
            }

            try
            {
                await nextCall.WaitAsync(giveUp.Token);
            }
            catch (OperationCanceledException)
            {
                return condition(Calls);
            }
        }
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private async Task AnswerFromScriptAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context);
        var answer = _script.TryDequeue(out var scripted) ? scripted : new ConnectorAnswer(StatusCodes.Status201Created);
        Record(context, body, answer.Status, conversationId: null);
        if (answer.Delay is { } delay)
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = answer.Status;
        if (answer.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (answer.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer.Body);
        }
        else if (answer.Status is >= 200 and < 300)
        {
            await context.Response.WriteAsJsonAsync(new { id = NextId() });
        }
    }

    private async Task<IResult> AnswerByBehaviourAsync(HttpContext context, string behaviour, string conversationId, string? replyTo)
    {
        // The behaviour segment is this double's own control, not part of the Bot Connector's URL; a fuzzed service
        // URL can garble it, and a garbled one is accepted like any other reply rather than crashing the double.
        var mode = Enum.TryParse<ConnectorBehaviour>(behaviour, ignoreCase: true, out var parsed) ? parsed : ConnectorBehaviour.Accept;
        var body = await ReadBodyAsync(context);
        var type = body is JsonObject activity ? activity["type"]?.ToJsonString() : null;
        var attempt = _attemptsByReply.AddOrUpdate($"{conversationId}\n{replyTo}\n{type}", 1, (_, n) => n + 1);

        var status = mode switch
        {
            ConnectorBehaviour.Hang => 0,
            ConnectorBehaviour.Fail500 => StatusCodes.Status500InternalServerError,
            ConnectorBehaviour.Throttle429 => StatusCodes.Status429TooManyRequests,
            ConnectorBehaviour.FailTwiceThenAccept when attempt <= 2 => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status201Created,
        };
        Record(context, body, status, conversationId);
        switch (status)
        {
            case 0:
                await Task.Delay(Timeout.InfiniteTimeSpan, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return Results.Empty;
            case StatusCodes.Status429TooManyRequests:
                context.Response.Headers.RetryAfter = "1";
                return Results.StatusCode(status);
            case StatusCodes.Status201Created:
                return Results.Json(new { id = NextId() }, statusCode: status);
            default:
                return Results.StatusCode(status);
        }
    }

    private void Record(HttpContext context, JsonNode? body, int status, string? conversationId)
    {
        var rawTarget = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var authorization = context.Request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null;
        _calls.Enqueue(new ConnectorCall(context.Request.Method, rawTarget, authorization, body, _clock.GetElapsedTime(_started), status, conversationId));
        Interlocked.Exchange(ref _nextCall, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    private string NextId() => $"reply-{Interlocked.Increment(ref _nextId)}";

    // Null for an empty body or JSON that cannot be parsed; a fuzzed reply may be either, and is still recorded.
    private static async Task<JsonNode?> ReadBodyAsync(HttpContext context)
    {
        if (context.Request.ContentLength is 0 || (context.Request.ContentLength is null && context.Request.Headers.TransferEncoding.Count == 0))
        {
            return null;
        }

        try
        {
            return await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
