using FibroBot.BotFramework.Configuration;
using FibroBot.BotFramework.DirectLine;
using FibroBot.BotFramework.Hosting;
using FibroBot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FibroBot.Moderation;

public static partial class ModerationServiceCollectionExtensions
{
    /// <summary>
    /// The privacy rules of everything the bot keeps (the <c>Privacy</c> section): the keyed id hasher, the turn log's
    /// writer and its retention clean-up, and de-duplication keys hashed with the same key. Needs storage
    /// (<c>AddBotStorage</c>).
    /// </summary>
    public static IHostApplicationBuilder AddTurnLog(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PrivacyOptions>().Bind(builder.Configuration.GetSection(PrivacyOptions.SectionName)).ValidateProblemsOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new PrivacyHasher(PrivacyHashKey.Load(
            provider.GetRequiredService<IOptions<PrivacyOptions>>().Value,
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.DataPath)));
        services.AddSingleton<TurnLogWriter>();

        // De-duplication records are keyed with the same keyed hash, never the raw conversation id.
        services.AddSingleton<IActivityKeyHasher, PrivacyActivityKeyHasher>();
        services.AddHostedService<PrivacyKeyCheck>();
        services.AddSingleton<TurnLogRetentionService>();
        services.AddHostedService(provider => provider.GetRequiredService<TurnLogRetentionService>());
        return builder;
    }

    /// <summary>
    /// The web chat transcript follows the same promise as the turn log: no crisis words (the safety triage reads
    /// each message), no names, and never kept longer than <c>Privacy:RetentionDays</c> (<c>DirectLine:TranscriptHours</c>
    /// may shorten it). Needs <see cref="AddTurnLog"/> and the safety triage.
    /// </summary>
    public static IHostApplicationBuilder AddTranscriptPrivacy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IDirectLineTranscriptFilter, TranscriptPrivacyFilter>();
        builder.Services.AddOptions<DirectLineOptions>().Configure<IOptions<PrivacyOptions>>((directLine, privacy) =>
            directLine.MaxTranscriptAge = TimeSpan.FromDays(privacy.Value.RetentionDays));
        return builder;
    }

    /// <summary>
    /// Registers the moderators' list (root <c>Moderators</c> array, with the root <c>ModeratorTenantId</c> or else
    /// <c>MicrosoftAppTenantId</c> as the tenant of bare entries) and their chat commands. Needs the turn log.
    /// </summary>
    public static IHostApplicationBuilder AddModeration(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddOptions<ModeratorOptions>().Configure(options =>
        {
            options.Ids = configuration.GetSection(ModeratorOptions.SectionName).Get<string[]>() ?? [];
            options.TenantId = configuration[ModeratorOptions.TenantSettingName] is { Length: > 0 } tenant
                ? tenant
                : configuration["MicrosoftAppTenantId"];
        });
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ModeratorCommands>();
        builder.Services.AddHostedService<ModeratorListCheck>();
        return builder;
    }

    /// <summary>
    /// Loads the hash key while the host starts, so that a damaged or unwritable key file stops start-up rather than
    /// the first turn; and says when instances sharing PostgreSQL would each generate their own key.
    /// </summary>
    private sealed partial class PrivacyKeyCheck(
        IServiceProvider services, IStorageDatabase database, IOptions<PrivacyOptions> options, ILogger<PrivacyHasher> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            services.GetRequiredService<PrivacyHasher>();
            if (database is PostgresDatabase && string.IsNullOrEmpty(options.Value.HashKey))
            {
                LogLocalHashKey(logger);
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Warning, Message = "Privacy:HashKey is not set, so this instance hashes ids with the key in its own data folder; "
            + "instances sharing one PostgreSQL database should all be given the same Privacy:HashKey, or their turn logs' hashes will not match.")]
        private static partial void LogLocalHashKey(ILogger logger);
    }

    /// <summary>Says at start-up when a moderator entry can never match, instead of leaving a moderator puzzled.</summary>
    private sealed partial class ModeratorListCheck(IOptions<ModeratorOptions> options, ILogger<ModeratorCommands> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (options.Value.HasEntriesWithoutTenant)
            {
                LogNoTenant(logger, ModeratorOptions.SectionName, ModeratorOptions.TenantSettingName);
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Warning, Message = "{Section} has entries without a tenant and neither {TenantSetting} nor MicrosoftAppTenantId is set: those entries match nobody. Write them as tenantId/aadObjectId or set {TenantSetting}.")]
        private static partial void LogNoTenant(ILogger logger, string section, string tenantSetting);
    }
}
