using FibroBot.BotFramework.Configuration;

namespace FibroBot.BotFramework.Hosting;

/// <summary>
/// The <c>Deduplication</c> section: how long a handled message activity is remembered, so that a channel's
/// redelivery of it (same channel, conversation and activity id) gets no second turn.
/// </summary>
public sealed class ActivityDeduplicationOptions : IOptionsProblems
{
    public const string SectionName = "Deduplication";

    public bool Enabled { get; set; } = true;

    /// <summary>Minutes a handled activity is remembered; a redelivery after that is handled again.</summary>
    public int WindowMinutes { get; set; } = 10;

    /// <summary>How often records older than the window are deleted.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(10);

    public TimeSpan Window => TimeSpan.FromMinutes(WindowMinutes);

    public IEnumerable<string> Problems()
    {
        if (WindowMinutes is < 1 or > 1440)
        {
            yield return $"Deduplication:WindowMinutes must be between 1 and 1440 (a day), got {WindowMinutes}.";
        }

        if (CleanupInterval <= TimeSpan.Zero)
        {
            yield return "Deduplication:CleanupInterval must be positive.";
        }
    }
}
