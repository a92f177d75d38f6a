using FibroBot.BotFramework.Hosting;
using FibroBot.BotFramework.Storage;
using FibroBot.Moderation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FibroBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the configured back end (<c>Storage:Provider</c>, <c>ConnectionStrings:Storage</c>) as
    /// <see cref="IStorage"/>, <see cref="ITurnLog"/> and <see cref="IStorageDatabase"/>, the privacy services, the
    /// start-up check that migrates the schema, and the turn log's retention clean-up. Outside a host (the command
    /// line), call <see cref="IStorageDatabase.MigrateAsync"/> before first use.
    /// </summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .Configure(options => options.ConnectionString ??= configuration.GetConnectionString(StorageOptions.ConnectionStringName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidation>();
        services.AddOptions<PrivacyOptions>().Bind(configuration.GetSection(PrivacyOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PrivacyOptions>, PrivacyOptionsValidation>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton(provider => CreateDatabase(provider, provider.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton<IStorage>(provider => provider.GetRequiredService<IStorageDatabase>() switch
        {
            SqliteDatabase sqlite => new SqliteStorage(sqlite, provider.GetRequiredService<ILogger<SqliteStorage>>()),
            PostgresDatabase postgres => new PostgresStorage(postgres, provider.GetRequiredService<ILogger<PostgresStorage>>()),
            var other => throw new InvalidOperationException($"No IStorage for {other.GetType().Name}."),
        });
        services.AddSingleton<ITurnLog>(provider => provider.GetRequiredService<IStorageDatabase>() switch
        {
            SqliteDatabase sqlite => new SqliteTurnLog(sqlite, provider.GetRequiredService<ILogger<SqliteTurnLog>>()),
            PostgresDatabase postgres => new PostgresTurnLog(postgres, provider.GetRequiredService<ILogger<PostgresTurnLog>>()),
            var other => throw new InvalidOperationException($"No ITurnLog for {other.GetType().Name}."),
        });

        services.AddSingleton(provider => new PrivacyHasher(PrivacyHashKey.Load(
            provider.GetRequiredService<IOptions<PrivacyOptions>>().Value,
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.DataPath)));
        services.AddSingleton<TurnLogWriter>();

        // De-duplication records are keyed with the same keyed hash, never the raw conversation id.
        services.AddSingleton<IActivityKeyHasher, PrivacyActivityKeyHasher>();

        // Registered first among this project's hosted services, so the schema exists before anything else starts.
        services.AddHostedService<StorageStartupService>();
        services.AddSingleton<TurnLogRetentionService>();
        services.AddHostedService(provider => provider.GetRequiredService<TurnLogRetentionService>());
        return services;
    }

    private static IStorageDatabase CreateDatabase(IServiceProvider provider, StorageOptions options) => options.ParseProvider() switch
    {
        StorageProvider.PostgreSql => new PostgresDatabase(options.PostgresConnectionString(), provider.GetRequiredService<ILogger<PostgresDatabase>>()),
        _ => new SqliteDatabase(options.SqliteConnectionString(), provider.GetRequiredService<ILogger<SqliteDatabase>>()),
    };
}
