using System.Text.Json.Nodes;
using FibroBot.Answers;
using FibroBot.Answers.Rendering;
using FibroBot.BotFramework.Schema;
using FibroBot.BotFramework.Teams;
using FibroBot.Moderation;

namespace FibroBot.Conversation;

/// <summary>Turns an answer into the reply activity: Markdown text, the card for answers, suggested actions, answerInfo, and Teams extras.</summary>
public static class ReplyFactory
{
    public const string TeamsChannelId = "msteams";

    /// <summary>Teams shows at most three suggested actions.</summary>
    public const int MaxSuggestedActions = 3;

    private const int MaxCitationNameLength = 80;
    private const int MaxKeywordLength = 28;

    public static Activity Create(Activity incoming, Answer answer)
    {
        var reply = incoming.CreateReply(MarkdownRenderer.Render(answer));
        reply.TextFormat = "markdown";
        reply.Entities = [AnswerInfoEntity.Create(answer)];

        if (answer.Kind == AnswerKind.Answer)
        {
            reply.Attachments = [new Attachment { ContentType = AdaptiveCardRenderer.ContentType, Content = AdaptiveCardRenderer.Render(answer) }];
        }

        if (answer.SuggestedQuestions.Count > 0)
        {
            reply.SuggestedActions = new SuggestedActions
            {
                Actions = [.. answer.SuggestedQuestions.Take(MaxSuggestedActions).Select(q => new CardAction
                {
                    Type = ActionTypes.ImBack,
                    Title = q,
                    Value = q,
                })],
            };
        }

        if (incoming.ChannelId == TeamsChannelId && answer.Kind is AnswerKind.Answer or AnswerKind.NoAnswer)
        {
            if (answer.Passages.Count > 0)
            {
                reply.Entities.Add(AiMessageEntity.Create(answer.Passages.Select(ToCitation)));
            }

            // feedbackLoop is the current switch; feedbackLoopEnabled is the older flag some clients still read.
            reply.ChannelData = new JsonObject
            {
                ["feedbackLoop"] = new JsonObject { ["type"] = "default" },
                ["feedbackLoopEnabled"] = true,
            };
        }

        return reply;
    }

    /// <summary>
    /// The reply to a moderator command: its Markdown, the report card and the export file as attachments, and the
    /// answerInfo entity of kind <c>command</c>.
    /// </summary>
    public static Activity CreateCommandReply(Activity incoming, Answer answer, ModeratorReply handled)
    {
        var reply = Create(incoming, answer);
        var attachments = new List<Attachment>();
        if (handled.Card is { } card)
        {
            attachments.Add(new Attachment { ContentType = AdaptiveCardRenderer.ContentType, Content = card });
        }

        if (handled.File is { } file)
        {
            attachments.Add(file);
        }

        reply.Attachments = attachments.Count > 0 ? attachments : null;
        return reply;
    }

    private static Citation ToCitation(CitedPassage passage)
    {
        var source = passage.Source;
        var name = source.Title.Length <= MaxCitationNameLength ? source.Title : source.Title[..(MaxCitationNameLength - 1)] + FixedTexts.Card.LongTextEllipsis;
        return new Citation(
            passage.Position,
            name,
            $"{source.Evidence}: {passage.Text}",
            MarkdownText.SafeUrl(source.Url),
            source.Evidence.Length <= MaxKeywordLength ? [source.Evidence] : null);
    }
}
