using FibroBot.BotFramework.Configuration;
using FibroBot.BotFramework.Storage;
using FibroBot.Moderation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FibroBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the configured back end (<c>Storage:Provider</c>, <c>ConnectionStrings:Storage</c>) as
    /// <see cref="IStorage"/>, <see cref="ITurnLog"/> and <see cref="IStorageDatabase"/>, and the start-up service that
    /// migrates the schema. Only storage: the privacy rules and the turn log's writer are the moderation layer's
    /// (<see cref="ModerationServiceCollectionExtensions.AddTurnLog"/>).
    /// </summary>
    public static IHostApplicationBuilder AddBotStorage(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .Configure(options => options.ConnectionString ??= configuration.GetConnectionString(StorageOptions.ConnectionStringName))
            .ValidateProblemsOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);

        builder.Services.AddSingleton(provider => CreateDatabase(provider, provider.GetRequiredService<IOptions<StorageOptions>>().Value));
        builder.Services.AddSingleton<IStorage>(provider => provider.GetRequiredService<IStorageDatabase>() switch
        {
            SqliteDatabase sqlite => new SqliteStorage(sqlite, provider.GetRequiredService<ILogger<SqliteStorage>>()),
            PostgresDatabase postgres => new PostgresStorage(postgres, provider.GetRequiredService<ILogger<PostgresStorage>>()),
            var other => throw new InvalidOperationException($"No IStorage for {other.GetType().Name}."),
        });
        builder.Services.AddSingleton<ITurnLog>(provider => provider.GetRequiredService<IStorageDatabase>() switch
        {
            SqliteDatabase sqlite => new SqliteTurnLog(sqlite, provider.GetRequiredService<ILogger<SqliteTurnLog>>()),
            PostgresDatabase postgres => new PostgresTurnLog(postgres, provider.GetRequiredService<ILogger<PostgresTurnLog>>()),
            var other => throw new InvalidOperationException($"No ITurnLog for {other.GetType().Name}."),
        });

        // Registered before every other hosted service of the bot, so the schema exists before anything else starts.
        builder.Services.AddHostedService<StorageStartupService>();
        return builder;
    }

    private static IStorageDatabase CreateDatabase(IServiceProvider provider, StorageOptions options) => options.ParseProvider() switch
    {
        StorageProvider.PostgreSql => new PostgresDatabase(options.PostgresConnectionString(), provider.GetRequiredService<ILogger<PostgresDatabase>>()),
        _ => new SqliteDatabase(options.SqliteConnectionString(), provider.GetRequiredService<ILogger<SqliteDatabase>>()),
    };
}
