using System.Diagnostics;
using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Index;
using FibroBot.Retrieval.Search;

namespace FibroBot.Retrieval.Bench;

/// <summary>
/// <c>profile</c>: splits one query's time into analysis (tokens, spelling, synonyms), the FTS5 query and the
/// whole search, averaged over the benchmark questions; a quick look before reaching for BenchmarkDotNet.
/// </summary>
internal static class ProfileReport
{
    private const int Rounds = 300;

    public static int Run()
    {
        var locations = BenchCorpus.Locations();
        var catalog = CorpusLoader.Load(locations);
        var synonyms = SynonymTable.Load(locations.SynonymsPath);
        using var engine = RetrievalEngine.InMemory(catalog, synonyms);
        var index = engine.Indexed.Index;
        var words = catalog.Passages.Select(p => TextNormalizer.Tokens($"{catalog.Sources[p.SourceId].Title} {p.Heading} {p.Text}", int.MaxValue));
        var analyzer = new QueryAnalyzer(synonyms, new Vocabulary(words, synonyms.Words));
        var plans = BenchCorpus.Questions.Select(analyzer.Analyze).ToArray();
        Console.WriteLine($"analyze_us={Time(() => { foreach (var q in BenchCorpus.Questions) { analyzer.Analyze(q); } }):0.0}");
        Console.WriteLine($"fts_us={Time(() => { foreach (var p in plans) { index.Search(p.ToMatchExpression(), FieldWeights.Default, 50); } }):0.0}");
        Console.WriteLine($"search_us={Time(() => { foreach (var q in BenchCorpus.Questions) { engine.Search.Search(q, new SearchOptions(MaxHits: 10)); } }):0.0}");
        return 0;
    }

    private static double Time(Action round)
    {
        for (var i = 0; i < 30; i++)
        {
            round();
        }

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Rounds; i++)
        {
            round();
        }

        return clock.Elapsed.TotalMicroseconds / Rounds / BenchCorpus.Questions.Length;
    }
}
