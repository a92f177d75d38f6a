using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Embeddings;
using FibroBot.Retrieval.Index;
using FibroBot.Retrieval.Search;
using Microsoft.Extensions.Options;

namespace FibroBot.Hosting;

public static class RetrievalServiceCollectionExtensions
{
    /// <summary>
    /// Registers the corpus catalog and <see cref="IPassageSearch"/> as singletons over one
    /// <see cref="RetrievalEngine"/>, opened at start-up: the index is rebuilt only when the corpus changed, and a
    /// broken corpus file is logged by name while the last good index keeps serving (start-up fails only when there
    /// is no good index at all).
    /// </summary>
    public static IServiceCollection AddRetrievalEngine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CorpusOptions>().Bind(configuration.GetSection(CorpusOptions.SectionName));
        services.AddOptions<EmbedderOptions>().Bind(configuration.GetSection(EmbedderOptions.SectionName));
        // One encoder (one ONNX session) per process, shared by the index build, the search and the safety triage.
        services.AddSingleton(provider => new SentenceEmbedder(provider.GetRequiredService<IOptions<EmbedderOptions>>().Value));
        services.AddSingleton<ITextEmbedder>(provider => provider.GetRequiredService<SentenceEmbedder>());
        services.AddSingleton<Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>>(
            provider => provider.GetRequiredService<SentenceEmbedder>());
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<CorpusOptions>>().Value;
            var contentRoot = provider.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
            var locations = options.Resolve(AppContext.BaseDirectory, contentRoot);
            var embedder = provider.GetRequiredService<ITextEmbedder>();
            var cachePath = provider.GetRequiredService<IOptions<EmbedderOptions>>().Value.VectorCachePath;
            using var cache = string.IsNullOrWhiteSpace(cachePath) ? null : new VectorCache(Path.GetFullPath(cachePath, contentRoot));
            var engine = RetrievalEngine.Open(locations, embedder: embedder, cache: cache);
            var logger = provider.GetRequiredService<ILogger<RetrievalEngine>>();
            if (engine.Indexed.CorpusError is { } error)
            {
                if (logger.IsEnabled(LogLevel.Error))
                {
                    logger.LogError("The corpus failed to load, so the last good index keeps serving: {Problems}",
                        string.Join("; ", error.Problems));
                }
            }
            else if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Retrieval index {State}: {Sources} sources, {Passages} passages from {Corpus} in {Elapsed} ms; passage vectors: {Embedding}",
                    IndexStateText.Describe(engine.Indexed.State), engine.Catalog.Sources.Count, engine.Catalog.Passages.Count, locations.CorpusPath,
                    (int)engine.Indexed.Elapsed.TotalMilliseconds, engine.Indexed.Embedding ?? EmbeddingReport.None);
            }

            return engine;
        });
        services.AddSingleton(provider => provider.GetRequiredService<RetrievalEngine>().Catalog);
        services.AddSingleton(provider => provider.GetRequiredService<RetrievalEngine>().Search);
        services.AddHostedService<RetrievalStartup>();
        return services;
    }

    /// <summary>Opens the engine while the host starts, so the first question is fast and a broken corpus is reported at once.</summary>
    private sealed class RetrievalStartup(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = services.GetRequiredService<RetrievalEngine>();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

/// <summary>The index state names used in log lines.</summary>
internal static class IndexStateText
{
    public static string Describe(IndexState state) => state switch
    {
        IndexState.Reused => "reused (corpus unchanged)",
        IndexState.Rebuilt => "rebuilt",
        IndexState.LastGood => "kept from the last good build",
        _ => state.ToString(),
    };
}
