namespace FibroBot.Retrieval.Corpus;

/// <summary>
/// The reviewed place for the evidence labels' exact names and their fixed plain-language explanations.
/// The names are part of the answer contract: corpus files and the answerInfo entity spell them exactly so.
/// </summary>
public static class EvidenceLabels
{
    public static string DisplayName(EvidenceLabel label) => label switch
    {
        EvidenceLabel.GuidelineOrSystematicReview => "Guideline or systematic review",
        EvidenceLabel.RandomizedControlledTrial => "Randomized controlled trial",
        EvidenceLabel.HealthAgencyOrRegulator => "Health agency or regulator",
        EvidenceLabel.ObservationalStudyOrSurvey => "Observational study or survey",
        EvidenceLabel.CaseReportOrPilotStudy => "Case report or pilot study",
        EvidenceLabel.OpinionAnecdoteOrMarketing => "Opinion, anecdote or marketing",
        _ => throw new ArgumentOutOfRangeException(nameof(label)),
    };

    public static string Explanation(EvidenceLabel label) => label switch
    {
        EvidenceLabel.GuidelineOrSystematicReview =>
            "Experts weighed many studies together. This is the strongest kind of evidence, though it is only as good as the studies it pools.",
        EvidenceLabel.RandomizedControlledTrial =>
            "People were assigned by chance to a treatment or a comparison, which makes a fair test possible. Small or short trials can still mislead.",
        EvidenceLabel.HealthAgencyOrRegulator =>
            "An official health body stated a position, warning or legal fact. It tells you what authorities know and do, not how well a treatment works.",
        EvidenceLabel.ObservationalStudyOrSurvey =>
            "Researchers watched or asked people without assigning a treatment. It can show patterns, but not that the treatment caused them.",
        EvidenceLabel.CaseReportOrPilotStudy =>
            "A very small study or a few individual cases, often without a comparison group. It can raise questions but cannot answer them.",
        EvidenceLabel.OpinionAnecdoteOrMarketing =>
            "Personal stories, opinion or promotion, without a fair test. It cannot show whether a treatment works or is safe.",
        _ => throw new ArgumentOutOfRangeException(nameof(label)),
    };

    public static IReadOnlyList<EvidenceLabel> StrongestFirst { get; } = Enum.GetValues<EvidenceLabel>();

    /// <summary>Parses a label written exactly as its display name (case-insensitive).</summary>
    public static bool TryParse(string? text, out EvidenceLabel label)
    {
        foreach (var candidate in StrongestFirst)
        {
            if (string.Equals(DisplayName(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                label = candidate;
                return true;
            }
        }

        label = default;
        return false;
    }
}
