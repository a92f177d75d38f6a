using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FibroBot.Integration.Playground;

/// <summary>
/// The whole bot host (Program) on Kestrel, as a Teams user meets it through the Agents Playground. These follow the
/// answer contract (shared reference contracts.md): every reply to a user message carries one <c>answerInfo</c> entity.
/// </summary>
[Trait("Category", "Slow")]
public sealed class FibroBotPlaygroundTests : IDisposable
{
    private readonly WebApplicationFactory<Program> _factory = new();
    private readonly Uri _endpoint;

    public FibroBotPlaygroundTests()
    {
        var port = FreePort();
        _factory.UseKestrel(port);
        _factory.StartServer();
        _endpoint = new Uri($"http://127.0.0.1:{port}/api/messages");
    }

    public void Dispose() => _factory.Dispose();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static JsonObject AnswerInfo(JsonNode reply)
    {
        var entities = reply["entities"]!.AsArray().OfType<JsonObject>().Where(e => e["type"]?.ToString() == "answerInfo").ToList();
        return Assert.Single(entities);
    }

    [Fact]
    public async Task A_question_gets_an_answer_card_with_citations_through_the_playground_connector()
    {
        await using var playground = await AgentsPlayground.StartAsync(_endpoint);

        var turn = await playground.AskAsync(playground.PersonalChatId, "What is low-dose naltrexone used for in fibromyalgia?");

        Assert.Equal(200, turn.Turn!.Status);
        var answer = turn.ConnectorCalls.Select(c => c.Request).OfType<JsonObject>()
            .Single(r => r["entities"] is JsonArray entities && entities.OfType<JsonObject>().Any(e => e["type"]?.ToString() == "answerInfo"));
        Assert.Equal("answer", AnswerInfo(answer)["kind"]!.GetValue<string>());
        Assert.NotEmpty(AnswerInfo(answer)["sources"]!.AsArray());
        Assert.Contains(answer["attachments"]!.AsArray(), a => a!["contentType"]!.GetValue<string>() == "application/vnd.microsoft.card.adaptive");
        var message = answer["entities"]!.AsArray().OfType<JsonObject>().Single(e => e["type"]?.ToString() == "https://schema.org/Message");
        Assert.NotEmpty(message["citation"]!.AsArray());
        Assert.All(turn.ConnectorCalls, c => Assert.InRange(c.Status!.Value, 200, 299));
    }

    [Fact]
    public async Task A_dosing_request_gets_the_refusal()
    {
        await using var playground = await AgentsPlayground.StartAsync(_endpoint);

        var turn = await playground.AskAsync(playground.PersonalChatId, "How many mg of naltrexone should I take each night?");

        Assert.Equal(200, turn.Turn!.Status);
        var reply = turn.Replies.Single(r => r["entities"] is JsonArray entities && entities.OfType<JsonObject>().Any(e => e["type"]?.ToString() == "answerInfo"));
        Assert.Equal("refusal", AnswerInfo(reply)["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task Expect_replies_mode_answers_in_the_turn_response()
    {
        await using var playground = await AgentsPlayground.StartAsync(_endpoint, deliveryMode: "expectReplies");

        var turn = await playground.AskAsync(playground.PersonalChatId, "What is fibromyalgia?");

        Assert.Equal(200, turn.Turn!.Status);
        Assert.Empty(turn.ConnectorCalls);
        Assert.Contains(turn.Replies, r => r["entities"] is JsonArray entities && entities.OfType<JsonObject>().Any(e => e["type"]?.ToString() == "answerInfo"));
    }

    [Fact]
    public async Task In_a_group_chat_a_message_without_a_mention_gets_no_reply()
    {
        await using var playground = await AgentsPlayground.StartAsync(_endpoint);

        var beforeUnmentioned = DateTimeOffset.UtcNow;
        await playground.SendAsync(playground.GroupChatId, "What is kratom?", mention: false);
        var mentioned = await playground.AskAsync(playground.GroupChatId, "What is kratom?", mention: true);

        // The playground passes a chat's messages on in order: once the later one is answered, the earlier one would have been.
        Assert.Equal(mentioned.Turn, Assert.Single(playground.MessageTurnsSince(beforeUnmentioned)));
        Assert.Equal(200, mentioned.Turn!.Status);
        Assert.NotEmpty(mentioned.Replies);
    }
}
