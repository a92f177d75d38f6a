using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FibroBot.BotFramework.Builder;
using FibroBot.BotFramework.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FibroBot.Tests.Infrastructure;

/// <summary>A bot given as a delegate.</summary>
public sealed class DelegateBot(Func<ITurnContext, CancellationToken, Task> onTurn) : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) => onTurn(turnContext, cancellationToken);
}

/// <summary>
/// The real channel (AddBotFrameworkChannel + MapBotFrameworkChannel) in a Kestrel host on loopback, with a test bot.
/// Connector back-off is made fast; everything else is the production wiring.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly LocalServer _server;

    private BotHost(LocalServer server)
    {
        _server = server;
        Http = new HttpClient { BaseAddress = server.BaseAddress };
    }

    public HttpClient Http { get; }

    public IServiceProvider Services => _server.Services;

    /// <summary>Starts the channel; a <paramref name="timeProvider"/> replaces the system clock for back-off and typing.</summary>
    public static async Task<BotHost> StartAsync(
        IBot bot, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, TimeProvider? timeProvider = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["BotFramework:Connector:BaseDelay"] = "00:00:00.020",
            ["BotFramework:Connector:MaxDelay"] = "00:00:02",
            // Generous on purpose: a reply that outlives its attempt is sent again (at-least-once), so a 1 s attempt
            // let the first, cold reply on a loaded CI machine arrive twice and broke exactly-once assertions. Tests
            // of the attempt timeout set their own value.
            ["BotFramework:Connector:AttemptTimeout"] = "00:00:30",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var server = await LocalServer.StartAsync(
            app => app.MapBotFrameworkChannel(),
            s =>
            {
                s.AddBotFrameworkChannel(new ConfigurationBuilder().AddInMemoryCollection(all).Build());
                s.AddSingleton(bot);
                if (timeProvider is not null)
                {
                    s.AddSingleton(timeProvider);
                }

                services?.Invoke(s);
            });
        return new BotHost(server);
    }

    public Task<HttpResponseMessage> PostAsync(object activity, string? bearer = null)
        => PostRawAsync(JsonSerializer.Serialize(activity), "application/json", bearer);

    /// <summary>Posts bytes as they are, so a test can send what no string can hold (invalid UTF-8).</summary>
    public async Task<HttpResponseMessage> PostBytesAsync(byte[] body, string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await Http.SendAsync(request);
    }

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? contentType, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _server.DisposeAsync();
    }
}
