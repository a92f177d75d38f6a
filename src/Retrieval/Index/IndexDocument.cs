namespace FibroBot.Retrieval.Index;

/// <summary>One row of the full-text index: a passage (or, for BEIR, a whole document) in its three weighted fields.</summary>
public sealed record IndexDocument(string Id, string Title, string Heading, string Body);

/// <summary>
/// BM25 field weights (FTS5 fixes k1 = 1.2 and b = 0.75). A term in a title says more about a passage than the same
/// term deep in its body.
/// </summary>
public sealed record FieldWeights(double Title, double Heading, double Body)
{
    public static FieldWeights Default { get; } = new(2.0, 1.5, 1.0);

    /// <summary>The FTS5 rank function; the first column (the id) is unindexed and weighs nothing.</summary>
    internal string RankFunction() =>
        FormattableString.Invariant($"bm25(0.0, {Title:0.0###}, {Heading:0.0###}, {Body:0.0###})");
}

/// <summary>A row found by a full-text query, with its BM25 score (higher is better).</summary>
public readonly record struct RankedRow(int Row, double Score);
