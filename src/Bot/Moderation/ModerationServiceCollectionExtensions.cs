using FibroBot.BotFramework.DirectLine;
using Microsoft.Extensions.Options;

namespace FibroBot.Moderation;

public static partial class ModerationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the moderators' list (root <c>Moderators</c> array, with the root <c>ModeratorTenantId</c> or else
    /// <c>MicrosoftAppTenantId</c> as the tenant of bare entries), their chat commands, and the privacy rules of the
    /// Direct Line transcript (<see cref="TranscriptPrivacyFilter"/>, lifetime capped by the retention period).
    /// </summary>
    public static IServiceCollection AddModeration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ModeratorOptions>().Configure(options =>
        {
            options.Ids = configuration.GetSection(ModeratorOptions.SectionName).Get<string[]>() ?? [];
            options.TenantId = configuration[ModeratorOptions.TenantSettingName] is { Length: > 0 } tenant
                ? tenant
                : configuration["MicrosoftAppTenantId"];
        });
        services.AddSingleton<ModeratorCommands>();
        services.AddHostedService<ModeratorListCheck>();

        // The web chat transcript follows the same promise as the turn log: no crisis words, no names, and never
        // kept longer than Privacy:RetentionDays (DirectLine:TranscriptHours may shorten it).
        services.AddSingleton<IDirectLineTranscriptFilter, TranscriptPrivacyFilter>();
        services.AddOptions<DirectLineOptions>().Configure<IOptions<PrivacyOptions>>((directLine, privacy) =>
            directLine.MaxTranscriptAge = TimeSpan.FromDays(privacy.Value.RetentionDays));
        return services;
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
