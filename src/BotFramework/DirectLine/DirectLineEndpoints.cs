using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using FibroBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace FibroBot.BotFramework.DirectLine;

/// <summary>The Direct Line 3.0 request handlers; token checks and rate limits run before them in <see cref="DirectLineRequestFilter"/>.</summary>
internal static partial class DirectLineEndpoints
{
    public const string BasePath = "/v3/directline";

    /// <summary>The prefix of every user id this channel issues.</summary>
    public const string UserIdPrefix = "dl_";

    public static async Task<IResult> GenerateTokenAsync(
        HttpContext context, DirectLineTokenService tokens, CancellationToken cancellationToken)
    {
        var body = await ReadJsonAsync<TokenGenerateRequest>(context, 4096, allowEmpty: true, cancellationToken).ConfigureAwait(false);
        if (body.Error is not null)
        {
            return body.Error;
        }

        var requestedUser = body.Value?.User?.Id;
        if (requestedUser is not null && !UserIdPattern().IsMatch(requestedUser))
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument",
                "user.id must be 1-64 letters, digits or - _ . : @ and must not start with dl_.");
        }

        // Every id this channel issues is namespaced, so no web chat user can ever carry an id that equals a Teams
        // or AAD id, whatever id the caller asked for.
        var issued = tokens.Issue(NewConversationId(), UserIdPrefix + (requestedUser ?? RandomPart(8)));
        return Results.Json(
            new DirectLineConversationResponse(issued.Claims.ConversationId, issued.Token, issued.ExpiresInSeconds, UserId: issued.Claims.UserId),
            BotJson.Options);
    }

    public static IResult RefreshToken(HttpContext context, DirectLineTokenService tokens)
    {
        var claims = DirectLineRequestFilter.Claims(context);
        var issued = tokens.Renew(claims);
        return Results.Json(
            new DirectLineConversationResponse(claims.ConversationId, issued.Token, issued.ExpiresInSeconds, UserId: claims.UserId),
            BotJson.Options);
    }

    public static async Task<IResult> StartConversationAsync(
        HttpContext context, DirectLineTokenService tokens, DirectLineConversationStore store,
        DirectLineTurnRunner turns, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var claims = DirectLineRequestFilter.Claims(context);
        var created = await store.CreateAsync(claims.ConversationId, claims.UserId, cancellationToken).ConfigureAwait(false);
        if (created)
        {
            turns.Start(ConversationStarted(context, claims, options.Value));
        }

        var issued = tokens.Renew(claims);
        var response = new DirectLineConversationResponse(
            claims.ConversationId, issued.Token, issued.ExpiresInSeconds, StreamUrl(context, claims.ConversationId, issued.Token, 0));
        return Results.Json(response, BotJson.Options, statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    public static async Task<IResult> ReconnectAsync(
        HttpContext context, string conversationId, string? watermark, DirectLineTokenService tokens,
        DirectLineConversationStore store, CancellationToken cancellationToken)
    {
        var claims = DirectLineRequestFilter.Claims(context);
        if (!TryParseWatermark(watermark, out var from))
        {
            return BadWatermark();
        }

        if (await store.ReadAsync(conversationId, cancellationToken).ConfigureAwait(false) is null)
        {
            return NotFound(conversationId);
        }

        var issued = tokens.Renew(claims);
        return Results.Json(
            new DirectLineConversationResponse(conversationId, issued.Token, issued.ExpiresInSeconds, StreamUrl(context, conversationId, issued.Token, from)),
            BotJson.Options);
    }

    public static async Task<IResult> GetActivitiesAsync(
        string conversationId, string? watermark, DirectLineConversationStore store, CancellationToken cancellationToken)
    {
        if (!TryParseWatermark(watermark, out var from))
        {
            return BadWatermark();
        }

        var slice = await store.ReadAfterAsync(conversationId, from, cancellationToken).ConfigureAwait(false);
        return slice is null
            ? NotFound(conversationId)
            : Results.Json(ToActivitySet(slice), BotJson.Options);
    }

    public static async Task<IResult> PostActivityAsync(
        HttpContext context, string conversationId, DirectLineConversationStore store, DirectLineTurnRunner turns,
        IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var claims = DirectLineRequestFilter.Claims(context);
        var body = await ReadJsonAsync<Activity>(context, options.Value.MaxActivityBytes, allowEmpty: false, cancellationToken).ConfigureAwait(false);
        if (body.Error is not null)
        {
            return body.Error;
        }

        var activity = body.Value!;
        if (string.IsNullOrWhiteSpace(activity.Type) || activity.Type.Length > 64)
        {
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "The activity needs a type, such as \"message\".");
        }

        StampUserSide(activity, claims, context, options.Value);
        try
        {
            var ids = await store.AppendAsync(conversationId, [activity], cancellationToken).ConfigureAwait(false);
            turns.Start(activity);
            return Results.Json(new ResourceResponse { Id = ids[0] }, BotJson.Options);
        }
        catch (DirectLineConversationNotFoundException)
        {
            return NotFound(conversationId);
        }
    }

    public static ActivitySet ToActivitySet(ActivitySlice slice)
        => new(slice.Activities, slice.Watermark.ToString(CultureInfo.InvariantCulture));

    public static bool TryParseWatermark(string? watermark, out long value)
    {
        value = 0;
        return string.IsNullOrEmpty(watermark)
               || (long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= 0);
    }

    public static IResult Error(int status, string code, string message)
        => Results.Json(new DirectLineErrorResponse(new DirectLineError(code, message)), BotJson.Options, statusCode: status);

    private static IResult NotFound(string conversationId)
        => Error(StatusCodes.Status404NotFound, "BadArgument", $"Conversation '{conversationId}' does not exist.");

    private static IResult BadWatermark()
        => Error(StatusCodes.Status400BadRequest, "BadArgument", "The watermark must be a value this service returned.");

    // The user cannot choose who they are: the token decides (Direct Line's "enhanced authentication").
    private static void StampUserSide(Activity activity, DirectLineTokenClaims claims, HttpContext context, DirectLineOptions options)
    {
        activity.Id = null;
        activity.Timestamp = null;
        // A callerId says which authenticated channel vouched for the activity; a web chat client vouches for nothing.
        activity.CallerId = null;
        activity.From = new ChannelAccount { Id = claims.UserId, Name = activity.From?.Name, Role = "user" };
        activity.Recipient = new ChannelAccount { Id = options.BotId, Name = options.BotName, Role = "bot" };
        activity.Conversation = new ConversationAccount { Id = claims.ConversationId };
        activity.ChannelId = options.ChannelId;
        activity.ServiceUrl = ServiceUrl(context);
    }

    private static Activity ConversationStarted(HttpContext context, DirectLineTokenClaims claims, DirectLineOptions options)
    {
        var bot = new ChannelAccount { Id = options.BotId, Name = options.BotName, Role = "bot" };
        var user = new ChannelAccount { Id = claims.UserId, Role = "user" };
        return new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = $"{claims.ConversationId}|start",
            Timestamp = DateTimeOffset.UtcNow,
            ChannelId = options.ChannelId,
            ServiceUrl = ServiceUrl(context),
            Conversation = new ConversationAccount { Id = claims.ConversationId },
            From = user,
            Recipient = bot,
            MembersAdded = [bot, user],
        };
    }

    private static string ServiceUrl(HttpContext context)
        => $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{BasePath}/";

    private static string StreamUrl(HttpContext context, string conversationId, string token, long watermark)
    {
        var scheme = context.Request.IsHttps ? "wss" : "ws";
        return $"{scheme}://{context.Request.Host}{context.Request.PathBase}{BasePath}/conversations/"
               + $"{Uri.EscapeDataString(conversationId)}/stream?watermark={watermark.ToString(CultureInfo.InvariantCulture)}&t={Uri.EscapeDataString(token)}";
    }

    private static string NewConversationId() => RandomPart(16);

    private static string RandomPart(int bytes) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));

    private static async Task<(T? Value, IResult? Error)> ReadJsonAsync<T>(
        HttpContext context, int maxBytes, bool allowEmpty, CancellationToken cancellationToken)
        where T : class
    {
        if (context.Request.ContentLength > maxBytes)
        {
            return (null, Error(StatusCodes.Status413PayloadTooLarge, "BadArgument", $"The body must be at most {maxBytes} bytes."));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, Error(StatusCodes.Status413PayloadTooLarge, "BadArgument", $"The body must be at most {maxBytes} bytes."));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return allowEmpty
                ? (null, null)
                : (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be a JSON activity."));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), BotJson.Options);
            return value is null && !allowEmpty
                ? (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be a JSON object."))
                : (value, null);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return (null, Error(StatusCodes.Status400BadRequest, "BadArgument", $"The body is not valid JSON for this call: {ex.Message}"));
        }
    }

    [GeneratedRegex("^(?!dl_)[A-Za-z0-9_.:@-]{1,64}$")]
    private static partial Regex UserIdPattern();
}
