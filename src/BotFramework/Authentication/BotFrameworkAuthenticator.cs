using System.Net;
using System.Security.Claims;
using System.Text.Json;
using FibroBot.BotFramework.Schema;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace FibroBot.BotFramework.Authentication;

/// <summary>
/// Checks the bearer token on an incoming activity as the Bot Framework authentication spec asks: channel tokens
/// (issuer api.botframework.com) against the Bot Framework OpenID keys, with channel endorsements and the
/// <c>serviceurl</c> claim; Entra ID tokens (Emulator, Playground with credentials) against Entra's keys, with the
/// audience checked too. Without an app id the bot is in development mode and serves token-less loopback callers only.
/// </summary>
public sealed class BotFrameworkAuthenticator
{
    /// <summary>The named HttpClient that fetches OpenID metadata and signing keys.</summary>
    public const string HttpClientName = "BotFramework.OpenId";

    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotAuthenticationOptions _options;
    private readonly SigningKeyCache _channelKeys;
    private readonly SigningKeyCache _entraKeys;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public BotFrameworkAuthenticator(IOptions<BotAuthenticationOptions> options, IHttpClientFactory httpClientFactory, TimeProvider timeProvider)
    {
        _options = options.Value;
        _channelKeys = new SigningKeyCache(_options.ChannelOpenIdMetadataUrl, httpClientFactory.CreateClient(HttpClientName), timeProvider, _options.MinKeyRefreshInterval);
        _entraKeys = new SigningKeyCache(_options.EntraOpenIdMetadataUrl, httpClientFactory.CreateClient(HttpClientName), timeProvider, _options.MinKeyRefreshInterval);
    }

    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, IPAddress? remoteAddress, CancellationToken cancellationToken)
    {
        if (_options.IsDevelopmentMode)
        {
            return AuthenticateDevelopmentCaller(authorizationHeader, remoteAddress);
        }

        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return AuthenticationOutcome.Fail("no Authorization header");
        }

        var parts = authorizationHeader.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Fail("the Authorization header is not a Bearer token");
        }

        JsonWebToken unvalidated;
        try
        {
            unvalidated = _handler.ReadJsonWebToken(parts[1]);
        }
        catch (ArgumentException)
        {
            return AuthenticationOutcome.Fail("the bearer token is not a JWT");
        }

        if (string.Equals(unvalidated.Issuer, _options.ChannelTokenIssuer, StringComparison.Ordinal))
        {
            return await ValidateChannelTokenAsync(parts[1], activity, cancellationToken).ConfigureAwait(false);
        }

        if (_options.EffectiveEntraTokenIssuers().Contains(unvalidated.Issuer, StringComparer.Ordinal))
        {
            return await ValidateEntraTokenAsync(parts[1], cancellationToken).ConfigureAwait(false);
        }

        return AuthenticationOutcome.Fail("the token's issuer is not a Bot Framework or Entra ID issuer");
    }

    private static AuthenticationOutcome AuthenticateDevelopmentCaller(string? authorizationHeader, IPAddress? remoteAddress)
    {
        // As the SDK does: with no app id no token can have the right audience, so a token is always refused.
        if (!string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return AuthenticationOutcome.Fail("a token was sent but no MicrosoftAppId is configured to validate it");
        }

        return remoteAddress is not null && IPAddress.IsLoopback(remoteAddress)
            ? AuthenticationOutcome.Anonymous
            : AuthenticationOutcome.Fail("development mode (no MicrosoftAppId) serves loopback callers only");
    }

    private async Task<AuthenticationOutcome> ValidateChannelTokenAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        var (result, configuration) = await ValidateAsync(token, _channelKeys, [_options.ChannelTokenIssuer], cancellationToken).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return AuthenticationOutcome.Fail($"channel token rejected: {Describe(result.Exception)}");
        }

        var keyId = ((JsonWebToken)result.SecurityToken).Kid;
        if (!string.IsNullOrEmpty(activity.ChannelId) && !IsEndorsed(configuration!, keyId, activity.ChannelId))
        {
            return AuthenticationOutcome.Fail($"the signing key is not endorsed for channel '{activity.ChannelId}'");
        }

        var serviceUrlClaim = result.ClaimsIdentity.FindFirst("serviceurl")?.Value;
        if (string.IsNullOrEmpty(serviceUrlClaim))
        {
            return AuthenticationOutcome.Fail("the channel token has no serviceurl claim");
        }

        return string.Equals(serviceUrlClaim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)
            ? AuthenticationOutcome.Channel
            : AuthenticationOutcome.Fail("the activity's serviceUrl differs from the token's serviceurl claim");
    }

    private async Task<AuthenticationOutcome> ValidateEntraTokenAsync(string token, CancellationToken cancellationToken)
    {
        var (result, _) = await ValidateAsync(token, _entraKeys, _options.EffectiveEntraTokenIssuers(), cancellationToken).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return AuthenticationOutcome.Fail($"Entra ID token rejected: {Describe(result.Exception)}");
        }

        var identity = result.ClaimsIdentity;
        var callerClaim = identity.FindFirst("ver")?.Value switch
        {
            "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (callerClaim is null)
        {
            return AuthenticationOutcome.Fail("the Entra ID token has no known 'ver' claim");
        }

        // A token for us from another app is a skill (bot-to-bot) call; this bot takes none.
        return string.Equals(identity.FindFirst(callerClaim)?.Value, _options.MicrosoftAppId, StringComparison.OrdinalIgnoreCase)
            ? AuthenticationOutcome.Entra
            : AuthenticationOutcome.Fail("the Entra ID token was issued to another application");
    }

    private async Task<(TokenValidationResult Result, OpenIdConnectConfiguration? Configuration)> ValidateAsync(
        string token, SigningKeyCache keys, IEnumerable<string> issuers, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await keys.GetAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException e)
        {
            return (new TokenValidationResult { IsValid = false, Exception = e }, null);
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(configuration, issuers)).ConfigureAwait(false);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException && keys.TryForceRefresh())
        {
            // An unknown key id usually means the keys rolled over: fetch them again, once.
            try
            {
                configuration = await keys.GetAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidOperationException)
            {
                return (result, null);
            }

            result = await _handler.ValidateTokenAsync(token, Parameters(configuration, issuers)).ConfigureAwait(false);
        }

        return (result, configuration);
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration, IEnumerable<string> issuers) => new()
    {
        ValidIssuers = issuers,
        ValidAudience = _options.MicrosoftAppId,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidAlgorithms = AllowedAlgorithms,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateIssuerSigningKey = true,
        ClockSkew = _options.ClockSkew,
        TryAllIssuerSigningKeys = false,
    };

    /// <summary>Bot Framework's JWKS gives each key an <c>endorsements</c> list naming the channels it may sign for.</summary>
    private static bool IsEndorsed(OpenIdConnectConfiguration configuration, string keyId, string channelId)
    {
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var raw))
        {
            return false;
        }

        return raw switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.String && e.GetString() == channelId),
            IEnumerable<object> items => items.Any(e => string.Equals(e?.ToString(), channelId, StringComparison.Ordinal)),
            _ => false,
        };
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "expired",
        SecurityTokenNotYetValidException => "not yet valid",
        SecurityTokenInvalidAudienceException => "wrong audience",
        SecurityTokenInvalidIssuerException => "wrong issuer",
        SecurityTokenSignatureKeyNotFoundException => "unknown signing key",
        SecurityTokenInvalidSignatureException => "bad signature",
        SecurityTokenInvalidAlgorithmException => "algorithm not allowed",
        SecurityTokenNoExpirationException => "no expiry",
        InvalidOperationException => "signing keys unavailable",
        null => "invalid",
        _ => exception.GetType().Name,
    };
}
