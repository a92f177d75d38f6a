using FibroBot.BotFramework.Authentication;
using Microsoft.Identity.Client;
using Microsoft.Extensions.Options;

namespace FibroBot.BotFramework.Connector;

/// <summary>
/// Client-credentials tokens for the Bot Connector from Entra ID. MSAL keeps them in its in-memory app token cache
/// and fetches a new one shortly before expiry, so this type is a singleton and holds one application.
/// </summary>
public sealed class MsalConnectorTokenProvider : IConnectorTokenProvider
{
    /// <summary>The named HttpClient MSAL uses, so tests and proxies can configure its handler.</summary>
    public const string HttpClientName = "BotFramework.Msal";

    private readonly IConfidentialClientApplication _application;
    private readonly string[] _scopes;

    public MsalConnectorTokenProvider(IOptions<BotAuthenticationOptions> credentials, IOptions<ConnectorOptions> options, IHttpClientFactory httpClientFactory)
    {
        var bot = credentials.Value;
        var settings = options.Value;
        var tenant = bot.IsSingleTenant ? bot.MicrosoftAppTenantId : settings.MultiTenantLoginTenant;
        var authority = $"{settings.LoginEndpoint.TrimEnd('/')}/{tenant}";
        _application = ConfidentialClientApplicationBuilder.Create(bot.MicrosoftAppId)
            .WithClientSecret(bot.MicrosoftAppPassword)
            .WithAuthority(authority, settings.ValidateAuthority)
            .WithInstanceDiscovery(settings.ValidateAuthority)
            .WithHttpClientFactory(new NamedMsalHttpClientFactory(httpClientFactory))
            .Build();
        _scopes = [settings.ConnectorScope];
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await _application.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return result.AccessToken;
    }

    private sealed class NamedMsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
    }
}
