using BenchmarkDotNet.Attributes;
using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Index;
using FibroBot.Retrieval.Search;

namespace FibroBot.Retrieval.Bench;

/// <summary>Query latency and index build time on the project corpus.</summary>
[MemoryDiagnoser]
[Config(typeof(LatencyConfig))]
public class OurCorpusBenchmarks
{
    private CorpusCatalog catalog = null!;
    private SynonymTable synonyms = null!;
    private RetrievalEngine engine = null!;
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        var locations = BenchCorpus.Locations();
        catalog = CorpusLoader.Load(locations);
        synonyms = SynonymTable.Load(locations.SynonymsPath);
        engine = RetrievalEngine.InMemory(catalog, synonyms);
    }

    [GlobalCleanup]
    public void Cleanup() => engine.Dispose();

    /// <summary>One question per call, cycling through realistic (and two off-topic) questions.</summary>
    [Benchmark]
    public int Query()
    {
        var question = BenchCorpus.Questions[next++ % BenchCorpus.Questions.Length];
        return engine.Search.Search(question).Hits.Count;
    }

    /// <summary>Load the corpus from disk, chunk it and index it in memory: what a start-up rebuild costs.</summary>
    [Benchmark]
    public int LoadAndIndex()
    {
        var loaded = CorpusLoader.Load(BenchCorpus.Locations());
        using var index = PassageIndex.CreateInMemory(IndexStore.Documents(loaded));
        return index.DocumentIds.Count;
    }
}
