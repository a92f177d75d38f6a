using FibroBot.Retrieval.Embeddings;
using FibroBot.Safety;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FibroBot.Hosting;

/// <summary>Where the safety model lives; by default the copy that ships beside the bot's assemblies.</summary>
public sealed record SafetyOptions
{
    public const string SectionName = "Safety";

    /// <summary>The folder holding triage-model.zip and triage-model.json; empty means the "Model" folder beside the bot.</summary>
    public string ModelDirectory { get; init; } = string.Empty;

    public string ResolveModelDirectory() =>
        string.IsNullOrWhiteSpace(ModelDirectory) ? Path.Combine(AppContext.BaseDirectory, "Model") : Path.GetFullPath(ModelDirectory);
}

public static class SafetyServiceCollectionExtensions
{
    /// <summary>
    /// The one sentence encoder of the process (shared by triage and retrieval), the learned triage model and the
    /// decision policy. The model is loaded while the host starts: a missing or corrupt file stops start-up with a
    /// message naming it, because the bot must never answer without its safety model.
    /// </summary>
    public static IServiceCollection AddSafetyTriage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SafetyOptions>().Bind(configuration.GetSection(SafetyOptions.SectionName));
        services.AddOptions<EmbedderOptions>().Bind(configuration.GetSection(EmbedderOptions.SectionName));
        services.TryAddSingleton(provider => new SentenceEmbedder(provider.GetRequiredService<IOptions<EmbedderOptions>>().Value));
        services.TryAddSingleton(provider => new QueryEmbeddingCache(provider.GetRequiredService<SentenceEmbedder>()));
        services.TryAddSingleton<IQueryEmbedder>(provider => provider.GetRequiredService<QueryEmbeddingCache>());
        services.TryAddSingleton(provider => new TriageModel(provider.GetRequiredService<IOptions<SafetyOptions>>().Value.ResolveModelDirectory()));
        services.TryAddSingleton<MessageLanguage>();
        services.TryAddSingleton<SafetyTriage>();
        services.AddHostedService<SafetyStartup>();
        return services;
    }

    /// <summary>Loads the encoder and the model before the first message, so a broken model file fails the start, not a turn.</summary>
    private sealed class SafetyStartup(IServiceProvider services, ILogger<SafetyTriage> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var embedder = services.GetRequiredService<SentenceEmbedder>();
            var model = services.GetRequiredService<TriageModel>();
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Safety triage model loaded from {Directory} (trained on data {Hash}); encoder {Model} loaded in {Elapsed} ms ({Instances} in this process)",
                    model.Directory, model.Card.TrainingDataSha256[..12], SentenceEmbedder.Model, (int)embedder.LoadTime.TotalMilliseconds,
                    SentenceEmbedder.InstancesCreated);
            }

            return Task.CompletedTask;
        }

        /// <summary>The query cache's hit rate and the encoder's passes since start-up, for the load benchmark's report.</summary>
        public Task StopAsync(CancellationToken cancellationToken)
        {
            var cache = services.GetRequiredService<QueryEmbeddingCache>();
            if (logger.IsEnabled(LogLevel.Information))
            {
                var lookups = cache.Hits + cache.Misses;
                logger.LogInformation("Query embedding cache: {Hits} hits, {Misses} misses, hit rate {Rate:P1}; encoder passes {Passes}; encoders loaded in this process {Instances}",
                    cache.Hits, cache.Misses, lookups == 0 ? 0 : (double)cache.Hits / lookups,
                    services.GetRequiredService<SentenceEmbedder>().Passes, SentenceEmbedder.InstancesCreated);
            }

            return Task.CompletedTask;
        }
    }
}
