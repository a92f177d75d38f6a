using System.Text.RegularExpressions;

namespace FibroBot.Answers.Safety;

/// <summary>STAND-IN for the safety work's detector (replaced at merge); only its public shape is relied on.</summary>
public static partial class CrisisDetector
{
    public static CrisisAssessment Classify(string? message) =>
        message is not null && Crisis().IsMatch(message) ? new(true, CrisisCategory.Suicide) : new(false, CrisisCategory.None);

    [GeneratedRegex(@"\b(suicid\w*|kill\s+myself|end\s+my\s+life|self[- ]harm|overdos\w*|took\s+too\s+much|can'?t\s+breathe)", RegexOptions.IgnoreCase)]
    private static partial Regex Crisis();
}

public enum CrisisCategory
{
    None,
    Suicide,
}

public sealed record CrisisAssessment(bool IsCrisis, CrisisCategory Category);
