using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using FibroBot.BotFramework.Builder;
using FibroBot.BotFramework.Hosting;
using FibroBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FibroBot.Tests.Hosting;

/// <summary>
/// The /api/messages rate limits on a real Kestrel server on loopback, in front of the real adapter and a bot that
/// answers "ok" in the response (expectReplies), in development mode (loopback callers are authenticated) or with an
/// app id and a local identity server that signs channel tokens.
/// </summary>
public sealed class RateLimitingTests
{
    private const string AppId = "3c4d5e6f-0000-4000-8000-00000000a17e";
    private const string ServiceUrl = "https://smba.trafficmanager.net/teams/";

    [Fact]
    public async Task A_user_over_the_burst_gets_429_with_retry_after_and_problem_details()
    {
        await using var host = await LimitedHost.StartAsync(settings: [("RateLimiting:PerUser:TokenLimit", "3")]);

        for (var i = 0; i < 3; i++)
        {
            using var ok = await host.PostAsync(Activity("alice", "chat-1"));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var rejected = await host.PostAsync(Activity("alice", "chat-1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        var retryAfter = rejected.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 3600); // at most the refill period the test host sets
        Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await rejected.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(3, host.Turns);
    }

    [Fact]
    public async Task Another_user_in_another_conversation_is_not_affected()
    {
        await using var host = await LimitedHost.StartAsync(settings: [("RateLimiting:PerUser:TokenLimit", "2")]);
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
        await using var host = await LimitedHost.StartAsync(settings: [("RateLimiting:PerConversation:TokenLimit", "4")]);
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
        await using var host = await LimitedHost.StartAsync(settings: [("RateLimiting:PerUser:TokenLimit", "1")]);
        using var teams = await host.PostAsync(Activity("same-id", "c1", channelId: "msteams"));
        using var webchat = await host.PostAsync(Activity("same-id", "c2", channelId: "webchat"));

        Assert.Equal(HttpStatusCode.OK, teams.StatusCode);
        Assert.Equal(HttpStatusCode.OK, webchat.StatusCode);
    }

    [Fact]
    public async Task The_probes_lock_out_fails_token_less_requests_naming_a_chat_do_not_spend_its_buckets()
    {
        // The probe: 65+ requests without a token naming a Teams conversation and user, then the real channel's
        // request with a valid token for that conversation. The attacker and the channel come from two addresses.
        await using var identity = await IdentityServer.StartAsync();
        identity.ChannelKeys.Add(new TestSigningKey("channel-key", "msteams"));
        await using var host = await LimitedHost.StartAsync(identity);
        using var attacker = LimitedHost.ClientFrom(IPAddress.Parse("127.0.0.2"), host.BaseAddress);

        var attackStatuses = new List<HttpStatusCode>();
        for (var i = 0; i < 70; i++)
        {
            using var response = await host.PostAsync(Activity("29:victim", "19:victim-chat", channelId: "msteams"), client: attacker);
            attackStatuses.Add(response.StatusCode);
        }

        using var genuine = await host.PostAsync(Activity("29:victim", "19:victim-chat", channelId: "msteams"), ChannelToken(identity));

        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
        Assert.Contains("\"ok\"", await genuine.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The attacker's own address is what runs out: 20 failures are answered 401, then 429 before any parsing.
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 20), .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 50)], attackStatuses);
        Assert.Equal(1, host.Turns);
    }

    [Fact]
    public async Task A_genuine_flood_from_one_authenticated_user_is_still_limited()
    {
        await using var identity = await IdentityServer.StartAsync();
        identity.ChannelKeys.Add(new TestSigningKey("channel-key", "msteams"));
        await using var host = await LimitedHost.StartAsync(identity);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 25; i++)
        {
            using var response = await host.PostAsync(Activity("29:flooder", "a:personal", channelId: "msteams"), ChannelToken(identity));
            statuses.Add(response.StatusCode);
        }

