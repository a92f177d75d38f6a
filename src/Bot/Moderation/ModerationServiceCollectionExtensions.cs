namespace FibroBot.Moderation;

public static class ModerationServiceCollectionExtensions
{
    /// <summary>Registers the moderators' list (root <c>Moderators</c> array) and their chat commands.</summary>
    public static IServiceCollection AddModeration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ModeratorOptions>().Configure(options =>
            options.Ids = configuration.GetSection(ModeratorOptions.SectionName).Get<string[]>() ?? []);
        services.AddSingleton<ModeratorCommands>();
        return services;
    }
}
