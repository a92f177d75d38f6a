namespace FibroBot.Hosting;

/// <summary>
/// The <c>RateLimiting</c> section: token buckets for <c>POST /api/messages</c>, one per user and one per
/// conversation, so one member cannot flood a chat and one busy chat cannot starve the others.
/// </summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>A person types at most a few messages a minute; 20 at once, then 30 a minute, is generous.</summary>
    public TokenBucketSettings PerUser { get; set; } = new() { TokenLimit = 20, TokensPerPeriod = 5, ReplenishmentPeriod = TimeSpan.FromSeconds(10) };

    /// <summary>A group chat holds many members, so its bucket is larger than one person's.</summary>
    public TokenBucketSettings PerConversation { get; set; } = new() { TokenLimit = 60, TokensPerPeriod = 20, ReplenishmentPeriod = TimeSpan.FromSeconds(10) };

    /// <summary>The largest body read to find the activity's user and conversation; larger bodies are limited per client address.</summary>
    public int MaxPeekBytes { get; set; } = 256 * 1024;

    internal IEnumerable<string> Problems()
    {
        foreach (var problem in PerUser.Problems($"{SectionName}:{nameof(PerUser)}"))
        {
            yield return problem;
        }

        foreach (var problem in PerConversation.Problems($"{SectionName}:{nameof(PerConversation)}"))
        {
            yield return problem;
        }

        if (MaxPeekBytes is < 1024 or > 16 * 1024 * 1024)
        {
            yield return $"{SectionName}:{nameof(MaxPeekBytes)} must be between 1024 and 16777216, got {MaxPeekBytes}";
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
