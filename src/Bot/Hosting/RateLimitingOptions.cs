using FibroBot.BotFramework.Configuration;

namespace FibroBot.Hosting;

/// <summary>
/// The <c>RateLimiting</c> section: token buckets for <c>POST /api/messages</c>, one per user and one per
/// conversation (authenticated requests only), so one member cannot flood a chat and one busy chat cannot starve the
/// others; and one per client address for requests that fail authentication.
/// </summary>
public sealed class RateLimitingOptions : IOptionsProblems
{
    public const string SectionName = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>A person types at most a few messages a minute; 20 at once, then 30 a minute, is generous.</summary>
    public TokenBucketSettings PerUser { get; set; } = new() { TokenLimit = 20, TokensPerPeriod = 5, ReplenishmentPeriod = TimeSpan.FromSeconds(10) };

    /// <summary>A group chat holds many members, so its bucket is larger than one person's.</summary>
    public TokenBucketSettings PerConversation { get; set; } = new() { TokenLimit = 60, TokensPerPeriod = 20, ReplenishmentPeriod = TimeSpan.FromSeconds(10) };

    /// <summary>
    /// Requests with missing or invalid credentials one client address may send: 20 at once, then 10 a minute.
    /// Channels retry a failed request a few times, far below this.
    /// </summary>
    public TokenBucketSettings FailedAuthentication { get; set; } = new() { TokenLimit = 20, TokensPerPeriod = 10, ReplenishmentPeriod = TimeSpan.FromMinutes(1) };

    public IEnumerable<string> Problems()
    {
        foreach (var problem in PerUser.Problems($"{SectionName}:{nameof(PerUser)}"))
        {
            yield return problem;
        }

        foreach (var problem in PerConversation.Problems($"{SectionName}:{nameof(PerConversation)}"))
        {
            yield return problem;
        }

        foreach (var problem in FailedAuthentication.Problems($"{SectionName}:{nameof(FailedAuthentication)}"))
        {
            yield return problem;
        }
    }
}

/// <summary>A token bucket: <see cref="TokenLimit"/> requests at once, refilled by <see cref="TokensPerPeriod"/> every <see cref="ReplenishmentPeriod"/>.</summary>
public sealed class TokenBucketSettings
{
    public int TokenLimit { get; set; }

    public int TokensPerPeriod { get; set; }

    public TimeSpan ReplenishmentPeriod { get; set; }

    internal IEnumerable<string> Problems(string path)
    {
        if (TokenLimit < 1)
        {
            yield return $"{path}:{nameof(TokenLimit)} must be at least 1, got {TokenLimit}";
        }

        if (TokensPerPeriod < 1)
        {
            yield return $"{path}:{nameof(TokensPerPeriod)} must be at least 1, got {TokensPerPeriod}";
        }

        if (ReplenishmentPeriod <= TimeSpan.Zero || ReplenishmentPeriod > TimeSpan.FromDays(1))
        {
            yield return $"{path}:{nameof(ReplenishmentPeriod)} must be a positive duration of at most a day (e.g. \"00:00:10\"), got {ReplenishmentPeriod}";
        }
    }
}
