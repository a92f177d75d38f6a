using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using FibroBot.BotFramework.Schema;
using FibroBot.BotFramework.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FibroBot.BotFramework.DirectLine;

/// <summary>
/// The WebSocket at a conversation's <c>streamUrl</c>: first everything after the requested watermark, then each
/// new ActivitySet as it is stored (woken in-process, and by polling storage for other instances' writes), plus
/// empty keep-alive frames. What the client sends is read only to notice that it went away.
/// </summary>
internal sealed class DirectLineStream(
    DirectLineConversationStore store, DirectLineConversationSignals signals, IOptions<DirectLineOptions> options,
    ILogger<DirectLineStream> logger)
{
    public async Task<IResult> AcceptAsync(HttpContext context, string conversationId, string? watermark, CancellationToken requestAborted)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineEndpoints.Error(StatusCodes.Status400BadRequest, "BadArgument", "This URL only takes a WebSocket upgrade.");
        }

        if (!DirectLineEndpoints.TryParseWatermark(watermark, out var from))
        {
            return DirectLineEndpoints.Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark must be a value this service returned.");
        }

        if (await store.ReadAsync(conversationId, requestAborted).ConfigureAwait(false) is null)
        {
            return DirectLineEndpoints.Error(StatusCodes.Status404NotFound, "BadArgument", $"Conversation '{conversationId}' does not exist.");
        }

        // Subscribe before the handshake completes: the client may post as soon as it is connected, and a typing
        // indicator published between the handshake and a later subscription was lost (it is never stored), which
        // left Web Chat without its typing dots and a test waiting for them.
        using var subscription = signals.Subscribe(conversationId);
        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        var reading = DrainClientAsync(socket, closed);
        try
        {
            await PushAsync(socket, subscription, conversationId, from, closed.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client went away; nothing to tell anyone.
        }
        catch (StorageUnavailableException ex)
        {
            logger.LogWarning(ex, "Direct Line stream of {ConversationId} closed: storage unavailable.", conversationId);
            await CloseQuietlyAsync(socket, WebSocketCloseStatus.InternalServerError, "storage unavailable").ConfigureAwait(false);
        }

        await closed.CancelAsync().ConfigureAwait(false);
        await reading.ConfigureAwait(false);
        return Results.Empty;
    }

    private async Task PushAsync(
        WebSocket socket, DirectLineConversationSignals.Subscription subscription, string conversationId, long watermark,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var lastSent = DateTimeOffset.UtcNow;
        var first = true;
        while (socket.State == WebSocketState.Open)
        {
            var signal = first ? null : await WaitForSignalAsync(subscription.Reader, settings.StreamPollInterval, cancellationToken).ConfigureAwait(false);
            first = false;

            // Transient activities (typing) queued so far are older than anything storage holds now, so they go first.
            var transients = new List<Activity>();
            for (; signal is not null; signal = subscription.Reader.TryRead(out var more) ? more : null)
            {
                if (signal.Transient is { } transient)
                {
                    transients.Add(transient);
                }
            }

            if (transients.Count > 0)
            {
                await SendAsync(socket, DirectLineEndpoints.ToActivitySet(new ActivitySlice(transients, watermark)), cancellationToken).ConfigureAwait(false);
                lastSent = DateTimeOffset.UtcNow;
            }

            var slice = await store.ReadAfterAsync(conversationId, watermark, cancellationToken).ConfigureAwait(false);
            if (slice is null)
            {
                await CloseQuietlyAsync(socket, WebSocketCloseStatus.NormalClosure, "conversation ended").ConfigureAwait(false);
                return;
            }

            if (slice.Activities.Count > 0)
            {
                watermark = slice.Watermark;
                await SendAsync(socket, DirectLineEndpoints.ToActivitySet(slice), cancellationToken).ConfigureAwait(false);
                lastSent = DateTimeOffset.UtcNow;
            }

            if (DateTimeOffset.UtcNow - lastSent >= settings.StreamKeepAliveInterval)
            {
                await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
                lastSent = DateTimeOffset.UtcNow;
            }
        }
    }

    /// <summary>The next signal, or null when the poll interval passed first (time to look in storage anyway).</summary>
    private static async Task<DirectLineSignal?> WaitForSignalAsync(
        ChannelReader<DirectLineSignal> reader, TimeSpan pollInterval, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(pollInterval);
        try
        {
            return await reader.ReadAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private static Task SendAsync(WebSocket socket, ActivitySet set, CancellationToken cancellationToken)
        => socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(set, BotJson.Options), WebSocketMessageType.Text, true, cancellationToken);

    private static async Task DrainClientAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (!closed.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, closed.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await CloseQuietlyAsync(socket, WebSocketCloseStatus.NormalClosure, null).ConfigureAwait(false);
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Closed from either side.
        }
        finally
        {
            await closed.CancelAsync().ConfigureAwait(false);
        }
    }

    private static async Task CloseQuietlyAsync(WebSocket socket, WebSocketCloseStatus status, string? reason)
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(status, reason, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Already gone.
        }
    }
}
