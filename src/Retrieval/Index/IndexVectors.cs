using FibroBot.Retrieval.Embeddings;

namespace FibroBot.Retrieval.Index;

/// <summary>A question heading or <c>**Question?**</c> line of a vetted document, and the row of the passage that answers it.</summary>
public sealed record IndexedQuestion(int Row, string Text);

/// <summary>
/// The dense side of an index: one unit vector per row (same order as the FTS5 rows), the vetted documents' own
/// questions with theirs, each keyed by content hash (<see cref="VectorKey"/>) so a rebuild re-embeds only what changed.
/// </summary>
public sealed record IndexVectors(
    string ModelId,
    DenseMatrix Passages,
    IReadOnlyList<string> PassageKeys,
    IReadOnlyList<IndexedQuestion> Questions,
    DenseMatrix QuestionVectors,
    IReadOnlyList<string> QuestionKeys)
{
    /// <summary>Every stored vector by key, for reuse by the next build.</summary>
    public Dictionary<string, float[]> ByKey()
    {
        var all = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (var i = 0; i < PassageKeys.Count; i++)
        {
            all.TryAdd(PassageKeys[i], Passages.Row(i).ToArray());
        }

        for (var i = 0; i < QuestionKeys.Count; i++)
        {
            all.TryAdd(QuestionKeys[i], QuestionVectors.Row(i).ToArray());
        }

        return all;
    }

    /// <summary>
    /// Embeds (or takes from <paramref name="known"/> / <paramref name="cache"/>) the rows and questions of an index.
    /// Questions are embedded in the query role: a member's question is compared with them query to query.
    /// </summary>
    public static (IndexVectors Vectors, EmbeddingReport Report) Build(
        IReadOnlyList<IndexDocument> documents,
        IReadOnlyList<IndexedQuestion> questions,
        ITextEmbedder embedder,
        IReadOnlyDictionary<string, float[]>? known,
        VectorCache? cache)
    {
        var texts = documents.Select(d => (PassageVectorText.Of(d), TextRole.Passage))
            .Concat(questions.Select(q => (q.Text, TextRole.Query)))
            .ToList();
        var (vectors, keys, report) = CachedEmbedding.EmbedAll(embedder, texts, known, cache);
        var n = documents.Count;
        return (new IndexVectors(
            embedder.ModelId,
            new DenseMatrix(vectors[..n], embedder.Dimensions),
            keys[..n],
            questions,
            new DenseMatrix(vectors[n..], embedder.Dimensions),
            keys[n..]), report);
    }
}
