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

    /// <summary>True when a mention entity names the activity's recipient (the bot).</summary>
    public static bool MentionsRecipient(this Activity activity)
    {
        var botId = activity.Recipient?.Id;
        return botId is not null && (activity.Entities ?? []).Any(e =>
            e.Type == "mention"
            && e.Properties?["mentioned"]?["id"]?.GetValue<string>() == botId);
    }

    /// <summary>The message text with the recipient's own <c>&lt;at&gt;…&lt;/at&gt;</c> mention removed and trimmed.</summary>
    public static string RemoveRecipientMention(this Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.Type == "mention"
                && entity.Properties?["mentioned"]?["id"]?.GetValue<string>() == botId
                && entity.Properties?["text"]?.GetValue<string>() is { Length: > 0 } mentionText)
            {
                text = text.Replace(mentionText, string.Empty, StringComparison.Ordinal);
            }
        }

        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
