using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Embeddings;
using FibroBot.Retrieval.Search;

namespace FibroBot.Tests.Hybrid;

/// <summary>
/// One encoder and one vector cache for the whole test run: loading the model costs about a second, and the cache
/// (the run's <c>Embeddings__VectorCachePath</c>, as test.sh sets it, else a fixed file under the temp folder)
/// means the bundled corpus is embedded once, not once per test.
/// </summary>
internal static class SharedEncoder
{
    private static readonly Lazy<SentenceEmbedder> LazyEmbedder = new(() => new SentenceEmbedder());

    private static readonly Lazy<VectorCache> LazyCache = new(() => new VectorCache(
        Environment.GetEnvironmentVariable("Embeddings__VectorCachePath") is { Length: > 0 } path
            ? path
            : Path.Combine(Path.GetTempPath(), "fibrobot-test-vectors", "vectors.sqlite")));

    private static readonly Lazy<RetrievalEngine> LazyRepositoryEngine = new(() => RetrievalEngine.InMemory(
        CorpusLoader.Load(new CorpusLocations(Repository.Combine("corpus"), Repository.Combine("seeds"), Path.GetTempPath())),
        SynonymTable.Load(Repository.Combine("corpus", "synonyms.txt")),
        embedder: Embedder,
        cache: Cache));

    public static SentenceEmbedder Embedder => LazyEmbedder.Value;

    public static VectorCache Cache => LazyCache.Value;

    /// <summary>The repository's corpus with passage and question vectors: the engine the bot runs.</summary>
    public static RetrievalEngine RepositoryEngine => LazyRepositoryEngine.Value;
}

/// <summary>Counts what reaches the encoder, so a test can tell re-embedded passages from reused ones.</summary>
internal sealed class CountingEmbedder(ITextEmbedder inner) : ITextEmbedder
{
    private int _embedded;

    public int Embedded => _embedded;

    public string ModelId => inner.ModelId;

    public int Dimensions => inner.Dimensions;

    public float[] Embed(string text, TextRole role)
    {
        Interlocked.Increment(ref _embedded);
        return inner.Embed(text, role);
    }

    public float[][] EmbedMany(IReadOnlyList<string> texts, TextRole role)
    {
        Interlocked.Add(ref _embedded, texts.Count);
        return inner.EmbedMany(texts, role);
    }
}
