using FibroBot.Retrieval.Index;

namespace FibroBot.Retrieval.Search;

/// <summary>How <see cref="PassageSearch"/> ranks and when it declines to answer.</summary>
/// <param name="Weights">BM25 field weights.</param>
/// <param name="Candidates">How many BM25 candidates are re-ranked; enough to survive topic filtering and duplicate collapse.</param>
/// <param name="MinConfidence">Below this confidence the response is "not answerable" and carries no hits.</param>
/// <param name="MinConfidenceWithoutDomainTerm">The same floor for a question that names no term of the domain synonym file.</param>
/// <param name="EvidenceStep">Score bonus per step of evidence strength; small, so it reorders only comparable passages.</param>
/// <param name="VettedBonus">Extra bonus for a vetted summary over a seed article with the same label.</param>
/// <param name="DuplicateSimilarity">Word-set Jaccard similarity at which a lower-ranked passage counts as a near duplicate.</param>
/// <param name="SameSourceDiscount">Factor applied to a candidate's relevance per hit already chosen from its source.</param>
/// <param name="UnknownWordWeight">Confidence weight, relative to its IDF, of a query word the corpus never uses.</param>
/// <param name="DomainTermWeight">Confidence weight, relative to its IDF, of a term from the domain synonym file.</param>
/// <param name="Fusion">How BM25F and cosine are fused when the index has vectors.</param>
/// <param name="ComparableMargin">
/// Hybrid ranking: the most the evidence label can add to a passage's fused relevance (0–1 scale). A passage can
/// therefore pass another only when the other's relevance is less than this much higher: "comparable relevance".
/// </param>
/// <param name="QuestionMatch">Cosine (query to query) at which a member's question counts as asking an indexed document question.</param>
/// <param name="QuestionBonus">Relevance added to the passage answering a matched document question.</param>
/// <param name="QuestionNearMatch">Cosine from which a document question close to, but below, <paramref name="QuestionMatch"/> adds to its passage's relevance (rising to <paramref name="QuestionBonus"/> at the match).</param>
/// <param name="DenseAnswer">Hybrid: best passage cosine a question naming no domain term needs (with coverage ≥ <paramref name="MinConfidenceWithoutDomainTerm"/>).</param>
/// <param name="DenseFloor">Hybrid: best passage cosine a question naming a domain term needs.</param>
/// <param name="DenseAlone">Hybrid: best passage cosine at which a question naming no domain term is answerable without lexical coverage.</param>
/// <param name="QuestionNear">Hybrid: cosine to the closest document question at which a question naming no domain term is answerable without lexical coverage.</param>
/// <param name="QuestionNearInScope">The same, for a question the caller has judged to be in scope (<see cref="SearchOptions.InScope"/>).</param>
public sealed record SearchSettings(
    FieldWeights Weights,
    int Candidates = 50,
    double MinConfidence = 0.4,
    double MinConfidenceWithoutDomainTerm = 0.7,
    double EvidenceStep = 0.04,
    double VettedBonus = 0.05,
    double DuplicateSimilarity = 0.8,
    double SameSourceDiscount = 0.7,
    double UnknownWordWeight = 0.5,
    double DomainTermWeight = 1.5,
    FusionSettings? Fusion = null,
    double ComparableMargin = 0.05,
    double QuestionMatch = 0.9,
    double QuestionBonus = 0.3,
    double QuestionNearMatch = 0.85,
    double DenseAnswer = 0.66,
    double DenseFloor = 0.55,
    double DenseAlone = 0.70,
    double QuestionNear = 0.80,
    double QuestionNearInScope = 0.76)
{
    public FusionSettings FusionOrDefault => Fusion ?? FusionSettings.Default;

    public static SearchSettings Default { get; } = new(FieldWeights.Default);
}
