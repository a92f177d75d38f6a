using System.Net;

namespace FibroBot.BotFramework.Authentication;

/// <summary>
/// Whether a URL names this machine. Development mode and the tests' local identity servers are allowed plain HTTP
/// and unauthenticated callers only there; the connector asks the same question of reply addresses.
/// </summary>
public static class LoopbackHosts
{
    public static bool Contains(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));
    }
}
