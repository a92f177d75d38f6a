using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FibroBot.Tests.Infrastructure;

/// <summary>One request the fake Bot Connector received.</summary>
public sealed record ConnectorCall(string Method, string RawPath, string? Authorization, JsonNode? Body, DateTimeOffset At);

/// <summary>A scripted answer: status, optional Retry-After seconds, optional delay before answering.</summary>
public sealed record ConnectorAnswer(int Status, int? RetryAfterSeconds = null, TimeSpan? Delay = null, string? Body = null);

/// <summary>
/// A Bot Connector stand-in on loopback: records every call (raw, still-escaped path included) and answers from a
/// script, falling back to 201 <c>{"id":"…"}</c>, as the real service and the Agents Playground do.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<ConnectorAnswer> _script = new();
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private LocalServer _server = null!;
    private int _nextId;

    public Uri ServiceUrl => new(_server.BaseAddress, "connector");

    public IReadOnlyList<ConnectorCall> Calls => [.. _calls];

    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        connector._server = await LocalServer.StartAsync(app => app.Map("/connector/{**rest}", connector.HandleAsync));
        return connector;
    }

    public void Script(params ConnectorAnswer[] answers)
    {
        foreach (var answer in answers)
        {
            _script.Enqueue(answer);
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> calls have arrived.</summary>
    public async Task<IReadOnlyList<ConnectorCall>> WaitForCallsAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (_calls.Count < count)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
            {
                break;
            }
        }

        return Calls;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var body = context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0
            ? await JsonNode.ParseAsync(context.Request.Body)
            : null;
        var rawTarget = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget;
        _calls.Enqueue(new ConnectorCall(context.Request.Method, rawTarget, context.Request.Headers.Authorization.ToString() is { Length: > 0 } a ? a : null, body, DateTimeOffset.UtcNow));
        _arrived.Release();

        var answer = _script.TryDequeue(out var scripted) ? scripted : new ConnectorAnswer(StatusCodes.Status201Created);
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
            await context.Response.WriteAsJsonAsync(new { id = $"reply-{Interlocked.Increment(ref _nextId)}" });
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _arrived.Dispose();
    }
}
