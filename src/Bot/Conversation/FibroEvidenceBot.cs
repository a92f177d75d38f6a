using System.Text.Json;
using System.Text.Json.Nodes;
using FibroBot.Answers;
using FibroBot.BotFramework.Builder;
using FibroBot.BotFramework.Schema;
using FibroBot.BotFramework.Storage;
using FibroBot.Moderation;

namespace FibroBot.Conversation;

/// <summary>
/// The conversation bot: messages go through the answer pipeline; new members and installs get one welcome per
/// conversation; moderators' <c>report</c> and <c>export</c> are answered from the turn log; every replied message
/// is recorded in the turn log and Teams feedback is attached to it. Everything else is acknowledged without a reply.
/// </summary>
public sealed partial class FibroEvidenceBot(
    AnswerPipeline pipeline,
    AnswerComposer composer,
    ConversationStateStore state,
    IFeedbackSink feedback,
    TurnLogWriter turnLog,
    ModeratorCommands moderatorCommands,
    TimeProvider clock,
    ILogger<FibroEvidenceBot> logger) : IBot
{
    public const string SubmitActionInvoke = "message/submitAction";
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) => turnContext.Activity.Type switch
    {
        ActivityTypes.Message => OnMessageAsync(turnContext, cancellationToken),
        ActivityTypes.ConversationUpdate => OnConversationUpdateAsync(turnContext, cancellationToken),
        ActivityTypes.InstallationUpdate => OnInstallationUpdateAsync(turnContext, cancellationToken),
        ActivityTypes.Invoke => OnInvokeAsync(turnContext, cancellationToken),
        _ => Task.CompletedTask,
    };

    private async Task OnMessageAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var submitted = SubmittedQuestion(activity);
        var mentioned = activity.MentionsRecipient();

        // In group chats and channels the bot speaks only when addressed; a submit from its own card is addressed to it.
        if (activity.IsGroupConversation() && !mentioned && submitted is null)
        {
            return;
        }

        var text = submitted ?? (mentioned ? activity.RemoveRecipientMention() : activity.Text) ?? string.Empty;
        if (ModeratorCommands.TryParse(text, out var command))
        {
            await OnModeratorCommandAsync(turnContext, text, command, cancellationToken);
            return;
        }

        var stored = await ReadMemoryAsync(activity, cancellationToken);
        var result = AnswerOrSayWhy(text, stored?.Memory ?? ConversationMemory.Empty);

        var reply = ReplyFactory.Create(activity, result.Answer);
        var sent = await turnContext.SendActivityAsync(reply, cancellationToken);
        await RecordTurnAsync(activity, text, result.Answer, result.Topics ?? [], result.Confidence, sent?.Id ?? reply.Id, cancellationToken);

        if (stored is not null)
        {
            await state.WriteAsync(stored, result.Memory, cancellationToken);
        }
    }

    /// <summary>
    /// The pipeline's answer, or, when reading the message threw (round 25 found a rule matcher that did, and the member
    /// got no reply at all), a fixed reply that says so and points to emergency help: a message the bot could not judge
    /// may be a crisis. The memory is kept as it was.
    /// </summary>
    private PipelineResult AnswerOrSayWhy(string text, ConversationMemory memory)
    {
        try
        {
            return pipeline.Answer(text, memory);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The exception message is left out because it may quote the member's words; the stack names only code.
            LogAnswerFailed(logger, e.GetType().FullName, e.StackTrace);
            return new PipelineResult(composer.CouldNotRead(), memory);
        }
    }

    private async Task OnModeratorCommandAsync(ITurnContext turnContext, string text, ModeratorCommand command, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var handled = await moderatorCommands.HandleAsync(command, activity, cancellationToken);
        var answer = Answer.Fixed(AnswerKind.Command, [handled.Markdown]);
        var reply = ReplyFactory.CreateCommandReply(activity, answer, handled);
        var sent = await turnContext.SendActivityAsync(reply, cancellationToken);
        await RecordTurnAsync(activity, text, answer, [], null, sent?.Id ?? reply.Id, cancellationToken);
    }

    /// <summary>
    /// Records the turn after its reply was sent, so that the reply's id (which Teams feedback names) is known, and
    /// before the turn ends, so that a turn the channel saw acknowledged is durable. A turn log that cannot be written
    /// costs the moderators one record, never the person their answer: the error is logged and the turn completes.
    /// </summary>
    private async Task RecordTurnAsync(
        Activity activity,
        string? question,
        Answer answer,
        IReadOnlyList<string> topics,
        double? confidence,
        string? replyActivityId,
        CancellationToken cancellationToken)
    {
        var observation = new TurnObservation
        {
            Channel = string.IsNullOrWhiteSpace(activity.ChannelId) ? "unknown" : activity.ChannelId,
            Kind = ToTurnKind(answer.Kind),
            UserId = activity.From?.Id,
            ConversationId = activity.Conversation?.Id,
            UserName = activity.From?.Name,
            Question = question,
            Topics = topics,
            SourceIds = [.. answer.Sources.Select(s => s.Id)],
            Confidence = confidence,
            Redactions = answer.Redactions,
            ReplyActivityId = replyActivityId,
        };

        try
        {
            await turnLog.RecordTurnAsync(observation, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogTurnNotRecorded(logger, observation.Channel, observation.Kind, ex);
        }
    }

    private static TurnKind ToTurnKind(AnswerKind kind) => kind switch
    {
        AnswerKind.Answer => TurnKind.Answer,
        AnswerKind.Refusal => TurnKind.Refusal,
        AnswerKind.Crisis => TurnKind.Crisis,
        AnswerKind.NoAnswer => TurnKind.NoAnswer,
        AnswerKind.SmallTalk => TurnKind.Smalltalk,
        AnswerKind.Help => TurnKind.Help,
        AnswerKind.Command => TurnKind.Command,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private Task OnConversationUpdateAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;
        var someoneElseJoined = (activity.MembersAdded ?? []).Any(m => m.Id is not null && m.Id != botId);
        return someoneElseJoined ? WelcomeOnceAsync(turnContext, cancellationToken) : Task.CompletedTask;
    }

    private Task OnInstallationUpdateAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Action is "add" or "add-upgrade"
            ? WelcomeOnceAsync(turnContext, cancellationToken)
            : Task.CompletedTask;

    /// <summary>Claims the welcome in storage before sending it, so that an install and a join arriving together welcome once.</summary>
    private async Task WelcomeOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var stored = await ReadMemoryAsync(turnContext.Activity, cancellationToken);
        if (stored is null || stored.Memory.Welcomed)
        {
            return;
        }

        if (await state.TryClaimWelcomeAsync(stored, cancellationToken))
        {
            await turnContext.SendActivityAsync(ReplyFactory.Create(turnContext.Activity, composer.Welcome()), cancellationToken);
        }
    }

    private async Task OnInvokeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        switch (activity.Name)
        {
            case SubmitActionInvoke when ParseFeedback(activity) is { } record:
                await feedback.RecordAsync(record, cancellationToken);
                // Teams answers 400 to the person if this invoke's response has a body.
                turnContext.SetInvokeResponse(new InvokeResponse { Status = 200 });
                break;
            case SubmitActionInvoke:
                turnContext.SetInvokeResponse(new InvokeResponse { Status = 400 });
                break;
            case AdaptiveCardActionInvoke:
                turnContext.SetInvokeResponse(new InvokeResponse
                {
                    Status = 200,
                    Body = new JsonObject
                    {
                        ["statusCode"] = 200,
                        ["type"] = "application/vnd.microsoft.activity.message",
                        ["value"] = FixedTexts.Invoke.CardActionReceived,
                    },
                });
                break;
            default:
                turnContext.SetInvokeResponse(new InvokeResponse { Status = 501 });
                break;
        }
    }

    /// <summary>The question sent by an Action.Submit (a message with a value and no text), if this is one.</summary>
    private static string? SubmittedQuestion(Activity activity) =>
        string.IsNullOrWhiteSpace(activity.Text)
        && activity.Value is JsonObject value
        && value["question"] is JsonValue question
        && question.TryGetValue<string>(out var text)
            ? text
            : null;

    private FeedbackRecord? ParseFeedback(Activity activity)
    {
        if (activity.Value is not JsonObject value
            || value["actionName"]?.GetValueKind() != JsonValueKind.String
            || value["actionName"]!.GetValue<string>() != "feedback"
            || value["actionValue"] is not JsonObject actionValue
            || actionValue["reaction"] is not JsonValue reactionNode
            || !reactionNode.TryGetValue<string>(out var reaction)
            || reaction is not ("like" or "dislike"))
        {
            return null;
        }

        return new FeedbackRecord(
            activity.ChannelId ?? string.Empty,
            activity.Conversation?.Id ?? string.Empty,
            activity.ReplyToId,
            reaction,
            FeedbackText(actionValue["feedback"]),
            clock.GetUtcNow(),
            activity.From?.Name);
    }

    /// <summary>Teams sends the comment as a JSON string inside the JSON; a malformed one loses the comment, not the rating.</summary>
    private static string? FeedbackText(JsonNode? feedbackNode)
    {
        try
        {
            if (feedbackNode is not JsonValue value || !value.TryGetValue<string>(out var json) || string.IsNullOrWhiteSpace(json))
            {
                return null;
            }

            return JsonNode.Parse(json) is JsonObject form && form["feedbackText"] is JsonValue text && text.TryGetValue<string>(out var comment)
                ? comment
                : null;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            // Malformed JSON or a lone surrogate that cannot be transcoded: the comment is lost, the rating kept.
            return null;
        }
    }

    /// <summary>The conversation's memory, or null when storage is down: the person still gets an answer, without follow-up context.</summary>
    private async Task<StoredMemory?> ReadMemoryAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            return await state.ReadAsync(activity, cancellationToken);
        }
        catch (StorageUnavailableException ex)
        {
            LogStorageUnavailable(logger, ex);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Kind} turn on channel {Channel} was answered but could not be recorded in the turn log.")]
    private static partial void LogTurnNotRecorded(ILogger logger, string channel, TurnKind kind, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading a message failed ({Failure}); the member was told and pointed to emergency help.\n{Stack}")]
    private static partial void LogAnswerFailed(ILogger logger, string? failure, string? stack);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversation storage unavailable; answering without conversation memory.")]
    private static partial void LogStorageUnavailable(ILogger logger, Exception exception);
}
