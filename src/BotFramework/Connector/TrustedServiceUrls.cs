using System.Net;
using FibroBot.BotFramework.Hosting;
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

    public TrustedServiceUrls(IOptions<BotFrameworkOptions> options)
    {
        var settings = options.Value;
        var configured = settings.TrustedServiceUrls.Count > 0 ? settings.TrustedServiceUrls : BotFrameworkOptions.DefaultTrustedServiceUrls;
        _allowLoopback = settings.IsDevelopmentMode;
        _patterns = settings.IsDevelopmentMode && settings.TrustedServiceUrls.Count == 0
            ? []
            : [.. configured.Select(ServiceUrlPattern.Parse)];
    }

    public bool IsTrusted(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return false;
        }

        if (_allowLoopback && IsLoopbackHost(uri) && uri.Scheme is "http" or "https")
        {
            return true;
        }

        return _patterns.Any(p => p.Matches(uri));
    }

    internal static bool IsLoopbackHost(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));

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
