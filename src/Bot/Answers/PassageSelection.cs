using System.Text.RegularExpressions;
using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Search;

namespace FibroBot.Answers;

/// <summary>
/// Chooses the few passages an answer cites. A question about a substance never cites sources about another
/// substance; vetted passages come first, most relevant first; a seed passage is added only beside vetted
/// ones when a vetted source disagrees with it, or stands alone (marked weak) when nothing vetted matched.
/// </summary>
public static partial class PassageSelection
{
    public const int MaxVetted = 3;
    public const int MaxPerSource = 1;

    /// <summary>Hits scoring below this share of the best hit of their kind are too far off the question to cite.</summary>
    public const double RelativeScoreFloor = 0.35;

    /// <param name="substances">The substances the question is about (ldn, psychedelics, kratom); may be empty.</param>
    /// <param name="question">The question searched for; a question about a study's limits may be answered from them.</param>
    public static IReadOnlyList<SearchHit> Choose(SearchResponse response, CorpusCatalog catalog, IReadOnlyCollection<string> substances, string question = "")
    {
        var limitsAsked = LimitsWords().IsMatch(question);
        if (!response.Answerable || response.Hits.Count == 0)
        {
            return [];
        }

        var relevant = response.Hits
            .Where(h => !IsAboutOtherSubstance(h.Source, substances, catalog.Topics))
            .DistinctBy(h => h.Passage.Id)
            .GroupBy(h => h.Source.Id)
            // A source's "Limits" section says how far to trust its findings, not what they are: "how many people die
            // from kratom each year?" was answered with the CDC count's limits and no count. Unless the question asks
            // about limits, a source is shown by another passage of its own among the hits, else by its first
            // passage, and keeps the rank its best passage earned.
            .SelectMany(g => g
                .OrderBy(h => !limitsAsked && IsLimits(h.Passage) ? 1 : 0).ThenByDescending(h => h.Score)
                .Take(MaxPerSource)
                .Select(h => h with
                {
                    Passage = !limitsAsked && IsLimits(h.Passage) ? FirstPassageOf(catalog, h.Passage) : h.Passage,
                    Score = g.Max(x => x.Score),
                }))
            .OrderByDescending(h => IsOnTopic(h.Source, substances))
            // A question that names no substance ("what helps fibro fatigue?") is answered from general sources first;
            // the LDN trials that measured fatigue follow them, they do not lead.
            .ThenByDescending(h => substances.Count > 0 || !IsAboutASubstance(h.Source, catalog.Topics))
            .ThenByDescending(h => h.Score)
            .ToList();

        // Relevance first: the search already let the evidence label reorder passages of comparable relevance
        // (SearchSettings.ComparableMargin); sorting by label here would let a strong study about something else lead.
        var vetted = AboveFloor(relevant.Where(h => h.Source.Kind == SourceKind.Vetted))
            .Take(MaxVetted)
            .ToList();

        // A seed is marketing for one of the treatments: it is cited only under a question about that treatment, never
        // under "what can help me sleep?".
        var seed = AboveFloor(relevant.Where(h => h.Source.Kind == SourceKind.Seed))
            .Where(h => substances.Count > 0 || !IsAboutASubstance(h.Source, catalog.Topics))
            .FirstOrDefault(h => vetted.Count == 0 || catalog.SeedClaimsFor(h.Passage).Count > 0);
        return seed is null ? vetted : [.. vetted, seed];
    }

    private static Passage FirstPassageOf(CorpusCatalog catalog, Passage limits) =>
        catalog.Passages.Where(p => p.SourceId == limits.SourceId && !IsLimits(p)).MinBy(p => p.Ordinal) ?? limits;

    private static bool IsLimits(Passage passage) =>
        passage.Heading is { } heading && heading.StartsWith("Limits", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(?:limits?|limitations?|weakness(?:es)?|flaws?|caveats?|shortcomings?|drawbacks?|downsides?\s+of\s+the\s+(?:study|trial)|"
        + @"how\s+(?:reliable|trustworthy|good|strong)|(?:trust|believe)\s+(?:it|this|that|the\s+(?:study|trial|survey|review)))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LimitsWords();

    private static bool IsOnTopic(SourceDocument source, IReadOnlyCollection<string> substances) =>
        substances.Count > 0 && source.Topics.Any(substances.Contains);

    private static bool IsAboutASubstance(SourceDocument source, TopicRegistry topics) =>
        source.Topics.FirstOrDefault() is { } primary && topics.IsSubstance(primary);

    /// <summary>A source whose primary topic is a substance the question does not ask about.</summary>
    private static bool IsAboutOtherSubstance(SourceDocument source, IReadOnlyCollection<string> substances, TopicRegistry topics) =>
        substances.Count > 0
        && source.Topics.FirstOrDefault() is { } primary
        && topics.IsSubstance(primary)
        && !substances.Contains(primary);

    private static IEnumerable<SearchHit> AboveFloor(IEnumerable<SearchHit> hits)
    {
        var list = hits.ToList();
        var floor = list.Count == 0 ? 0 : list.Max(h => h.Score) * RelativeScoreFloor;
        return list.Where(h => h.Score >= floor);
    }
}
