using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Index;

namespace FibroBot.Retrieval.Search;

/// <summary>The opened corpus, its index and the search over them: what the host keeps for its lifetime.</summary>
public sealed class RetrievalEngine : IDisposable
{
    private RetrievalEngine(IndexedCorpus indexed, PassageSearch search)
    {
        Indexed = indexed;
        Search = search;
    }

    public IndexedCorpus Indexed { get; }

    public CorpusCatalog Catalog => Indexed.Catalog;

    public IPassageSearch Search { get; }

    /// <summary>Opens (and rebuilds if the corpus changed) the index in the data folder.</summary>
    public static RetrievalEngine Open(CorpusLocations locations, SearchSettings? settings = null) =>
        Create(IndexStore.Open(locations), locations, settings);

    /// <summary>Rebuilds the index now, then opens it.</summary>
    public static RetrievalEngine Rebuild(CorpusLocations locations, SearchSettings? settings = null) =>
        Create(IndexStore.Rebuild(locations), locations, settings);

    /// <summary>An engine over an in-memory index of a loaded catalog: for tests and benchmarks, nothing touches disk.</summary>
    public static RetrievalEngine InMemory(CorpusCatalog catalog, SynonymTable synonyms, SearchSettings? settings = null)
    {
        var index = PassageIndex.CreateInMemory(IndexStore.Documents(catalog));
        var indexed = new IndexedCorpus(catalog, index, IndexState.Rebuilt, TimeSpan.Zero, null);
        return new RetrievalEngine(indexed, new PassageSearch(catalog, index, synonyms, settings));
    }

    public void Dispose() => Indexed.Dispose();

    private static RetrievalEngine Create(IndexedCorpus indexed, CorpusLocations locations, SearchSettings? settings)
    {
        try
        {
            return new RetrievalEngine(indexed, new PassageSearch(indexed.Catalog, indexed.Index, SynonymTable.Load(locations.SynonymsPath), settings));
        }
        catch
        {
            indexed.Dispose();
            throw;
        }
    }
}
