using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Search;

namespace FibroBot.Answers;

/// <summary>
/// Chooses the few passages an answer cites: sources on the question's substance first, then vetted sources, strongest evidence first; a seed passage
/// only beside vetted ones when a vetted source disagrees with it, or alone when nothing vetted matched.
/// </summary>
public static class PassageSelection
{
    public const int MaxVetted = 3;
    public const int MaxPerSource = 2;

    /// <summary>Hits scoring below this share of the best hit are too far off the question to cite.</summary>
    public const double RelativeScoreFloor = 0.35;

    /// <param name="substances">The substances the question is about: their sources are cited before others that merely share words.</param>
    public static IReadOnlyList<SearchHit> Choose(SearchResponse response, CorpusCatalog catalog, IReadOnlyCollection<string> substances)
    {
        if (!response.Answerable || response.Hits.Count == 0)
        {
            return [];
        }

        var floor = response.Hits.Max(h => h.Score) * RelativeScoreFloor;
        var relevant = response.Hits
            .Where(h => h.Score >= floor)
            .DistinctBy(h => h.Passage.Id)
            .GroupBy(h => h.Source.Id)
            .SelectMany(g => g.OrderByDescending(h => h.Score).Take(MaxPerSource))
            .OrderByDescending(h => substances.Count > 0 && h.Source.Topics.Any(substances.Contains))
            .ThenByDescending(h => h.Score)
            .ToList();

        var vetted = relevant
            .Where(h => h.Source.Kind == SourceKind.Vetted)
            .Take(MaxVetted)
            .OrderBy(h => h.Source.Label)
            .ThenByDescending(h => h.Score)
            .ToList();

        var seed = relevant.FirstOrDefault(h => h.Source.Kind == SourceKind.Seed
                                                && (vetted.Count == 0 || catalog.SeedClaimsFor(h.Passage).Count > 0));
        return seed is null ? vetted : [.. vetted, seed];
    }
}
