using System.Globalization;
using System.Threading.RateLimiting;
using FibroBot.BotFramework.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FibroBot.BotFramework.DirectLine;

/// <summary>How much a Direct Line call must prove before its handler runs.</summary>
internal enum DirectLineAccess
{
    /// <summary>Anyone may call it (token generation); limited per client address.</summary>
    Anonymous,

    /// <summary>A valid, unexpired token.</summary>
    Token,

    /// <summary>A valid token for the conversation named in the route.</summary>
    Conversation,
}

/// <summary>
/// Runs before every Direct Line handler: checks the token (403 when missing, forged, expired or for another
/// conversation), applies the per-client rate limit (429 with Retry-After) and turns an unreachable store into 503.
/// </summary>
internal sealed class DirectLineRequestFilter(
    DirectLineAccess access, DirectLineTokenService tokens, DirectLineRateLimiter rateLimiter, ILogger logger) : IEndpointFilter
{
    private const string ClaimsKey = "DirectLine.Claims";

    public static DirectLineTokenClaims Claims(HttpContext context)
        => context.Items[ClaimsKey] as DirectLineTokenClaims
           ?? throw new InvalidOperationException("The Direct Line filter did not run for this endpoint.");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        DirectLineTokenClaims? claims = null;
        if (access != DirectLineAccess.Anonymous)
        {
            if (!tokens.TryValidate(BearerOrQueryToken(context.Request), out claims))
            {
                return DirectLineEndpoints.Error(StatusCodes.Status403Forbidden, "TokenExpired",
                    "The token is missing, expired or not valid; get a new one from /tokens/generate.");
            }

            if (access == DirectLineAccess.Conversation
                && !string.Equals(context.Request.RouteValues["conversationId"] as string, claims.ConversationId, StringComparison.Ordinal))
            {
                return DirectLineEndpoints.Error(StatusCodes.Status403Forbidden, "BadArgument",
                    "This token belongs to another conversation.");
            }

            context.Items[ClaimsKey] = claims;
        }

        using var lease = rateLimiter.Acquire(claims, context);
        if (!lease.IsAcquired)
        {
            var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return DirectLineEndpoints.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests",
                "Too many requests from this conversation; wait and try again.");
        }

        try
        {
            return await next(invocation).ConfigureAwait(false);
        }
        catch (StorageUnavailableException ex)
        {
            logger.LogWarning(ex, "Direct Line storage is unavailable.");
            context.Response.Headers.RetryAfter = "5";
            return DirectLineEndpoints.Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable",
                "The conversation store is unavailable; try again shortly.");
        }
    }

    // Browsers cannot set headers on a WebSocket, so the stream URL carries its token in the query.
    private static string? BearerOrQueryToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        return request.Query["t"].ToString() is { Length: > 0 } query ? query : null;
    }
}

/// <summary>
/// One fixed-window limiter per conversation (by its token) or, for calls without a token, per client address,
/// so a flood from one client never slows anyone else down.
/// </summary>
public sealed class DirectLineRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<(DirectLineTokenClaims? Claims, HttpContext Context)> _limiter;

    public DirectLineRateLimiter(DirectLineRateLimitOptions options)
    {
        _limiter = PartitionedRateLimiter.Create<(DirectLineTokenClaims? Claims, HttpContext Context), string>(request =>
            RateLimitPartition.GetFixedWindowLimiter(
                PartitionKey(request.Claims, request.Context),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitLimit, Window = options.Window, QueueLimit = 0, AutoReplenishment = true,
                }));
    }

    internal RateLimitLease Acquire(DirectLineTokenClaims? claims, HttpContext context) => _limiter.AttemptAcquire((claims, context));

    public void Dispose() => _limiter.Dispose();

    private static string PartitionKey(DirectLineTokenClaims? claims, HttpContext context)
        => claims is not null
            ? $"conversation:{claims.ConversationId}"
            : $"address:{context.Connection.RemoteIpAddress}";
}
