using System.Text.Json.Nodes;
using FibroBot.BotFramework.Builder;
using FibroBot.BotFramework.Schema;

namespace FibroBot.Tests.DirectLine;

/// <summary>A small bot for protocol tests: welcome on join, "card", "multi", "slow", otherwise an echo.</summary>
internal sealed class TestBot : IBot
{
    public const string Welcome = "Welcome from the test bot.";

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            await turnContext.SendActivityAsync(new Activity { Text = Welcome }, cancellationToken);
            return;
        }

        if (activity.Type != ActivityTypes.Message)
        {
            return;
        }

        switch (activity.Text)
        {
            case "card":
                await turnContext.SendActivityAsync(new Activity
                {
                    Text = "Here is a card:",
                    Attachments =
                    [
                        new Attachment
                        {
                            ContentType = "application/vnd.microsoft.card.adaptive",
                            Content = JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Card body"}]}"""),
                        },
                    ],
                }, cancellationToken);
                break;
            case "multi":
                await turnContext.SendActivitiesAsync(
                    [new Activity { Type = ActivityTypes.Typing }, new Activity { Text = "one" }, new Activity { Text = "two" }, new Activity { Text = "three" }],
                    cancellationToken);
                break;
            default:
                await turnContext.SendActivityAsync(new Activity { Text = $"echo: {activity.Text}", TextFormat = "plain" }, cancellationToken);
                break;
        }
    }
}
