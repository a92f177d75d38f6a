using System.Text.Json;
using System.Text.Json.Nodes;
using FibroBot.BotFramework.Authentication;
using FibroBot.BotFramework.Builder;
using FibroBot.BotFramework.Connector;
using FibroBot.BotFramework.Schema;
using FibroBot.BotFramework.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using IMiddleware = FibroBot.BotFramework.Builder.IMiddleware;

namespace FibroBot.BotFramework.Hosting;

/// <summary>
/// Turns a POST to <c>/api/messages</c> into a turn, as Bot Builder's <c>CloudAdapter</c> does: reads and checks the
/// activity, authenticates the caller, runs the middleware and the bot, and delivers the replies either in the HTTP
/// response (<c>expectReplies</c>, invokes) or through the Bot Connector at the activity's (trusted) service URL.
/// Every bad request gets a 4xx problem-details answer; the log names what was wrong, never what the person wrote.
/// </summary>
public sealed partial class BotFrameworkHttpAdapter : BotAdapter
{
    private const string ExpectedRepliesKey = "BotFramework.ExpectedReplies";

    /// <summary>Types the bot handles; others are acknowledged without a turn (spec A2006).</summary>
    private static readonly HashSet<string> TurnTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Invoke,
        ActivityTypes.Typing, ActivityTypes.MessageReaction, ActivityTypes.Event, ActivityTypes.EndOfConversation,
        ActivityTypes.MessageUpdate, ActivityTypes.MessageDelete,
    };

    private readonly BotFrameworkAuthenticator _authenticator;
    private readonly ConnectorClient _connector;
    private readonly TrustedServiceUrls _trustedServiceUrls;
    private readonly BotFrameworkOptions _options;
    private readonly IActivityAdmission? _admission;
    private readonly ILogger<BotFrameworkHttpAdapter> _logger;

    public BotFrameworkHttpAdapter(
        BotFrameworkAuthenticator authenticator,
        ConnectorClient connector,
        TrustedServiceUrls trustedServiceUrls,
        IOptions<BotFrameworkOptions> options,
        IEnumerable<IMiddleware> middleware,
        ILogger<BotFrameworkHttpAdapter> logger,
        IActivityAdmission? admission = null)
    {
        _authenticator = authenticator;
        _admission = admission;
        _connector = connector;
        _trustedServiceUrls = trustedServiceUrls;
        _options = options.Value;
        _logger = logger;
        foreach (var item in middleware)
        {
            Use(item);
        }
    }

    public async Task ProcessAsync(HttpRequest request, HttpResponse response, IBot bot, CancellationToken cancellationToken)
    {
        var httpContext = request.HttpContext;
        var (activity, rejection) = await ReadActivityAsync(request, cancellationToken).ConfigureAwait(false);
        if (activity is null)
        {
            await rejection!.ExecuteAsync(httpContext).ConfigureAwait(false);
            return;
        }

        var authentication = await _authenticator.AuthenticateAsync(
            request.Headers.Authorization.ToString(), activity, httpContext.Connection.RemoteIpAddress, cancellationToken).ConfigureAwait(false);
        if (!authentication.IsAuthenticated)
        {
            LogUnauthorized(_logger, activity.Type, activity.ChannelId, authentication.FailureReason);
            response.Headers.WWWAuthenticate = "Bearer";
            await Problem(StatusCodes.Status401Unauthorized, "Unauthorized", "The request's credentials were missing or invalid.").ExecuteAsync(httpContext).ConfigureAwait(false);
            return;
        }

        activity.CallerId = authentication.CallerId;
        if (_admission?.TryAdmit(activity, httpContext) is { } wait)
        {
            // Round up, so a client that waits as told is never early.
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            LogThrottled(_logger, activity.Type, activity.ChannelId, seconds);
            response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Problem(StatusCodes.Status429TooManyRequests, "Too many requests",
                $"Too many messages from this user or in this conversation; retry after {seconds} s.").ExecuteAsync(httpContext).ConfigureAwait(false);
            return;
        }

        if (!TurnTypes.Contains(activity.Type!))
        {
            LogIgnoredType(_logger, activity.Type);
            response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        var expectReplies = activity.DeliveryMode == DeliveryModes.ExpectReplies;
        if (Validate(activity, expectReplies) is { } invalid)
        {
            LogRejected(_logger, invalid, activity.Type, activity.ChannelId, request.ContentLength);
            await Problem(StatusCodes.Status400BadRequest, "Invalid activity", invalid).ExecuteAsync(httpContext).ConfigureAwait(false);
            return;
        }

        if (!expectReplies && !_trustedServiceUrls.IsTrusted(activity.ServiceUrl))
        {
            const string reason = "the activity's serviceUrl is not a trusted service URL";
            LogRejected(_logger, reason, activity.Type, activity.ChannelId, request.ContentLength);
            await Problem(StatusCodes.Status403Forbidden, "Untrusted service URL", "Replies cannot be sent to this activity's serviceUrl.").ExecuteAsync(httpContext).ConfigureAwait(false);
            return;
        }

        using var turnContext = new TurnContext(this, activity);
        if (expectReplies)
        {
            turnContext.TurnState[ExpectedRepliesKey] = new List<Activity>();
        }

        try
        {
            await RunPipelineAsync(turnContext, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The caller hung up; there is nobody to answer.
            return;
        }
        catch (StorageUnavailableException)
        {
            LogTurnFailed(_logger, "storage unavailable", activity.Type, activity.ChannelId);
            response.Headers.RetryAfter = "30";
            await Problem(StatusCodes.Status503ServiceUnavailable, "Storage unavailable", "The bot's storage cannot be reached; try again later.").ExecuteAsync(httpContext).ConfigureAwait(false);
            return;
        }
        catch (ConnectorException e)
        {
            LogTurnFailed(_logger, $"the Bot Connector did not take a reply ({(int?)e.Status})", activity.Type, activity.ChannelId);
            await Problem(StatusCodes.Status502BadGateway, "Reply not delivered", "The Bot Connector did not accept the bot's reply.").ExecuteAsync(httpContext).ConfigureAwait(false);
            return;
        }
        catch (Exception e)
        {
            // The exception message is left out because a bot may quote user text in it; the stack names only code.
            LogTurnFailed(_logger, $"{e.GetType().FullName}{Environment.NewLine}{e.StackTrace}", activity.Type, activity.ChannelId);
            await Problem(StatusCodes.Status500InternalServerError, "The bot failed", "The bot could not handle this activity.").ExecuteAsync(httpContext).ConfigureAwait(false);
            return;
        }

        await WriteTurnResultAsync(turnContext, response, expectReplies, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Count];
        var incoming = turnContext.Activity;
        var buffer = turnContext.TurnState.TryGetValue(ExpectedRepliesKey, out var value) ? (List<Activity>)value : null;
        for (var i = 0; i < activities.Count; i++)
        {
            var outgoing = activities[i];
            // A3116/A2031: never echo a delivery mode, id, timestamp or caller id back to the channel.
            outgoing.Id = null;
            outgoing.Timestamp = null;
            outgoing.CallerId = null;
            outgoing.DeliveryMode = null;

            if (buffer is not null)
            {
                lock (buffer)
                {
                    buffer.Add(outgoing);
                }

                responses[i] = new ResourceResponse();
            }
            else if (outgoing.Type == ActivityTypes.Trace && incoming.ChannelId != "emulator")
            {
                // Only the Emulator shows trace activities; the SDK drops them elsewhere.
                responses[i] = new ResourceResponse();
            }
            else
            {
                responses[i] = await DeliverAsync(incoming, outgoing, cancellationToken).ConfigureAwait(false);
            }
        }

        return responses;
    }

    private Task<ResourceResponse> DeliverAsync(Activity incoming, Activity outgoing, CancellationToken cancellationToken)
    {
        var serviceUrl = outgoing.ServiceUrl ?? incoming.ServiceUrl!;
        var conversationId = outgoing.Conversation?.Id ?? incoming.Conversation!.Id!;

        // Direct Line and Web Chat do not thread: the SDK answers their conversationUpdate with a plain send.
        var threadable = !(incoming.Type == ActivityTypes.ConversationUpdate && incoming.ChannelId is "directline" or "webchat");
        return threadable && !string.IsNullOrEmpty(outgoing.ReplyToId)
            ? _connector.ReplyToActivityAsync(serviceUrl, conversationId, outgoing.ReplyToId, outgoing, cancellationToken)
            : _connector.SendToConversationAsync(serviceUrl, conversationId, outgoing, cancellationToken);
    }

    private static async Task WriteTurnResultAsync(ITurnContext turnContext, HttpResponse response, bool expectReplies, CancellationToken cancellationToken)
    {
        var invoke = turnContext.Activity.Type == ActivityTypes.Invoke;
        var invokeResponse = turnContext.GetInvokeResponse();
        if (expectReplies)
        {
            var replies = new ExpectedReplies { Activities = [.. (List<Activity>)turnContext.TurnState[ExpectedRepliesKey]] };
            if (invoke)
            {
                // The SDK carries the invoke result as one more element of the ExpectedReplies body.
                var result = invokeResponse ?? new InvokeResponse { Status = StatusCodes.Status501NotImplemented };
                replies.Activities.Add(new Activity
                {
                    Type = ActivityTypes.InvokeResponse,
                    Value = JsonSerializer.SerializeToNode(result, BotJson.Options),
                });
            }

            response.StatusCode = StatusCodes.Status200OK;
            await response.WriteAsJsonAsync(replies, BotJson.Options, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!invoke)
        {
            response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        if (invokeResponse is null)
        {
            response.StatusCode = StatusCodes.Status501NotImplemented;
            return;
        }

        response.StatusCode = invokeResponse.Status;
        if (invokeResponse.Body is not null)
        {
            await response.WriteAsJsonAsync<JsonNode>(invokeResponse.Body, BotJson.Options, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(Activity? Activity, IResult? Rejection)> ReadActivityAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            LogRejected(_logger, "content type is not JSON", null, null, request.ContentLength);
            return (null, Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Send the activity as application/json."));
        }

        var limit = _options.MaxRequestBodyBytes;
        if (request.ContentLength > limit)
        {
            LogRejected(_logger, "body too large", null, null, request.ContentLength);
            return (null, TooLarge(limit));
        }

        var body = await ReadBoundedAsync(request.Body, limit, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            LogRejected(_logger, "body too large", null, null, request.ContentLength);
            return (null, TooLarge(limit));
        }

        // JSON on the wire is UTF-8 (RFC 8259). The deserializer checks a string's bytes only when the string is read,
        // so invalid bytes deep in a value would otherwise surface as an exception in the bot, long after parsing.
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            LogRejected(_logger, "body is not valid UTF-8", null, null, body.Length);
            return (null, Problem(StatusCodes.Status400BadRequest, "Malformed activity", "The body is not valid UTF-8."));
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
        }
        catch (JsonException e)
        {
            // The exception message can quote the payload; log only where it broke.
            var where = $"at {e.Path ?? "$"} (line {e.LineNumber}, byte {e.BytePositionInLine})";
            LogRejected(_logger, $"malformed JSON {where}", null, null, body.Length);
            return (null, Problem(StatusCodes.Status400BadRequest, "Malformed activity", $"The body is not a valid activity: the JSON is malformed or has a wrongly typed field {where}."));
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            LogRejected(_logger, "no activity type", null, activity?.ChannelId, body.Length);
            return (null, Problem(StatusCodes.Status400BadRequest, "Invalid activity", "The activity has no 'type'."));
        }

        return (activity, null);
    }

    private static string? Validate(Activity activity, bool expectReplies)
    {
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no 'conversation.id'.";
        }

        if (expectReplies)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return "The activity has no 'serviceUrl' to send replies to.";
        }

        return Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? null
            : "The activity's 'serviceUrl' is not an absolute http(s) URL.";
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is longer (chunked bodies have no length).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static IResult TooLarge(int limit) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "Activity too large", $"An activity may be at most {limit / 1024} KB.");

    private static IResult Problem(int status, string title, string detail) =>
        Results.Problem(new ProblemDetails { Status = status, Title = title, Detail = detail });

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a request to the bot endpoint: {Reason} (type {ActivityType}, channel {ChannelId}, {Length} bytes)")]
    private static partial void LogRejected(ILogger logger, string reason, string? activityType, string? channelId, long? length);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an unauthenticated activity (type {ActivityType}, channel {ChannelId}): {Reason}")]
    private static partial void LogUnauthorized(ILogger logger, string? activityType, string? channelId, string? reason);

    // Debug, because a flood would otherwise become a flood of log lines too; ids stay out of the log.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Rate limit reached (type {ActivityType}, channel {ChannelId}); Retry-After {Seconds} s")]
    private static partial void LogThrottled(ILogger logger, string? activityType, string? channelId, int seconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Acknowledged an activity of unhandled type {ActivityType} without a turn")]
    private static partial void LogIgnoredType(ILogger logger, string? activityType);

    [LoggerMessage(Level = LogLevel.Error, Message = "A turn failed: {Failure} (type {ActivityType}, channel {ChannelId})")]
    private static partial void LogTurnFailed(ILogger logger, string failure, string? activityType, string? channelId);
}
