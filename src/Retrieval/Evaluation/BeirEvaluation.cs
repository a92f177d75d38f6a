using System.Diagnostics;
using FibroBot.Retrieval.Embeddings;
using FibroBot.Retrieval.Index;
using FibroBot.Retrieval.Search;

namespace FibroBot.Retrieval.Evaluation;

/// <summary>Which ranking a BEIR run measures.</summary>
public enum BeirMode
{
    Bm25,
    Dense,
    Hybrid,
}

/// <summary>The figures the <c>beir</c> verb prints.</summary>
/// <param name="EncodeSeconds">Embedding the corpus (0 when every vector came from the cache, or in bm25 mode).</param>
/// <param name="QueryP50Milliseconds">Per query, including the encoder pass over the query in dense and hybrid modes.</param>
public sealed record BeirScores(
    int Documents,
    int Queries,
    double NdcgAt10,
    double RecallAt100,
    double MrrAt10,
    double IndexSeconds,
    double QueryP50Milliseconds,
    double QueryP99Milliseconds,
    BeirMode Mode = BeirMode.Bm25,
    double EncodeSeconds = 0,
    int DocumentsEmbedded = 0,
    double QueryEncodeP50Milliseconds = 0)
{
    public override string ToString() => FormattableString.Invariant(
        $"nDCG@10={NdcgAt10:0.0000} Recall@100={RecallAt100:0.0000} MRR@10={MrrAt10:0.0000} index_s={IndexSeconds:0.000} query_p50_ms={QueryP50Milliseconds:0.000} query_p99_ms={QueryP99Milliseconds:0.000} mode={Mode.ToString().ToLowerInvariant()} encode_s={EncodeSeconds:0.000} embedded={DocumentsEmbedded} query_encode_p50_ms={QueryEncodeP50Milliseconds:0.000}");
}

/// <summary>
/// Indexes a BEIR dataset with the same FTS5 index, query analysis, encoder and fusion the bot uses, minus everything
/// specific to our corpus (no synonyms, no spelling correction, no evidence labels, no answer threshold), and scores it.
/// </summary>
public static class BeirEvaluation
{
    public static BeirScores Run(BeirDataset dataset, FieldWeights? weights = null) =>
        Run(dataset, BeirMode.Bm25, null, null, weights);

    /// <summary>
    /// Runs one mode. Dense and hybrid need the encoder; corpus vectors come from <paramref name="cache"/> when it has
    /// them (keyed by content hash), and what is embedded is added to it.
    /// </summary>
    public static BeirScores Run(BeirDataset dataset, BeirMode mode, ITextEmbedder? embedder, VectorCache? cache,
        FieldWeights? weights = null, FusionSettings? fusion = null)
    {
        weights ??= BeirWeights;
        fusion ??= FusionSettings.Default;
        var clock = Stopwatch.StartNew();
        using var index = PassageIndex.CreateInMemory(dataset.Documents);
        var indexSeconds = clock.Elapsed.TotalSeconds;

        DenseMatrix? matrix = null;
        var report = EmbeddingReport.None;
        if (mode != BeirMode.Bm25)
        {
            ArgumentNullException.ThrowIfNull(embedder);
            (matrix, report) = CorpusVectors(dataset, embedder, cache);
        }

        double ndcg = 0, recall = 0, mrr = 0;
        var latencies = new double[dataset.Queries.Count];
        var encodeLatencies = new double[dataset.Queries.Count];
        var scores = new float[dataset.Documents.Count];
        for (var q = 0; q < dataset.Queries.Count; q++)
        {
            var (id, text) = dataset.Queries[q];
            var started = Stopwatch.GetTimestamp();
            IReadOnlyList<int> rows;
            if (mode == BeirMode.Bm25)
            {
                rows = [.. Lexical(index, text, weights).Select(r => r.Row)];
            }
            else
            {
                var vector = embedder!.Embed(text, TextRole.Query);
                encodeLatencies[q] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                matrix!.Scores(vector, scores);
                var denseTop = DenseMatrix.TopOf(scores, fusion.Depth);
                rows = mode == BeirMode.Dense
                    ? [.. denseTop.Select(d => d.Row)]
                    : [.. HybridFusion.Fuse(Lexical(index, text, weights), scores, denseTop, fusion).Take(100).Select(f => f.Row)];
            }

            latencies[q] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var ranked = rows.Select(r => index.DocumentIds[r]).ToList();
            var judged = dataset.Judgements[id];
            ndcg += RankingMetrics.NdcgAt(ranked, judged, 10);
            recall += RankingMetrics.RecallAt(ranked, judged, 100);
            mrr += RankingMetrics.ReciprocalRankAt(ranked, judged, 10);
        }

        Array.Sort(latencies);
        Array.Sort(encodeLatencies);
        var n = dataset.Queries.Count;
        return new BeirScores(dataset.Documents.Count, n, ndcg / n, recall / n, mrr / n, indexSeconds,
            Percentile(latencies, 0.50), Percentile(latencies, 0.99), mode, report.Elapsed.TotalSeconds, report.Embedded,
            Percentile(encodeLatencies, 0.50));
    }

