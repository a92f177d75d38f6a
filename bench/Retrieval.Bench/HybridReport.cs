using System.Diagnostics;
using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Embeddings;
using FibroBot.Retrieval.Index;
using FibroBot.Retrieval.Search;

namespace FibroBot.Retrieval.Bench;

/// <summary>
/// <c>hybrid [PASSAGES]</c>: the figures of issue 13 with a plain stopwatch (BenchmarkDotNet's in-process job is too
/// slow to warm the encoder on a shared machine): resident memory before and after loading the model; the index
/// build of our corpus with every vector embedded and with every vector reused; query p50/p99 on our corpus for the
/// whole <c>Search(text)</c> (encoder pass included) and for the search alone given the vector; and the search at
/// PASSAGES synthetic passages (default 100,000) whose vectors are random unit vectors: the scan's cost does not depend
/// on what the vectors mean, and embedding 100,000 passages would take hours here. <c>hybrid 100000 --scale-only</c>
/// runs only the synthetic part. Issue 16 adds to the synthetic part the whole query as the bot pays it (the encoder
/// pass plus the search) and the embedding throughput of the index build, measured on <c>--embed-sample N</c>
/// (default 256) of the synthetic passages and extrapolated to all of them.
/// </summary>
internal static class HybridReport
{
    public static int Run(string[] args)
    {
        var synthetic = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        var sampleAt = Array.IndexOf(args, "--embed-sample");
        var embedSample = sampleAt >= 0 ? int.Parse(args[sampleAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 256;
        if (args.Contains("--scale-only"))
        {
            Console.WriteLine($"rss_before_model_mib={Rss():0}");
            using var encoder = new SentenceEmbedder();
            encoder.Embed("warm up", TextRole.Query);
            Console.WriteLine($"rss_with_model_mib={Rss():0}");
            Scale(synthetic, encoder, embedSample);
            return 0;
        }

        Console.WriteLine($"rss_before_model_mib={Rss():0}");
        var clock = Stopwatch.StartNew();
        using var embedder = new SentenceEmbedder();
        embedder.Embed("warm up", TextRole.Query);
        Console.WriteLine($"model_load_ms={clock.ElapsedMilliseconds} rss_with_model_mib={Rss():0}");

        var locations = BenchCorpus.Locations() with { DataPath = Path.Combine(Path.GetTempPath(), $"fibrobot-hybrid-bench-{Guid.NewGuid():N}") };
        try
        {
            clock.Restart();
            using (var fresh = RetrievalEngine.Rebuild(locations, embedder: embedder))
            {
                Console.WriteLine($"index_build_all_embedded_ms={clock.ElapsedMilliseconds} ({fresh.Indexed.Embedding})");
            }

            clock.Restart();
            using var engine = RetrievalEngine.Rebuild(locations, embedder: embedder);
            Console.WriteLine($"index_build_vectors_reused_ms={clock.ElapsedMilliseconds} ({engine.Indexed.Embedding})");
            Console.WriteLine($"rss_with_model_and_index_mib={Rss():0}");

            var questions = BenchCorpus.Questions;
            for (var i = 0; i < 20; i++)
            {
                engine.Search.Search(questions[i % questions.Length]);
            }

            const int Rounds = 400;
            var whole = new double[Rounds];
            var searchOnly = new double[Rounds];
            for (var i = 0; i < Rounds; i++)
            {
                var question = questions[i % questions.Length];
                var started = Stopwatch.GetTimestamp();
                engine.Search.Search(question);
                whole[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                var vector = embedder.Embed(question, TextRole.Query);
                started = Stopwatch.GetTimestamp();
                engine.Search.Search(question, vector);
                searchOnly[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            Console.WriteLine(FormattableString.Invariant(
                $"our_corpus passages={engine.Catalog.Passages.Count} query_with_encoder_p50_ms={P(whole, 0.5):0.00} p99_ms={P(whole, 0.99):0.00} search_given_vector_p50_ms={P(searchOnly, 0.5):0.000} p99_ms={P(searchOnly, 0.99):0.000}"));
        }
        finally
        {
            Directory.Delete(locations.DataPath, recursive: true);
        }

        Scale(synthetic, embedder, embedSample);
        return 0;
    }

    private static void Scale(int count, SentenceEmbedder embedder, int embedSample)
    {
        var clock = Stopwatch.StartNew();
        var catalog = SyntheticCorpus.Create(count, seed: 42);
        var documents = IndexStore.Documents(catalog).ToList();
        var random = new Random(42);
        var vectors = new float[documents.Count][];
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i] = RandomUnit(random);
        }

        var indexVectors = new IndexVectors(SentenceEmbedder.Model, new DenseMatrix(vectors, SentenceEmbedder.VectorDimensions),
            [.. Enumerable.Repeat(string.Empty, vectors.Length)], [], new DenseMatrix([], SentenceEmbedder.VectorDimensions), []);
        using var index = PassageIndex.CreateInMemory(documents, vectors: indexVectors);
        var search = new PassageSearch(catalog, index, SynonymTable.Load(Path.Combine(BenchCorpus.RepositoryRoot(), "corpus", "synonyms.txt")));
        Console.WriteLine($"synthetic passages={count} build_s={clock.Elapsed.TotalSeconds:0.0} rss_mib={Rss():0}");

        var queries = SyntheticCorpus.Queries(200, seed: 7);
        var queryVectors = embedder.EmbedMany(queries, TextRole.Query);
        var scan = new double[queries.Length];
        var hybrid = new double[queries.Length];
        var scores = new float[count];
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < queries.Length; i++)
            {
                var started = Stopwatch.GetTimestamp();
                index.Vectors!.Passages.Scores(queryVectors[i], scores);
                scan[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                started = Stopwatch.GetTimestamp();
                search.Search(queries[i], queryVectors[i]);
                hybrid[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }

        Console.WriteLine(FormattableString.Invariant(
            $"synthetic passages={count} dense_scan_p50_ms={P(scan, 0.5):0.00} p99_ms={P(scan, 0.99):0.00} hybrid_search_given_vector_p50_ms={P(hybrid, 0.5):0.00} p99_ms={P(hybrid, 0.99):0.00}"));

        // The query as the bot pays it: one encoder pass on the question, then the hybrid search with that vector.
        var whole = new double[queries.Length];
        for (var i = 0; i < queries.Length; i++)
        {
            var started = Stopwatch.GetTimestamp();
            search.Search(queries[i], embedder.Embed(queries[i], TextRole.Query));
            whole[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Console.WriteLine(FormattableString.Invariant(
            $"synthetic passages={count} query_with_encoder_p50_ms={P(whole, 0.5):0.00} p99_ms={P(whole, 0.99):0.00} rss_mib={Rss():0}"));

        // The index build's embedding throughput, on a sample of the passages as the build embeds them (batched, both cores).
        var sample = documents.Take(Math.Min(embedSample, documents.Count)).Select(PassageVectorText.Of).ToList();
        var embedClock = Stopwatch.StartNew();
        embedder.EmbedMany(sample, TextRole.Passage);
        var perSecond = sample.Count / embedClock.Elapsed.TotalSeconds;
        Console.WriteLine(FormattableString.Invariant(
            $"synthetic passages={count} embedded_sample={sample.Count} embed_s={embedClock.Elapsed.TotalSeconds:0.0} passages_per_s={perSecond:0.0} extrapolated_embed_all_s={count / perSecond:0} rss_mib={Rss():0}"));
    }

    private static float[] RandomUnit(Random random)
    {
        var v = new float[SentenceEmbedder.VectorDimensions];
        for (var d = 0; d < v.Length; d++)
        {
            v[d] = (float)((random.NextDouble() * 2) - 1);
        }

        var norm = System.Numerics.Tensors.TensorPrimitives.Norm(v);
        System.Numerics.Tensors.TensorPrimitives.Divide(v, norm, v);
        return v;
    }

    private static double P(double[] values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    /// <summary>Resident set size of this process, MiB (Linux /proc; the working set elsewhere).</summary>
    private static double Rss()
    {
        const string Status = "/proc/self/status";
        if (File.Exists(Status))
        {
            var line = File.ReadLines(Status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            if (line is not null && long.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], out var kb))
            {
                return kb / 1024.0;
            }
        }

        return Environment.WorkingSet / (1024.0 * 1024.0);
    }
}
