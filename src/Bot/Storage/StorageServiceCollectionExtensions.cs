namespace FibroBot.Storage;

public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration) => services;
}
