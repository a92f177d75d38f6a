using FibroBot.Retrieval.Embeddings;
using FibroBot.Safety;
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
    /// The learned triage model and the decision policy, over the process's one sentence encoder
    /// (<see cref="RetrievalServiceCollectionExtensions.AddSentenceEncoder"/>). The model is loaded while the host starts: a missing or corrupt file stops start-up with a
    /// message naming it, because the bot must never answer without its safety model.
    /// </summary>
    public static IHostApplicationBuilder AddSafetyTriage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SafetyOptions>().Bind(builder.Configuration.GetSection(SafetyOptions.SectionName));
        builder.Services.AddSingleton(provider => new TriageModel(provider.GetRequiredService<IOptions<SafetyOptions>>().Value.ResolveModelDirectory()));
        builder.Services.AddSingleton<MessageLanguage>();
        builder.Services.AddSingleton<SafetyTriage>();
        builder.Services.AddHostedService<SafetyStartup>();
        return builder;
    }

    /// <summary>Loads the encoder, the model and the language models before the first message, so a broken deployment
    /// fails the start, not a turn, and the first member's message does not wait for the rules to compile or the language
    /// models to load.</summary>
    private sealed class SafetyStartup(IServiceProvider services, ILogger<SafetyTriage> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var embedder = services.GetRequiredService<SentenceEmbedder>();
            var model = services.GetRequiredService<TriageModel>();
            var missing = MessageLanguage.MissingModelFolders(AppContext.BaseDirectory);
            if (missing.Count > 0)
            {
                throw new InvalidOperationException(
                    $"The language models that choose the language of crisis guidance are missing: {string.Join(", ", missing)}. " +
                    "Rebuild the bot ('dotnet build'), which copies them beside its assemblies from the SearchPioneer.Lingua package.");
            }

            services.GetRequiredService<SafetyTriage>().WarmUp(embedder.Embed(string.Empty, TextRole.Query));

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
