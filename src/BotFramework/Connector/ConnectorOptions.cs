using FibroBot.BotFramework.Configuration;

namespace FibroBot.BotFramework.Connector;

/// <summary>Where replies may go and how the bot's outbound token is obtained: the <c>BotFramework</c> section.</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "BotFramework";

    /// <summary>Base of the authority that issues the bot's outbound tokens.</summary>
    public string LoginEndpoint { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Tenant of a multi-tenant bot's outbound tokens.</summary>
    public string MultiTenantLoginTenant { get; set; } = "botframework.com";

    /// <summary>Scope of the outbound token for the Bot Connector.</summary>
    public string ConnectorScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Whether MSAL checks the login authority against Entra's instance discovery.</summary>
    public bool ValidateAuthority { get; set; } = true;

    /// <summary>
    /// Where replies may be sent: <c>https://host/path/</c> prefixes, a leading <c>*.</c> in the host matches
    /// sub-domains. Empty means the Bot Framework and Teams defaults; in development mode loopback is added.
    /// </summary>
    public List<string> TrustedServiceUrls { get; set; } = [];

    public static IReadOnlyList<string> DefaultTrustedServiceUrls { get; } =
        ["https://smba.trafficmanager.net/", "https://*.botframework.com/"];
}

/// <summary>How replies to the Bot Connector are retried.</summary>
public sealed class ConnectorRetryOptions : IOptionsProblems
{
    /// <summary>The <c>BotFramework:Connector</c> section.</summary>
    public const string SectionName = "BotFramework:Connector";

    /// <summary>Timeout of one HTTP attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Retries after the first attempt (429, 5xx, timeouts and connection failures).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First back-off; doubled for each further retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Upper bound of any wait, including one asked for by Retry-After.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    public IEnumerable<string> Problems()
    {
        if (MaxRetries < 0)
        {
            yield return $"{SectionName}:{nameof(MaxRetries)} must be 0 or more, got {MaxRetries}.";
        }

        if (AttemptTimeout <= TimeSpan.Zero || BaseDelay < TimeSpan.Zero || MaxDelay < TimeSpan.Zero)
        {
            yield return $"{SectionName}:{nameof(AttemptTimeout)} must be positive, {nameof(BaseDelay)} and {nameof(MaxDelay)} 0 or more.";
        }
    }
}
