using System.Text.RegularExpressions;

namespace FibroBot.Answers.Safety;

/// <summary>STAND-IN for the safety work's detector (replaced at merge); only the shape is relied on.</summary>
public sealed partial class CrisisDetector
{
    public CrisisClassification Classify(string text) =>
        Crisis().IsMatch(text) ? new(true, "crisis") : new(false, null);

    [GeneratedRegex(@"\b(suicid\w*|kill\s+myself|end\s+my\s+life|self[- ]harm|overdos\w*|took\s+too\s+much|can'?t\s+breathe)", RegexOptions.IgnoreCase)]
    private static partial Regex Crisis();
}

public sealed record CrisisClassification(bool IsCrisis, string? Category);
