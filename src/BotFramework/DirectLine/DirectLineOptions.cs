using FibroBot.BotFramework.Configuration;

namespace FibroBot.BotFramework.DirectLine;

/// <summary>The <c>DirectLine</c> configuration section of the self-hosted Direct Line 3.0 channel.</summary>
public sealed class DirectLineOptions : IOptionsProblems
{
    public const string SectionName = "DirectLine";
    public const string TokenSecretFileName = "directline-token-secret";

    /// <summary>The HMAC-SHA256 key for tokens (at least 32 characters). Empty: one is generated once into the data folder.</summary>
    public string? TokenSecret { get; set; }

    /// <summary>Where the generated key lives when <see cref="TokenSecret"/> is empty; defaults to <c>{Storage:DataPath}/directline-token-secret</c>.</summary>
    public string? TokenSecretFile { get; set; }

    /// <summary>How long a token is accepted; Web Chat refreshes it every 15 minutes.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The channel id the bot sees on Direct Line activities.</summary>
    public string ChannelId { get; set; } = "directline";

    public string BotId { get; set; } = "bot";

    public string? BotName { get; set; }

    /// <summary>How often an open WebSocket looks in storage for activities written by another instance.</summary>
    public TimeSpan StreamPollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often an idle WebSocket gets an empty keep-alive frame.</summary>
    public TimeSpan StreamKeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The oldest activities of a long conversation are dropped beyond this count; watermarks stay valid.</summary>
    public int MaxStoredActivities { get; set; } = 500;

    /// <summary>
    /// Hours a stored transcript is kept after its last activity; each activity is also dropped this long after it
    /// was sent. Empty: as long as <see cref="MaxTranscriptAge"/> allows.
    /// </summary>
    public int? TranscriptHours { get; set; }

    /// <summary>
    /// The longest the host's own rules let a transcript be kept (the bot sets it from its retention period); not a
    /// configuration key of this section. Empty: no limit beyond <see cref="TranscriptHours"/>.
    /// </summary>
    public TimeSpan? MaxTranscriptAge { get; set; }

    /// <summary>How long transcripts are kept: the shorter of <see cref="TranscriptHours"/> and <see cref="MaxTranscriptAge"/>; null when neither is set.</summary>
    public TimeSpan? TranscriptLifetime => (TranscriptHours is { } hours ? TimeSpan.FromHours(hours) : (TimeSpan?)null, MaxTranscriptAge) switch
    {
        ({ } configured, { } maximum) => configured < maximum ? configured : maximum,
        ({ } configured, null) => configured,
        (null, var maximum) => maximum,
    };

    /// <summary>How often expired transcripts are looked for and deleted.</summary>
    public TimeSpan TranscriptCleanupInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>The largest activity a client may post.</summary>
    public int MaxActivityBytes { get; set; } = 64 * 1024;

    /// <summary>Origins allowed to call Direct Line from a browser page on another site; <c>*</c> allows any.</summary>
    public IList<string> AllowedOrigins { get; set; } = ["*"];

    public DirectLineRateLimitOptions RateLimit { get; set; } = new();

    public IEnumerable<string> Problems()
    {
        if (TokenLifetime <= TimeSpan.Zero || TokenLifetime > TimeSpan.FromDays(1))
        {
            yield return "DirectLine:TokenLifetime must be between 00:00:01 and 1.00:00:00.";
        }

        if (!string.IsNullOrEmpty(TokenSecret) && TokenSecret.Length < 32)
        {
            yield return "DirectLine:TokenSecret must be at least 32 characters, or empty to have one generated.";
        }

        if (StreamPollInterval <= TimeSpan.Zero || StreamKeepAliveInterval <= TimeSpan.Zero)
        {
            yield return "DirectLine:StreamPollInterval and StreamKeepAliveInterval must be positive.";
        }

        if (MaxStoredActivities < 10 || MaxActivityBytes < 1024)
        {
            yield return "DirectLine:MaxStoredActivities must be at least 10 and MaxActivityBytes at least 1024.";
        }

        if (TranscriptHours is < 1 or > 87_600)
        {
            yield return "DirectLine:TranscriptHours must be between 1 and 87600 (ten years), or empty.";
        }

        if (TranscriptCleanupInterval <= TimeSpan.Zero)
        {
            yield return "DirectLine:TranscriptCleanupInterval must be positive.";
        }

        foreach (var problem in RateLimit.Problems())
        {
            yield return problem;
        }
    }
}

/// <summary>Requests one client (one conversation's token, or one address without a token) may make per window.</summary>
public sealed class DirectLineRateLimitOptions
{
    /// <summary>Web Chat polling once a second plus posting stays well inside the default.</summary>
    public int PermitLimit { get; set; } = 120;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    internal IEnumerable<string> Problems()
    {
        if (PermitLimit < 1 || Window <= TimeSpan.Zero)
        {
            yield return "DirectLine:RateLimit:PermitLimit must be at least 1 and Window positive.";
        }
    }
}
