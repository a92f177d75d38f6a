using System.Text.Json.Nodes;
using FibroBot.BotFramework.Storage;
using FibroBot.Moderation;
using FibroBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FibroBot.Integration.Postgres;

/// <summary>The database going away and coming back, at start-up and while the bot runs.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "Slow")]
public sealed class PostgresOutageTests(PostgresServer server) : IAsyncLifetime
{
    private PostgresTestBackend _backend = null!;

    public async Task InitializeAsync() => _backend = await PostgresTestBackend.CreateAsync(server);

    public async Task DisposeAsync()
    {
        if (!server.IsRunning)
        {
            server.Start();
        }

        await _backend.DisposeAsync();
    }

    [Fact]
    public async Task While_the_server_is_down_requests_fail_as_unavailable_and_work_again_once_it_is_back()
    {
        await WriteAsync("k", 1);

        server.Stop();
        await Assert.ThrowsAsync<StorageUnavailableException>(() => _backend.Storage.ReadAsync(["k"], default));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => WriteAsync("k", 2));
        await Assert.ThrowsAsync<StorageUnavailableException>(() => _backend.TurnLog.QueryAsync(DateTimeOffset.MinValue, default));
        server.Start();

        await WriteAsync("k", 3);
        Assert.Equal(3, (await _backend.Storage.ReadAsync(["k"], default))["k"].Value["n"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_restart_between_two_requests_is_not_seen_by_the_second()
    {
        // Several pooled connections, all of which the restart kills.
        await Task.WhenAll(Enumerable.Range(0, 5).Select(i => WriteAsync($"k{i}", i)));

        server.Stop();
        server.Start();

        Assert.Equal(5, (await _backend.Storage.ReadAsync([.. Enumerable.Range(0, 5).Select(i => $"k{i}")], default)).Count);
        await WriteAsync("k0", 10);
        await _backend.TurnLog.AppendAsync(new TurnRecord { Time = DateTimeOffset.UtcNow, Channel = "webchat", Kind = TurnKind.Help }, default);
        Assert.Single(await _backend.TurnLog.QueryAsync(DateTimeOffset.MinValue, default));
        Assert.Contains(_backend.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("pool was emptied", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_up_with_the_server_down_retries_with_a_log_line_then_fails_with_a_clear_error()
    {
        server.Stop();
        var clock = new FakeClock();
        var startup = Startup(attempts: 3, clock);

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => clock.RunAsync(startup.StartAsync(default)));

        Assert.Contains("cannot start", error.Message, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{server.Port}", error.Message, StringComparison.Ordinal);
        Assert.Contains("after 3 attempts", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, _backend.Logs.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.Contains("is unavailable (attempt", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Start_up_waits_for_a_server_that_comes_up_during_its_retries()
    {
        server.Stop();
        var clock = new FakeClock();
        var startup = Startup(attempts: 300, clock).StartAsync(default);
        // A retry timer means the first attempt failed and the start-up is waiting, not finished.
        var retryDelay = await clock.NextTimerAsync();
        Assert.False(startup.IsCompleted);

        server.Start();
        clock.Advance(retryDelay);
        await clock.RunAsync(startup);

        await WriteAsync("after-start", 1);
    }

    private StorageStartupService Startup(int attempts, TimeProvider clock) =>
        new(
            _backend.Database,
            Options.Create(new StorageOptions { StartupAttempts = attempts, StartupRetryDelay = TimeSpan.FromMilliseconds(200) }),
            clock,
            _backend.Logs.For<StorageStartupService>());

    private Task<IReadOnlyDictionary<string, string>> WriteAsync(string key, int n) =>
        _backend.Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(new JsonObject { ["n"] = n }) }, default);
}
