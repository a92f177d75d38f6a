using System.Text.Json.Nodes;
using FibroBot.BotFramework.Builder;
using FibroBot.BotFramework.Schema;
using FibroBot.Retrieval.Corpus;

namespace FibroBot.Integration.Browser;

/// <summary>
/// Used only while the host registers no <see cref="IBot"/>: answers in the shape the answer contract promises
/// (an Adaptive Card naming the source, its evidence label and the disclaimer, plus an answerInfo entity), so the
/// browser harness is proven against the same assertions the real bot must pass.
/// </summary>
internal sealed class ContractStandInBot : IBot
{
    public const string Disclaimer = "Stand-in answer for the browser harness; not medical advice.";
    private const string SourceTitle = "Stand-in source on fibromyalgia";

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var incoming = turnContext.Activity;
        if (incoming.Type == ActivityTypes.ConversationUpdate)
        {
            await turnContext.SendActivityAsync(new Activity { Text = $"Hello. {Disclaimer}", TextFormat = "plain" }, cancellationToken);
            return;
        }

        if (incoming.Type != ActivityTypes.Message)
        {
            return;
        }

        var text = incoming.Text ?? string.Empty;
        if (text.Contains("how much", StringComparison.OrdinalIgnoreCase) || text.Contains("dose", StringComparison.OrdinalIgnoreCase))
        {
            await turnContext.SendActivityAsync(new Activity
            {
                Text = $"I can't give doses or schedules; a prescriber or pharmacist can. {Disclaimer}",
                TextFormat = "plain",
                Entities = [AnswerInfo("refusal", sources: [])],
            }, cancellationToken);
            return;
        }

        if (text.Contains('<', StringComparison.Ordinal))
        {
            await turnContext.SendActivityAsync(new Activity { Text = $"You wrote: {text}", Entities = [AnswerInfo("noAnswer", sources: [])] }, cancellationToken);
            return;
        }

        var label = EvidenceLabels.DisplayName(EvidenceLabel.GuidelineOrSystematicReview);
        var source = new JsonObject { ["id"] = "stand-in-1", ["title"] = SourceTitle, ["url"] = "https://example.org/stand-in", ["evidence"] = label };
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(
                new JsonObject { ["type"] = "TextBlock", ["text"] = "Exercise helps many people with fibromyalgia.", ["wrap"] = true },
                new JsonObject { ["type"] = "TextBlock", ["text"] = $"[{SourceTitle}](https://example.org/stand-in) ({label})", ["wrap"] = true },
                new JsonObject { ["type"] = "TextBlock", ["text"] = Disclaimer, ["wrap"] = true, ["isSubtle"] = true }),
        };
        await turnContext.SendActivityAsync(new Activity
        {
            Text = "Here is what the evidence says:",
            Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = card }],
            SuggestedActions = new SuggestedActions
            {
                Actions = [new CardAction { Type = ActionTypes.ImBack, Title = "Tell me more", Value = "Tell me more" }],
            },
            Entities = [AnswerInfo("answer", sources: [source])],
        }, cancellationToken);
    }

    private static Entity AnswerInfo(string kind, JsonObject[] sources) => new()
    {
        Type = "answerInfo",
        Properties = new JsonObject
        {
            ["kind"] = kind,
            ["disclaimers"] = new JsonArray("general"),
            ["sources"] = new JsonArray([.. sources]),
            ["redactions"] = 0,
        },
    };
}
