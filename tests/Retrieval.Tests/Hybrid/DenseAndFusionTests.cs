using FibroBot.Retrieval.Embeddings;
using FibroBot.Retrieval.Search;

namespace FibroBot.Tests.Hybrid;

public class DenseAndFusionTests
{
    [Fact]
    public void The_dense_scan_returns_the_rows_by_cosine_best_first()
    {
        float[][] rows = [[1, 0, 0], [0, 1, 0], [0.6f, 0.8f, 0]];
        var matrix = new DenseMatrix(rows, 3);

        var top = matrix.Top([0, 1, 0], 2);

        Assert.Equal([1, 2], top.Select(t => t.Row));
        Assert.Equal(1f, top[0].Score, 5);
        Assert.Equal(0.8f, top[1].Score, 5);
    }

    [Fact]
    public void Min_max_fusion_blends_both_sides_and_a_row_found_by_one_side_only_still_counts()
    {
        // Row 0: best lexically, poor densely. Row 1: lexically second, best densely. Row 2: dense only.
        (int, double)[] lexical = [(0, 10.0), (1, 6.0)];
        float[] dense = [0.2f, 0.9f, 0.8f];
        var denseTop = DenseMatrix.TopOf(dense, 3);

        var fused = HybridFusion.Fuse(lexical, dense, denseTop, new FusionSettings(FusionMethod.MinMax, 0.5));

        Assert.Equal([1, 0, 2], fused.Select(f => f.Row));
        Assert.Contains(fused, f => f.Row == 2 && f.Lexical == 0);
    }

    [Fact]
    public void Stored_vectors_round_trip_and_keys_change_with_text_and_role()
    {
        float[] vector = [0.25f, -1.5f, 3f];

        Assert.Equal(vector, VectorKey.FromBytes(VectorKey.ToBytes(vector)));
        Assert.NotEqual(VectorKey.Of("m", TextRole.Passage, "a"), VectorKey.Of("m", TextRole.Query, "a"));
        Assert.NotEqual(VectorKey.Of("m", TextRole.Passage, "a"), VectorKey.Of("m", TextRole.Passage, "a "));
        Assert.Equal(VectorKey.Of("m", TextRole.Passage, "a"), VectorKey.Of("m", TextRole.Passage, "a"));
    }
}
