using System.Text.Json;
using System.Text.Json.Nodes;
using FibroBot.BotFramework.Schema;

namespace FibroBot.BotFramework.Teams;

/// <summary>A Teams feedback-loop submission (the <c>message/submitAction</c> invoke).</summary>
/// <param name="Reaction"><c>like</c> or <c>dislike</c>.</param>
/// <param name="FeedbackText">What the person typed, if anything.</param>
/// <param name="RatedActivityId">The id of the bot message that was rated.</param>
public sealed record FeedbackSubmission(string Reaction, string? FeedbackText, string? RatedActivityId);

/// <summary>Reading and writing the Teams-specific parts of an activity (its <c>channelData</c> and conversation shape).</summary>
public static class TeamsActivityExtensions
{
    public const string ChannelId = "msteams";
    public const string FeedbackInvokeName = "message/submitAction";

    /// <summary>The tenant: <c>conversation.tenantId</c>, else <c>channelData.tenant.id</c>.</summary>
    public static string? GetTenantId(this Activity activity)
        => activity.Conversation?.TenantId ?? ReadString(activity.ChannelData, "tenant", "id");

    public static string? GetTeamId(this Activity activity)
        => ReadString(activity.ChannelData, "team", "id") ?? ReadString(activity.ChannelData, "teamsTeamId");

    public static string? GetTeamsChannelId(this Activity activity)
        => ReadString(activity.ChannelData, "channel", "id") ?? ReadString(activity.ChannelData, "teamsChannelId");

    /// <summary>Teams' <c>channelData.eventType</c> on conversation updates (<c>teamMemberAdded</c>, <c>channelCreated</c>, …).</summary>
    public static string? GetTeamsEventType(this Activity activity) => ReadString(activity.ChannelData, "eventType");

    /// <summary><c>personal</c>, <c>groupChat</c> or <c>channel</c>; the Agents Playground omits it for personal chats.</summary>
    public static string GetConversationType(this Activity activity) =>
        activity.Conversation?.ConversationType
        ?? (activity.Conversation?.IsGroup == true ? ConversationTypes.GroupChat : ConversationTypes.Personal);

    /// <summary>
    /// Whether a message is addressed to the bot: always in personal chats, in group chats and channels only when a
    /// mention entity names the bot (Teams delivers unmentioned messages only with RSC permissions).
    /// </summary>
    public static bool IsAddressedToBot(this Activity activity) =>
        !activity.IsGroupConversation() || activity.MentionsRecipient();

    /// <summary>Turns on Teams' built-in thumbs up/down feedback for one outgoing message (both the current and legacy flag).</summary>
    public static Activity EnableFeedbackLoop(this Activity activity)
    {
        var channelData = activity.ChannelData as JsonObject ?? [];
        channelData["feedbackLoop"] = new JsonObject { ["type"] = "default" };
        channelData["feedbackLoopEnabled"] = true;
        activity.ChannelData = channelData;
        return activity;
    }

    /// <summary>Reads a feedback submission; false for any other activity or a malformed value.</summary>
    public static bool TryGetFeedback(this Activity activity, out FeedbackSubmission feedback)
    {
        feedback = null!;
        if (activity.Type != ActivityTypes.Invoke || activity.Name != FeedbackInvokeName
            || activity.Value is not JsonObject value || ReadString(value, "actionName") != "feedback"
            || value["actionValue"] is not JsonObject actionValue
            || ReadString(actionValue, "reaction") is not { Length: > 0 } reaction)
        {
            return false;
        }

        feedback = new FeedbackSubmission(reaction, ReadFeedbackText(actionValue["feedback"]), activity.ReplyToId);
        return true;
    }

    // Teams sends "feedback" as a JSON string that itself holds {"feedbackText": "..."}.
    private static string? ReadFeedbackText(JsonNode? feedback)
    {
        if (feedback is JsonValue value && value.TryGetValue<string>(out var raw))
        {
            try
            {
                return JsonNode.Parse(raw) is JsonObject parsed ? ReadString(parsed, "feedbackText") : raw;
            }
            catch (JsonException)
            {
                return raw;
            }
        }

        return feedback is JsonObject direct ? ReadString(direct, "feedbackText") : null;
    }

    private static string? ReadString(JsonNode? node, params string[] path)
    {
        foreach (var name in path)
        {
            node = node is JsonObject obj ? obj[name] : null;
        }

        return node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
    }
}
