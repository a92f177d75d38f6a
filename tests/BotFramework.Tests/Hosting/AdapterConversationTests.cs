using FibroBot.BotFramework.Storage;

namespace FibroBot.Tests.Hosting;

/// <summary>Turns through the real channel on Kestrel, with replies going to a fake Bot Connector on loopback.</summary>
public sealed class AdapterConversationTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    private static DelegateBot Echo() => new(async (turn, ct) =>
    {
        if (turn.Activity.Type == ActivityTypes.Message)
        {
            await turn.SendActivityAsync(turn.Activity.CreateReply($"echo: {turn.Activity.Text}"), ct);
        }
    });

    [Fact]
    public async Task Normal_mode_reply_is_posted_to_the_connector_with_escaped_ids_and_swapped_accounts()
    {
        await using var host = await BotHost.StartAsync(Echo());
        var activity = Activities.TeamsMessage(_connector.ServiceUrl.ToString(), "hi", conversationId: "19:abc@thread.tacv2;messageid=17", id: "17|a");

        using var response = await host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        var call = Assert.Single(await _connector.WaitForCallsAsync(1));
        Assert.Equal("POST", call.Method);
        Assert.Equal("/connector/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D17/activities/17%7Ca", call.RawPath);
        Assert.Null(call.Authorization);
        Assert.Equal("echo: hi", call.Body!["text"]!.GetValue<string>());
        Assert.Equal(Activities.BotId, call.Body["from"]!["id"]!.GetValue<string>());
        Assert.Equal(Activities.UserId, call.Body["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal("17|a", call.Body["replyToId"]!.GetValue<string>());
        Assert.Null(call.Body["id"]);
    }

    [Fact]
    public async Task Expect_replies_returns_the_replies_in_the_body_and_calls_no_connector()
    {
        await using var host = await BotHost.StartAsync(new DelegateBot(async (turn, ct) =>
        {
            await turn.SendActivityAsync(turn.Activity.CreateReply("one"), ct);
            await turn.SendActivityAsync(turn.Activity.CreateReply("two"), ct);
        }));

        using var response = await host.PostAsync(Activities.TeamsMessage(_connector.ServiceUrl.ToString(), deliveryMode: "expectReplies"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var replies = body["activities"]!.AsArray();
        Assert.Equal(["one", "two"], replies.Select(r => r!["text"]!.GetValue<string>()));
        Assert.All(replies, r => Assert.Equal("1722334455667", r!["replyToId"]!.GetValue<string>()));
        Assert.All(replies, r => Assert.Null(r!["deliveryMode"]));
        // The response comes when the turn has ended, so anything the turn sent to the connector has been sent by now.
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task Expect_replies_without_a_service_url_is_served()
    {
        await using var host = await BotHost.StartAsync(Echo());
        var activity = Activities.TeamsMessage(_connector.ServiceUrl.ToString(), deliveryMode: "expectReplies");
        activity.Remove("serviceUrl");

        using var response = await host.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray());
    }

    [Fact]
    public async Task Invoke_returns_the_status_and_body_the_bot_set()
    {
        await using var host = await BotHost.StartAsync(new DelegateBot((turn, _) =>
        {
            turn.SetInvokeResponse(new InvokeResponse { Status = 200, Body = new JsonObject { ["statusCode"] = 200, ["value"] = "Done" } });
            return Task.CompletedTask;
        }));
        var invoke = Activities.TeamsMessage(_connector.ServiceUrl.ToString());
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";

        using var response = await host.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Done", body["value"]!.GetValue<string>());
        Assert.Null(body["status"]);
    }

    [Fact]
    public async Task Invoke_with_an_empty_200_answer_has_no_body()
    {
        await using var host = await BotHost.StartAsync(new DelegateBot((turn, _) =>
        {
            turn.SetInvokeResponse(new InvokeResponse { Status = 200 });
            return Task.CompletedTask;
        }));
        var invoke = Activities.TeamsMessage(_connector.ServiceUrl.ToString());
        invoke["type"] = "invoke";
        invoke["name"] = "message/submitAction";

        using var response = await host.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invoke_the_bot_does_not_handle_gets_501()
    {
        await using var host = await BotHost.StartAsync(Echo());
        var invoke = Activities.TeamsMessage(_connector.ServiceUrl.ToString());
        invoke["type"] = "invoke";
        invoke["name"] = "composeExtension/query";

        using var response = await host.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Invoke_in_expect_replies_mode_carries_the_result_as_an_invoke_response_activity()
    {
        await using var host = await BotHost.StartAsync(new DelegateBot((turn, _) =>
        {
            turn.SetInvokeResponse(new InvokeResponse { Status = 200, Body = new JsonObject { ["ok"] = true } });
            return Task.CompletedTask;
        }));
        var invoke = Activities.TeamsMessage(_connector.ServiceUrl.ToString(), deliveryMode: "expectReplies");
        invoke["type"] = "invoke";

        using var response = await host.PostAsync(invoke);

        var last = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray().Last()!;
        Assert.Equal("invokeResponse", last["type"]!.GetValue<string>());
        Assert.Equal(200, last["value"]!["status"]!.GetValue<int>());
        Assert.True(last["value"]!["body"]!["ok"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_slow_answer_is_preceded_by_a_typing_indicator()
    {
        var clock = new FakeClock();
        var bot = new HeldBot("slow answer");
        await using var host = await BotHost.StartAsync(bot, timeProvider: clock);

        var turn = host.PostAsync(Activities.TeamsMessage(_connector.ServiceUrl.ToString()));
        clock.Advance(await clock.NextTimerAsync());
        var typing = Assert.Single(await _connector.WaitForCallsAsync(1));
        bot.Answer();
        using var response = await turn;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("typing", typing.ActivityType);
        Assert.Equal(["typing", "message"], _connector.Calls.Select(c => c.ActivityType));
    }

    [Fact]
    public async Task The_typing_indicator_waits_for_the_typing_delay()
    {
        var clock = new FakeClock();
        var bot = new HeldBot("answer just in time");
        await using var host = await BotHost.StartAsync(bot, new Dictionary<string, string?> { ["BotFramework:TypingDelay"] = "00:00:00.800" }, timeProvider: clock);

        var turn = host.PostAsync(Activities.TeamsMessage(_connector.ServiceUrl.ToString()));
        var typingDelay = await clock.NextTimerAsync();
        clock.Advance(typingDelay - TimeSpan.FromTicks(1));
        bot.Answer();
        using var response = await turn;

        // The turn has ended, and the typing indicator is stopped before it ends: nothing can follow.
        Assert.Equal(TimeSpan.FromMilliseconds(800), typingDelay);
        Assert.Equal(["message"], _connector.Calls.Select(c => c.ActivityType));
    }

    [Fact]
    public async Task Expect_replies_never_has_a_typing_indicator()
    {
        var clock = new FakeClock();
        var bot = new HeldBot("slow");
        await using var host = await BotHost.StartAsync(bot, timeProvider: clock);

        var turn = host.PostAsync(Activities.TeamsMessage(_connector.ServiceUrl.ToString(), deliveryMode: "expectReplies"));
        // The typing middleware runs before the bot: once the bot is running, any typing timer has been started.
        await bot.Started.WaitAsync(TimeSpan.FromSeconds(30));
        clock.Advance(TimeSpan.FromHours(1));
        bot.Answer();
        using var response = await turn;

        var buffered = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        Assert.Equal(["message"], buffered.Select(a => a!["type"]!.GetValue<string>()));
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task Storage_outage_in_the_bot_is_answered_503()
    {
        await using var host = await BotHost.StartAsync(new DelegateBot((_, _) => throw new StorageUnavailableException("database down")));

        using var response = await host.PostAsync(Activities.TeamsMessage(_connector.ServiceUrl.ToString()));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Unknown_activity_types_are_acknowledged_without_a_turn()
    {
        var turns = 0;
        await using var host = await BotHost.StartAsync(new DelegateBot((_, _) => { Interlocked.Increment(ref turns); return Task.CompletedTask; }));

        using var response = await host.PostAsync(new { type = "ping", channelId = "emulator" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, turns);
    }

    [Fact]
    public async Task Welcome_on_a_web_chat_conversation_update_is_sent_to_the_conversation_not_as_a_reply()
    {
        await using var host = await BotHost.StartAsync(new DelegateBot((turn, ct) => turn.SendActivityAsync(turn.Activity.CreateReply("welcome"), ct)));
        var update = new
        {
            type = "conversationUpdate", id = "c1|0000000", channelId = "webchat", serviceUrl = _connector.ServiceUrl.ToString(),
            conversation = new { id = "c1" }, recipient = new { id = "bot" }, from = new { id = "u" },
            membersAdded = new[] { new { id = "u" } },
        };

        using var response = await host.PostAsync(update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/connector/v3/conversations/c1/activities", Assert.Single(_connector.Calls).RawPath);
    }

    /// <summary>A bot whose answer waits until the test releases it: a slow answer without a clock.</summary>
    private sealed class HeldBot(string answer) : IBot
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Started => _started.Task;

        public void Answer() => _released.TrySetResult();

        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            _started.TrySetResult();
            await _released.Task.WaitAsync(cancellationToken);
            await turnContext.SendActivityAsync(turnContext.Activity.CreateReply(answer), cancellationToken);
        }
    }
}
