using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace FibroBot.BotFramework.Authentication;

/// <summary>
/// OpenID metadata and signing keys from one metadata URL, cached by <see cref="ConfigurationManager{T}"/> (refreshed
/// every 12 hours), plus a forced re-fetch when a token names an unknown key id, at most once per
/// <paramref name="minForcedRefreshInterval"/> so forged key ids cannot make the bot hammer the metadata server.
/// The manager's own <c>RequestRefresh</c> refreshes in the background, which would still refuse the token at hand,
/// so a forced refresh starts a fresh manager whose first read fetches the keys synchronously.
/// </summary>
internal sealed class SigningKeyCache(string metadataUrl, HttpClient httpClient, TimeProvider timeProvider, TimeSpan minForcedRefreshInterval)
{
    private readonly Lock _gate = new();
    private ConfigurationManager<OpenIdConnectConfiguration> _manager = Create(metadataUrl, httpClient);
    private DateTimeOffset _lastForcedRefresh = DateTimeOffset.MinValue;

    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken)
        => Volatile.Read(ref _manager).GetConfigurationAsync(cancellationToken);

    /// <summary>Drops the cached keys unless that was done recently; true when the next read fetches them anew.</summary>
    public bool TryForceRefresh()
    {
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            if (now - _lastForcedRefresh < minForcedRefreshInterval)
            {
                return false;
            }

            _lastForcedRefresh = now;
            Volatile.Write(ref _manager, Create(metadataUrl, httpClient));
            return true;
        }
    }

    private static ConfigurationManager<OpenIdConnectConfiguration> Create(string metadataUrl, HttpClient httpClient)
    {
        var retriever = new HttpDocumentRetriever(httpClient)
        {
            // Only a loopback metadata server (the tests' local identity server) may use plain HTTP.
            RequireHttps = !(Uri.TryCreate(metadataUrl, UriKind.Absolute, out var uri) && LoopbackHosts.Contains(uri)),
        };
        return new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
        };
    }
}
