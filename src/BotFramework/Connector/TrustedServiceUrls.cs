using FibroBot.BotFramework.Authentication;
using Microsoft.Extensions.Options;

namespace FibroBot.BotFramework.Connector;

/// <summary>
/// Decides where replies may go. A service URL is taken from the request, so without this check the bot would post
/// its answers (and, with credentials, its Connector token) to any URL a caller names.
/// </summary>
public sealed class TrustedServiceUrls
{
    private readonly IReadOnlyList<ServiceUrlPattern> _patterns;
    private readonly bool _allowLoopback;

    public TrustedServiceUrls(IOptions<ConnectorOptions> options, IOptions<BotAuthenticationOptions> authentication)
    {
        var settings = options.Value;
        var developmentMode = authentication.Value.IsDevelopmentMode;
        var configured = settings.TrustedServiceUrls.Count > 0 ? settings.TrustedServiceUrls : ConnectorOptions.DefaultTrustedServiceUrls;
        _allowLoopback = developmentMode;
        _patterns = developmentMode && settings.TrustedServiceUrls.Count == 0
            ? []
            : [.. configured.Select(ServiceUrlPattern.Parse)];
    }

    public bool IsTrusted(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return false;
        }

        if (_allowLoopback && LoopbackHosts.Contains(uri) && uri.Scheme is "http" or "https")
        {
            return true;
        }

        return _patterns.Any(p => p.Matches(uri));
    }

    private sealed record ServiceUrlPattern(string Scheme, string Host, bool IncludesSubdomains, int? Port, string PathPrefix)
    {
        public static ServiceUrlPattern Parse(string pattern)
        {
            var wildcard = pattern.Contains("://*.", StringComparison.Ordinal);
            var concrete = wildcard ? pattern.Replace("://*.", "://", StringComparison.Ordinal) : pattern;
            if (!Uri.TryCreate(concrete, UriKind.Absolute, out var uri))
            {
                throw new InvalidOperationException($"BotFramework:TrustedServiceUrls has an entry that is not an absolute URL: '{pattern}'.");
            }

            var path = uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/";
            return new ServiceUrlPattern(uri.Scheme, uri.IdnHost, wildcard, uri.IsDefaultPort ? null : uri.Port, path);
        }

        public bool Matches(Uri candidate)
        {
            if (!string.Equals(candidate.Scheme, Scheme, StringComparison.OrdinalIgnoreCase)
                || (Port is { } port ? candidate.Port != port : !candidate.IsDefaultPort))
            {
                return false;
            }

            var host = candidate.IdnHost;
            var hostMatches = IncludesSubdomains
                ? host.EndsWith("." + Host, StringComparison.OrdinalIgnoreCase)
                : string.Equals(host, Host, StringComparison.OrdinalIgnoreCase);
            var path = candidate.AbsolutePath.EndsWith('/') ? candidate.AbsolutePath : candidate.AbsolutePath + "/";
            return hostMatches && path.StartsWith(PathPrefix, StringComparison.OrdinalIgnoreCase);
        }
    }
}
