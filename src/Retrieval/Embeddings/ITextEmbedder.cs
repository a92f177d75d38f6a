namespace FibroBot.Retrieval.Embeddings;

/// <summary>
/// The synchronous face of a sentence encoder, as the index build and the search need it: one vector per text, in
/// order, unit length. <see cref="SentenceEmbedder"/> is the real one; tests may use a cheaper stand-in.
/// </summary>
public interface ITextEmbedder
{
    /// <summary>Names the model, so vectors of different models never mix in a store or cache.</summary>
    string ModelId { get; }

    int Dimensions { get; }

    float[] Embed(string text, TextRole role);

    float[][] EmbedMany(IReadOnlyList<string> texts, TextRole role);
}
