using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FibroBot.TestKit;

/// <summary>A signing key this server may publish, with the channels it is endorsed for.</summary>
public sealed class TestSigningKey(string keyId, params string[] endorsements) : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public string KeyId { get; } = keyId;

    public string[] Endorsements { get; } = endorsements;

    public SigningCredentials Credentials => new(new RsaSecurityKey(_rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256);

    public object Jwk()
    {
        var p = _rsa.ExportParameters(false);
        return new
        {
            kty = "RSA", use = "sig", kid = KeyId,
            n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent),
            endorsements = Endorsements,
        };
    }

    public void Dispose() => _rsa.Dispose();
}

/// <summary>
/// A local stand-in for login.botframework.com and login.microsoftonline.com: OpenID metadata and JWKS for channel
/// tokens (with endorsements) and for Entra ID tokens, plus an OAuth2 client-credentials token endpoint. Counts
/// requests so tests can see caching and key refreshes.
/// </summary>
public sealed class IdentityServer : IAsyncDisposable
{
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string EntraIssuer = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0";

    private readonly ConcurrentDictionary<string, int> _hits = new();
    private LocalServer _server = null!;

    public List<TestSigningKey> ChannelKeys { get; } = [];

    public List<TestSigningKey> EntraKeys { get; } = [];

    /// <summary>Form fields of every token request received.</summary>
    public ConcurrentQueue<IReadOnlyDictionary<string, string>> TokenRequests { get; } = new();

    public Uri BaseAddress => _server.BaseAddress;

    public string ChannelMetadataUrl => new Uri(BaseAddress, "bf/openid").ToString();

    public string EntraMetadataUrl => new Uri(BaseAddress, "entra/openid").ToString();

    public int Hits(string path) => _hits.GetValueOrDefault(path);

    public static async Task<IdentityServer> StartAsync()
    {
        var server = new IdentityServer();
        server._server = await LocalServer.StartAsync(app =>
        {
            app.Use(async (context, next) =>
            {
                server._hits.AddOrUpdate(context.Request.Path.Value!, 1, (_, n) => n + 1);
                await next(context);
            });
            app.MapGet("/bf/openid", () => Results.Json(new { issuer = ChannelIssuer, jwks_uri = new Uri(server.BaseAddress, "bf/keys").ToString(), id_token_signing_alg_values_supported = new[] { "RS256" } }));
            app.MapGet("/bf/keys", () => Results.Json(new { keys = server.ChannelKeys.Select(k => k.Jwk()).ToArray() }));
            app.MapGet("/entra/openid", () => Results.Json(new { issuer = EntraIssuer, jwks_uri = new Uri(server.BaseAddress, "entra/keys").ToString() }));
            app.MapGet("/entra/keys", () => Results.Json(new { keys = server.EntraKeys.Select(k => k.Jwk()).ToArray() }));
            app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext context, string tenant) =>
            {
                var form = await context.Request.ReadFormAsync();
                server.TokenRequests.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
                return Results.Json(new { token_type = "Bearer", expires_in = 3599, ext_expires_in = 3599, access_token = $"connector-token-for-{tenant}-{server.TokenRequests.Count}" });
            });
        });
        return server;
    }

    public static string CreateToken(TestSigningKey key, string issuer, string audience, IDictionary<string, object>? claims = null,
        DateTime? notBefore = null, DateTime? expires = null)
    {
        var now = DateTime.UtcNow;
        var nbf = notBefore ?? now.AddMinutes(-1);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = nbf,
            IssuedAt = nbf,
            Expires = expires ?? now.AddHours(1),
            Claims = claims ?? new Dictionary<string, object>(),
            SigningCredentials = key.Credentials,
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        foreach (var key in ChannelKeys.Concat(EntraKeys))
        {
            key.Dispose();
        }
    }
}

/// <summary>
/// Sends requests for any host to the local identity server. MSAL refuses an http authority ("The authority must use
/// HTTPS scheme", checked with 4.92.0), so the bot keeps an https authority and only the transport goes to loopback.
/// </summary>
public sealed class LoopbackRedirectHandler(Uri target) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
