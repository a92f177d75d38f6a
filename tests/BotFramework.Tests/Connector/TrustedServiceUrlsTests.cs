using FibroBot.BotFramework.Connector;
using FibroBot.BotFramework.Authentication;
using Microsoft.Extensions.Options;

namespace FibroBot.Tests.Connector;

public sealed class TrustedServiceUrlsTests
{
    private static TrustedServiceUrls Policy(string? appId, params string[] configured) =>
        new(Options.Create(new ConnectorOptions { TrustedServiceUrls = [.. configured] }), Options.Create(new BotAuthenticationOptions { MicrosoftAppId = appId }));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://smba.trafficmanager.net/teams/", true)]
    [InlineData("https://directline.botframework.com/", true)]
    [InlineData("https://webchat.botframework.com", true)]
    [InlineData("https://botframework.com.attacker.example/", false)]
    [InlineData("https://attackerbotframework.com/", false)]
    [InlineData("http://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://smba.trafficmanager.net:8443/emea/", false)]
    [InlineData("https://user@smba.trafficmanager.net/emea/", false)]
    [InlineData("http://127.0.0.1:56150/_connector", false)]
    [InlineData("not a url", false)]
    public void Production_defaults_allow_bot_framework_and_teams_only(string url, bool trusted)
        => Assert.Equal(trusted, Policy("app-id").IsTrusted(url));

    [Theory]
    [InlineData("http://127.0.0.1:56150/_connector", true)]
    [InlineData("http://localhost:3979/", true)]
    [InlineData("http://[::1]:9000/", true)]
    [InlineData("https://smba.trafficmanager.net/emea/", false)]
    [InlineData("http://10.0.0.5/", false)]
    public void Development_mode_allows_loopback_only(string url, bool trusted)
        => Assert.Equal(trusted, Policy(null).IsTrusted(url));

    [Fact]
    public void A_configured_list_replaces_the_defaults_and_respects_path_prefixes()
    {
        var policy = Policy("app-id", "https://bots.contoso.example/api/");

        Assert.True(policy.IsTrusted("https://bots.contoso.example/api/emea"));
        Assert.False(policy.IsTrusted("https://bots.contoso.example/other/"));
        Assert.False(policy.IsTrusted("https://smba.trafficmanager.net/emea/"));
    }
}