    /// <summary>
    /// nDCG@10 of many fusions over one set of BM25 lists and query vectors: how the shipped fusion was chosen.
    /// Each row is (fusion, nDCG@10, Recall@100).
    /// </summary>
    public static List<(FusionSettings Fusion, double Ndcg, double Recall)> Sweep(BeirDataset dataset, ITextEmbedder embedder, VectorCache? cache,
        IReadOnlyList<FusionSettings> fusions, FieldWeights? weights = null)
    {
        weights ??= BeirWeights;
        using var index = PassageIndex.CreateInMemory(dataset.Documents);
        var (matrix, _) = CorpusVectors(dataset, embedder, cache);
        var queryVectors = embedder.EmbedMany([.. dataset.Queries.Select(q => q.Text)], TextRole.Query);
        var lexical = dataset.Queries.Select(q => Lexical(index, q.Text, weights)).ToList();
        var denseScores = queryVectors.Select(v => { var s = new float[matrix.Count]; matrix.Scores(v, s); return s; }).ToList();
        var results = new List<(FusionSettings, double, double)>();
        foreach (var fusion in fusions)
        {
            double ndcg = 0, recall = 0;
            for (var q = 0; q < dataset.Queries.Count; q++)
            {
                var top = DenseMatrix.TopOf(denseScores[q], fusion.Depth);
                var ranked = HybridFusion.Fuse(lexical[q], denseScores[q], top, fusion).Take(100).Select(f => index.DocumentIds[f.Row]).ToList();
                var judged = dataset.Judgements[dataset.Queries[q].Id];
                ndcg += RankingMetrics.NdcgAt(ranked, judged, 10);
                recall += RankingMetrics.RecallAt(ranked, judged, 100);
            }

            results.Add((fusion, ndcg / dataset.Queries.Count, recall / dataset.Queries.Count));
        }

        return results;
    }

    /// <summary>The bot's own weights (title twice the body); docs/RETRIEVAL.md lists the SciFact runs behind this choice.</summary>
    public static FieldWeights BeirWeights { get; } = FieldWeights.Default;

    /// <summary>The text a document is embedded as: the same composition as the bot's passages.</summary>
    public static (DenseMatrix Matrix, EmbeddingReport Report) CorpusVectors(BeirDataset dataset, ITextEmbedder embedder, VectorCache? cache)
    {
        var texts = dataset.Documents.Select(d => (PassageVectorText.Of(d), TextRole.Passage)).ToList();
        var (vectors, _, report) = CachedEmbedding.EmbedAll(embedder, texts, null, cache);
        return (new DenseMatrix(vectors, embedder.Dimensions), report);
    }

    private static List<(int Row, double Score)> Lexical(PassageIndex index, string text, FieldWeights weights)
    {
        var plan = QueryAnalyzer.Plain.Analyze(text);
        return plan.IsEmpty ? [] : [.. index.Search(plan.Phrases(), weights, 100).Select(r => (r.Row - 1, r.Score))];
    }

    internal static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
