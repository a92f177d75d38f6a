using System.Diagnostics;
using FibroBot.Hosting;
using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Embeddings;
using FibroBot.Retrieval.Evaluation;
using FibroBot.Retrieval.Search;
using Microsoft.Extensions.Options;

namespace FibroBot.Cli;

/// <summary>
/// The corpus verbs: <c>validate</c>, <c>index</c> and <c>beir --dataset DIR</c>. Their arguments are also read as
/// configuration, so <c>--Corpus:Path=DIR</c> points them at another corpus.
/// </summary>
internal static class CorpusVerbs
{
    public static Task<int> ValidateAsync(string[] args)
    {
        var builder = CliHost.CreateBuilder(args);
        builder.AddCorpus();
        return CliHost.RunAsync(builder, services =>
        {
            var locations = services.GetRequiredService<CorpusLocations>();
            var result = CorpusValidator.Validate(locations);
            if (result.IsValid)
            {
                Console.WriteLine($"ok: {result.SourceCount} sources, {result.PassageCount} passages");
                return Task.FromResult(0);
            }

            foreach (var problem in result.Problems)
            {
                Console.WriteLine(problem);
            }

            Console.Error.WriteLine($"error: {result.Problems.Count} corpus problem{(result.Problems.Count == 1 ? string.Empty : "s")} in {locations.CorpusPath} (listed above)");
            return Task.FromResult(1);
        });
    }

    public static Task<int> IndexAsync(string[] args)
    {
        var builder = CliHost.CreateBuilder(args);
        builder.AddCorpus();
        builder.AddSentenceEncoder();
        return CliHost.RunAsync(builder, services =>
        {
            var locations = services.GetRequiredService<CorpusLocations>();
            var clock = Stopwatch.StartNew();
            var embedder = services.GetRequiredService<SentenceEmbedder>();
            var cachePath = services.GetRequiredService<IOptions<EmbedderOptions>>().Value.VectorCachePath;
            var contentRoot = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
            using var cache = string.IsNullOrWhiteSpace(cachePath) ? null : new VectorCache(Path.GetFullPath(cachePath, contentRoot));
            using var engine = RetrievalEngine.Rebuild(locations, embedder: embedder, cache: cache);
            var embedding = engine.Indexed.Embedding ?? EmbeddingReport.None;
            Console.WriteLine($"index: {Retrieval.Index.IndexStore.IndexPath(locations)}");
            Console.WriteLine($"embedded: {embedding.Embedded} passages and questions ({embedding.Reused} vectors reused) in {embedding.Elapsed.TotalMilliseconds:0} ms; model loaded in {embedder.LoadTime.TotalMilliseconds:0} ms");
            Console.WriteLine($"indexed: {engine.Catalog.Sources.Count} sources, {engine.Catalog.Passages.Count} passages, {engine.Catalog.SeedClaims.Count} seed claims in {clock.ElapsedMilliseconds} ms");
            return Task.FromResult(0);
        });
    }

    public static Task<int> BeirAsync(string[] args)
    {
        var builder = CliHost.CreateBuilder(args);
        builder.AddCorpus();
        builder.AddSentenceEncoder();
        return CliHost.RunAsync(builder, services => Task.FromResult(Beir(
            services.GetRequiredService<IConfiguration>(), services.GetRequiredService<CorpusLocations>(), services.GetRequiredService<SentenceEmbedder>)));
    }

    // The encoder is loaded only when the mode needs vectors.
    private static int Beir(IConfiguration configuration, CorpusLocations locations, Func<SentenceEmbedder> encoder)
    {
        var dataset = configuration["dataset"];
        if (string.IsNullOrWhiteSpace(dataset))
        {
            Console.Error.WriteLine("error: usage: beir --dataset DIR [--mode bm25|dense|hybrid] [--sweep true] [--weights TITLE,BODY] (DIR holds corpus.jsonl, queries.jsonl and qrels/test.tsv)");
            return 2;
        }

        var weights = BeirEvaluation.BeirWeights;
        if (configuration["weights"] is { } text)
        {
            var parts = text.Split(',').Select(p => double.TryParse(p, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var w) && w >= 0 ? w : -1).ToArray();
            if (parts.Length != 2 || parts.Any(w => w < 0))
            {
                Console.Error.WriteLine($"error: --weights must be two non-negative numbers TITLE,BODY, not '{text}'");
                return 2;
            }

            weights = new Retrieval.Index.FieldWeights(parts[0], 0, parts[1]);
        }

        if (!Enum.TryParse<BeirMode>(configuration["mode"] ?? "hybrid", ignoreCase: true, out var mode) || !Enum.IsDefined(mode))
        {
            Console.Error.WriteLine($"error: --mode must be bm25, dense or hybrid, not '{configuration["mode"]}'");
            return 2;
        }

        var data = BeirDataset.Load(Path.GetFullPath(dataset));
        Console.WriteLine($"dataset: {dataset}: {data.Documents.Count} documents, {data.Queries.Count} judged queries");
        if (mode == BeirMode.Bm25 && configuration["sweep"] is null)
        {
            Console.WriteLine(BeirEvaluation.Run(data, weights));
            return 0;
        }

        // Corpus vectors are kept under the data folder by content hash: a second run (or another mode) re-embeds nothing.
        var cachePath = Path.Combine(locations.DataPath, "beir-vector-cache.sqlite");
        var embedder = encoder();
        using var cache = new VectorCache(cachePath);
        Console.WriteLine($"vectors: {cachePath}");
        if (configuration["sweep"] is not null)
        {
            foreach (var (fusion, ndcg, recall) in BeirEvaluation.Sweep(data, embedder, cache, FusionCandidates(), weights))
            {
                Console.WriteLine(FormattableString.Invariant($"sweep: {fusion,-22} nDCG@10={ndcg:0.0000} Recall@100={recall:0.0000}"));
            }

            return 0;
        }

        Console.WriteLine(BeirEvaluation.Run(data, mode, embedder, cache, weights));
        return 0;
    }

    /// <summary>The fusions <c>beir --sweep</c> compares (docs/RETRIEVAL.md has the SciFact table).</summary>
    private static List<FusionSettings> FusionCandidates()
    {
        var list = new List<FusionSettings>();
        foreach (var method in new[] { FusionMethod.MinMax, FusionMethod.MaxDense, FusionMethod.ZScore, FusionMethod.ZScoreList, FusionMethod.MinMaxList })
        {
            foreach (var w in new[] { 0.0, 0.2, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 1.0 })
            {
                list.Add(new FusionSettings(method, w));
            }
        }

        // How many rows each side contributes: a deeper dense list lets more passages the words missed take part.
        foreach (var depth in new[] { 30, 50, 200, 1000 })
        {
            list.Add(new FusionSettings(FusionMethod.MinMax, 0.6, Depth: depth));
            list.Add(new FusionSettings(FusionMethod.ZScore, 0.65, Depth: depth));
        }

        foreach (var k in new[] { 10, 30, 60 })
        {
            foreach (var w in new[] { 0.3, 0.4, 0.5, 0.6 })
            {
                list.Add(new FusionSettings(FusionMethod.Rrf, w, k));
            }
        }

        return list;
    }
}
