using System.Text.RegularExpressions;

namespace FibroBot.Answers.Safety;

/// <summary>STAND-IN for the safety work's detector (replaced at merge); only the shape is relied on.</summary>
public sealed partial class DosingRequestDetector
{
    public DosingClassification Classify(string text) =>
        Request().IsMatch(text) ? new(true, "dose words") : new(false, "none");

    [GeneratedRegex(@"\b(how\s+(much|many)|(starting|start|what|which)\s+dose|dosage|dosing|titrat\w*|\d+\s*(mg|g|mcg)\b|protocol|schedule)", RegexOptions.IgnoreCase)]
    private static partial Regex Request();
}

public sealed record DosingClassification(bool IsDosingRequest, string Reason);
