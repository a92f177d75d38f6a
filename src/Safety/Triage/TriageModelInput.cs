using Microsoft.ML.Data;

namespace FibroBot.Safety;

/// <summary>
/// What the triage model reads: the message text (for character and word n-grams, which carry the other languages
/// and obfuscated spellings) and the message's sentence embedding (the same query vector retrieval uses).
/// </summary>
public sealed class TriageModelInput
{
    public const int EmbeddingSize = 384;

    public string Text { get; set; } = string.Empty;

    [VectorType(EmbeddingSize)]
    public float[] Embedding { get; set; } = [];

    /// <summary>The training label; empty when predicting.</summary>
    public string Label { get; set; } = string.Empty;
}

/// <summary>The model's output: one calibrated probability per class, in the order of the label key values.</summary>
public sealed class TriageModelOutput
{
    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}
