using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FibroBot.BotFramework.Schema;

public static partial class ActivityExtensions
{
    /// <summary>A new message addressed as a reply to <paramref name="incoming"/>.</summary>
    public static Activity CreateReply(this Activity incoming, string? text = null)
    {
        var reply = new Activity { Type = ActivityTypes.Message, Text = text, Locale = incoming.Locale };
        incoming.ApplyReplyAddressing(reply);
        return reply;
    }

    /// <summary>Fills conversation, sender, recipient, channel, service URL and replyToId from the incoming activity where unset.</summary>
    public static void ApplyReplyAddressing(this Activity incoming, Activity outgoing)
    {
        outgoing.Type ??= ActivityTypes.Message;
        outgoing.ChannelId ??= incoming.ChannelId;
        outgoing.ServiceUrl ??= incoming.ServiceUrl;
        outgoing.Conversation ??= incoming.Conversation;
        outgoing.From ??= incoming.Recipient;
        outgoing.Recipient ??= incoming.From;
        outgoing.ReplyToId ??= incoming.Id;
    }

    public static bool IsGroupConversation(this Activity activity)
        => activity.Conversation?.IsGroup == true
           || activity.Conversation?.ConversationType is "groupChat" or "channel";

    /// <summary>True when a mention entity names the activity's recipient (the bot); the entities, not the text, decide.</summary>
    public static bool MentionsRecipient(this Activity activity) => RecipientMentions(activity).Any();

    /// <summary>
    /// The message text with the recipient's own mentions removed (each entity's <c>text</c>, or <c>&lt;at&gt;name&lt;/at&gt;</c>
    /// when it has none; case-insensitive, as the SDK does), whitespace collapsed and trimmed.
    /// </summary>
    public static string RemoveRecipientMention(this Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        foreach (var mention in RecipientMentions(activity))
        {
            var mentionText = ReadString(mention, "text") ?? (ReadString(mention["mentioned"], "name") is { } name ? $"<at>{name}</at>" : null);
            if (!string.IsNullOrEmpty(mentionText))
            {
                text = text.Replace(mentionText, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }

        return Whitespace().Replace(text, " ").Trim();
    }

    private static IEnumerable<JsonObject> RecipientMentions(Activity activity)
    {
        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(botId))
        {
            return [];
        }

        return (activity.Entities ?? [])
            .Where(e => e.Type == "mention" && e.Properties is not null && ReadString(e.Properties["mentioned"], "id") == botId)
            .Select(e => e.Properties!);
    }

    /// <summary>A string property of a JSON object, or null when the node is not an object or the value not a string.</summary>
    private static string? ReadString(JsonNode? node, string name) =>
        node is JsonObject obj && obj[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
