using FibroBot.BotFramework.Configuration;

namespace FibroBot.Moderation;

/// <summary>The <c>Privacy</c> configuration section.</summary>
public sealed class PrivacyOptions : IOptionsProblems
{
    public const string SectionName = "Privacy";
    public const int MinimumHashKeyLength = 16;
    public const string HashKeyFileName = "privacy-hash.key";

    /// <summary>
    /// The secret that keys the id hashes. When empty, one is generated once and kept in the data folder
    /// (<see cref="HashKeyFileName"/>). Several instances sharing a database must share this key.
    /// </summary>
    public string? HashKey { get; set; }

    /// <summary>How long turns are kept in the turn log.</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>How often the background clean-up deletes expired turns.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);

    public IEnumerable<string> Problems() => FindError() is { } error ? [error] : [];

    /// <summary>What is wrong with these settings, or null.</summary>
    public string? FindError()
    {
        if (RetentionDays is < 1 or > 3650)
        {
            return $"Privacy:RetentionDays is {RetentionDays}; it must be between 1 and 3650 days.";
        }

        if (CleanupInterval < TimeSpan.FromSeconds(1))
        {
            return $"Privacy:CleanupInterval is {CleanupInterval}; it must be at least one second.";
        }

        return !string.IsNullOrEmpty(HashKey) && HashKey.Length < MinimumHashKeyLength
            ? $"Privacy:HashKey has {HashKey.Length} characters; use at least {MinimumHashKeyLength} random ones, or leave it empty to have one generated."
            : null;
    }
}
