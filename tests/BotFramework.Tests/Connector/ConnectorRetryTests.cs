using Stopwatch = System.Diagnostics.Stopwatch;
using FibroBot.BotFramework.Connector;
using Microsoft.Extensions.DependencyInjection;

namespace FibroBot.Tests.Connector;

/// <summary>Delivery to a Bot Connector that throttles, fails or stalls (a real HTTP peer on loopback).</summary>
public sealed class ConnectorRetryTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _host = await BotHost.StartAsync(new DelegateBot((turn, ct) => turn.SendActivityAsync(turn.Activity.CreateReply("answer"), ct)));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    // A slow delivery also triggers the typing indicator; these tests follow the answer itself.
    private List<ConnectorCall> MessageCalls() => [.. _connector.Calls.Where(c => c.Body?["type"]?.GetValue<string>() == "message")];

    private Task<HttpResponseMessage> TurnAsync() => _host.PostAsync(Activities.TeamsMessage(_connector.ServiceUrl.ToString()));

    [Fact]
    public async Task Throttled_reply_waits_for_retry_after_and_then_succeeds()
    {
        _connector.Script(new ConnectorAnswer(429, RetryAfterSeconds: 1));

        using var response = await TurnAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = MessageCalls();
        Assert.Equal(2, calls.Count);
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromMilliseconds(950), $"waited only {(calls[1].At - calls[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Retry_after_longer_than_the_cap_is_bounded()
    {
        _connector.Script(new ConnectorAnswer(429, RetryAfterSeconds: 3600));
        var clock = Stopwatch.StartNew();

        using var response = await TurnAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.9), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Server_errors_are_retried_with_growing_back_off()
    {
        _connector.Script(new ConnectorAnswer(500), new ConnectorAnswer(502), new ConnectorAnswer(503));

        using var response = await TurnAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = MessageCalls();
        Assert.Equal(4, calls.Count);
        Assert.True(calls[3].At - calls[2].At > calls[1].At - calls[0].At, "back-off did not grow");
    }

    [Fact]
    public async Task Persistent_failure_gives_up_after_the_retry_budget_and_the_turn_reports_502()
    {
        _connector.Script(Enumerable.Repeat(new ConnectorAnswer(503), 10).ToArray());

        using var response = await TurnAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal(4, MessageCalls().Count);
    }

    [Fact]
    public async Task Client_errors_are_not_retried()
    {
        _connector.Script(new ConnectorAnswer(400, Body: """{"error":{"code":"BadArgument","message":"bad"}}"""));

        using var response = await TurnAsync();

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Single(MessageCalls());
        Assert.Contains(CapturedLogs.Shared.Snapshot(), l => l.Contains("BadArgument", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stalled_attempt_times_out_and_is_retried()
    {
        _connector.Script(new ConnectorAnswer(201, Delay: TimeSpan.FromSeconds(5)));

        using var response = await TurnAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, MessageCalls().Count);
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
