using FibroBot.BotFramework.Configuration;

namespace FibroBot.BotFramework.Authentication;

/// <summary>
/// Who the bot is and how inbound tokens are checked. The four credentials use Bot Framework's own root keys
/// (<c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>); the token
/// settings come from the <c>BotFramework</c> section. Every URL is configurable so that sovereign clouds and the tests'
/// local identity servers work without code changes.
/// </summary>
public sealed class BotAuthenticationOptions : IOptionsProblems
{
    public const string SectionName = "BotFramework";

    /// <summary><c>MultiTenant</c> (also when missing or unknown) or <c>SingleTenant</c>.</summary>
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>No app id: tokens are neither checked nor sent, and only loopback callers are served.</summary>
    public bool IsDevelopmentMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool IsSingleTenant => string.Equals(MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase);

    /// <summary>Issuer of the tokens Azure Bot Service channels send.</summary>
    public string ChannelTokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>OpenID metadata whose keys (with their channel endorsements) sign channel tokens.</summary>
    public string ChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>OpenID metadata for Entra ID tokens (Emulator, Agents Playground with credentials).</summary>
    public string EntraOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>
    /// Issuers accepted on the Entra ID path; empty means the public-cloud defaults for the Bot Framework tenants
    /// plus, for a single-tenant bot, its own tenant.
    /// </summary>
    public List<string> EntraTokenIssuers { get; set; } = [];

    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Least time between two forced re-fetches of the signing keys for tokens with an unknown key id.</summary>
    public TimeSpan MinKeyRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    public IEnumerable<string> Problems()
    {
        if (!IsDevelopmentMode && string.IsNullOrWhiteSpace(MicrosoftAppPassword))
        {
            yield return "MicrosoftAppPassword is required when MicrosoftAppId is set.";
        }

        if (!IsDevelopmentMode && IsSingleTenant && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            yield return "MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.";
        }
    }

    /// <summary>Public-cloud issuers of Entra ID tokens for the Bot Framework tenants (the SDK's list).</summary>
    public IReadOnlyList<string> EffectiveEntraTokenIssuers()
    {
        if (EntraTokenIssuers.Count > 0)
        {
            return EntraTokenIssuers;
        }

        List<string> issuers =
        [
            "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
            "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
            "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
            "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        ];
        if (IsSingleTenant && !string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            issuers.Add($"https://sts.windows.net/{MicrosoftAppTenantId}/");
            issuers.Add($"https://login.microsoftonline.com/{MicrosoftAppTenantId}/v2.0");
        }

        return issuers;
    }
}
