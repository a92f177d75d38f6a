using BenchmarkDotNet.Attributes;
using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Index;
using FibroBot.Retrieval.Search;

namespace FibroBot.Retrieval.Bench;

/// <summary>Query latency and index build time on a synthetic corpus of 100,000 passages.</summary>
[MemoryDiagnoser]
[Config(typeof(LatencyConfig))]
public class SyntheticCorpusBenchmarks
{
    private CorpusCatalog catalog = null!;
    private RetrievalEngine engine = null!;
    private string[] queries = null!;
    private int next;

    [Params(100_000)]
    public int Passages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        catalog = SyntheticCorpus.Create(Passages, seed: 42);
        engine = RetrievalEngine.InMemory(catalog, SynonymTable.Load(Path.Combine(BenchCorpus.RepositoryRoot(), "corpus", "synonyms.txt")));
        queries = SyntheticCorpus.Queries(200, seed: 7);
    }

    [GlobalCleanup]
    public void Cleanup() => engine.Dispose();

    [Benchmark]
    public int Query() => engine.Search.Search(queries[next++ % queries.Length]).Hits.Count;

}

/// <summary>Index build time at 100,000 passages (seconds per run, so BenchmarkDotNet runs it once per iteration).</summary>
[MemoryDiagnoser]
public class SyntheticIndexBuildBenchmarks
{
    private CorpusCatalog catalog = null!;

    [Params(100_000)]
    public int Passages { get; set; }

    [GlobalSetup]
    public void Setup() => catalog = SyntheticCorpus.Create(Passages, seed: 42);

    [Benchmark]
    public int BuildIndex()
    {
        using var index = PassageIndex.CreateInMemory(IndexStore.Documents(catalog));
        return index.DocumentIds.Count;
    }
}
