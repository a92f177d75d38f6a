using System.Diagnostics;
using FibroBot.Retrieval.Index;
using FibroBot.Retrieval.Search;

namespace FibroBot.Retrieval.Evaluation;

/// <summary>The figures the <c>beir</c> verb prints.</summary>
public sealed record BeirScores(
    int Documents,
    int Queries,
    double NdcgAt10,
    double RecallAt100,
    double MrrAt10,
    double IndexSeconds,
    double QueryP50Milliseconds,
    double QueryP99Milliseconds)
{
    public override string ToString() => FormattableString.Invariant(
        $"nDCG@10={NdcgAt10:0.0000} Recall@100={RecallAt100:0.0000} MRR@10={MrrAt10:0.0000} index_s={IndexSeconds:0.000} query_p50_ms={QueryP50Milliseconds:0.000} query_p99_ms={QueryP99Milliseconds:0.000}");
}

/// <summary>
/// Indexes a BEIR dataset with the same FTS5 index and query analysis the bot uses, minus everything specific to
/// our corpus (no synonyms, no spelling correction, no evidence labels, no answer threshold), and scores it.
/// </summary>
public static class BeirEvaluation
{
    public static BeirScores Run(BeirDataset dataset, FieldWeights? weights = null)
    {
        weights ??= BeirWeights;
        var clock = Stopwatch.StartNew();
        using var index = PassageIndex.CreateInMemory(dataset.Documents);
        var indexSeconds = clock.Elapsed.TotalSeconds;

        double ndcg = 0, recall = 0, mrr = 0;
        var latencies = new double[dataset.Queries.Count];
        for (var q = 0; q < dataset.Queries.Count; q++)
        {
            var (id, text) = dataset.Queries[q];
            var started = Stopwatch.GetTimestamp();
            var plan = QueryAnalyzer.Plain.Analyze(text);
            var rows = plan.IsEmpty ? [] : index.Search(plan.Phrases(), weights, 100);
            latencies[q] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

            var ranked = rows.Select(r => index.DocumentIds[r.Row - 1]).ToList();
            var judged = dataset.Judgements[id];
            ndcg += RankingMetrics.NdcgAt(ranked, judged, 10);
            recall += RankingMetrics.RecallAt(ranked, judged, 100);
            mrr += RankingMetrics.ReciprocalRankAt(ranked, judged, 10);
        }

        Array.Sort(latencies);
        var n = dataset.Queries.Count;
        return new BeirScores(dataset.Documents.Count, n, ndcg / n, recall / n, mrr / n, indexSeconds, Percentile(latencies, 0.50), Percentile(latencies, 0.99));
    }

    /// <summary>The bot's own weights (title twice the body); docs/RETRIEVAL.md lists the SciFact runs behind this choice.</summary>
    public static FieldWeights BeirWeights { get; } = FieldWeights.Default;

    internal static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
