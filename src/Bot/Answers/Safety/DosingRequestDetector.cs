using System.Text.RegularExpressions;

namespace FibroBot.Answers.Safety;

/// <summary>STAND-IN for the safety work's detector (replaced at merge); only its public shape is relied on.</summary>
public static partial class DosingRequestDetector
{
    public static DosingAssessment Classify(string? message) =>
        message is not null && Request().IsMatch(message) ? new(true, "amount") : new(false, null);

    [GeneratedRegex(@"\b(how\s+(much|many)|(starting|start|what|which)\s+dose|dosage|dosing|titrat\w*|\d+\s*(mg|g|mcg)\b|protocol|schedule)", RegexOptions.IgnoreCase)]
    private static partial Regex Request();
}

public sealed record DosingAssessment(bool IsDosingRequest, string? Reason);
