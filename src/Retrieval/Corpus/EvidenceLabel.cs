namespace FibroBot.Retrieval.Corpus;

/// <summary>The fixed evidence labels, strongest first. The order is used for evidence-aware ranking.</summary>
public enum EvidenceLabel
{
    GuidelineOrSystematicReview = 0,
    RandomizedControlledTrial = 1,
    HealthAgencyOrRegulator = 2,
    ObservationalStudyOrSurvey = 3,
    CaseReportOrPilotStudy = 4,
    OpinionAnecdoteOrMarketing = 5,
}
