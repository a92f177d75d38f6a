using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Embeddings;
using FibroBot.Retrieval.Index;

namespace FibroBot.Retrieval.Search;

/// <summary>The opened corpus, its index and the search over them: what the host keeps for its lifetime.</summary>
public sealed class RetrievalEngine : IDisposable
{
    private RetrievalEngine(IndexedCorpus indexed, PassageSearch search)
    {
        Indexed = indexed;
        PassageSearch = search;
    }

    public IndexedCorpus Indexed { get; }

    public CorpusCatalog Catalog => Indexed.Catalog;

    public IPassageSearch Search => PassageSearch;

    /// <summary>The concrete search, for the Semantic Kernel adapters and calibration reports.</summary>
    public PassageSearch PassageSearch { get; }

    /// <summary>
    /// Opens (and rebuilds if the corpus changed) the index in the data folder. With an encoder the index carries
    /// passage vectors and the search is hybrid; <paramref name="cache"/> is a vector cache shared beyond this folder.
    /// </summary>
    public static RetrievalEngine Open(CorpusLocations locations, SearchSettings? settings = null, ITextEmbedder? embedder = null, VectorCache? cache = null) =>
        Create(IndexStore.Open(locations, embedder, cache), locations, settings, embedder);

    /// <summary>Rebuilds the index now, then opens it.</summary>
    public static RetrievalEngine Rebuild(CorpusLocations locations, SearchSettings? settings = null, ITextEmbedder? embedder = null, VectorCache? cache = null) =>
        Create(IndexStore.Rebuild(locations, embedder, cache), locations, settings, embedder);

    /// <summary>An engine over an in-memory index of a loaded catalog: for tests and benchmarks, nothing touches disk but the optional cache.</summary>
    public static RetrievalEngine InMemory(CorpusCatalog catalog, SynonymTable synonyms, SearchSettings? settings = null,
        ITextEmbedder? embedder = null, VectorCache? cache = null)
    {
        var documents = IndexStore.Documents(catalog).ToList();
        IndexVectors? vectors = null;
        var report = EmbeddingReport.None;
        if (embedder is not null)
        {
            (vectors, report) = IndexVectors.Build(documents, IndexStore.Questions(catalog), embedder, null, cache);
        }

        var index = PassageIndex.CreateInMemory(documents, vectors: vectors);
        var indexed = new IndexedCorpus(catalog, index, IndexState.Rebuilt, TimeSpan.Zero, null, report);
        return new RetrievalEngine(indexed, new PassageSearch(catalog, index, synonyms, settings, embedder));
    }

    public void Dispose() => Indexed.Dispose();

    private static RetrievalEngine Create(IndexedCorpus indexed, CorpusLocations locations, SearchSettings? settings, ITextEmbedder? embedder)
    {
        try
        {
            return new RetrievalEngine(indexed, new PassageSearch(indexed.Catalog, indexed.Index, SynonymTable.Load(locations.SynonymsPath), settings, embedder));
        }
        catch
        {
            indexed.Dispose();
            throw;
        }
    }
}
