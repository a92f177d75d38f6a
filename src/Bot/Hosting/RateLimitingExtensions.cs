using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using FibroBot.BotFramework.Configuration;
using FibroBot.BotFramework.Hosting;
using FibroBot.BotFramework.Schema;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FibroBot.Hosting;

/// <summary>
/// Flood protection for the Bot Framework endpoint, in two steps so that nobody can spend someone else's allowance:
/// <list type="number">
/// <item>Before anything is read, a client address that recently sent too many requests that failed authentication
/// gets 429 (<see cref="RateLimitingOptions.FailedAuthentication"/>). Only 401 answers count, so the Bot Framework
/// service's own addresses, which carry everyone's traffic, are never limited here.</item>
/// <item>After the adapter has authenticated the caller, a token bucket per user and one per conversation
/// (<see cref="ActivityRateLimiter"/>, both must grant) limit the activity by its <c>from.id</c> and
/// <c>conversation.id</c>.</item>
/// </list>
/// A rejected request gets 429 with <c>Retry-After</c> and a problem-details body.
/// </summary>
public static class RateLimitingExtensions
{
    /// <summary>The path whose activities are limited.</summary>
    public const string MessagesPath = "/api/messages";

    public static IHostApplicationBuilder AddBotRateLimiting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitingOptions>()
            .Bind(builder.Configuration.GetSection(RateLimitingOptions.SectionName))
            .ValidateProblemsOnStart();
        builder.Services.AddSingleton<FailedAuthenticationLimiter>();
        builder.Services.AddSingleton<ActivityRateLimiter>();
        builder.Services.AddSingleton<IActivityAdmission>(provider => provider.GetRequiredService<ActivityRateLimiter>());
        return builder;
    }

    /// <summary>
    /// Adds the per-address limit on failed authentication to the pipeline. Call it before the endpoints are mapped,
    /// so a locked-out address is turned away before its body is read.
    /// </summary>
    public static IApplicationBuilder UseBotRateLimiting(this IApplicationBuilder app)
    {
        var settings = app.ApplicationServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
        if (!settings.Enabled)
        {
            return app;
        }

        var failures = app.ApplicationServices.GetRequiredService<FailedAuthenticationLimiter>();
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitingExtensions).FullName!);
        app.Use(async (context, next) =>
        {
            if (!IsLimited(context.Request))
            {
                await next(context);
                return;
            }

            var address = ClientAddress(context);
            if (failures.RetryAfter(address) is { } wait)
            {
                var seconds = Seconds(wait);
                RateLimitingLog.Rejected(logger, MessagesPath, seconds);
                await RejectAsync(context, seconds, "Too many requests with missing or invalid credentials from this address");
                return;
            }

            // Counted as the response starts, before the client can see it, so its next request already meets the count.
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode == StatusCodes.Status401Unauthorized)
                {
                    failures.Count(address);
                }

                return Task.CompletedTask;
            });
            await next(context);
        });
        return app;
    }

    internal static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    private static bool IsLimited(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Equals(MessagesPath, StringComparison.OrdinalIgnoreCase);

    private static string ClientAddress(HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? IPAddress.None.ToString();

    private static async Task RejectAsync(HttpContext context, int seconds, string reason)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problem = new ProblemDetails
        {
            Type = "https://www.rfc-editor.org/rfc/rfc6585#section-4",
            Title = "Too many requests",
            Status = StatusCodes.Status429TooManyRequests,
            Detail = $"{reason}; retry after {seconds} s.",
        };
        await context.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json", context.RequestAborted);
    }
}

/// <summary>A token bucket per client address, spent only by requests that failed authentication.</summary>
internal sealed class FailedAuthenticationLimiter(IOptions<RateLimitingOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _buckets = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitBuckets.Bucket(address, options.Value.FailedAuthentication));

    /// <summary>Null while the address may still try; otherwise how long until it may.</summary>
    public TimeSpan? RetryAfter(string address)
    {
        // A token bucket refills by fractions between whole periods, so "zero permits" reads as available as soon as
        // a sliver of a token is back. An address is locked out while less than one whole permit is available.
        if (_buckets.GetStatistics(address) is not { CurrentAvailablePermits: < 1 })
        {
            return null;
        }

        using var lease = _buckets.AttemptAcquire(address);
        return lease.IsAcquired ? null : RateLimitBuckets.RetryAfter(lease);
    }

    public void Count(string address)
    {
        using var _ = _buckets.AttemptAcquire(address);
    }

    public void Dispose() => _buckets.Dispose();
}

/// <summary>
/// The per-user and per-conversation buckets, asked by the adapter after authentication. Ids longer than
/// <see cref="MaxKeyIdLength"/> are hashed, so a hostile id cannot make the partition table hold megabytes of keys.
/// </summary>
internal sealed class ActivityRateLimiter : IActivityAdmission, IDisposable
{
    private const int MaxKeyIdLength = 256;
    private readonly bool _enabled;
    private readonly PartitionedRateLimiter<Activity> _limiter;

    public ActivityRateLimiter(IOptions<RateLimitingOptions> options)
    {
        var settings = options.Value;
        _enabled = settings.Enabled;
        var perUser = PartitionedRateLimiter.Create<Activity, string>(activity =>
            RateLimitBuckets.Bucket(Key(activity.ChannelId, activity.From?.Id ?? string.Empty), settings.PerUser));
        var perConversation = PartitionedRateLimiter.Create<Activity, string>(activity =>
            RateLimitBuckets.Bucket(Key(activity.ChannelId, activity.Conversation?.Id ?? string.Empty), settings.PerConversation));
        _limiter = PartitionedRateLimiter.CreateChained(perUser, perConversation);
    }

    public TimeSpan? TryAdmit(Activity activity, HttpContext context)
    {
        if (!_enabled)
        {
            return null;
        }

        using var lease = _limiter.AttemptAcquire(activity);
        return lease.IsAcquired ? null : RateLimitBuckets.RetryAfter(lease);
    }

    public void Dispose() => _limiter.Dispose();

    private static string Key(string? channelId, string id) =>
        $"{channelId}\n{(id.Length <= MaxKeyIdLength ? id : "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id))))}";
}

internal static class RateLimitBuckets
{
    public static RateLimitPartition<string> Bucket(string key, TokenBucketSettings bucket) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = bucket.TokenLimit,
            TokensPerPeriod = bucket.TokensPerPeriod,
            ReplenishmentPeriod = bucket.ReplenishmentPeriod,
            QueueLimit = 0,
        });

    // A token bucket knows when the next token comes.
    public static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
}

internal static partial class RateLimitingLog
{
    // The path and the wait only: the address and ids are personal data and stay out of the log.
    // Debug, because a flood would otherwise become a flood of log lines too.
    [LoggerMessage(EventId = 4290, Level = LogLevel.Debug, Message = "Rate limit reached on {Path}; Retry-After {Seconds} s")]
    public static partial void Rejected(ILogger logger, string path, int seconds);
}
