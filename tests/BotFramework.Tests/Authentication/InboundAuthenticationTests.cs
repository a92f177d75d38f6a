using Microsoft.Extensions.DependencyInjection;
using FibroBot.BotFramework.Connector;

namespace FibroBot.Tests.Authentication;

/// <summary>
/// The bot with an app id, validating tokens against a local OpenID metadata/JWKS server, and getting its own
/// Connector token from that server's token endpoint through MSAL.
/// </summary>
public sealed class InboundAuthenticationTests : IAsyncLifetime
{
    private const string AppId = "6f1b2c3d-0000-4000-8000-00000000a99d";
    private IdentityServer _identity = null!;
    private FakeConnector _connector = null!;
    private BotHost _host = null!;
    private readonly List<string?> _callerIds = [];

    public async Task InitializeAsync()
    {
        _identity = await IdentityServer.StartAsync();
        _identity.ChannelKeys.Add(new TestSigningKey("teams-key-1", "msteams", "webchat"));
        _identity.EntraKeys.Add(new TestSigningKey("entra-key-1"));
        _connector = await FakeConnector.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "test-secret",
            ["BotFramework:ChannelOpenIdMetadataUrl"] = _identity.ChannelMetadataUrl,
            ["BotFramework:EntraOpenIdMetadataUrl"] = _identity.EntraMetadataUrl,
            ["BotFramework:LoginEndpoint"] = "https://login.test",
            ["BotFramework:ValidateAuthority"] = "false",
            ["BotFramework:TrustedServiceUrls:0"] = _connector.ServiceUrl + "/",
        };
        _host = await BotHost.StartAsync(
            new DelegateBot((turn, ct) =>
            {
                lock (_callerIds)
                {
                    _callerIds.Add(turn.Activity.CallerId);
                }

                return turn.SendActivityAsync(turn.Activity.CreateReply("ok"), ct);
            }),
            settings,
            services => services.AddHttpClient(MsalConnectorTokenProvider.HttpClientName)
                .ConfigurePrimaryHttpMessageHandler(() => new LoopbackRedirectHandler(_identity.BaseAddress)));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        await _identity.DisposeAsync();
    }

    // Owned (and disposed) by the identity server that publishes it.
    private TestSigningKey TeamsKey => _identity.ChannelKeys[0];

    private string ServiceUrl => _connector.ServiceUrl.ToString();

    private Dictionary<string, object> ServiceUrlClaim(string? url = null) => new() { ["serviceurl"] = url ?? ServiceUrl };

    private string ChannelToken(TestSigningKey? key = null, string issuer = IdentityServer.ChannelIssuer, string audience = AppId,
        Dictionary<string, object>? claims = null, DateTime? notBefore = null, DateTime? expires = null)
        => IdentityServer.CreateToken(key ?? TeamsKey, issuer, audience, claims ?? ServiceUrlClaim(), notBefore, expires);

    private Task<HttpResponseMessage> SendAsync(string? token, string channelId = "msteams")
    {
        var activity = Activities.TeamsMessage(ServiceUrl);
        activity["channelId"] = channelId;
        activity["callerId"] = "urn:botframework:forged";
        return _host.PostAsync(activity, token);
    }

    [Fact]
    public async Task A_valid_channel_token_is_served_and_the_reply_carries_the_bots_own_token()
    {
        using var response = await SendAsync(ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("urn:botframework:azure", Assert.Single(_callerIds));
        var call = Assert.Single(_connector.Calls);
        Assert.Equal("Bearer connector-token-for-botframework.com-1", call.Authorization);
        var tokenRequest = Assert.Single(_identity.TokenRequests);
        Assert.Equal("client_credentials", tokenRequest["grant_type"]);
        Assert.Equal(AppId, tokenRequest["client_id"]);
        Assert.Equal("test-secret", tokenRequest["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", tokenRequest["scope"]);
    }

    [Fact]
    public async Task The_connector_token_is_cached_across_turns_and_the_keys_are_fetched_once()
    {
        using var first = await SendAsync(ChannelToken());
        using var second = await SendAsync(ChannelToken());

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(_identity.TokenRequests);
        Assert.Equal(2, _connector.Calls.Count(c => c.Authorization == "Bearer connector-token-for-botframework.com-1"));
        Assert.Equal(1, _identity.Hits("/bf/keys"));
    }

    [Fact]
    public async Task A_token_just_past_expiry_is_within_the_five_minute_clock_skew()
    {
        using var response = await SendAsync(ChannelToken(notBefore: DateTime.UtcNow.AddHours(-1), expires: DateTime.UtcNow.AddMinutes(-3)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string> ForgedTokens => ["expired", "not yet valid", "wrong audience", "wrong issuer", "bad signature",
        "unpublished key", "no serviceurl claim", "mismatched serviceurl", "garbage", "none"];

    [Theory]
    [MemberData(nameof(ForgedTokens))]
    public async Task Forged_or_invalid_tokens_get_401_and_no_turn(string kind)
    {
        using var stranger = new TestSigningKey(TeamsKey.KeyId, "msteams");
        using var unpublished = new TestSigningKey("never-published", "msteams");
        var token = kind switch
        {
            "expired" => ChannelToken(notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddMinutes(-6)),
            "not yet valid" => ChannelToken(notBefore: DateTime.UtcNow.AddMinutes(10), expires: DateTime.UtcNow.AddHours(1)),
            "wrong audience" => ChannelToken(audience: "https://api.botframework.com"),
            "wrong issuer" => ChannelToken(issuer: "https://api.attacker.example"),
            "bad signature" => ChannelToken(key: stranger),
            "unpublished key" => ChannelToken(key: unpublished),
            "no serviceurl claim" => ChannelToken(claims: []),
            "mismatched serviceurl" => ChannelToken(claims: ServiceUrlClaim("https://smba.trafficmanager.net/emea/")),
            "garbage" => "not.a.jwt",
            _ => null,
        };

        using var response = await SendAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Empty(_callerIds);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task A_key_not_endorsed_for_the_channel_is_refused()
    {
        using var response = await SendAsync(ChannelToken(), channelId: "slack");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_rotated_key_is_picked_up_by_refreshing_the_keys_once()
    {
        using var warmUp = await SendAsync(ChannelToken());
        var rotated = new TestSigningKey("teams-key-2", "msteams");
        _identity.ChannelKeys.Add(rotated);

        using var response = await SendAsync(ChannelToken(key: rotated));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _identity.Hits("/bf/keys"));
    }

    [Fact]
    public async Task A_non_bearer_scheme_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = JsonContent.Create(Activities.TeamsMessage(ServiceUrl)) };
        request.Headers.Authorization = new("Basic", "dXNlcjpwYXNz");

        using var response = await _host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private string EntraToken(string audience, string caller, string version = "2.0")
    {
        var claims = new Dictionary<string, object> { ["ver"] = version, [version == "1.0" ? "appid" : "azp"] = caller };
        return IdentityServer.CreateToken(_identity.EntraKeys[0], IdentityServer.EntraIssuer, audience, claims);
    }

    [Theory]
    [InlineData("2.0")]
    [InlineData("1.0")]
    public async Task An_emulator_entra_token_for_this_bot_is_served(string version)
    {
        using var response = await SendAsync(EntraToken(AppId, AppId, version), channelId: "emulator");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Assert.Single(_callerIds));
    }

    [Fact]
    public async Task An_entra_token_the_bot_got_for_the_connector_is_refused_by_its_audience()
    {
        using var response = await SendAsync(EntraToken("https://api.botframework.com", AppId), channelId: "emulator");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_skill_token_from_another_app_is_refused()
    {
        using var response = await SendAsync(EntraToken(AppId, "another-app"), channelId: "emulator");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
