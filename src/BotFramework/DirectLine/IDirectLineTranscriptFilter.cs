using FibroBot.BotFramework.Schema;

namespace FibroBot.BotFramework.DirectLine;

/// <summary>
/// Decides what of each activity goes into the stored Direct Line transcript (the copy a reloaded page shows). The
/// host registers one to apply its privacy rules; without one, activities are stored as they are.
/// </summary>
public interface IDirectLineTranscriptFilter
{
    /// <summary>
    /// The copy of <paramref name="activity"/> to store (it may be changed freely, it is already a copy), or null to
    /// store nothing: the activity is then pushed to the conversation's open streams only, so the sender's own
    /// screen still shows it, and it does not take a watermark.
    /// </summary>
    Activity? ToStore(Activity activity);
}

/// <summary>Stores every activity as it is.</summary>
public sealed class KeepEverythingTranscriptFilter : IDirectLineTranscriptFilter
{
    public Activity? ToStore(Activity activity) => activity;
}
