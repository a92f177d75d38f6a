using FibroBot.Retrieval.Corpus;
using FibroBot.Retrieval.Embeddings;
using FibroBot.Retrieval.Index;
using FibroBot.Retrieval.Search;
using FibroBot.Safety;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace FibroBot.Hosting;

public static class RetrievalServiceCollectionExtensions
{
    /// <summary>
    /// The one sentence encoder of the process (one ONNX session), bound to the <c>Embeddings</c> section and shared by
    /// the index build, the search and the safety triage, with the per-process cache of query vectors.
    /// </summary>
    public static IHostApplicationBuilder AddSentenceEncoder(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmbedderOptions>().Bind(builder.Configuration.GetSection(EmbedderOptions.SectionName));
        builder.Services.AddSingleton(provider => new SentenceEmbedder(provider.GetRequiredService<IOptions<EmbedderOptions>>().Value));
        builder.Services.AddSingleton<ITextEmbedder>(provider => provider.GetRequiredService<SentenceEmbedder>());
        builder.Services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(provider => provider.GetRequiredService<SentenceEmbedder>());
        builder.Services.AddSingleton(provider => new QueryEmbeddingCache(provider.GetRequiredService<SentenceEmbedder>()));
        builder.Services.AddSingleton<IQueryEmbedder>(provider => provider.GetRequiredService<QueryEmbeddingCache>());
        return builder;
    }

    /// <summary>
    /// The <c>Corpus</c> section and the folders it resolves to (<see cref="CorpusLocations"/>), relative paths anchored
    /// at the content root, as the <c>validate</c> and <c>index</c> verbs and the retrieval engine read them.
    /// </summary>
    public static IHostApplicationBuilder AddCorpus(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CorpusOptions>().Bind(builder.Configuration.GetSection(CorpusOptions.SectionName));
        builder.Services.AddSingleton(provider => provider.GetRequiredService<IOptions<CorpusOptions>>().Value
            .Resolve(AppContext.BaseDirectory, provider.GetRequiredService<IHostEnvironment>().ContentRootPath));
        return builder;
    }

    /// <summary>
    /// Registers the corpus catalog and <see cref="IPassageSearch"/> as singletons over one
    /// <see cref="RetrievalEngine"/>, opened at start-up: the index is rebuilt only when the corpus changed, and a
    /// broken corpus file is logged by name while the last good index keeps serving (start-up fails only when there
    /// is no good index at all). Needs <see cref="AddCorpus"/> and <see cref="AddSentenceEncoder"/>.
    /// </summary>
    public static IHostApplicationBuilder AddRetrievalEngine(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(provider =>
        {
            var locations = provider.GetRequiredService<CorpusLocations>();
            var contentRoot = provider.GetRequiredService<IHostEnvironment>().ContentRootPath;
            var embedder = provider.GetRequiredService<ITextEmbedder>();
            var cachePath = provider.GetRequiredService<IOptions<EmbedderOptions>>().Value.VectorCachePath;
            using var cache = string.IsNullOrWhiteSpace(cachePath) ? null : new VectorCache(Path.GetFullPath(cachePath, contentRoot));
            var engine = RetrievalEngine.Open(locations, embedder: embedder, cache: cache);
            LogOpened(provider.GetRequiredService<ILogger<RetrievalEngine>>(), engine, locations);
            return engine;
        });
        builder.Services.AddSingleton(provider => provider.GetRequiredService<RetrievalEngine>().Catalog);
        builder.Services.AddSingleton(provider => provider.GetRequiredService<RetrievalEngine>().Search);
        // Questions in the six other languages are searched in English words (corpus/glossary.txt).
        builder.Services.AddSingleton(provider => Glossary.Load(provider.GetRequiredService<CorpusLocations>().GlossaryPath));
        builder.Services.AddHostedService<RetrievalStartup>();
        return builder;
    }

    private static void LogOpened(ILogger logger, RetrievalEngine engine, CorpusLocations locations)
    {
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
