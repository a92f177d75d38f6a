using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FibroBot.BotFramework.Builder;
using FibroBot.BotFramework.DirectLine;
using FibroBot.BotFramework.Schema;
using FibroBot.BotFramework.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FibroBot.Tests.DirectLine;

/// <summary>A real Kestrel host on a free loopback port serving only Direct Line, with the given storage and bot.</summary>
internal sealed class DirectLineTestHost : IAsyncDisposable
{
    public const string SharedSecret = "test-secret-0123456789-0123456789-abcdef";

    private readonly WebApplication _app;

    private DirectLineTestHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(20) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<DirectLineTestHost> StartAsync(
        IStorage storage, IDictionary<string, string?>? settings = null, IBot? bot = null, TimeProvider? timeProvider = null,
        Action<IApplicationBuilder>? middleware = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole();
        var configuration = new Dictionary<string, string?> { ["DirectLine:TokenSecret"] = SharedSecret };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Services.AddSingleton(storage);
        builder.Services.AddSingleton(bot ?? new TestBot());
        if (timeProvider is not null)
        {
            builder.Services.AddSingleton(timeProvider);
        }

        builder.Services.AddDirectLine(builder.Configuration);
        var app = builder.Build();
        middleware?.Invoke(app);
        app.MapDirectLine();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DirectLineTestHost(app, new Uri(address + "/"));
    }

    public async Task<DirectLineConversationResponse> GenerateTokenAsync(object? body = null)
    {
        using var response = await Client.PostAsJsonAsync("v3/directline/tokens/generate", body ?? new { });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<DirectLineConversationResponse>())!;
    }

    public async Task<(HttpResponseMessage Response, DirectLineConversationResponse? Body)> StartConversationAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations")
        {
            Content = JsonContent.Create(new { user = new { id = "someone-else" } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await Client.SendAsync(request);
        var body = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<DirectLineConversationResponse>() : null;
        return (response, body);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        return await Client.SendAsync(request);
    }

    public async Task<string> PostMessageAsync(string conversationId, string token, string text, string clientActivityId)
    {
        var activity = new
        {
            type = "message", text, textFormat = "plain", channelId = "webchat",
            channelData = new { clientActivityID = clientActivityId },
            from = new { id = "whoever-the-client-claims", name = "Web Chat user", role = "user" },
            locale = "en-US",
            attachments = Array.Empty<object>(),
            entities = new[] { new { type = "ClientCapabilities", requiresBotState = true, supportsListening = true, supportsTts = true } },
        };
        using var response = await SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token, JsonSerializer.Serialize(activity));
        response.EnsureSuccessStatusCode();
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        return id!;
    }

    public async Task<JsonElement> GetActivitiesAsync(string conversationId, string token, string? watermark)
    {
        using var response = await SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Polls like Web Chat does until <paramref name="done"/> holds for everything received so far.</summary>
    public async Task<List<JsonElement>> PollUntilAsync(string conversationId, string token, Func<List<JsonElement>, bool> done)
    {
        var received = new List<JsonElement>();
        string? watermark = null;
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            var set = await GetActivitiesAsync(conversationId, token, watermark);
            received.AddRange(set.GetProperty("activities").EnumerateArray());
            watermark = set.GetProperty("watermark").GetString();
            if (done(received))
            {
                return received;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Gave up waiting; received: {string.Join(" | ", received.Select(a => a.GetRawText()))}");
    }

    private bool _stopped;

    /// <summary>Stops the host as its shutdown would, with <paramref name="deadline"/> as the shutdown deadline.</summary>
    public async Task StopAsync(CancellationToken deadline)
    {
        _stopped = true;
        await _app.StopAsync(deadline);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_stopped)
        {
            await _app.StopAsync();
        }

        await _app.DisposeAsync();
    }
}

internal static class ActivityJson
{
    public static string? Text(this JsonElement activity)
        => activity.TryGetProperty("text", out var text) ? text.GetString() : null;

    public static string? Role(this JsonElement activity)
        => activity.GetProperty("from").TryGetProperty("role", out var role) ? role.GetString() : null;

    public static bool IsBotText(this JsonElement activity, string text) => activity.Role() == "bot" && activity.Text() == text;
}
