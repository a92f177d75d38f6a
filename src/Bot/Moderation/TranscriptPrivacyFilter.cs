using System.Text.Json.Nodes;
using FibroBot.Answers;
using FibroBot.BotFramework.DirectLine;
using FibroBot.BotFramework.Schema;

namespace FibroBot.Moderation;

/// <summary>
/// The privacy promise applied to the web chat transcript that Direct Line keeps so a reloaded page can resume:
/// a member's crisis message is never stored (its bubble stays on the member's screen only; the bot's fixed crisis
/// reply is stored, so a reload still shows the guidance), and no display name is stored for anyone but the bot.
/// </summary>
public sealed class TranscriptPrivacyFilter : IDirectLineTranscriptFilter
{
    public Activity? ToStore(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!IsFromBot(activity) && IsCrisis(activity))
        {
            return null;
        }

        ForgetName(activity.From);
        ForgetName(activity.Recipient);
        foreach (var member in (activity.MembersAdded ?? []).Concat(activity.MembersRemoved ?? []))
        {
            ForgetName(member);
        }

        return activity;
    }

    private static bool IsFromBot(Activity activity) => activity.From?.Role == "bot";

    // The same triage the answer pipeline runs, on everything the member could have typed or submitted.
    private static bool IsCrisis(Activity activity) =>
        IsCrisis(activity.Text)
        || (activity.Value is JsonObject value && value["question"] is JsonValue question && question.TryGetValue<string>(out var submitted) && IsCrisis(submitted));

    private static bool IsCrisis(string? text) =>
        !string.IsNullOrWhiteSpace(text) && MessageTriage.Classify(MessageNormalizer.Normalize(text)) == TriageOutcome.Crisis;

    private static void ForgetName(ChannelAccount? account)
    {
        if (account is not null && account.Role != "bot")
        {
            account.Name = null;
        }
    }
}
