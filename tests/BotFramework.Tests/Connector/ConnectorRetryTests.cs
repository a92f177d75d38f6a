using FibroBot.BotFramework.Connector;
using Microsoft.Extensions.DependencyInjection;

namespace FibroBot.Tests.Connector;

/// <summary>
/// Delivery to a Bot Connector that throttles, fails or stalls (a real HTTP peer on loopback). The client waits
/// between attempts on fake time: each test lets the turn run, advancing the clock to each wait the client asks for,
/// and asserts on those waits, so no test depends on how fast the machine is.
/// </summary>
public sealed class ConnectorRetryTests : IAsyncLifetime
{
    // Far beyond any retry wait, so a typing indicator never shows and its timer is never taken for a back-off.
    private static readonly TimeSpan TypingDelay = TimeSpan.FromHours(1);
    private static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(2);
    // Each attempt's deadline is a timer on the same clock; an odd value tells it apart from the waits between attempts.
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(7);
    private readonly FakeClock _clock = new();
    private FakeConnector _connector = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync(_clock);
        _host = await BotHost.StartAsync(
            new DelegateBot((turn, ct) => turn.SendActivityAsync(turn.Activity.CreateReply("answer"), ct)),
            new Dictionary<string, string?>
            {
                ["BotFramework:TypingDelay"] = TypingDelay.ToString(),
                ["BotFramework:Connector:BaseDelay"] = BaseDelay.ToString(),
                ["BotFramework:Connector:MaxDelay"] = MaxDelay.ToString(),
                ["BotFramework:Connector:AttemptTimeout"] = AttemptTimeout.ToString(),
            },
            timeProvider: _clock);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    // A slow delivery also triggers the typing indicator; these tests follow the answer itself.
    private List<ConnectorCall> MessageCalls() => [.. _connector.Calls.Where(c => c.Body?["type"]?.GetValue<string>() == "message")];

    /// <summary>Runs one turn to its end; returns its response and the waits between attempts, in order.</summary>
    private async Task<(HttpResponseMessage Response, IReadOnlyList<TimeSpan> Waits)> TurnAsync() =>
        await _clock.RunAsync(_host.PostAsync(Activities.TeamsMessage(_connector.ServiceUrl.ToString())), IsWaitBetweenAttempts);

    private static bool IsWaitBetweenAttempts(TimeSpan wait) => wait != TypingDelay && wait != AttemptTimeout;

    [Fact]
    public async Task Throttled_reply_waits_for_retry_after_and_then_succeeds()
    {
        _connector.Script(new ConnectorAnswer(429, RetryAfterSeconds: 1));

        var (response, waits) = await TurnAsync();
        using var _ = response;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([TimeSpan.FromSeconds(1)], waits);
        var calls = MessageCalls();
        Assert.Equal(2, calls.Count);
        Assert.Equal(TimeSpan.FromSeconds(1), calls[1].At - calls[0].At);
    }

    [Fact]
    public async Task Retry_after_longer_than_the_cap_is_bounded()
    {
        _connector.Script(new ConnectorAnswer(429, RetryAfterSeconds: 3600));

        var (response, waits) = await TurnAsync();
        using var _ = response;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([MaxDelay], waits);
    }

    [Fact]
    public async Task Server_errors_are_retried_with_growing_back_off()
    {
        _connector.Script(new ConnectorAnswer(500), new ConnectorAnswer(502), new ConnectorAnswer(503));

        var (response, waits) = await TurnAsync();
        using var _ = response;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, MessageCalls().Count);
        Assert.Equal(3, waits.Count);
        for (var retry = 0; retry < waits.Count; retry++)
        {
            // Exponential from the base delay, with ±20 % jitter: the ranges do not overlap, so each wait is longer.
            var exponential = BaseDelay * Math.Pow(2, retry);
            Assert.InRange(waits[retry], exponential * 0.8, exponential * 1.2);
        }
    }

    [Fact]
    public async Task Persistent_failure_gives_up_after_the_retry_budget_and_the_turn_reports_502()
    {
        _connector.Script(Enumerable.Repeat(new ConnectorAnswer(503), 10).ToArray());

        var (response, waits) = await TurnAsync();
        using var _ = response;

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal(4, MessageCalls().Count);
        Assert.Equal(3, waits.Count);
    }

    [Fact]
    public async Task Client_errors_are_not_retried()
    {
        _connector.Script(new ConnectorAnswer(400, Body: """{"error":{"code":"BadArgument","message":"bad"}}"""));

        var (response, waits) = await TurnAsync();
        using var _ = response;

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Single(MessageCalls());
        Assert.Empty(waits);
        Assert.Contains(CapturedLogs.Shared.Snapshot(), l => l.Contains("BadArgument", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stalled_attempt_times_out_and_is_retried()
    {
        // The first attempt is held until the client gives up on it; the second is answered at once.
        _connector.Script(new ConnectorAnswer(201, Delay: Timeout.InfiniteTimeSpan));
        var turn = _host.PostAsync(Activities.TeamsMessage(_connector.ServiceUrl.ToString()));
        Assert.Single(await _connector.WaitForCallsAsync(1));
        Assert.Equal(AttemptTimeout, await _clock.NextTimerAsync(wait => wait == AttemptTimeout));
        _clock.Advance(AttemptTimeout);

        var (response, waits) = await _clock.RunAsync(turn, IsWaitBetweenAttempts);
        using var _ = response;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, MessageCalls().Count);
        Assert.Single(waits);
    }

    [Fact]
    public async Task Accepted_without_a_body_is_a_success_without_an_id()
    {
        var client = _host.Services.GetRequiredService<ConnectorClient>();
        _connector.Script(new ConnectorAnswer(202, Body: string.Empty));

        var result = await client.SendToConversationAsync(_connector.ServiceUrl.ToString(), "c1", new Activity { Type = "message", Text = "x" }, CancellationToken.None);

        Assert.Null(result.Id);
    }

    [Fact]
    public async Task The_client_refuses_untrusted_service_urls_before_sending()
    {
        var client = _host.Services.GetRequiredService<ConnectorClient>();

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            client.SendToConversationAsync("https://attacker.example/", "c1", new Activity { Type = "message" }, CancellationToken.None));
    }
}
