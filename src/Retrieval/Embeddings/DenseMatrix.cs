using System.Numerics.Tensors;

namespace FibroBot.Retrieval.Embeddings;

/// <summary>
/// Unit vectors in one contiguous array, row after row, scanned with <see cref="TensorPrimitives.Dot(ReadOnlySpan{float}, ReadOnlySpan{float})"/>
/// (SIMD). Rows are unit length, so a dot product with a unit query is the cosine. A flat scan is exact and, at
/// 384 dimensions, fast enough for 100,000 rows (docs/RETRIEVAL.md), so no approximate index is kept.
/// </summary>
public sealed class DenseMatrix
{
    private readonly float[] _data;

    public DenseMatrix(IReadOnlyList<float[]> rows, int dimensions)
    {
        Dimensions = dimensions;
        Count = rows.Count;
        _data = new float[(long)rows.Count * dimensions];
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].Length != dimensions)
            {
                throw new InvalidDataException($"vector {r} has {rows[r].Length} dimensions, not {dimensions}");
            }

            rows[r].CopyTo(_data, r * dimensions);
        }
    }

    public int Count { get; }

    public int Dimensions { get; }

    public ReadOnlySpan<float> Row(int row) => _data.AsSpan(row * Dimensions, Dimensions);

    /// <summary>The cosine of the query with every row, into <paramref name="scores"/> (one per row).</summary>
    public void Scores(ReadOnlySpan<float> query, Span<float> scores)
    {
        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"the query vector has {query.Length} dimensions, not {Dimensions}", nameof(query));
        }

        if (Count < ParallelRows)
        {
            ScoreRows(_data, Dimensions, query, scores, 0, Count);
            return;
        }

        // A large scan is bound by memory bandwidth more than by arithmetic, and one core does not use all of it:
        // slices of rows on every core. (Spans cannot enter the lambda, so the query and scores are copied/pinned as arrays.)
        var q = query.ToArray();
        var result = new float[Count];
        var slices = Environment.ProcessorCount;
        var per = (Count + slices - 1) / slices;
        Parallel.For(0, slices, s => ScoreRows(_data, Dimensions, q, result, s * per, Math.Min(Count, (s + 1) * per)));
        result.CopyTo(scores);
    }

    /// <summary>Rows at or above which <see cref="Scores"/> splits the scan across cores.</summary>
    public const int ParallelRows = 16_384;

    private static void ScoreRows(float[] data, int dimensions, ReadOnlySpan<float> query, Span<float> scores, int from, int to)
    {
        var all = data.AsSpan();
        for (var r = from; r < to; r++)
        {
            scores[r] = TensorPrimitives.Dot(all.Slice(r * dimensions, dimensions), query);
        }
    }

    /// <summary>The <paramref name="k"/> rows most similar to the query, best first (0-based rows).</summary>
    public List<(int Row, float Score)> Top(ReadOnlySpan<float> query, int k)
    {
        var scores = new float[Count];
        Scores(query, scores);
        return TopOf(scores, k);
    }

    internal static List<(int Row, float Score)> TopOf(float[] scores, int k)
    {
        k = Math.Min(k, scores.Length);
        var heap = new PriorityQueue<int, float>(k + 1);
        for (var r = 0; r < scores.Length; r++)
        {
            if (heap.Count < k)
            {
                heap.Enqueue(r, scores[r]);
            }
            else if (k > 0 && scores[r] > scores[heap.Peek()])
            {
                heap.DequeueEnqueue(r, scores[r]);
            }
        }

        var top = new List<(int Row, float Score)>(heap.Count);
        while (heap.TryDequeue(out var row, out var score))
        {
            top.Add((row, score));
        }

        top.Reverse();
        return top;
    }
}
