using FibroBot.Retrieval.Corpus;

namespace FibroBot.Retrieval.Search;

/// <summary>Evidence-aware passage search over the indexed corpus.</summary>
public interface IPassageSearch
{
    SearchResponse Search(string query, SearchOptions? options = null);
}

public sealed record SearchOptions(int MaxHits = 5, IReadOnlyCollection<string>? Topics = null);

/// <summary>A ranked passage with its source and a relevance score in [0, 1].</summary>
public sealed record SearchHit(Passage Passage, SourceDocument Source, double Score);

/// <summary>
/// The ranked hits and a calibrated confidence in [0, 1]. When <see cref="Answerable"/> is false the
/// hits are empty: an off-topic query gets nothing rather than noise.
/// </summary>
public sealed record SearchResponse(IReadOnlyList<SearchHit> Hits, double Confidence, bool Answerable)
{
    public static SearchResponse Empty { get; } = new([], 0, false);
}
