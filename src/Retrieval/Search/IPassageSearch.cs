using FibroBot.Retrieval.Corpus;

namespace FibroBot.Retrieval.Search;

/// <summary>Evidence-aware passage search over the indexed corpus.</summary>
public interface IPassageSearch
{
    /// <summary>Searches for the text, embedding it first when the search has a dense side.</summary>
    SearchResponse Search(string query, SearchOptions? options = null);

    /// <summary>
    /// Searches with a query vector the caller already has (<see cref="EmbedQuery"/>), so one encoder pass per turn
    /// serves the safety triage and the search. Without a dense side the vector is ignored.
    /// </summary>
    SearchResponse Search(string query, ReadOnlyMemory<float> queryVector, SearchOptions? options = null) => Search(query, options);

    /// <summary>The query's unit vector in this search's space, or null when the search is lexical only.</summary>
    float[]? EmbedQuery(string query) => null;

    /// <summary>
    /// Whether the indexed passages mention the term (or a synonym of it) at all. A search that cannot tell says yes,
    /// so a caller never declines a question because of it.
    /// </summary>
    bool Mentions(string term) => true;

    /// <summary>Whether a query vector passed to <see cref="Search(string, ReadOnlyMemory{float}, SearchOptions?)"/> is used.</summary>
    bool UsesVectors => false;
}

/// <param name="MaxHits">How many passages to return at most.</param>
/// <param name="Topics">Only passages of sources about one of these topics.</param>
/// <param name="InScope">
/// The caller has already judged, by other means, that the question is about the corpus's domain. A question naming no
/// domain term then needs a closest document question only at <see cref="SearchSettings.QuestionNearInScope"/>, not
/// <see cref="SearchSettings.QuestionNear"/>: members describe a symptom in their own words, without "fibro".
/// </param>
public sealed record SearchOptions(int MaxHits = 5, IReadOnlyCollection<string>? Topics = null, bool InScope = false);

/// <summary>A ranked passage with its source and a relevance score in [0, 1].</summary>
/// <param name="Relevance">The passage's fused relevance before the evidence label's adjustment (0 when lexical only).</param>
public sealed record SearchHit(Passage Passage, SourceDocument Source, double Score, double Relevance = 0);

/// <summary>
/// The ranked hits and a calibrated confidence in [0, 1]. When <see cref="Answerable"/> is false the
/// hits are empty: an off-topic query gets nothing rather than noise.
/// </summary>
/// <param name="AsksDocumentQuestion">
/// The query is a question a vetted document itself asks (cosine ≥ <see cref="SearchSettings.QuestionMatch"/>): the
/// strongest sign that it is in scope, which the answer pipeline weighs against the triage model's off-topic reading.
/// </param>
public sealed record SearchResponse(IReadOnlyList<SearchHit> Hits, double Confidence, bool Answerable, bool AsksDocumentQuestion = false)
{
    public static SearchResponse Empty { get; } = new([], 0, false);
}
