using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FibroBot.Hosting;

/// <summary>
/// Rate limiting for the Bot Framework endpoint with ASP.NET Core's rate limiter: a token bucket per user and one
/// per conversation (both must grant a request), keyed by the activity's <c>from.id</c> and <c>conversation.id</c>.
/// A rejected request gets 429 with <c>Retry-After</c> and a problem-details body. Configured by the
/// <c>RateLimiting</c> section (<see cref="RateLimitingOptions"/>).
/// </summary>
public static class RateLimitingExtensions
{
    /// <summary>The path whose activities are limited.</summary>
    public const string MessagesPath = "/api/messages";

    public static IServiceCollection AddBotRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitingOptions>()
            .Bind(configuration.GetSection(RateLimitingOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitingOptions>, RateLimitingOptionsValidator>();

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<RateLimitingOptions>, ILoggerFactory>((limiter, settings, loggers) =>
                Configure(limiter, settings.Value, loggers.CreateLogger(typeof(RateLimitingExtensions).FullName!)));
        return services;
    }

    /// <summary>
    /// Adds the limiter to the pipeline. Call it before the endpoints are mapped, so a rejected request never
    /// reaches the bot.
    /// </summary>
    public static IApplicationBuilder UseBotRateLimiting(this IApplicationBuilder app)
    {
        var settings = app.ApplicationServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
        if (!settings.Enabled)
        {
            return app;
        }

        app.Use(async (context, next) =>
        {
            if (IsLimited(context.Request))
            {
                var identity = await RateLimitingActivityIdentity.PeekAsync(context.Request, settings.MaxPeekBytes, context.RequestAborted);
                context.Features.Set(identity);
            }

            await next(context);
        });
        return app.UseRateLimiter();
    }

    private static bool IsLimited(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Equals(MessagesPath, StringComparison.OrdinalIgnoreCase);

    private static void Configure(RateLimiterOptions limiter, RateLimitingOptions settings, ILogger logger)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        var perUser = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IdentityOf(context) is { } identity
                ? Bucket(identity.UserKey ?? "address\n" + ClientAddress(context), settings.PerUser)
                : RateLimitPartition.GetNoLimiter(string.Empty));
        var perConversation = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IdentityOf(context)?.ConversationKey is { } key
                ? Bucket(key, settings.PerConversation)
                : RateLimitPartition.GetNoLimiter(string.Empty));
        limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(perUser, perConversation);
        limiter.OnRejected = (rejection, cancellation) => RejectAsync(rejection, logger, cancellation);
    }

    private static RateLimitingActivityIdentity? IdentityOf(HttpContext context) =>
        context.Features.Get<RateLimitingActivityIdentity>();

    private static RateLimitPartition<string> Bucket(string key, TokenBucketSettings bucket) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = bucket.TokenLimit,
            TokensPerPeriod = bucket.TokensPerPeriod,
            ReplenishmentPeriod = bucket.ReplenishmentPeriod,
            QueueLimit = 0,
        });

    private static string ClientAddress(HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? IPAddress.None.ToString();

    private static async ValueTask RejectAsync(OnRejectedContext rejection, ILogger logger, CancellationToken cancellation)
    {
        var response = rejection.HttpContext.Response;
        // A token bucket knows when the next token comes; round up so a client that waits is never early.
        var retryAfter = rejection.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        RateLimitingLog.Rejected(logger, rejection.HttpContext.Request.Path, seconds);

        var problem = new ProblemDetails
        {
            Type = "https://www.rfc-editor.org/rfc/rfc6585#section-4",
            Title = "Too many requests",
            Status = StatusCodes.Status429TooManyRequests,
            Detail = $"Too many messages from this user or in this conversation; retry after {seconds} s.",
        };
        await response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json", cancellation);
    }
}

/// <summary>Turns each configuration problem into one readable start-up error.</summary>
internal sealed class RateLimitingOptionsValidator : IValidateOptions<RateLimitingOptions>
{
    public ValidateOptionsResult Validate(string? name, RateLimitingOptions options)
    {
        var problems = options.Problems().ToArray();
        return problems.Length == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}

internal static partial class RateLimitingLog
{
    // The path and the wait only: the user and conversation ids are personal data and stay out of the log.
    // Debug, because a flood would otherwise become a flood of log lines too.
    [LoggerMessage(EventId = 4290, Level = LogLevel.Debug, Message = "Rate limit reached on {Path}; Retry-After {Seconds} s")]
    public static partial void Rejected(ILogger logger, PathString path, int seconds);
}