        // The default per-user burst is 20.
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 20), .. Enumerable.Repeat(HttpStatusCode.TooManyRequests, 5)], statuses);
        Assert.Equal(20, host.Turns);
    }

    [Fact]
    public async Task Requests_with_bad_tokens_never_count_against_the_user_or_the_conversation()
    {
        await using var identity = await IdentityServer.StartAsync();
        identity.ChannelKeys.Add(new TestSigningKey("channel-key", "msteams"));
        using var forger = new TestSigningKey("forged-key", "msteams");
        await using var host = await LimitedHost.StartAsync(identity, [("RateLimiting:PerUser:TokenLimit", "2"), ("RateLimiting:FailedAuthentication:TokenLimit", "100")]);

        for (var i = 0; i < 10; i++)
        {
            using var forged = await host.PostAsync(Activity("29:member", "a:chat", channelId: "msteams"), ChannelToken(identity, forger));
            Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        }

        using var first = await host.PostAsync(Activity("29:member", "a:chat", channelId: "msteams"), ChannelToken(identity));
        using var second = await host.PostAsync(Activity("29:member", "a:chat", channelId: "msteams"), ChannelToken(identity));
        using var third = await host.PostAsync(Activity("29:member", "a:chat", channelId: "msteams"), ChannelToken(identity));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], [first.StatusCode, second.StatusCode, third.StatusCode]);
    }

    [Fact]
    public async Task Other_paths_and_methods_are_not_limited()
    {
        await using var host = await LimitedHost.StartAsync(settings: [("RateLimiting:PerUser:TokenLimit", "1"), ("RateLimiting:FailedAuthentication:TokenLimit", "1")]);
        for (var i = 0; i < 5; i++)
        {
            using var health = await host.Client.GetAsync("/healthz");
            using var head = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, RateLimitingExtensions.MessagesPath));
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        }
    }

    [Fact]
    public async Task Disabled_limiting_lets_every_request_through()
    {
        await using var host = await LimitedHost.StartAsync(settings: [("RateLimiting:Enabled", "false"), ("RateLimiting:PerUser:TokenLimit", "1")]);
        for (var i = 0; i < 5; i++)
        {
            using var response = await host.PostAsync(Activity("grace", "chat-g"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_long_hostile_id_is_limited_like_any_other()
    {
        await using var host = await LimitedHost.StartAsync(settings: [("RateLimiting:PerUser:TokenLimit", "1")]);
        // Within the 256 KB body limit, so the adapter reads it and the limiter has to key on it.
        var hostileId = new string('x', 100_000);

        using var first = await host.PostAsync(Activity(hostileId, "chat-h"));
        using var second = await host.PostAsync(Activity(hostileId, "chat-i"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }

    [Theory]
    [InlineData("RateLimiting:PerUser:TokenLimit", "0")]
    [InlineData("RateLimiting:PerConversation:TokensPerPeriod", "-3")]
    [InlineData("RateLimiting:PerUser:ReplenishmentPeriod", "00:00:00")]
    [InlineData("RateLimiting:FailedAuthentication:TokenLimit", "0")]
    public async Task Invalid_settings_stop_the_start_with_the_setting_named(string key, string value)
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => LimitedHost.StartAsync(settings: [(key, value)]));
        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
    }

    private static string ChannelToken(IdentityServer identity, TestSigningKey? key = null) =>
        IdentityServer.CreateToken(key ?? identity.ChannelKeys[0], IdentityServer.ChannelIssuer, AppId, new Dictionary<string, object> { ["serviceurl"] = ServiceUrl });

    private static byte[] Activity(string userId, string conversationId, string text = "What is fibromyalgia?", string channelId = "emulator") =>
        JsonSerializer.SerializeToUtf8Bytes(new
        {
            type = "message",
            channelId,
            serviceUrl = ServiceUrl,
            from = new { id = userId, role = "user" },
            conversation = new { id = conversationId },
            recipient = new { id = "bot" },
            text,
            deliveryMode = "expectReplies",
        });

    /// <summary>Kestrel on 127.0.0.1 with the limits, the adapter and a bot that counts its turns and answers "ok".</summary>
    private sealed class LimitedHost : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly CountingBot _bot;

        private LimitedHost(WebApplication app, CountingBot bot, HttpClient client)
        {
            _app = app;
            _bot = bot;
            Client = client;
        }

        public HttpClient Client { get; }

        public Uri BaseAddress => Client.BaseAddress!;

        public int Turns => _bot.Turns;

        /// <param name="identity">With one, the bot has an app id and validates tokens against it; without, development mode.</param>
        public static async Task<LimitedHost> StartAsync(IdentityServer? identity = null, (string Key, string Value)[]? settings = null)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
            builder.Logging.ClearProviders();
            if (identity is not null)
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["MicrosoftAppId"] = AppId,
                    ["MicrosoftAppPassword"] = "test-secret",
                    ["BotFramework:ChannelOpenIdMetadataUrl"] = identity.ChannelMetadataUrl,
                    ["BotFramework:EntraOpenIdMetadataUrl"] = identity.EntraMetadataUrl,
                });
            }

            // The buckets refill on a timer that is not aligned with the test: a refill between two requests let a request
            // through that the test expected to be limited (seen once in a standalone run). A refill an hour away keeps the
            // counts exact; a test that sets its own period still wins.
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["RateLimiting:PerUser:ReplenishmentPeriod"] = "01:00:00",
                ["RateLimiting:PerConversation:ReplenishmentPeriod"] = "01:00:00",
                ["RateLimiting:FailedAuthentication:ReplenishmentPeriod"] = "01:00:00",
            });
            builder.Configuration.AddInMemoryCollection((settings ?? []).Select(pair => KeyValuePair.Create(pair.Key, (string?)pair.Value)));
            var bot = new CountingBot();
            builder.Services.AddSingleton<IBot>(bot);
            builder.Services.AddBotFrameworkChannel(builder.Configuration);
            builder.AddBotRateLimiting();
            var app = builder.Build();
            app.UseBotRateLimiting();
            app.MapGet("/healthz", () => "ok");
            app.MapBotFrameworkChannel();
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
            return new LimitedHost(app, bot, new HttpClient { BaseAddress = new Uri(address) });
        }

        /// <summary>A client whose connections leave from <paramref name="source"/>, so one test can play two machines.</summary>
        public static HttpClient ClientFrom(IPAddress source, Uri baseAddress) => new(new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        })
        { BaseAddress = baseAddress };

        public Task<HttpResponseMessage> PostAsync(byte[] body, string? token = null, HttpClient? client = null)
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new("application/json");
            var request = new HttpRequestMessage(HttpMethod.Post, RateLimitingExtensions.MessagesPath) { Content = content };
            if (token is not null)
            {
                request.Headers.Authorization = new("Bearer", token);
            }

            return (client ?? Client).SendAsync(request);
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await _app.DisposeAsync();
        }
    }

    private sealed class CountingBot : IBot
    {
        private int _turns;

        public int Turns => Volatile.Read(ref _turns);

        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _turns);
            return turnContext.SendActivityAsync(new() { Type = "message", Text = "ok" }, cancellationToken);
        }
    }
}
