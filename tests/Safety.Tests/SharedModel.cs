using FibroBot.Retrieval.Embeddings;
using FibroBot.TriageLab;

namespace FibroBot.Safety.Tests;

/// <summary>One encoder, the shipped model and the repository's triage data for the whole test run.</summary>
public static class SharedModel
{
    private static readonly Lazy<SentenceEmbedder> LazyEmbedder = new(() => new SentenceEmbedder());
    private static readonly Lazy<TriageModel> LazyModel = new(() => new TriageModel(ModelDirectory));
    private static readonly Lazy<SafetyTriage> LazyTriage = new(() => new SafetyTriage(LazyModel.Value, LazyEmbedder.Value, new MessageLanguage()));
    private static readonly Lazy<EmbeddingCache> LazyCache = new(() => new EmbeddingCache(LazyEmbedder.Value, EmbeddingCache.DefaultPath));

    /// <summary>The model as it ships: copied beside the test assembly by the build, like beside the bot.</summary>
    public static string ModelDirectory => Path.Combine(AppContext.BaseDirectory, "Model");

    public static string SourceModelDirectory => Repository.Combine( "src", "Safety", "Model");

    public static string DataDirectory => Repository.Combine( TriageData.DefaultDirectory);

    public static SentenceEmbedder Embedder => LazyEmbedder.Value;

    public static TriageModel Model => LazyModel.Value;

    public static EmbeddingCache Cache => LazyCache.Value;

    public static SafetyTriage Triage => LazyTriage.Value;
}
