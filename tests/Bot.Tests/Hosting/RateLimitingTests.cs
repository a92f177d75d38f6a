using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FibroBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FibroBot.Tests.Hosting;

/// <summary>
/// The /api/messages rate limiter on a real Kestrel server on loopback, in front of an endpoint that reports the
/// body it received, so the tests also prove the limiter's peek leaves the body intact.
/// </summary>
public sealed class RateLimitingTests
{
    [Fact]
    public async Task A_user_over_the_burst_gets_429_with_retry_after_and_problem_details()
    {
        await using var host = await LimitedHost.StartAsync(("RateLimiting:PerUser:TokenLimit", "3"));

        for (var i = 0; i < 3; i++)
        {
            using var ok = await host.PostAsync(Activity("alice", "chat-1"));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var rejected = await host.PostAsync(Activity("alice", "chat-1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        var retryAfter = rejected.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
        Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await rejected.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Another_user_in_another_conversation_is_not_affected()
    {
        await using var host = await LimitedHost.StartAsync(("RateLimiting:PerUser:TokenLimit", "2"));
        for (var i = 0; i < 3; i++)
        {
            using var _ = await host.PostAsync(Activity("alice", "chat-a"));
        }

        using var limited = await host.PostAsync(Activity("alice", "chat-a"));
        using var other = await host.PostAsync(Activity("bob", "chat-b"));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task A_busy_conversation_is_limited_across_its_members()
    {
        await using var host = await LimitedHost.StartAsync(("RateLimiting:PerConversation:TokenLimit", "4"));
        var statuses = new List<HttpStatusCode>();
        for (var member = 0; member < 6; member++)
        {
            using var response = await host.PostAsync(Activity($"member-{member}", "group-chat"));
            statuses.Add(response.StatusCode);
        }

        using var elsewhere = await host.PostAsync(Activity("member-5", "personal-chat"));

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 4), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
    }

    [Fact]
    public async Task The_same_ids_on_different_channels_are_different_users()
    {
        await using var host = await LimitedHost.StartAsync(("RateLimiting:PerUser:TokenLimit", "1"));
        using var teams = await host.PostAsync(Activity("same-id", "c1", channelId: "msteams"));
        using var webchat = await host.PostAsync(Activity("same-id", "c2", channelId: "webchat"));

        Assert.Equal(HttpStatusCode.OK, teams.StatusCode);
        Assert.Equal(HttpStatusCode.OK, webchat.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_endpoint_receives_the_body_exactly_as_sent(bool chunked)
    {
        await using var host = await LimitedHost.StartAsync();
        var body = Activity("carol", "chat-c", text: new string('é', 90_000));

        using var response = await host.PostAsync(body, chunked);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(body)), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_body_over_the_peek_size_passes_through_intact_and_is_limited_by_client_address()
    {
        await using var host = await LimitedHost.StartAsync(("RateLimiting:MaxPeekBytes", "2048"), ("RateLimiting:PerUser:TokenLimit", "2"));
        var large = Activity("dave", "chat-d", text: new string('x', 10_000));

        using var first = await host.PostAsync(large, chunked: true);
        using var second = await host.PostAsync(Activity("erin", "chat-e", text: new string('y', 10_000)));
        using var third = await host.PostAsync(large);

        Assert.Equal(Convert.ToHexString(SHA256.HashData(large)), await first.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"from\":{\"id\":42},\"conversation\":\"nope\"}")]
    [InlineData("")]
    public async Task Unreadable_activities_reach_the_endpoint_and_share_the_client_address_bucket(string body)
    {
        await using var host = await LimitedHost.StartAsync(("RateLimiting:PerUser:TokenLimit", "2"));
        var bytes = Encoding.UTF8.GetBytes(body);

        using var first = await host.PostAsync(bytes);
        using var second = await host.PostAsync(bytes);
        using var third = await host.PostAsync(bytes);

        Assert.Equal(Convert.ToHexString(SHA256.HashData(bytes)), await first.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }

    [Fact]
    public async Task An_id_that_is_not_valid_utf8_reaches_the_endpoint_instead_of_failing_the_peek()
    {
        // Found by the fuzzer: reading such a string throws InvalidOperationException, not JsonException.
        await using var host = await LimitedHost.StartAsync(("RateLimiting:PerUser:TokenLimit", "1"));
        byte[] body = [.. "{\"type\":\"message\",\"from\":{\"id\":\"a"u8, 0xC3, 0x28, .. "\"},\"conversation\":{\"id\":\"c\"}}"u8];

        using var first = await host.PostAsync(body);
        using var second = await host.PostAsync(body);

        Assert.Equal(Convert.ToHexString(SHA256.HashData(body)), await first.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }

    [Fact]
    public async Task Other_paths_and_methods_are_not_limited()
    {
        await using var host = await LimitedHost.StartAsync(("RateLimiting:PerUser:TokenLimit", "1"));
        for (var i = 0; i < 5; i++)
        {
            using var health = await host.Client.GetAsync("/healthz");
            using var other = await host.Client.PostAsync("/v3/directline/tokens/generate", new ByteArrayContent(Activity("frank", "x")));
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        }
    }

    [Fact]
    public async Task Disabled_limiting_lets_every_request_through()
    {
        await using var host = await LimitedHost.StartAsync(("RateLimiting:Enabled", "false"), ("RateLimiting:PerUser:TokenLimit", "1"));
        for (var i = 0; i < 5; i++)
        {
            using var response = await host.PostAsync(Activity("grace", "chat-g"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_long_hostile_id_is_limited_like_any_other()
    {
        await using var host = await LimitedHost.StartAsync(("RateLimiting:PerUser:TokenLimit", "1"));
        var hostileId = string.Concat(Enumerable.Repeat("🙂", 50_000));

        using var first = await host.PostAsync(Activity(hostileId, "chat-h"));
        using var second = await host.PostAsync(Activity(hostileId, "chat-i"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }

    [Theory]
    [InlineData("RateLimiting:PerUser:TokenLimit", "0")]
    [InlineData("RateLimiting:PerConversation:TokensPerPeriod", "-3")]
    [InlineData("RateLimiting:PerUser:ReplenishmentPeriod", "00:00:00")]
    [InlineData("RateLimiting:MaxPeekBytes", "10")]
    public async Task Invalid_settings_stop_the_start_with_the_setting_named(string key, string value)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => LimitedHost.StartAsync((key, value)));
        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
    }

    private static byte[] Activity(string userId, string conversationId, string text = "What is fibromyalgia?", string channelId = "emulator") =>
        JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = "message",
            channelId,
            serviceUrl = "http://127.0.0.1:9/",
            from = new { id = userId, role = "user" },
            conversation = new { id = conversationId },
            recipient = new { id = "bot" },
            text,
            deliveryMode = "expectReplies",
        });

    /// <summary>Kestrel on 127.0.0.1 with the limiter, answering with the SHA-256 of the body it read.</summary>
    private sealed class LimitedHost : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private LimitedHost(WebApplication app, HttpClient client)
        {
            _app = app;
            Client = client;
        }

        public HttpClient Client { get; }

        public static async Task<LimitedHost> StartAsync(params (string Key, string Value)[] settings)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration.AddInMemoryCollection(settings.Select(pair => KeyValuePair.Create(pair.Key, (string?)pair.Value)));
            builder.Services.AddBotRateLimiting(builder.Configuration);
            var app = builder.Build();
            app.UseBotRateLimiting();
            app.MapPost(RateLimitingExtensions.MessagesPath, async (HttpRequest request) =>
            {
                using var copy = new MemoryStream();
                await request.Body.CopyToAsync(copy);
                return Results.Text(Convert.ToHexString(SHA256.HashData(copy.ToArray())));
            });
            app.MapGet("/healthz", () => "ok");
            app.MapPost("/v3/directline/tokens/generate", () => "token");
            try
            {
                await app.StartAsync();
            }
            catch
            {
                await app.DisposeAsync();
                throw;
            }

            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            return new LimitedHost(app, new HttpClient { BaseAddress = new Uri(address) });
        }

        public Task<HttpResponseMessage> PostAsync(byte[] body, bool chunked = false)
        {
            HttpContent content = chunked ? new StreamContent(new MemoryStream(body)) : new ByteArrayContent(body);
            content.Headers.ContentType = new("application/json");
            if (chunked)
            {
                content.Headers.ContentLength = null;
            }

            var request = new HttpRequestMessage(HttpMethod.Post, RateLimitingExtensions.MessagesPath) { Content = content };
            if (chunked)
            {
                request.Headers.TransferEncodingChunked = true;
            }

            return Client.SendAsync(request);
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await _app.DisposeAsync();
        }
    }
}
