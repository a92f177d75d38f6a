using System.Text.Json.Nodes;
using FibroBot.BotFramework.DirectLine;
using FibroBot.BotFramework.Schema;
using FibroBot.Safety;

namespace FibroBot.Moderation;

/// <summary>
/// The privacy promise applied to the web chat transcript that Direct Line keeps so a reloaded page can resume:
/// a member's crisis message is never stored (its bubble stays on the member's screen only; the bot's fixed crisis
/// reply is stored, so a reload still shows the guidance), and no display name is stored for anyone but the bot.
/// </summary>
public sealed class TranscriptPrivacyFilter(SafetyTriage triage, IQueryEmbedder embedder) : IDirectLineTranscriptFilter
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
    private bool IsCrisis(Activity activity) =>
        IsCrisis(activity.Text)
        || (activity.Value is JsonObject value && value["question"] is JsonValue question && question.TryGetValue<string>(out var submitted) && IsCrisis(submitted));

    // The query vector comes from the shared cache, so the answer pipeline's own pass for this message is a cache hit.
    private bool IsCrisis(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var message = MessageNormalizer.Normalize(text);
        return triage.Judge(message, embedder.EmbedQueries([message.Text])[0]).Outcome == TriageOutcome.Crisis;
    }

    private static void ForgetName(ChannelAccount? account)
    {
        if (account is not null && account.Role != "bot")
        {
            account.Name = null;
        }
    }
}
