using FibroBot.Answers;
using FibroBot.Retrieval.Search;
using FibroBot.Safety;
using FibroBot.Tests.Safety;

namespace FibroBot.Tests.Answers;

/// <summary>
/// Issue 16: the encoder is the cost of a turn, so a message is encoded exactly once. Triage and retrieval share
/// that vector; a follow-up rewritten with its remembered subject is encoded once more, after rewriting, for the
/// search (triage still reads the member's own words); nothing asks the search to embed on its own.
/// </summary>
public sealed class EncoderPassTests
{
    private readonly CountingQueryEmbedder _embedder = new(SharedSafety.Embedder);
    private readonly VectorRecordingSearch _search = new(new FixtureCorpus.KeywordSearch(FixtureCorpus.Catalog));
    private readonly AnswerPipeline _pipeline;

    public EncoderPassTests()
    {
        var catalog = FixtureCorpus.Catalog;
        _pipeline = new AnswerPipeline(SharedSafety.Triage, _embedder, _search, catalog, new PassageRedaction(catalog), new AnswerComposer(catalog));
    }

    [Fact]
    public void A_question_is_encoded_once_and_triage_and_search_share_the_vector()
    {
        const string question = "Does low-dose naltrexone help fibromyalgia pain?";

        var result = _pipeline.Answer(question, ConversationMemory.Empty);

        Assert.Equal(AnswerKind.Answer, result.Answer.Kind);
        var encoded = Assert.Single(_embedder.Calls);
        Assert.Equal([MessageNormalizer.Normalize(question).Text], encoded.Texts);
        Assert.NotEmpty(_search.Vectors);
        Assert.All(_search.Vectors, v => Assert.Same(encoded.Vectors[0], v));
        Assert.Equal(0, _search.EmbedQueryCalls);
        Assert.Equal(0, _search.TextOnlySearches);
    }

    [Fact]
    public void A_rewritten_follow_up_is_encoded_once_after_rewriting()
    {
        var first = _pipeline.Answer("Does low-dose naltrexone help fibromyalgia?", ConversationMemory.Empty);
        _embedder.Calls.Clear();
        _search.Vectors.Clear();
        _search.Queries.Clear();

        var result = _pipeline.Answer("does it have side effects?", first.Memory);

        Assert.Equal(AnswerKind.Answer, result.Answer.Kind);
        // One pass for the member's words (triage), one for the rewritten query (search), each exactly once.
        Assert.Equal(2, _embedder.Calls.Count);
        Assert.Equal(["does it have side effects?"], _embedder.Calls[0].Texts);
        var rewritten = Assert.Single(_embedder.Calls[1].Texts);
        Assert.NotEqual("does it have side effects?", rewritten);
        Assert.Contains("side effects", rewritten, StringComparison.Ordinal);
        Assert.All(_search.Vectors, v => Assert.Same(_embedder.Calls[1].Vectors[0], v));
        Assert.All(_search.Queries, q => Assert.Equal(rewritten, q));
        Assert.Equal(0, _search.EmbedQueryCalls);
    }

    [Fact]
    public void A_crisis_message_is_encoded_once_and_never_searched()
    {
        _pipeline.Answer("I want to end my life tonight", ConversationMemory.Empty);

        Assert.Single(_embedder.Calls);
        Assert.Empty(_search.Queries);
    }

    private sealed class CountingQueryEmbedder(IQueryEmbedder inner) : IQueryEmbedder
    {
        public List<(string[] Texts, float[][] Vectors)> Calls { get; } = [];

        public float[][] EmbedQueries(IReadOnlyList<string> texts)
        {
            var vectors = inner.EmbedQueries(texts);
            Calls.Add(([.. texts], vectors));
            return vectors;
        }
    }

    /// <summary>A search with a dense side, as the real one has: records the vectors it is given.</summary>
    private sealed class VectorRecordingSearch(IPassageSearch inner) : IPassageSearch
    {
        public List<float[]> Vectors { get; } = [];

        public List<string> Queries { get; } = [];

        public int EmbedQueryCalls { get; private set; }

        public int TextOnlySearches { get; private set; }

        public bool UsesVectors => true;

        public float[]? EmbedQuery(string query)
        {
            EmbedQueryCalls++;
            return null;
        }

        public SearchResponse Search(string query, SearchOptions? options = null)
        {
            TextOnlySearches++;
            Queries.Add(query);
            return inner.Search(query, options);
        }

        public SearchResponse Search(string query, ReadOnlyMemory<float> queryVector, SearchOptions? options = null)
        {
            Queries.Add(query);
            Vectors.Add(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(queryVector, out var segment) ? segment.Array! : queryVector.ToArray());
            return inner.Search(query, options);
        }
    }
}
