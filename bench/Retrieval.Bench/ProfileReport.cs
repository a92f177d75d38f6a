using System.Diagnostics;
using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Index;
using FibroBot.Retrieval.Search;

namespace FibroBot.Retrieval.Bench;

/// <summary>
/// <c>profile</c>: splits one query's time into analysis (tokens, spelling, synonyms), the FTS5 query and the
/// whole search in processor time per query, averaged over the benchmark questions; a quick look before reaching for BenchmarkDotNet.
/// </summary>
internal static class ProfileReport
{
    private const int Rounds = 300;

    public static int Run(string[] args)
    {
        if (args is ["synthetic", ..])
        {
            return RunSynthetic(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
        }

        var locations = BenchCorpus.Locations();
        var catalog = CorpusLoader.Load(locations);
        var synonyms = SynonymTable.Load(locations.SynonymsPath);
        using var engine = RetrievalEngine.InMemory(catalog, synonyms);
        var index = engine.Indexed.Index;
        var words = catalog.Passages.Select(p => TextNormalizer.Tokens($"{catalog.Sources[p.SourceId].Title} {p.Heading} {p.Text}", int.MaxValue));
        var analyzer = new QueryAnalyzer(synonyms, new Vocabulary(words, synonyms.Words));
        var plans = BenchCorpus.Questions.Select(analyzer.Analyze).ToArray();
        Console.WriteLine($"passages={catalog.Passages.Count} sources={catalog.Sources.Count}");
        Console.WriteLine($"analyze_us={Time(() => { foreach (var q in BenchCorpus.Questions) { analyzer.Analyze(q); } }):0.0}");
        Console.WriteLine($"fts5_bm25_us={Time(() => { foreach (var p in plans) { index.SearchWithFts5(QueryPlan.ToMatchExpression(p.Phrases()), FieldWeights.Default, 50); } }):0.0}");
        Console.WriteLine($"postings_bm25_us={Time(() => { foreach (var p in plans) { index.Search(p.Phrases(), FieldWeights.Default, 50); } }):0.0}");
        Console.WriteLine($"search_us={Time(() => { foreach (var q in BenchCorpus.Questions) { engine.Search.Search(q, new SearchOptions(MaxHits: 10)); } }):0.0}");
        return 0;
    }

    /// <summary><c>profile synthetic [N]</c>: build time and processor time per query on the synthetic corpus.</summary>
    private static int RunSynthetic(int passages)
    {
        var catalog = SyntheticCorpus.Create(passages, seed: 42);
        var clock = Stopwatch.StartNew();
        using var engine = RetrievalEngine.InMemory(catalog, SynonymTable.Load(Path.Combine(BenchCorpus.RepositoryRoot(), "corpus", "synonyms.txt")));
        Console.WriteLine($"passages={passages} engine_build_s={clock.Elapsed.TotalSeconds:0.0}");
        var queries = SyntheticCorpus.Queries(BenchCorpus.Questions.Length, seed: 7);
        Console.WriteLine($"search_us={Time(() => { foreach (var q in queries) { engine.Search.Search(q); } }, rounds: 20):0.0}");
        return 0;
    }

    private static double Time(Action round, int rounds = Rounds)
    {
        for (var i = 0; i < Math.Min(30, rounds); i++)
        {
            round();
        }

        // Processor time, not wall time: on a shared machine the wall clock mostly measures the other processes.
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        for (var i = 0; i < rounds; i++)
        {
            round();
        }

        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMicroseconds / rounds / BenchCorpus.Questions.Length;
    }
}
