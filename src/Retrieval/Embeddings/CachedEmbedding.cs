using System.Diagnostics;

namespace FibroBot.Retrieval.Embeddings;

/// <summary>What embedding a set of texts cost: how many were encoded, how many came from stored vectors, and the time.</summary>
public sealed record EmbeddingReport(int Embedded, int Reused, TimeSpan Elapsed)
{
    public static EmbeddingReport None { get; } = new(0, 0, TimeSpan.Zero);

    public override string ToString() =>
        FormattableString.Invariant($"{Embedded} embedded, {Reused} reused, {Elapsed.TotalSeconds:0.0} s");
}

/// <summary>
/// Embeds texts through stored vectors first: each text's <see cref="VectorKey"/> is looked up in the given stores
/// (an older index, a shared cache), and only the rest go to the encoder, in one batched call.
/// </summary>
public static class CachedEmbedding
{
    private const int CacheChunk = 512;

    public static (float[][] Vectors, string[] Keys, EmbeddingReport Report) EmbedAll(
        ITextEmbedder embedder,
        IReadOnlyList<(string Text, TextRole Role)> texts,
        IReadOnlyDictionary<string, float[]>? known,
        VectorCache? cache)
    {
        var clock = Stopwatch.StartNew();
        var keys = texts.Select(t => VectorKey.Of(embedder.ModelId, t.Role, t.Text)).ToArray();
        var found = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (known is not null)
        {
            foreach (var key in keys)
            {
                if (known.TryGetValue(key, out var v) && v.Length == embedder.Dimensions)
                {
                    found[key] = v;
                }
            }
        }

        if (cache is not null)
        {
            foreach (var (key, v) in cache.GetMany(keys.Where(k => !found.ContainsKey(k)).Distinct()))
            {
                if (v.Length == embedder.Dimensions)
                {
                    found[key] = v;
                }
            }
        }

        var missing = Enumerable.Range(0, texts.Count).Where(i => !found.ContainsKey(keys[i])).DistinctBy(i => keys[i]).ToList();
        var fresh = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var role in new[] { TextRole.Passage, TextRole.Query })
        {
            var ofRole = missing.Where(i => texts[i].Role == role).ToList();
            if (ofRole.Count == 0)
            {
                continue;
            }

            // In chunks, each saved to the cache as soon as it is done: an interrupted BEIR corpus run keeps its progress.
            foreach (var chunk in ofRole.Chunk(CacheChunk))
            {
                var vectors = embedder.EmbedMany([.. chunk.Select(i => texts[i].Text)], role);
                var done = new Dictionary<string, float[]>(chunk.Length, StringComparer.Ordinal);
                for (var j = 0; j < chunk.Length; j++)
                {
                    done[keys[chunk[j]]] = fresh[keys[chunk[j]]] = vectors[j];
                }

                cache?.PutMany(done);
            }
        }

        var result = keys.Select(k => found.TryGetValue(k, out var v) ? v : fresh[k]).ToArray();
        return (result, keys, new EmbeddingReport(fresh.Count, texts.Count - fresh.Count, clock.Elapsed));
    }
}
