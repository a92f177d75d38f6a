using FibroBot.BotFramework.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FibroBot.Tests.Authentication;

/// <summary>No MicrosoftAppId: token-less callers are served from loopback only, and any token is refused.</summary>
public sealed class DevelopmentModeTests
{
    private static BotFrameworkAuthenticator Authenticator()
    {
        var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        return new BotFrameworkAuthenticator(Options.Create(new BotAuthenticationOptions()), services.GetRequiredService<IHttpClientFactory>(), TimeProvider.System);
    }

    private static readonly Activity Message = new() { Type = "message", ChannelId = "msteams", ServiceUrl = "http://127.0.0.1:1/" };

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("10.1.2.3", false)]
    [InlineData("203.0.113.9", false)]
    public async Task Only_loopback_callers_without_a_token_are_served(string address, bool served)
    {
        var outcome = await Authenticator().AuthenticateAsync(null, Message, IPAddress.Parse(address), CancellationToken.None);

        Assert.Equal(served, outcome.IsAuthenticated);
    }

    [Fact]
    public async Task A_token_is_refused_because_there_is_no_app_id_to_check_its_audience()
    {
        var outcome = await Authenticator().AuthenticateAsync("Bearer eyJ.x.y", Message, IPAddress.Loopback, CancellationToken.None);

        Assert.False(outcome.IsAuthenticated);
    }

    [Fact]
    public async Task The_endpoint_refuses_a_token_in_development_mode_and_says_so_at_start()
    {
        await using var host = await BotHost.StartAsync(new DelegateBot((_, _) => Task.CompletedTask));

        using var response = await host.PostAsync(Activities.TeamsMessage("http://127.0.0.1:1/connector"), bearer: "eyJ.x.y");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(CapturedLogs.Shared.Snapshot(), l => l.Contains("development mode", StringComparison.Ordinal) && l.Contains("loopback only", StringComparison.Ordinal));
    }
}
