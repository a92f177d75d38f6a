namespace FibroBot.Moderation;

public static class ModerationServiceCollectionExtensions
{
    public static IServiceCollection AddModeration(this IServiceCollection services, IConfiguration configuration) => services;
}
