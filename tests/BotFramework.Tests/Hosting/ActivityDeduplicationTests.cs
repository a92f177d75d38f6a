using FibroBot.BotFramework.Hosting;
using FibroBot.BotFramework.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FibroBot.Tests.Hosting;

/// <summary>
/// Idempotent turns through the real channel on Kestrel: the probe sent one activity three times and got three
/// replies. Replies go to the fake connector within the request, so once a POST has returned, the calls it caused
/// have all been recorded: counting them afterwards needs no waiting.
/// </summary>
public sealed class ActivityDeduplicationTests : IAsyncLifetime
{
    private readonly MemoryStorage _storage = new();
    private readonly ShiftedTime _time = new();
    private FakeConnector _connector = null!;
    private int _turns;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    private Task<BotHost> StartAsync(Func<ITurnContext, CancellationToken, Task>? onTurn = null, IDictionary<string, string?>? settings = null) =>
        BotHost.StartAsync(
            new DelegateBot(async (turn, ct) =>
            {
                Interlocked.Increment(ref _turns);
                if (onTurn is not null)
                {
                    await onTurn(turn, ct);
                }

                if (turn.Activity.Type == ActivityTypes.Message)
                {
                    await turn.SendActivityAsync(turn.Activity.CreateReply($"echo: {turn.Activity.Text}"), ct);
                }
            }),
            settings,
            services =>
            {
                services.AddSingleton<IStorage>(_storage);
                services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_time));
                services.AddActivityDeduplication(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build());
            });

    [Fact]
    public async Task The_same_activity_delivered_three_times_gets_one_turn_and_one_reply()
    {
        await using var host = await StartAsync();
        var activity = Activities.TeamsMessage(_connector.ServiceUrl.ToString(), "is LDN safe?");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await host.PostAsync(activity);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses);
        Assert.Equal(1, _turns);
        Assert.Equal("echo: is LDN safe?", Assert.Single(_connector.Calls).Body!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Concurrent_deliveries_of_one_activity_get_one_turn()
    {
        await using var host = await StartAsync();
        var activity = Activities.TeamsMessage(_connector.ServiceUrl.ToString(), "at once", deliveryMode: "expectReplies");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            using var response = await host.PostAsync(activity);
            return (response.StatusCode, Replies: JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray().Count);
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal([0, 0, 0, 0, 0, 1], responses.Select(r => r.Replies).Order());
        Assert.Equal(1, _turns);
    }

    [Fact]
    public async Task Other_activity_ids_other_conversations_and_other_activity_types_are_not_duplicates()
    {
        await using var host = await StartAsync();
        var url = _connector.ServiceUrl.ToString();

        (await host.PostAsync(Activities.TeamsMessage(url, "one", id: "100"))).Dispose();
        (await host.PostAsync(Activities.TeamsMessage(url, "two", id: "101"))).Dispose();
        (await host.PostAsync(Activities.TeamsMessage(url, "three", conversationId: "a:personal-2", id: "100"))).Dispose();
        var update = Activities.TeamsMessage(url, id: "102");
        update["type"] = "conversationUpdate";
        (await host.PostAsync(update)).Dispose();
        (await host.PostAsync(update)).Dispose();
        var noId = Activities.TeamsMessage(url, "no id");
        noId.Remove("id");
        (await host.PostAsync(noId)).Dispose();
        (await host.PostAsync(noId)).Dispose();

        Assert.Equal(7, _turns);
        Assert.Equal(["echo: one", "echo: two", "echo: three", "echo: no id", "echo: no id"], _connector.Calls.Select(c => c.Body!["text"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_turn_that_failed_gives_its_claim_back_so_the_channels_retry_is_answered()
    {
        var failures = 1;
        await using var host = await StartAsync((turn, _) =>
            Interlocked.Decrement(ref failures) >= 0 ? throw new InvalidOperationException("the first attempt fails") : Task.CompletedTask);
        var activity = Activities.TeamsMessage(_connector.ServiceUrl.ToString(), "retry me");

        using var failed = await host.PostAsync(activity);
        using var retried = await host.PostAsync(activity);
        using var again = await host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(2, _turns);
        Assert.Single(_connector.Calls);
    }

    [Fact]
    public async Task After_the_window_the_activity_is_handled_again_and_the_clean_up_deletes_the_expired_record()
    {
        await using var host = await StartAsync(settings: new Dictionary<string, string?> { ["Deduplication:WindowMinutes"] = "5" });
        var activity = Activities.TeamsMessage(_connector.ServiceUrl.ToString(), "later");
        var cleanup = host.Services.GetRequiredService<ActivityDeduplicationCleanup>();

        (await host.PostAsync(activity)).Dispose();
        _time.Shift = TimeSpan.FromMinutes(4);
        (await host.PostAsync(activity)).Dispose();
        Assert.Equal(0, await cleanup.DeleteExpiredAsync(default));
        Assert.Equal(1, _turns);

        _time.Shift = TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1);
        (await host.PostAsync(activity)).Dispose();
        Assert.Equal(2, _turns);

        _time.Shift = TimeSpan.FromMinutes(11);
        Assert.Equal(1, await cleanup.DeleteExpiredAsync(default));
    }

    [Fact]
    public async Task The_record_holds_no_raw_ids_and_the_middleware_runs_before_any_other()
    {
        await using var host = await StartAsync();
        var activity = Activities.TeamsMessage(_connector.ServiceUrl.ToString(), "x", conversationId: "a:hidden-chat-42", id: "1722334455667");

        (await host.PostAsync(activity)).Dispose();

        var middleware = host.Services.GetServices<IMiddleware>().ToList();
        Assert.IsType<ActivityDeduplicationMiddleware>(middleware[0]);
        Assert.Contains(middleware, m => m is ShowTypingMiddleware);
        var key = ((ActivityDeduplicationMiddleware)middleware[0]).KeyFor(new Activity
        {
            Type = ActivityTypes.Message, ChannelId = "msteams", Id = "1722334455667", Conversation = new ConversationAccount { Id = "a:hidden-chat-42" },
        })!;
        Assert.StartsWith(ActivityDeduplicationMiddleware.KeyPrefix + "msteams/", key, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden-chat", key, StringComparison.Ordinal);
        Assert.DoesNotContain("1722334455667", key, StringComparison.Ordinal);
        Assert.Single(await _storage.ReadAsync([key], default));
    }

    [Fact]
    public async Task Switched_off_every_delivery_runs()
    {
        await using var host = await StartAsync(settings: new Dictionary<string, string?> { ["Deduplication:Enabled"] = "false" });
        var activity = Activities.TeamsMessage(_connector.ServiceUrl.ToString(), "again");

        (await host.PostAsync(activity)).Dispose();
        (await host.PostAsync(activity)).Dispose();

        Assert.Equal(2, _turns);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1441")]
    public async Task A_window_out_of_range_stops_the_start(string minutes)
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => StartAsync(settings: new Dictionary<string, string?> { ["Deduplication:WindowMinutes"] = minutes }));
        Assert.Contains("Deduplication:WindowMinutes", failure.ToString(), StringComparison.Ordinal);
    }

    private sealed class ShiftedTime : TimeProvider
    {
        public TimeSpan Shift { get; set; }

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Shift;
    }
}
