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
    private CorpusCatalog _catalog = null!;
    private SynonymTable _synonyms = null!;
    private RetrievalEngine _engine = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var locations = BenchCorpus.Locations();
        _catalog = CorpusLoader.Load(locations);
        _synonyms = SynonymTable.Load(locations.SynonymsPath);
        _engine = RetrievalEngine.InMemory(_catalog, _synonyms);
    }

    [GlobalCleanup]
    public void Cleanup() => _engine.Dispose();

    /// <summary>One question per call, cycling through realistic (and two off-topic) questions.</summary>
    [Benchmark]
    public int Query()
    {
        var question = BenchCorpus.Questions[_next++ % BenchCorpus.Questions.Length];
        return _engine.Search.Search(question).Hits.Count;
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
