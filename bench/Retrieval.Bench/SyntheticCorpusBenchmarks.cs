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
    private CorpusCatalog _catalog = null!;
    private RetrievalEngine _engine = null!;
    private string[] _queries = null!;
    private int _next;

    [Params(100_000)]
    public int Passages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _catalog = SyntheticCorpus.Create(Passages, seed: 42);
        _engine = RetrievalEngine.InMemory(_catalog, SynonymTable.Load(Path.Combine(BenchCorpus.RepositoryRoot(), "corpus", "synonyms.txt")));
        _queries = SyntheticCorpus.Queries(200, seed: 7);
    }

    [GlobalCleanup]
    public void Cleanup() => _engine.Dispose();

    [Benchmark]
    public int Query() => _engine.Search.Search(_queries[_next++ % _queries.Length]).Hits.Count;

}

/// <summary>Index build time at 100,000 passages (seconds per run, so BenchmarkDotNet runs it once per iteration).</summary>
[MemoryDiagnoser]
public class SyntheticIndexBuildBenchmarks
{
    private CorpusCatalog _catalog = null!;

    [Params(100_000)]
    public int Passages { get; set; }

    [GlobalSetup]
    public void Setup() => _catalog = SyntheticCorpus.Create(Passages, seed: 42);

    [Benchmark]
    public int BuildIndex()
    {
        using var index = PassageIndex.CreateInMemory(IndexStore.Documents(_catalog));
        return index.DocumentIds.Count;
    }
}
