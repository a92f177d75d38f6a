using System.Net;
using System.Text.Json.Nodes;
using FibroBot.BotFramework.Builder;
using FibroBot.BotFramework.Hosting;
using FibroBot.BotFramework.Schema;
using FibroBot.BotFramework.Teams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FibroBot.Integration.Playground;

/// <summary>
/// Proves the protocol layer and the playground harness together with a small bot of the tests' own: the real
/// channel (AddBotFrameworkChannel/MapBotFrameworkChannel) on Kestrel, driven by the real Agents Playground.
/// </summary>
[Trait("Category", "Slow")]
public sealed class EchoBotPlaygroundTests
{
    /// <summary>Echoes the text (own mention stripped) as an Adaptive Card with one citation and feedback buttons.</summary>
    private sealed class CardEchoBot : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            var activity = turnContext.Activity;
            if (activity.Type == ActivityTypes.InstallationUpdate && activity.Action == InstallationUpdateActions.Add)
            {
                await turnContext.SendActivityAsync(activity.CreateReply("installed"), cancellationToken);
                return;
            }

            if (activity.Type != ActivityTypes.Message || !activity.IsAddressedToBot())
            {
                return;
            }

            var text = activity.RemoveRecipientMention();
            var reply = activity.CreateReply($"echo: {text} [1]");
            reply.TextFormat = TextFormatTypes.Markdown;
            reply.Attachments =
            [
                new Attachment
                {
                    ContentType = "application/vnd.microsoft.card.adaptive",
                    Content = new JsonObject
                    {
                        ["type"] = "AdaptiveCard",
                        ["version"] = "1.5",
                        ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = $"echo: {text}", ["wrap"] = true }),
                    },
                },
            ];
            reply.Entities = [AiMessageEntity.Create([new Citation(1, "Echo source", "What you said, repeated.", Keywords: ["echo"])])];
            reply.EnableFeedbackLoop();
            await turnContext.SendActivityAsync(reply, cancellationToken);
        }
    }

    private static async Task<(WebApplication App, Uri Endpoint)> StartBotAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddBotFrameworkChannel(builder.Configuration);
        builder.Services.AddSingleton<IBot, CardEchoBot>();
        var app = builder.Build();
        app.MapBotFrameworkChannel();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(new Uri(address), "api/messages"));
    }

    [Fact]
    public async Task Personal_chat_answer_arrives_through_the_playground_connector_with_card_and_citation()
    {
        var (bot, endpoint) = await StartBotAsync();
        await using var _ = bot;
        await using var playground = await AgentsPlayground.StartAsync(endpoint);

        var install = await playground.InstallAsync(playground.PersonalChatId);
        var turn = await playground.AskAsync(playground.PersonalChatId, "hello there");

        Assert.Contains(install, e => e.FromBot && e.Request?["text"]?.GetValue<string>() == "installed" && e.Status is >= 200 and < 300);
        Assert.Equal(200, turn.Turn!.Status);
        var call = Assert.Single(turn.ConnectorCalls, c => c.Request!["type"]!.GetValue<string>() == "message");
        Assert.InRange(call.Status!.Value, 200, 299);
        var reply = call.Request!;
        Assert.Equal("echo: hello there [1]", reply["text"]!.GetValue<string>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", reply["attachments"]![0]!["contentType"]!.GetValue<string>());
        var citation = reply["entities"]![0]!["citation"]![0]!;
        Assert.Equal("Echo source", citation["appearance"]!["name"]!.GetValue<string>());
        Assert.Equal(turn.Turn.Request!["id"]!.GetValue<string>(), reply["replyToId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Expect_replies_mode_returns_the_answer_in_the_turn_response()
    {
        var (bot, endpoint) = await StartBotAsync();
        await using var _ = bot;
        await using var playground = await AgentsPlayground.StartAsync(endpoint, deliveryMode: "expectReplies");

        var turn = await playground.AskAsync(playground.PersonalChatId, "in the body please");

        Assert.Equal("expectReplies", turn.Turn!.Request!["deliveryMode"]!.GetValue<string>());
        Assert.Equal(200, turn.Turn.Status);
        Assert.Empty(turn.ConnectorCalls);
        Assert.Equal("echo: in the body please [1]", Assert.Single(turn.Replies)["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Group_chat_answers_only_when_the_bot_is_mentioned()
    {
        var (bot, endpoint) = await StartBotAsync();
        await using var _ = bot;
        await using var playground = await AgentsPlayground.StartAsync(endpoint);

        var beforeUnmentioned = DateTimeOffset.UtcNow;
        await playground.SendAsync(playground.GroupChatId, "anyone there?", mention: false);
        var mentioned = await playground.AskAsync(playground.GroupChatId, "what is this?", mention: true);

        // The playground passes a chat's messages on in order: once the later one is answered, the earlier one would have been.
        Assert.Equal(mentioned.Turn, Assert.Single(playground.MessageTurnsSince(beforeUnmentioned)));
        Assert.Equal("echo: what is this? [1]", Assert.Single(mentioned.Replies)["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Channel_post_with_a_mention_is_answered_in_its_thread()
    {
        var (bot, endpoint) = await StartBotAsync();
        await using var _ = bot;
        await using var playground = await AgentsPlayground.StartAsync(endpoint);

        var turn = await playground.AskAsync(playground.ChannelId, "channel question", mention: true);

        var conversationId = turn.Turn!.Request!["conversation"]!["id"]!.GetValue<string>();
        Assert.Contains(";messageid=", conversationId, StringComparison.Ordinal);
        var reply = Assert.Single(turn.Replies);
        Assert.Equal(conversationId, reply["conversation"]!["id"]!.GetValue<string>());
        Assert.Equal("echo: channel question [1]", reply["text"]!.GetValue<string>());
    }
}
