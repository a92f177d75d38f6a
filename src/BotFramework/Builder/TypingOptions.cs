using FibroBot.BotFramework.Configuration;

namespace FibroBot.BotFramework.Builder;

/// <summary>When the typing indicator shows: the <c>BotFramework</c> section's <c>TypingDelay</c> and <c>TypingPeriod</c>.</summary>
public sealed class TypingOptions : IOptionsProblems
{
    public const string SectionName = "BotFramework";

    /// <summary>A message turn still running after this long shows a typing indicator.</summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often the typing indicator is repeated while the answer is still being prepared.</summary>
    public TimeSpan TypingPeriod { get; set; } = TimeSpan.FromSeconds(3);

    public IEnumerable<string> Problems()
    {
        if (TypingDelay < TimeSpan.Zero)
        {
            yield return $"{SectionName}:{nameof(TypingDelay)} must be 0 or more, got {TypingDelay}.";
        }

        if (TypingPeriod <= TimeSpan.Zero)
        {
            yield return $"{SectionName}:{nameof(TypingPeriod)} must be positive, got {TypingPeriod}.";
        }
    }
}
