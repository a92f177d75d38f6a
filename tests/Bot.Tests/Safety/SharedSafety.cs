using FibroBot.Retrieval.Embeddings;
using FibroBot.Safety;

namespace FibroBot.Tests.Safety;

/// <summary>
/// The shipped triage model and one sentence encoder for the whole test run: loading the encoder takes seconds, and
/// one instance per process is also what the bot does.
/// </summary>
public static class SharedSafety
{
    private static readonly Lazy<SentenceEmbedder> LazyEmbedder = new(() => new SentenceEmbedder());
    private static readonly Lazy<SafetyTriage> LazyTriage = new(() =>
        new SafetyTriage(new TriageModel(Path.Combine(AppContext.BaseDirectory, "Model")), LazyEmbedder.Value, new MessageLanguage()));

    public static SentenceEmbedder Embedder => LazyEmbedder.Value;

    public static SafetyTriage Triage => LazyTriage.Value;
}
